/**
 * What a visitor's browser loads, measured in Debian's Chromium (playwright-core), each page in a fresh context
 * (empty cache): page weight per page type, and the search page's time to first results and Pagefind bytes.
 */
import zlib from 'node:zlib'
import type { Browser, Page, Response } from 'playwright-core'

export interface Bytes {
  raw: number
  gzip: number
  brotli: number
}

const compressed = (body: Buffer): Bytes => ({
  raw: body.length,
  // What a server compresses on the fly (gzip level 6) and what can be precompressed (brotli at its best).
  gzip: zlib.gzipSync(body, { level: 6 }).length,
  brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
})
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli })
const none = (): Bytes => ({ raw: 0, gzip: 0, brotli: 0 })

interface Loaded {
  url: string
  type: string
  body: Buffer
}

/** Open a page in a fresh context and keep every response (with its body) until the network is idle. */
async function load(browser: Browser, url: string, { initScript, until }: { initScript?: string; until?: (page: Page) => Promise<unknown> } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    if (initScript) await page.addInitScript(initScript)
    const pending: Promise<Loaded | null>[] = []
    const inFlight = new Set<string>()
    // On the context, not the page: Pagefind fetches its index in a web worker, whose requests the page does not report.
    context.on('request', (req) => inFlight.add(req.url()))
    context.on('requestfinished', (req) => inFlight.delete(req.url()))
    context.on('requestfailed', (req) => inFlight.delete(req.url()))
    context.on('response', (res: Response) => {
      const type = res.request().resourceType()
      // Chromium keeps no body of a very large response (a multi-megabyte agenda page): then it is read again here.
      const again = () =>
        fetch(res.url())
          .then(async (r) => Buffer.from(await r.arrayBuffer()))
          .catch(() => null)
      pending.push(
        res
          .body()
          .catch(again)
          .then((body) => (body ? { url: res.url(), type, body } : null)),
      )
    })
    const res = await page.goto(url, { waitUntil: 'load' })
    if (!res?.ok()) throw new Error(`${url} gaf ${res?.status() ?? 'geen antwoord'}`)
    const extra = until ? await until(page) : undefined
    // Everything the page loads by itself; a request still open after a minute is reported, not waited for.
    const unsettled = await page.waitForLoadState('networkidle', { timeout: 60_000 }).then(
      () => [],
      () => [...inFlight],
    )
    if (unsettled.length) console.warn(`  ${url}: na 60 s nog open: ${unsettled.join(', ')}`)
    const responses = (await Promise.all(pending)).filter((r): r is Loaded => r !== null)
    return { responses, extra, unsettled }
  } finally {
    await context.close()
  }
}

/** Inline scripts that run (not JSON-LD or other data blocks). */
function inlineScripts(html: string): Buffer {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !/type=["']?(application\/(ld\+)?json|text\/template)/i.test(attrs!))
    .map(([, , body]) => body!)
  return Buffer.from(scripts.join('\n'))
}

export interface PageWeight {
  type: string
  url: string
  islands: boolean
  listing: boolean
  requests: number
  html: Bytes
  css: Bytes
  /** JavaScript files loaded, plus inline scripts. */
  js: Bytes
  jsFiles: number
  /** Each JavaScript file: its path and size (to tell the site-wide header finder loader from the rest). */
  jsDetail?: { path: string; raw: number; gzip: number }[]
  inlineJs: Bytes
  other: Bytes
  total: Bytes
  /** Requests still open a minute after the load event (not counted). */
  unsettled?: string[]
}

export interface PageSpec {
  type: string
  path: string
  islands: boolean
  listing: boolean
}

export async function pageWeights(browser: Browser, base: string, pages: PageSpec[]): Promise<PageWeight[]> {
  const out: PageWeight[] = []
  for (const spec of pages) {
    console.log(`  ${spec.type}: ${spec.path}`)
    const { responses, unsettled } = await load(browser, base + spec.path)
    const sum = { html: none(), css: none(), jsFiles: none(), other: none() }
    let inline = none()
    let jsFiles = 0
    const jsDetail: { path: string; raw: number; gzip: number }[] = []
    for (const r of responses) {
      const bytes = compressed(r.body)
      if (r.type === 'document') {
        sum.html = add(sum.html, bytes)
        inline = add(inline, compressed(inlineScripts(r.body.toString('utf8'))))
      } else if (r.type === 'stylesheet') sum.css = add(sum.css, bytes)
      else if (r.type === 'script') {
        sum.jsFiles = add(sum.jsFiles, bytes)
        jsFiles++
        jsDetail.push({ path: new URL(r.url).pathname, raw: bytes.raw, gzip: bytes.gzip })
      } else sum.other = add(sum.other, bytes)
    }
    // Inline scripts are part of the HTML's bytes; counted as JavaScript too, not twice in the total.
    const js = inline.raw ? add(sum.jsFiles, inline) : sum.jsFiles
    out.push({
      type: spec.type,
      url: spec.path,
      islands: spec.islands,
      listing: spec.listing,
      requests: responses.length,
      html: sum.html,
      css: sum.css,
      js,
      jsFiles,
      jsDetail,
      inlineJs: inline,
      other: sum.other,
      total: [sum.html, sum.css, sum.jsFiles, sum.other].reduce(add),
      ...(unsettled.length ? { unsettled } : {}),
    })
  }
  return out
}

/** Records (in the page) when the first search result appears, and when the status line says the search is done. */
const OBSERVE_RESULTS = `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.eerste === undefined && document.querySelector('.skt-resultaat')) b.eerste = performance.now();
    const s = document.querySelector('.skt-zoek__status')?.textContent ?? '';
    if (b.klaar === undefined && /resultaat|resultaten/.test(s)) { b.klaar = performance.now(); b.status = s.trim(); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`

export interface SearchRun {
  /** From the start of navigation to the first result on screen. */
  firstResultsMs: number
  /** From Pagefind's first request to the first result (the search itself, without loading the page). */
  searchMs: number
  pagefindBytes: number
  pagefindRequests: number
  totalBytes: number
  status: string
}

/** A file of the search index: any part of it (site/lib/zoekindex.ts), /pagefind/, /pagefind-aanbod/, … */
export const isPagefindPath = (pathname: string) => /^\/pagefind[^/]*\//.test(pathname)

export async function searchRun(browser: Browser, base: string, query: string): Promise<SearchRun> {
  const { responses, extra } = await load(browser, `${base}/zoeken/?q=${encodeURIComponent(query)}`, {
    initScript: OBSERVE_RESULTS,
    until: async (page) => {
      await page.waitForFunction(() => (window as any).__bench.klaar !== undefined && ((window as any).__bench.eerste !== undefined || /^0 /.test((window as any).__bench.status)), null, { timeout: 60_000 })
      return page.evaluate(() => {
        const b = (window as any).__bench
        // The pattern of isPagefindPath: this function runs in the page, where the bench's imports are not.
        const pf = performance.getEntriesByType('resource').filter((e) => /^\/pagefind[^/]*\//.test(new URL(e.name).pathname))
        return { eerste: b.eerste ?? b.klaar, status: b.status as string, pagefindStart: pf.length ? Math.min(...pf.map((e) => e.startTime)) : NaN }
      })
    },
  })
  const e = extra as { eerste: number; status: string; pagefindStart: number }
  const pagefind = responses.filter((r) => isPagefindPath(new URL(r.url).pathname))
  return {
    firstResultsMs: Math.round(e.eerste),
    searchMs: Math.round(e.eerste - e.pagefindStart),
    pagefindBytes: pagefind.reduce((s, r) => s + r.body.length, 0),
    pagefindRequests: pagefind.length,
    totalBytes: responses.reduce((s, r) => s + r.body.length, 0),
    status: e.status,
  }
}
