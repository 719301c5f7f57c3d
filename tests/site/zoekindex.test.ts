/**
 * The search index in parts (site/lib/zoeken/zoekindex.ts, scripts/build-site.ts indexForSearch), with the real
 * Pagefind on small built sites in a temporary folder: a part without searchable pages is left out and not listed; a searchable
 * page in a folder of no part fails the build with a Dutch message naming the folder; the agenda's pages are in two
 * parts by the first letter of their slug; the search page preloads the entry file and page list of the first
 * search's parts, under a version of the index that the build writes on its start script; lists of other pages'
 * content (site/lib/zoeken/eigen-tekst.ts) are not in the index.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { indexForSearch } from '../../scripts/build-site'
import { ZOEKDELEN_LIJST, ZOEKPAGINA } from '../../site/lib/zoeken/zoekindex'
import { pagefindFragments } from '../helpers/site'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

/** A built site with these pages: path → searchable (a data-pagefind-body), not, or the page's own <main>. */
function site(pages: Record<string, boolean | string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-zoekindex-'))
  dirs.push(dir)
  for (const [page, zoekbaar] of Object.entries(pages)) {
    const file = path.join(dir, page, 'index.html')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const main =
      typeof zoekbaar === 'string'
        ? zoekbaar
        : zoekbaar
          ? `<main data-pagefind-body><h1>${page}</h1><p>Samen eten in Den Ham.</p></main>`
          : `<main><h1>${page}</h1></main>`
    fs.writeFileSync(file, `<!doctype html><html lang="nl"><head><title>${page}</title></head><body>${main}</body></html>`)
  }
  return dir
}

const entry = (dir: string, part: string) => JSON.parse(fs.readFileSync(path.join(dir, part, 'pagefind-entry.json'), 'utf8'))
/** Pagefind's record of each page of a part: its URL and the text it searches. */
const fragments = (dir: string, part: string) => pagefindFragments(path.join(dir, part))

describe('search index in parts', () => {
  it('indexes each part with its own pages; a part without searchable pages is left out of the list', async () => {
    const dir = site({
      meldpunt: true,
      'organisatie/buurthuis': true,
      'aanbod/samen-eten': true,
      'aanbod/koersbal': true,
      'aanbod/pagina/2': false,
      agenda: false,
    })
    await indexForSearch(dir)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', ZOEKDELEN_LIJST), 'utf8'))).toEqual({
      delen: ['/pagefind-aanbod/'],
      agenda: [],
    })
    expect(entry(dir, 'pagefind').languages.nl.page_count).toBe(2)
    expect(entry(dir, 'pagefind-aanbod').languages.nl.page_count).toBe(2)
    expect(fs.existsSync(path.join(dir, 'pagefind-agenda'))).toBe(false)
    // Only what the search page loads: Pagefind's own search interfaces are left out, and the merged part has no
    // loader, worker or WebAssembly of its own (the main part's serve it).
    const files = (part: string) =>
      fs
        .readdirSync(path.join(dir, part), { withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.endsWith('.pf_meta'))
        .map((e) => e.name)
        .sort()
    expect(files('pagefind')).toEqual(
      [ZOEKDELEN_LIJST, 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js', 'wasm.nl.pagefind'].sort(),
    )
    expect(files('pagefind-aanbod')).toEqual(['pagefind-entry.json'])
  })

  it('the search page preloads the entry file and page list of the parts of its first search, under the index’s version', async () => {
    const pages = { 'organisatie/buurthuis': true, 'aanbod/samen-eten': true, 'activiteit/koffieochtend': true }
    const dir = site(pages)
    /** The search page as the site build makes it: with its start script (zoeken.astro), before the index's version is on it. */
    const zoekpagina = (d: string) =>
      fs.writeFileSync(
        path.join(d, ZOEKPAGINA),
        '<!doctype html><html lang="nl"><head><title>Zoeken</title><script async src="/zoekstart.abc.js" data-zoekindex-versie></script></head><body><main><h1>Zoeken</h1></main></body></html>',
      )
    fs.mkdirSync(path.join(dir, 'zoeken'))
    zoekpagina(dir)
    await indexForSearch(dir)
    // The agenda's part is searched apart, after the first results: listed, not preloaded.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', ZOEKDELEN_LIJST), 'utf8'))).toEqual({
      delen: ['/pagefind-aanbod/'],
      agenda: ['/pagefind-agenda/'],
    })
    const html = fs.readFileSync(path.join(dir, ZOEKPAGINA), 'utf8')
    const versie = /<script async src="\/zoekstart\.abc\.js" data-zoekindex-versie="([0-9a-f]{12})"><\/script>/.exec(html)?.[1]
    expect(versie).toBeTruthy()
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map((m) => m[1]!)
    expect(preloads.map((p) => p.replace(/pagefind\.nl_[0-9a-f]+\.pf_meta$/, 'pf_meta'))).toEqual([
      `/pagefind/pagefind-entry.json?ts=${versie}`,
      '/pagefind/pf_meta',
      `/pagefind-aanbod/pagefind-entry.json?ts=${versie}`,
      '/pagefind-aanbod/pf_meta',
    ])
    for (const p of preloads) expect(fs.existsSync(path.join(dir, p.replace(/\?.*$/, ''))), p).toBe(true)
    expect(html.lastIndexOf('.pf_meta')).toBeLessThan(html.indexOf('</head>'))

    // Another index, another version (also when only the agenda's part differs); the same index, the same version.
    for (const extra of ['aanbod/koersbal', 'activiteit/wandelen']) {
      const ander = site({ ...pages, [extra]: true })
      fs.mkdirSync(path.join(ander, 'zoeken'))
      zoekpagina(ander)
      await indexForSearch(ander)
      expect(fs.readFileSync(path.join(ander, ZOEKPAGINA), 'utf8'), extra).not.toContain(versie)
    }
    zoekpagina(dir)
    await indexForSearch(dir)
    expect(fs.readFileSync(path.join(dir, ZOEKPAGINA), 'utf8')).toContain(`data-zoekindex-versie="${versie}"`)
  })

  it('fails without the search page’s start script, which must carry the version', async () => {
    const dir = site({ 'organisatie/buurthuis': true, 'aanbod/samen-eten': true, zoeken: false })
    await expect(indexForSearch(dir)).rejects.toThrow(/zoeken\/index\.html heeft geen <\/head> of geen startscript/)
  })

  it('leaves out what a page shows of other pages (data-pagefind-ignore="all"): an organisation is not found by its aanbod', async () => {
    const dir = site({
      'organisatie/buurthuis': `<main data-pagefind-body><h1>Buurthuis De Schakel</h1><p>Ontmoeten in Vroomshoop.</p>
        <section data-pagefind-ignore="all"><h2>Aanbod van Buurthuis De Schakel</h2><ul><li><h3>Koersbal</h3><p>Elke dinsdag.</p></li></ul></section></main>`,
      'aanbod/koersbal': `<main data-pagefind-body><h1>Koersbal</h1><p>Elke dinsdag in Buurthuis De Schakel.</p></main>`,
    })
    await indexForSearch(dir)
    const [organisatie] = fragments(dir, 'pagefind')
    expect(organisatie!.url).toBe('/organisatie/buurthuis/')
    expect(organisatie!.content).toContain('Ontmoeten in Vroomshoop')
    expect(organisatie!.content).not.toMatch(/Koersbal|dinsdag|Aanbod van/)
    expect(fragments(dir, 'pagefind-aanbod').map((f) => f.content)).toEqual([expect.stringContaining('Koersbal')])
  })

  it('puts the activiteiten in two parts by the first letter of their slug (a to k, the rest); an empty half is not listed', async () => {
    const dir = site({
      'aanbod/samen-eten': true,
      'activiteit/bingo': true,
      'activiteit/koffieochtend': true,
      'activiteit/wandelen': true,
      'activiteit/2-daagse': true,
    })
    await indexForSearch(dir)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', ZOEKDELEN_LIJST), 'utf8'))).toEqual({
      delen: ['/pagefind-aanbod/'],
      agenda: ['/pagefind-agenda/', '/pagefind-agenda-2/'],
    })
    expect(
      fragments(dir, 'pagefind-agenda')
        .map((f) => f.url)
        .sort(),
    ).toEqual(['/activiteit/bingo/', '/activiteit/koffieochtend/'])
    expect(
      fragments(dir, 'pagefind-agenda-2')
        .map((f) => f.url)
        .sort(),
    ).toEqual(['/activiteit/2-daagse/', '/activiteit/wandelen/'])

    const half = site({ 'aanbod/samen-eten': true, 'activiteit/wandelen': true })
    await indexForSearch(half)
    expect(JSON.parse(fs.readFileSync(path.join(half, 'pagefind', ZOEKDELEN_LIJST), 'utf8'))).toEqual({
      delen: ['/pagefind-aanbod/'],
      agenda: ['/pagefind-agenda-2/'],
    })
    expect(fs.existsSync(path.join(half, 'pagefind-agenda'))).toBe(false)
  })

  it('fails, naming the page, when a searchable page is in a split folder but not in a folder of its own', async () => {
    const dir = site({ 'aanbod/samen-eten': true, 'activiteit/bingo': true })
    fs.writeFileSync(
      path.join(dir, 'activiteit', 'markt.html'),
      '<!doctype html><html lang="nl"><body><main data-pagefind-body><h1>Markt</h1></main></body></html>',
    )
    await expect(indexForSearch(dir)).rejects.toThrow(
      'zoekindex: /activiteit is verdeeld naar de eerste letter van de mappen erin, maar /activiteit/markt.html staat niet in een eigen map (site/lib/zoeken/zoekindex.ts).',
    )
  })

  it('fails, naming the folder, when a searchable page is in no part', async () => {
    const dir = site({ meldpunt: true, 'aanbod/samen-eten': true, 'nieuws/open-dag': true })
    await expect(indexForSearch(dir)).rejects.toThrow(
      'zoekindex: de doorzoekbare pagina’s in /nieuws staan in geen deel van de zoekindex; zet ze in een deel (site/lib/zoeken/zoekindex.ts).',
    )
  })
})
