/** Build the public site from a running test CMS into a temporary folder, as `npm run build` does. */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { buildSite } from '../../scripts/build-site'
import type { CmsServer } from './server'

/** Test builds stay inside the project (Astro keeps intermediate files next to an outDir inside the project; elsewhere they would share ./.astro/). */
export const testBuildDir = () => {
  const parent = path.join(process.cwd(), '.site-build')
  fs.mkdirSync(parent, { recursive: true })
  return path.join(fs.mkdtempSync(path.join(parent, 'test-')), 'dist')
}

/** pdf: also print the paper versions (slower; only the shared build of tests/helpers/shared-site.ts, for the paper test, needs them). */
export async function buildFrom(cms: CmsServer | { url: string }, outDir = testBuildDir(), { pdf = false } = {}) {
  await buildSite({ outDir, pdf, env: { ...process.env, CMS_URL: cms.url, SITE_URL: 'http://localhost:4321' } })
  return outDir
}

export const read = (dir: string, page: string) =>
  fs.readFileSync(path.join(dir, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : ''), 'utf8')

/**
 * A paginated list (site/lib/paginering.ts): the HTML of its first page and of every page after it, found by
 * following each page's rel="next" link, so a test sees the whole list. Checks that the pages are numbered in order.
 */
export function readAllPages(dir: string, page: string): string[] {
  const pages: string[] = []
  for (let next: string | undefined = page; next; ) {
    const html = read(dir, next)
    pages.push(html)
    if (pages.length > 1 && next !== `${page}pagina/${pages.length}/`) throw new Error(`${page}: pagina ${pages.length} is ${next}`)
    next = /<a\b[^>]*\bhref="([^"]+)"[^>]*\brel="next"/.exec(html)?.[1]
  }
  return pages
}

/** Links to aanbod pages in a built page, in order, without duplicates. */
export const aanbodLinks = (html: string) => [...new Set([...html.matchAll(/href="\/aanbod\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))]

/** Every file under a folder (absolute paths, sorted). */
export function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/**
 * Pagefind's record of every page in a part of the search index (a folder of the build, e.g. <dist>/pagefind-agenda):
 * its URL and the text it searches (gzip, after a 12-byte signature). None for a part that is not there.
 */
export function pagefindFragments(part: string): { url: string; content: string }[] {
  const map = path.join(part, 'fragment')
  if (!fs.existsSync(map)) return []
  return fs.readdirSync(map).map((f) =>
    JSON.parse(
      zlib
        .gunzipSync(fs.readFileSync(path.join(map, f)))
        .subarray(12)
        .toString('utf8'),
    ),
  )
}

/**
 * A demo CMS of its own and the site built from it, served on an origin of its own (as in development: the CMS's
 * pages then take the site's files from there). close() stops both and removes the build.
 */
export async function startCmsMetSite(): Promise<{ cms: CmsServer; site: string; dist: string; close: () => Promise<void> }> {
  const { freePort, startCmsServer } = await import('./server')
  const { serveSite } = await import('../../scripts/lib/serve-site')
  const port = await freePort()
  const site = `http://127.0.0.1:${port}`
  const dist = testBuildDir()
  const cms = await startCmsServer({ demo: true, env: { SITE_DIST_DIR: dist, SITE_URL: site } })
  await buildFrom(cms, dist)
  const server = await serveSite(dist, port, '127.0.0.1')
  return {
    cms,
    site,
    dist,
    close: async () => {
      server.close()
      await cms.close()
      fs.rmSync(path.dirname(dist), { recursive: true, force: true })
    },
  }
}
