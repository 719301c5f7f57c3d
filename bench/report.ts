/**
 * The bench's results: bench/results.json (per size; a run of one size keeps the others' earlier results), the
 * budgets of issue 8 checked against them, and bench/RESULTS.md made from results.json alone.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Bytes, PageWeight, SearchRun, TypedRun } from './browser'
import type { Size } from './synthetic'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The files of the "Zet op mijn lijstje" buttons' island (site/lib/lijstje/knoppen.ts and its chunk lijstje.ts). */
const LIJSTJE_ISLAND = /\/_astro\/(knoppen|lijstje)\.[\w-]+\.js$/
/**
 * Did other work run on the machine during the run? Processes outside the bench's own tree were runnable on average
 * half a CPU or more. (The load average at the start is not used: it still holds the minute before the run.)
 */
export const sharedMachine = (load: { foreignRunnableMean: number }) => load.foreignRunnableMean >= 0.5

export const RESULTS_JSON = path.join(here, 'results.json')
export const RESULTS_MD = path.join(here, 'RESULTS.md')

export const KB = 1024
export const MIN = 60_000

export interface Stat {
  n: number
  p50: number
  p95: number
  max: number
}

export interface SizeResult {
  size: Size
  machine: ReturnType<typeof machine>
  startedAt: string
  finishedAt: string
  /** How busy the machine was meanwhile (see procs.ts sampleMachineLoad). */
  load: {
    loadavgAtStart: number[]
    samples: number
    foreignRunnableMean: number
    foreignRunnableMax: number
    loadavg1Mean: number
    loadavg1Max: number
    shared: boolean
  }
  seed: {
    counts: Record<string, number>
    batch: number
    wallMs: number
    startupMs: number
    referenceMs: number
    organisatiesMs: number
    aanbodMs: number
    activiteitenMs: number
    contentMs: number
    docsPerSecond: number
  }
  cms: { startMs: number; list100: Stat & { bytes: number }; detail: Stat & { bytes: number } }
  /** Set when a step could not finish (the build took longer than its limit): what is missing and why. */
  incomplete?: string
  /** Written by hand into results.json: what this result is (e.g. measured before a change), shown in RESULTS.md. */
  note?: string
  build: {
    wallMs: number
    /** The build was stopped at its time limit. */
    stopped?: boolean
    peakRssBytes: number
    /** Proportional set size summed over the tree (shared pages counted once); absent in results from before. */
    peakPssBytes?: number
    processesAtPeak: number
    largestProcessAtPeakBytes: number
    /** Astro's own time per page, summed per route: where rendering goes. */
    slowestRoutes: { route: string; pages: number; ms: number }[]
    timings: Partial<{
      fetchMs: number
      renderMs: number
      astroMs: number
      pagefindMs: number
      compressMs: number
      siteMs: number
      pdfMs: number
      liveAtMs: number
      totalMs: number
    }>
    htmlPages?: number
    files?: number
    distBytes?: number
    pagefindBytes?: number
    pdfs?: number
  }
  pageWeight?: PageWeight[]
  /**
   * pagefindBytes: over the network (compressed as sent), for the first results. Results from before 2026-12-05 hold
   * the uncompressed bytes until the network was idle instead, and no typed search.
   */
  search?: {
    queries: {
      query: string
      runs: SearchRun[]
      firstResultsMs: number
      paintMs: number
      pagefindBytes: number
      pagefindRequests: number
      pagefindBytesIdle?: number
      /** The block "In de agenda", searched after the first results (absent in older results): median, and bytes until then (max). */
      agendaMs?: number | null
      pagefindBytesAgenda?: number | null
      status: string
      typed?: { runs: TypedRun[]; firstResultsMs: number; pagefindBytes: number; pagefindRequests: number }
      /** Opened again with latencyMs on every request (no budget: how it goes on a slower connection). */
      slow?: { latencyMs: number; runs: SearchRun[]; firstResultsMs: number }
    }[]
  }
  /** index: the built /zoekhulp.json, or (when the build did not finish) bench/synthetic.ts's index of this size. */
  quickfinder?: {
    index: 'build' | 'synthetic'
    items: number
    words: number
    indexBytes: number
    indexBytesGzip: number
    buildIndexMs: { median: number; first: number }
    keystrokes: number
    keystrokeMs: { p50: number; p95: number; p99: number; max: number }
  }
  serving?: {
    connections: number
    durationS: number
    urls: number
    requests: number
    rps: number
    latencyMs: { p50: number; p99: number; max: number }
    throughputMBps: number
    errors: number
    timeouts: number
    non2xx: number
  }
  publish?: {
    debounceMs: number
    saveMs: number
    saveToLiveS: number
    publicatie: { status: string; duurSeconden: number | null; wachtS: number | null }
  }
  budgets: Budget[]
}

export interface Budget {
  name: string
  budget: string
  measured: string
  ok: boolean
  /** The issue sets this budget for another size; checked here too, as an early warning. */
  scope?: string
  /** Reported beside the budgets, without a limit of its own: neither OK nor OVER. */
  info?: true
}

/** The verdict on one line: OK, OVER, or (an informational line, always ok) none. */
const verdict = (b: Budget) => (b.info ? 'no budget' : b.ok ? 'OK' : 'OVER')

export function machine() {
  const cpus = os.cpus()
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'onbekend',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
  }
}

export const stat = (values: number[]): Stat => {
  const xs = [...values].sort((a, b) => a - b)
  const at = (p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!
  const r = (n: number) => Math.round(n * 10) / 10
  return { n: xs.length, p50: r(at(0.5)), p95: r(at(0.95)), max: r(xs.at(-1)!) }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export const fmtBytes = (n: number | undefined) =>
  n === undefined
    ? '–'
    : n >= 1024 ** 3
      ? `${(n / 1024 ** 3).toFixed(2)} GiB`
      : n >= 1024 ** 2
        ? `${(n / 1024 ** 2).toFixed(1)} MiB`
        : n >= 1024
          ? `${(n / 1024).toFixed(1)} KB`
          : `${n} B`
export const fmtMs = (ms: number | undefined) => {
  if (ms === undefined) return '–'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < MIN) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${s % 60} s`
}

/** The budgets of issue 8, checked against one size's results. */
export function checkBudgets(r: Omit<SizeResult, 'budgets'>): Budget[] {
  const out: Budget[] = []
  const check = (name: string, budget: string, measured: string, ok: boolean, scope?: string) =>
    out.push({ name, budget, measured, ok, ...(scope ? { scope } : {}) })
  const info = (name: string, measured: string) => out.push({ name, budget: '—', measured, ok: true, info: true })
  const wall = `${r.build.stopped ? 'more than ' : ''}${fmtMs(r.build.wallMs)}${r.build.stopped ? ' (stopped)' : ''}`
  // Without the PDFs: what a publication waits for (when a site is live, its PDFs are made after it goes live).
  // Pages and search index done (siteMs; the PDFs of a first build run beside the search index), plus the start-up of
  // the build script; results from before siteMs: the wall time without the PDFs.
  const t = r.build.timings
  const sitePart =
    t.siteMs !== undefined && t.totalMs !== undefined ? t.siteMs + (r.build.wallMs - t.totalMs) : r.build.wallMs - (t.pdfMs ?? 0)
  const site = `${r.build.stopped ? 'more than ' : ''}${fmtMs(sitePart)}`
  const limit = r.size === 'S' ? 30_000 : r.size === 'L' ? 5 * MIN : 0
  if (limit) {
    check(
      'Site build without the PDFs (fetch, pages, search index: what a publication waits for)',
      `≤ ${fmtMs(limit)}`,
      site,
      sitePart <= limit && !r.build.stopped,
    )
    check(
      'Site build with the PDFs, wall time (a first build prints them before going live)',
      `≤ ${fmtMs(limit)}`,
      wall,
      r.build.wallMs <= limit && !r.build.stopped,
    )
  }
  if (r.size === 'L') {
    const mem = r.build.peakPssBytes ?? r.build.peakRssBytes
    check(
      `Site build, peak memory (${r.build.peakPssBytes ? 'PSS' : 'RSS'} of the process tree)`,
      '≤ 2 GiB',
      `${fmtBytes(mem)} (RSS ${fmtBytes(r.build.peakRssBytes)})`,
      mem <= 2 * 1024 ** 3,
    )
  }
  // Every page has one island: the header quick finder (issue 5). Its loader, the one script all measured pages
  // share, is reported on its own; the budget is checked on everything else a page without its own island loads.
  const weights = r.pageWeight ?? []
  const paths = weights.map((p) => new Set((p.jsDetail ?? []).map((j) => j.path)))
  const shared = new Set([...(paths[0] ?? [])].filter((x) => paths.every((s) => s.has(x))))
  const loader = weights.flatMap((p) => p.jsDetail ?? []).find((j) => shared.has(j.path))
  if (loader) {
    info(
      'Site-wide island: the header quick finder’s loader (issue 5), on every page',
      `${fmtBytes(loader.raw)} (gzip ${fmtBytes(loader.gzip)}); the finder itself loads on first focus`,
    )
  }
  // The "Zet op mijn lijstje" buttons (issue 24) are an island of their own on the pages that show aanbod: their
  // module and its chunk load only where a page has the buttons (Base.astro's loader). Reported on their own too.
  const lijstje = (j: { path: string }) => LIJSTJE_ISLAND.test(j.path)
  const lijstjeFiles = new Map(weights.flatMap((p) => (p.jsDetail ?? []).filter(lijstje)).map((j) => [j.path, j]))
  if (lijstjeFiles.size) {
    const raw = [...lijstjeFiles.values()].reduce((n, j) => n + j.raw, 0)
    const gzip = [...lijstjeFiles.values()].reduce((n, j) => n + j.gzip, 0)
    info(
      'Island on pages with aanbod: the “Zet op mijn lijstje” buttons (issue 24), loaded only where a page has them',
      `${fmtBytes(raw)} (gzip ${fmtBytes(gzip)}, ${lijstjeFiles.size} files)`,
    )
  }
  for (const p of weights.filter((p) => !p.islands)) {
    const other = (p.jsDetail ?? []).filter((j) => !shared.has(j.path) && !lijstje(j))
    const raw = other.reduce((n, j) => n + j.raw, 0) + p.inlineJs.raw
    const files = p.jsDetail ? other.length : p.jsFiles
    check(
      `JavaScript on a page without islands, besides the header finder’s loader and the lijstje buttons: ${p.type} (${p.url})`,
      '0 KB',
      `${fmtBytes(p.jsDetail ? raw : p.js.raw)} (${files} file${files === 1 ? '' : 's'}${p.inlineJs.raw ? `, ${fmtBytes(p.inlineJs.raw)} inline` : ''})`,
      (p.jsDetail ? raw : p.js.raw) === 0,
    )
  }
  for (const p of (r.pageWeight ?? []).filter((p) => p.listing)) {
    const gz = p.html.gzip + p.css.gzip
    check(
      `HTML+CSS of a listing page, gzip: ${p.type} (${p.url})`,
      '≤ 50 KB',
      `${fmtBytes(gz)} (brotli ${fmtBytes(p.html.brotli + p.css.brotli)})`,
      gz <= 50 * KB,
    )
  }
  const scopeL = r.size === 'L' ? undefined : 'L'
  if (r.search?.queries.length) {
    const most = <T>(list: T[], of: (x: T) => number) => list.reduce((a, b) => (of(b) > of(a) ? b : a))
    const typed = r.search.queries.flatMap((q) => (q.typed ? [{ query: q.query, ...q.typed }] : []))
    if (typed.length) {
      const slow = most(typed, (q) => q.firstResultsMs)
      check(
        'Pagefind, first results of a search typed on the search page (Enter → first result; median of 3 runs, slowest query)',
        '≤ 300 ms',
        `${slow.firstResultsMs} ms ('${slow.query}')`,
        slow.firstResultsMs <= 300,
        scopeL,
      )
      const heavy = most(typed, (q) => q.pagefindBytes)
      check(
        'Pagefind, bytes over the network for those results (heaviest query)',
        '≤ 300 KB',
        `${fmtBytes(heavy.pagefindBytes)} ('${heavy.query}', ${heavy.pagefindRequests} requests)`,
        heavy.pagefindBytes <= 300 * KB,
        scopeL,
      )
    }
    // The 300 ms is the search's own time, from the query to the first results (as Pagefind states its speed): the
    // typed search above. A cold open also loads and starts the page, Pagefind and its WebAssembly; it is reported
    // without a budget (docs/benchmark.md; decided on issue 8).
    const slowest = most(r.search.queries, (q) => q.firstResultsMs)
    info(
      'Pagefind, first results when /zoeken/?q=… is opened cold (from navigation, empty cache, page and Pagefind loaded first; median of 3 runs, slowest query)',
      `${slowest.firstResultsMs} ms ('${slowest.query}'; the page's first paint at ${slowest.paintMs} ms)`,
    )
    const heaviest = most(r.search.queries, (q) => q.pagefindBytes)
    check(
      'Pagefind, bytes over the network for those first results, loader and WebAssembly included (heaviest query)',
      '≤ 300 KB',
      `${fmtBytes(heaviest.pagefindBytes)} ('${heaviest.query}', ${heaviest.pagefindRequests} requests; after them ${heaviest.pagefindBytesAgenda == null ? '' : `${fmtBytes(heaviest.pagefindBytesAgenda)} with the agenda's block, `}${fmtBytes(heaviest.pagefindBytesIdle ?? NaN)} with the filter counts)`,
      heaviest.pagefindBytes <= 300 * KB,
      scopeL,
    )
  }
  const q = r.quickfinder
  if (q)
    check(
      'Quick finder, time per keystroke (p95)',
      '≤ 16 ms',
      `${q.keystrokeMs.p95} ms (max ${q.keystrokeMs.max} ms${q.index === 'synthetic' ? '; synthetic index' : ''})`,
      q.keystrokeMs.p95 <= 16,
      scopeL,
    )
  if (r.publish) check('Publish to live (save → changed page served)', '≤ 60 s', `${r.publish.saveToLiveS} s`, r.publish.saveToLiveS <= 60)
  return out
}

export const budgetLine = (size: string, b: Budget) =>
  b.info
    ? `[${size}] ${b.name}: measured ${b.measured} (${verdict(b)})`
    : `[${size}] ${b.name}: budget ${b.budget}${b.scope ? ` (set for ${b.scope})` : ''}, measured ${b.measured} → ${verdict(b)}`

export function readResults(): { sizes: Partial<Record<Size, SizeResult>> } {
  try {
    return JSON.parse(fs.readFileSync(RESULTS_JSON, 'utf8'))
  } catch {
    return { sizes: {} }
  }
}

export function writeResults(results: { sizes: Partial<Record<Size, SizeResult>> }) {
  const ordered = Object.fromEntries((['S', 'M', 'L'] as const).filter((s) => results.sizes[s]).map((s) => [s, results.sizes[s]]))
  fs.writeFileSync(RESULTS_JSON, JSON.stringify({ generatedBy: 'npm run bench (bench/run.ts)', sizes: ordered }, null, 2) + '\n')
  fs.writeFileSync(RESULTS_MD, markdown(ordered))
}

// ---------------------------------------------------------------------------------------------------- RESULTS.md

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n')
const kb = (b: Bytes, which: keyof Bytes) => fmtBytes(b[which])
const triple = (b: Bytes) => `${kb(b, 'raw')} / ${kb(b, 'gzip')} / ${kb(b, 'brotli')}`

function markdown(sizes: Partial<Record<Size, SizeResult>>): string {
  const list = Object.values(sizes) as SizeResult[]
  const names = list.map((r) => r.size)
  // A size without this measurement (an incomplete run) shows a dash.
  const per = (label: string, f: (r: SizeResult) => string | number | undefined) => [
    label,
    ...list.map((r) => {
      try {
        const v = f(r)
        return v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? '–' : v
      } catch {
        return '–'
      }
    }),
  ]
  const out: string[] = []
  out.push(
    '# Benchmark results',
    '',
    'Made by `npm run bench` (S and M) and `npm run bench -- --size L` from `bench/results.json`; do not edit by hand. ' +
      'See the README section *Benchmark* for what is measured and how. Sizes: S = 500 aanbod + 1,000 activiteiten ' +
      '(Twenterand), M = 2,000 + 5,000, L = 10,000 + 20,000 (Twente). 1 KB = 1,024 bytes.',
    '',
    'How to read it: every number comes from one run on the machine below, with the other work on it at the time ' +
      '(see *shared machine*). Memory is the sum of the resident memory of all processes of the build, sampled every ' +
      "200 ms (pages that Chromium's processes share are counted in each), and their PSS (shared pages counted once), every 2 s. Page weights: gzip level 6 (what a " +
      'server does on the fly) and brotli quality 11, computed by the bench. The site server sends HTML as it is, ' +
      "scripts, styles and data files from the build's brotli or gzip copies, and Pagefind's files as the gzip they " +
      "are, or (page lists, WebAssembly) from the build's brotli copy of their content; the search's " +
      'bytes are those over the network. Search is timed twice: *opened* (`/zoeken/?q=…` with an ' +
      'empty cache, from the start of navigation to the first result on the screen) and *typed* (on the loaded search ' +
      "page, from Enter to the first result). The 300 ms budget is the search's own time, so it is checked against " +
      '*typed*; *opened* also loads and starts the page and Pagefind, and is shown without a budget. The 300 KB ' +
      'budget is checked against both.',
    '',
    '## Machine',
    '',
    table(
      ['', ...names],
      [
        per('date', (r) => r.startedAt.replace('T', ' ').slice(0, 16) + ' UTC'),
        per('CPU', (r) => `${r.machine.cores} × ${r.machine.cpuModel}`),
        per('memory', (r) => fmtBytes(r.machine.memoryBytes)),
        per('Node', (r) => r.machine.node),
        per('load average (1 min) at start', (r) => r.load.loadavgAtStart[0]!.toFixed(1)),
        per('load average during the run (mean / max)', (r) => `${r.load.loadavg1Mean} / ${r.load.loadavg1Max}`),
        per('runnable processes of others (mean / max)', (r) => `${r.load.foreignRunnableMean} / ${r.load.foreignRunnableMax}`),
        per('shared machine?', (r) =>
          sharedMachine(r.load) ? '**yes**: other work ran at the same time; times are pessimistic' : 'quiet',
        ),
        per('complete?', (r) => (r.incomplete ? `**no**: ${r.incomplete}` : 'yes')),
        per('note', (r) => r.note ?? ''),
      ],
    ),
    '',
    '## Budgets (issue 8)',
    '',
    table(
      ['size', 'budget', 'limit', 'measured', 'result'],
      list.flatMap((r) =>
        r.budgets.map((b) => [
          r.size,
          b.name + (b.scope ? ` *(budget set for ${b.scope})*` : ''),
          b.budget,
          b.measured,
          b.ok ? verdict(b) : `**${verdict(b)}**`,
        ]),
      ),
    ),
    '',
    '## Seeding (Payload Local API, validation and hooks as for real content)',
    '',
    table(
      ['', ...names],
      [
        per(
          'organisaties / aanbod / activiteiten',
          (r) => `${r.seed.counts.organisaties} / ${r.seed.counts.aanbod} / ${r.seed.counts.activiteiten}`,
        ),
        per('organisaties', (r) => fmtMs(r.seed.organisatiesMs)),
        per('aanbod', (r) => fmtMs(r.seed.aanbodMs)),
        per('activiteiten', (r) => fmtMs(r.seed.activiteitenMs)),
        per('content in total (documents per second)', (r) => `${fmtMs(r.seed.contentMs)} (${r.seed.docsPerSecond}/s)`),
        per(`whole script (start, migrations, reference data, content)`, (r) => fmtMs(r.seed.wallMs)),
      ],
    ),
    '',
    '## CMS REST API (`next start`, anonymous, one request at a time)',
    '',
    table(
      ['', ...names],
      [
        per('start until the API answers', (r) => fmtMs(r.cms.startMs)),
        per(
          'list of 100 aanbod (depth=1): p50 / p95',
          (r) => `${r.cms.list100.p50} ms / ${r.cms.list100.p95} ms (n=${r.cms.list100.n}, ${fmtBytes(r.cms.list100.bytes)})`,
        ),
        per(
          'one aanbod (depth=1): p50 / p95',
          (r) => `${r.cms.detail.p50} ms / ${r.cms.detail.p95} ms (n=${r.cms.detail.n}, ${fmtBytes(r.cms.detail.bytes)})`,
        ),
      ],
    ),
    '',
    '## Full site build (`tsx scripts/build-site.ts`, as `npm run build` and the publisher run it)',
    '',
    table(
      ['', ...names],
      [
        per('wall time', (r) => fmtMs(r.build.wallMs)),
        per('peak memory, PSS (shared pages counted once) over the process tree', (r) =>
          r.build.peakPssBytes ? fmtBytes(r.build.peakPssBytes) : '–',
        ),
        per(
          'peak memory, sum of RSS over the process tree',
          (r) =>
            `${fmtBytes(r.build.peakRssBytes)} (${r.build.processesAtPeak} processes; largest ${fmtBytes(r.build.largestProcessAtPeakBytes)})`,
        ),
        per('fetching content (REST + validation)', (r) => fmtMs(r.build.timings.fetchMs)),
        per('rendering (Astro build without the fetch)', (r) => fmtMs(r.build.timings.renderMs)),
        per('Pagefind indexing', (r) => fmtMs(r.build.timings.pagefindMs)),
        per('compressed copies (after the search index)', (r) => fmtMs(r.build.timings.compressMs)),
        per('PDFs', (r) => `${fmtMs(r.build.timings.pdfMs)} (${r.build.pdfs} PDFs)`),
        per('HTML pages / files / size', (r) => `${r.build.htmlPages} / ${r.build.files} / ${fmtBytes(r.build.distBytes)}`),
        per('Pagefind index on disk', (r) => fmtBytes(r.build.pagefindBytes)),
      ],
    ),
    '',
  )
  out.push(
    "### Where the rendering time goes (Astro's time per page, summed per route; the slowest routes)",
    '',
    "The first page Astro renders (`/404.html`) also waits for the content fetch. Astro renders several pages at a time (astro.config.mjs, build.concurrency): a page's time includes its waits for the others, so the sums are more than the rendering's wall time; they show which routes weigh most.",
    '',
    table(
      ['size', 'route', 'pages', 'time'],
      list.flatMap((r) => (r.build.slowestRoutes ?? []).map((x) => [r.size, `\`${x.route}\``, x.pages, fmtMs(x.ms)])),
    ),
    '',
  )
  const pub = list.filter((r) => r.publish)
  if (pub.length) {
    out.push(
      '## Publish to live (built-in builder, `PUBLISH_MODE=ingebouwd`)',
      '',
      table(
        ['size', 'debounce', 'save (PATCH)', 'wait before the build', 'build (publicatie record)', 'save → new title served'],
        pub.map((r) => [
          r.size,
          fmtMs(r.publish!.debounceMs),
          fmtMs(r.publish!.saveMs),
          r.publish!.publicatie.wachtS === null ? '–' : `${r.publish!.publicatie.wachtS} s`,
          r.publish!.publicatie.duurSeconden === null
            ? r.publish!.publicatie.status
            : `${r.publish!.publicatie.duurSeconden} s (${r.publish!.publicatie.status})`,
          `**${r.publish!.saveToLiveS} s**`,
        ]),
      ),
      '',
    )
  }
  out.push('## Page weight (Chromium, empty cache; raw / gzip / brotli)', '')
  for (const r of list.filter((r) => r.pageWeight)) {
    out.push(
      `### ${r.size}`,
      '',
      table(
        ['page', 'url', 'HTML', 'CSS', 'JavaScript', 'total', 'requests'],
        r.pageWeight!.map((p) => [
          p.type + (p.islands ? ' (island)' : ''),
          `\`${p.url}\``,
          triple(p.html),
          triple(p.css),
          p.js.raw ? `${triple(p.js)}${p.inlineJs.raw ? ` (incl. ${fmtBytes(p.inlineJs.raw)} inline)` : ''}` : '0',
          triple(p.total),
          p.requests,
        ]),
      ),
      '',
    )
  }
  out.push(
    '## Search in Chromium (median of 3 runs, each in a fresh browser context)',
    '',
    'Opened: `/zoeken/?q=…` with an empty cache, timed from navigation. Typed: the query typed into the search page once it has loaded, timed from Enter. Bytes are Pagefind\'s over the network (compressed as sent) for the first results. The activiteiten found are shown after the results, in the block "In de agenda", searched once the results are on screen: when it is done, and Pagefind\'s bytes until then. "Until idle" adds the counts per filter, which load after the results too. Slow network: opened once more with every request waiting 50 ms for its answer (Chromium\'s network emulation; loopback answers in well under 1 ms), as on a mobile connection; no budget.',
    '',
    table(
      [
        'size',
        'query',
        'opened: first results',
        "opened: the page's first paint",
        'Pagefind bytes',
        "then the agenda's block: done at, Pagefind bytes until then",
        'until idle',
        'typed: first results',
        'typed: Pagefind bytes',
        'opened, slow network',
        'result',
      ],
      list.flatMap((r) =>
        (r.search?.queries ?? []).map((q) => [
          r.size,
          `'${q.query}'`,
          `${q.firstResultsMs} ms`,
          `${q.paintMs} ms`,
          `${fmtBytes(q.pagefindBytes)} in ${q.pagefindRequests} requests`,
          q.agendaMs == null ? '–' : `${q.agendaMs} ms, ${fmtBytes(q.pagefindBytesAgenda ?? NaN)}`,
          q.pagefindBytesIdle === undefined ? '–' : fmtBytes(q.pagefindBytesIdle),
          q.typed ? `${q.typed.firstResultsMs} ms` : '–',
          q.typed ? `${fmtBytes(q.typed.pagefindBytes)} in ${q.typed.pagefindRequests} requests` : '–',
          q.slow ? `${q.slow.firstResultsMs} ms (${q.slow.latencyMs} ms per request)` : '–',
          q.status,
        ]),
      ),
    ),
    '',
    '## Quick finder (its index typed into keystroke by keystroke, fresh each round, in Node)',
    '',
    table(
      ['', ...names],
      [
        per('index', (r) => (r.quickfinder!.index === 'synthetic' ? 'synthetic (no build)' : 'the built /zoekhulp.json')),
        per('items / words', (r) => `${r.quickfinder!.items} / ${r.quickfinder!.words}`),
        per('index size (raw / gzip)', (r) => `${fmtBytes(r.quickfinder!.indexBytes)} / ${fmtBytes(r.quickfinder!.indexBytesGzip)}`),
        per('building the index (median)', (r) => `${r.quickfinder!.buildIndexMs.median} ms`),
        per(
          'per keystroke p50 / p95 / max',
          (r) =>
            `${r.quickfinder!.keystrokeMs.p50} / ${r.quickfinder!.keystrokeMs.p95} / ${r.quickfinder!.keystrokeMs.max} ms (${r.quickfinder!.keystrokes} keystrokes)`,
        ),
      ],
    ),
    '',
    '## Static serving (`scripts/lib/serve-site.ts` under autocannon over loopback)',
    '',
    table(
      ['', ...names],
      [
        per('load', (r) => `${r.serving!.connections} connections, ${r.serving!.durationS} s, ${r.serving!.urls} URLs in turn`),
        per('requests per second (mean)', (r) => r.serving!.rps),
        per('latency p50 / p99 / max', (r) => `${r.serving!.latencyMs.p50} / ${r.serving!.latencyMs.p99} / ${r.serving!.latencyMs.max} ms`),
        per('throughput', (r) => `${r.serving!.throughputMBps} MB/s`),
        per(
          'requests / errors / timeouts / non-2xx',
          (r) => `${r.serving!.requests} / ${r.serving!.errors} / ${r.serving!.timeouts} / ${r.serving!.non2xx}`,
        ),
      ],
    ),
    '',
  )
  return out.join('\n')
}
