/**
 * The search index in parts (site/lib/zoekindex.ts, scripts/build-site.ts indexForSearch), with the real Pagefind on
 * small built sites in a temporary folder: a part without searchable pages is left out and not listed; a searchable
 * page in a folder of no part fails the build with a Dutch message naming the folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { indexForSearch } from '../../scripts/build-site'
import { ZOEKDELEN_LIJST } from '../../site/lib/zoekindex'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

/** A built site with these pages: path → searchable (a data-pagefind-body) or not. */
function site(pages: Record<string, boolean>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-zoekindex-'))
  dirs.push(dir)
  for (const [page, zoekbaar] of Object.entries(pages)) {
    const file = path.join(dir, page, 'index.html')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const main = zoekbaar ? `<main data-pagefind-body><h1>${page}</h1><p>Samen eten in Den Ham.</p></main>` : `<main><h1>${page}</h1></main>`
    fs.writeFileSync(file, `<!doctype html><html lang="nl"><head><title>${page}</title></head><body>${main}</body></html>`)
  }
  return dir
}

const entry = (dir: string, part: string) => JSON.parse(fs.readFileSync(path.join(dir, part, 'pagefind-entry.json'), 'utf8'))

describe('search index in parts', () => {
  it('indexes each part with its own pages; a part without searchable pages is left out of the list', async () => {
    const dir = site({ 'meldpunt': true, 'organisatie/buurthuis': true, 'aanbod/samen-eten': true, 'aanbod/koersbal': true, 'aanbod/pagina/2': false, 'agenda': false })
    await indexForSearch(dir)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', ZOEKDELEN_LIJST), 'utf8'))).toEqual({ delen: ['/pagefind-aanbod/'] })
    expect(entry(dir, 'pagefind').languages.nl.page_count).toBe(2)
    expect(entry(dir, 'pagefind-aanbod').languages.nl.page_count).toBe(2)
    expect(fs.existsSync(path.join(dir, 'pagefind-agenda'))).toBe(false)
  })

  it('fails, naming the folder, when a searchable page is in no part', async () => {
    const dir = site({ 'meldpunt': true, 'aanbod/samen-eten': true, 'nieuws/open-dag': true })
    await expect(indexForSearch(dir)).rejects.toThrow(
      'zoekindex: de doorzoekbare pagina’s in /nieuws staan in geen deel van de zoekindex; zet ze in een deel (site/lib/zoekindex.ts).',
    )
  })
})
