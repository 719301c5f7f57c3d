/**
 * Every relative link in README.md and docs/**\/*.md leads somewhere: the file (or folder) exists, and a #anchor into a
 * Markdown file names one of its headings (GitHub's heading ids), and nothing points outside the repository (a clone
 * has only the repository). Links inside fenced code blocks are not links.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = process.cwd()

/** GitHub's id for a heading: lower case, punctuation dropped (letters of any script, digits, - and _ kept), spaces to -. */
const headingId = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

const withoutCode = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '')

const anchorsOf = (markdown: string) =>
  new Set([...withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => headingId(m[1])))

/** The broken relative links of one Markdown text, as `target: reason`. */
function brokenLinks(markdown: string, file: string): string[] {
  const broken: string[] = []
  for (const m of withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1]
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto: …
    const [rel, anchor] = target.split('#', 2)
    const dest = rel ? path.resolve(path.dirname(file), decodeURIComponent(rel)) : file
    if (path.relative(root, dest).startsWith('..')) {
      broken.push(`${target}: buiten de repository`)
      continue
    }
    if (rel && !fs.existsSync(dest)) {
      broken.push(`${target}: ${path.relative(root, dest)} bestaat niet`)
      continue
    }
    if (anchor && dest.endsWith('.md') && !anchorsOf(rel ? fs.readFileSync(dest, 'utf8') : markdown).has(anchor.toLowerCase()))
      broken.push(`${target}: geen kop #${anchor} in ${path.relative(root, dest)}`)
  }
  return broken
}

const docs = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? docs(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []))

describe('links in the documentation', () => {
  it('finds a broken file link and a broken anchor in a hand-written example, and accepts good ones', () => {
    const file = path.join(root, 'docs', 'voorbeeld.md')
    const text = [
      '# Titel',
      '## Back-up en herstel',
      '[goed](productie.md) [goed](../README.md) [kop](#back-up-en-herstel) [map](besluiten/)',
      '[web](https://example.org/x) [mail](mailto:a@b.nl)',
      '[kapot](bestaat-niet.md) [kapotte kop](productie.md#geen-kop-met-deze-naam) [eigen kop](#titel-die-er-niet-is)',
      '[buiten](../../shared/domain.md)',
      '```sh',
      '[in code](ook-niet.md)',
      '```',
    ].join('\n')
    expect(brokenLinks(text, file)).toEqual([
      'bestaat-niet.md: docs/bestaat-niet.md bestaat niet',
      'productie.md#geen-kop-met-deze-naam: geen kop #geen-kop-met-deze-naam in docs/productie.md',
      '#titel-die-er-niet-is: geen kop #titel-die-er-niet-is in docs/voorbeeld.md',
      '../../shared/domain.md: buiten de repository',
    ])
  })

  it('the README and every page in docs/ link only to files and headings that exist', () => {
    const files = [path.join(root, 'README.md'), ...docs(path.join(root, 'docs'))]
    expect(files.length).toBeGreaterThan(5)
    const broken = files.flatMap((f) => brokenLinks(fs.readFileSync(f, 'utf8'), f).map((b) => `${path.relative(root, f)}: ${b}`))
    expect(broken).toEqual([])
  })
})
