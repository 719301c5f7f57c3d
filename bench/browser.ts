/**
 * What a visitor's browser loads, measured in Debian's Chromium (playwright-core), each page in a fresh context
 * (empty cache): page weight per page type, and the search page's time to first results and Pagefind bytes.
 */
import zlib from 'node:zlib'
import type { Browser, Page, Response } from 'playwright-core'
import { inZoekindex } from '../site/lib/zoeken/zoekindex'

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
  /** Bytes over the network (compressed as the server sent them); 0 for what came from the browser's cache. */
  transfer: number
  /** When the request started (ms since the epoch). */
  start: number
}

/**
 * Open a page in a fresh context and keep every response (with its body) until the network is idle. latencyMs: each
 * of the page's requests waits that long for its answer (Chromium's network emulation), as on a slower connection.
 */
async function load(
  browser: Browser,
  url: string,
  { initScript, until, latencyMs }: { initScript?: string; until?: (page: Page) => Promise<unknown>; latencyMs?: number } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    if (initScript) await page.addInitScript(initScript)
    if (latencyMs) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: latencyMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      })
    }
    const pending: Promise<Loaded | null>[] = []
    const inFlight = new Set<string>()
    // On the context, not the page: Pagefind fetches its index in a web worker, whose requests the page does not report.
    context.on('request', (req) => inFlight.add(req.url()))
    context.on('requestfinished', (req) => inFlight.delete(req.url()))
    context.on('requestfailed', (req) => inFlight.delete(req.url()))
    const seen = new Set<string>()
    context.on('response', (res: Response) => {
      const type = res.request().resourceType()
      const start = res.request().timing().startTime
      // A URL asked for again (the counting Pagefind in its worker) comes from the cache or is revalidated.
      const again = seen.has(res.url())
      seen.add(res.url())
      // Chromium keeps no body of a very large response (a multi-megabyte agenda page): then it is read again here.
      const reread = () =>
        fetch(res.url())
          .then(async (r) => Buffer.from(await r.arrayBuffer()))
          .catch(() => null)
      pending.push(
        Promise.all([
          res.body().catch(reread),
          res
            .request()
            .sizes()
            .catch(() => null),
        ]).then(([body, sizes]) => {
          if (!body) return null
          // Chromium does not report the size of a worker's script: its Content-Length is what was sent.
          const sent =
            sizes?.responseBodySize || (again || res.status() === 304 ? 0 : Number(res.headers()['content-length']) || body.length)
          return { url: res.url(), type, body, transfer: sent, start }
        }),
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

/**
 * Records (in the page) when the first search result appears, when the status line says the search is done, and when
 * the block "In de agenda" (searched after the results) is done.
 */
const OBSERVE_RESULTS = `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.eerste === undefined && document.querySelector('.skt-resultaat')) b.eerste = performance.now();
    if (b.agenda === undefined && document.querySelector('.skt-zoek__agenda[aria-busy="false"]')) b.agenda = performance.now();
    const s = document.querySelector('.skt-zoek__status')?.textContent ?? '';
    if (b.klaar === undefined && /resultaat|resultaten/.test(s)) { b.klaar = performance.now(); b.status = s.trim(); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`

export interface SearchRun {
  /** From the start of navigation to the first result on screen. */
  firstResultsMs: number
  /**
   * From the start of navigation to the page's first paint (first contentful paint): the page itself, with "Even
   * geduld" where the results come. Pagefind starts about then (the page's start script runs after its first layout).
   */
  paintMs: number
  /** Pagefind's bytes over the network (compressed as sent) for the first results: requests started before them. */
  pagefindBytes: number
  pagefindRequests: number
  /** From the start of navigation to the block "In de agenda" done (searched after the first results); null: no block. */
  agendaMs: number | null
  /** Pagefind's bytes for the first results and the agenda's block (requests started before that block was done). */
  pagefindBytesAgenda: number | null
  /** Pagefind's bytes until the network is idle: with the counts per filter, which load after the first results. */
  pagefindBytesIdle: number
  /** Everything the page fetched over the network, until idle. */
  totalBytes: number
  status: string
}

/** A search typed into the search page once it has loaded: from pressing Enter to the first result on screen. */
export interface TypedRun {
  firstResultsMs: number
  /** Pagefind's bytes over the network for this search's first results. */
  pagefindBytes: number
  pagefindRequests: number
  status: string
}

/** Pagefind's requests (any part of the index) started in [from, until] (ms since the epoch): their bytes and number. */
const pagefindBefore = (responses: Loaded[], from: number, until: number) => {
  const list = responses.filter((r) => inZoekindex(new URL(r.url).pathname) && r.start >= from && r.start <= until)
  return { bytes: list.reduce((n, r) => n + r.transfer, 0), requests: list.length }
}

export async function searchRun(
  browser: Browser,
  base: string,
  query: string,
  { latencyMs }: { latencyMs?: number } = {},
): Promise<SearchRun> {
  const { responses, extra } = await load(browser, `${base}/zoeken/?q=${encodeURIComponent(query)}`, {
    initScript: OBSERVE_RESULTS,
    latencyMs,
    until: async (page) => {
      await page.waitForFunction(
        () =>
          (window as any).__bench.klaar !== undefined &&
          ((window as any).__bench.eerste !== undefined || /^0 /.test((window as any).__bench.status)),
        null,
        { timeout: 60_000 },
      )
      // The block "In de agenda" is on screen with the first results, searching; done after them.
      await page.waitForFunction(() => (window as any).__bench.agenda !== undefined || !document.querySelector('.skt-zoek__agenda'), null, {
        timeout: 60_000,
      })
      return page.evaluate(() => {
        const b = (window as any).__bench
        const paint = performance.getEntriesByName('first-contentful-paint')[0]
        const status = document.querySelector('.skt-zoek__status')?.textContent?.trim() ?? ''
        return {
          eerste: b.eerste ?? b.klaar,
          agenda: b.agenda ?? null,
          origin: performance.timeOrigin,
          status,
          paint: paint ? paint.startTime : NaN,
        }
      })
    },
  })
  const e = extra as { eerste: number; agenda: number | null; origin: number; status: string; paint: number }
  const eerste = pagefindBefore(responses, 0, e.origin + e.eerste)
  return {
    firstResultsMs: Math.round(e.eerste),
    paintMs: Math.round(e.paint),
    pagefindBytes: eerste.bytes,
    pagefindRequests: eerste.requests,
    agendaMs: e.agenda === null ? null : Math.round(e.agenda),
    pagefindBytesAgenda: e.agenda === null ? null : pagefindBefore(responses, 0, e.origin + e.agenda).bytes,
    pagefindBytesIdle: pagefindBefore(responses, 0, Infinity).bytes,
    totalBytes: responses.reduce((n, r) => n + r.transfer, 0),
    status: e.status,
  }
}

/**
 * The search page opened without a query and left until its network is idle (Pagefind loaded, the filters counted),
 * then the query typed into its search box and Enter pressed: what a visitor waits for who searches on the page.
 */
export async function typedSearchRun(browser: Browser, base: string, query: string): Promise<TypedRun> {
  const { responses, extra } = await load(browser, `${base}/zoeken/`, {
    initScript: OBSERVE_RESULTS,
    until: async (page) => {
      await page.waitForFunction(() => /^Typ een woord/.test(document.querySelector('.skt-zoek__status')?.textContent ?? ''), null, {
        timeout: 60_000,
      })
      await page.waitForLoadState('networkidle', { timeout: 60_000 })
      await page.fill('#zoekvak', query)
      await page.evaluate(() => {
        const b = (window as any).__bench
        b.klaar = undefined
        document.querySelector('#zoekvak')!.addEventListener('keydown', () => (b.start = performance.now()), { once: true, capture: true })
      })
      await page.press('#zoekvak', 'Enter')
      await page.waitForFunction(
        () => (window as any).__bench.eerste !== undefined || /^(Geen|0 )/.test((window as any).__bench.status ?? ''),
        null,
        { timeout: 60_000 },
      )
      return page.evaluate(() => {
        const b = (window as any).__bench
        return {
          start: b.start as number,
          eerste: (b.eerste ?? performance.now()) as number,
          origin: performance.timeOrigin,
          status: document.querySelector('.skt-zoek__status')?.textContent?.trim() ?? '',
        }
      })
    },
  })
  const e = extra as { start: number; eerste: number; origin: number; status: string }
  const search = pagefindBefore(responses, e.origin + e.start, e.origin + e.eerste)
  return {
    firstResultsMs: Math.round(e.eerste - e.start),
    pagefindBytes: search.bytes,
    pagefindRequests: search.requests,
    status: e.status,
  }
}
