/**
 * npm run bench: how fast the kaart is for a visitor and how far it scales (issue 8). Per size (S and M by default;
 * `npm run bench -- --size L`, or `--size S`):
 *  1. seeds synthetic content (bench/synthetic.ts) into a temporary SQLite database through the Local API
 *     (bench/seed.ts, run like `npm run seed`), after the real reference data;
 *  2. starts the built CMS with `next start` on it and times the REST API (100-item list, one document);
 *  3. builds the site as `npm run build` does (a child process), sampling the RSS of its process tree from /proc,
 *     with the build's own timing report (SITE_TIMINGS_FILE: fetch, Astro, Pagefind, PDFs);
 *  4. serves the build (bench/serve.ts) and loads each page type in Chromium (page weight), searches three queries
 *     on /zoeken/, types into the quick finder's index, and puts the server under autocannon;
 *  5. at S: publish to live with the built-in builder (PUBLISH_MODE=ingebouwd, its real 30 s debounce).
 * Writes bench/results.json and bench/RESULTS.md, and prints each budget with OK or OVER. Everything it starts is
 * stopped and every temporary database and build folder removed at the end, also after a failure or Ctrl+C.
 */
import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { scriptArguments } from '../cms/args'
import { ensureCmsBuild } from '../scripts/lib/cms-build'
import { launchChromium } from '../scripts/lib/chromium'
import { bin, payloadScriptEnv, root, waitForHttp } from '../scripts/lib/process'
import { pageWeights, searchRun, typedSearchRun, type PageSpec } from './browser'
import { inZoekindex } from '../site/lib/zoeken/zoekindex'
import { cleanupAll, cleanupOnExit, onCleanup, runChild, sampleMachineLoad, sampleMemory, startChild, stopTree } from './procs'
import { benchQuickfinder } from './quickfinder'
import { budgetLine, checkBudgets, median, readResults, sharedMachine, stat, writeResults, machine, type SizeResult } from './report'
import type { Size } from './synthetic'

const QUERIES = ['maaltijd', 'den ham', 'mantelzorg']
/**
 * The opened search once more with this wait on every request (Chromium's network emulation): on a mobile connection
 * a request takes 50–100 ms before its answer comes, and what the page asks for one after the other adds up.
 */
const SLOW_LATENCY_MS = 50

/** Runs of one query: the median time to the first results, the most Pagefind bytes and requests. */
const searchSummary = (runs: { firstResultsMs: number; pagefindBytes: number; pagefindRequests: number }[]) => ({
  firstResultsMs: median(runs.map((r) => r.firstResultsMs)),
  pagefindBytes: Math.max(...runs.map((r) => r.pagefindBytes)),
  pagefindRequests: Math.max(...runs.map((r) => r.pagefindRequests)),
})
const LOAD = { connections: 50, durationS: 10 }
const PUBLISH_DEBOUNCE_MS = 30_000 // the publisher's default (cms/publishing), as configured for real
const BUILD_LIMIT_MS = Number(process.env.BENCH_BUILD_LIMIT_MIN || 45) * 60_000
const logDir = path.join(root, 'bench', 'tmp')

function sizesFromArgs(values: string[]): Size[] {
  const sizes: Size[] = []
  for (const value of values) {
    for (const s of value.toUpperCase().split(',')) {
      if (!['S', 'M', 'L'].includes(s)) throw new Error(`Onbekende grootte ${s}: kies S, M of L.`)
      sizes.push(s as Size)
    }
  }
  return sizes.length ? sizes : ['S', 'M']
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

const step = (size: Size, what: string) => console.log(`[${size}] ${new Date().toISOString().slice(11, 19)} ${what}`)

/** Time GET requests one at a time (after a few unmeasured ones). */
async function timeGets(urls: string[], warmup = 5) {
  for (const url of urls.slice(0, warmup)) await (await fetch(url)).arrayBuffer()
  const times: number[] = []
  const bodies: any[] = []
  let bytes = 0
  for (const url of urls) {
    const t = performance.now()
    const res = await fetch(url)
    const body = await res.arrayBuffer()
    times.push(performance.now() - t)
    if (!res.ok) throw new Error(`${url} gaf ${res.status}`)
    bytes += body.byteLength
    bodies.push(JSON.parse(Buffer.from(body).toString('utf8')))
  }
  return { ...stat(times), bytes: Math.round(bytes / urls.length), bodies }
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name)
      return { file, bytes: fs.statSync(file).size }
    })
}

const quickfinderOf = ({ size: _s, aanbod: _a, sample: _x, node: _n, cpus: _c, ...rest }: ReturnType<typeof benchQuickfinder>) => rest

/** The first detail page (by slug) of a kind in the build, e.g. /aanbod/<slug>/. */
const detailPages = (dist: string, kind: string) =>
  fs
    .readdirSync(path.join(dist, kind))
    .filter((d) => fs.existsSync(path.join(dist, kind, d, 'index.html')))
    .sort()
    .map((d) => `/${kind}/${d}/`)

/**
 * Where Astro's rendering time went: its log line per page ("├─ /agenda/kern/den-ham.ics/ (+27.28s)"), summed per
 * route (the last segment of a path with more than one segment stands for all of its kind).
 */
function slowestRoutes(buildLog: string, top = 8) {
  const routes = new Map<string, { pages: number; ms: number }>()
  for (const m of buildLog.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const parts = m[1]!
      .replace(/\/index\.html$|\/$/, '')
      .split('/')
      .filter(Boolean)
    const ext = /\.\w+$/.exec(parts.at(-1) ?? '')?.[0] ?? ''
    const route = parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/*${ext}` : `/${parts.join('/')}`
    const r = routes.get(route) ?? { pages: 0, ms: 0 }
    r.pages++
    r.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1)
    routes.set(route, r)
  }
  return [...routes.entries()]
    .map(([route, r]) => ({ route, pages: r.pages, ms: Math.round(r.ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
}

async function benchSize(size: Size): Promise<SizeResult> {
  const loadavgAtStart = os.loadavg()
  const machineLoad = sampleMachineLoad()
  const startedAt = new Date().toISOString()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `skt-bench-${size}-`))
  // BENCH_KEEP=1 (for looking into a result): keep the database and the build, and say where they are.
  const keep = (dir: string) =>
    process.env.BENCH_KEEP ? console.log(`[${size}] bewaard: ${dir}`) : fs.rmSync(dir, { recursive: true, force: true })
  onCleanup(() => keep(tmp))
  // Builds stay inside the project (see tests/helpers/site.ts: Astro's intermediate files).
  fs.mkdirSync(path.join(root, '.site-build'), { recursive: true })
  const buildParent = fs.mkdtempSync(path.join(root, '.site-build', `bench-${size}-`))
  onCleanup(() => keep(buildParent))
  const dist = path.join(buildParent, 'dist')
  fs.mkdirSync(logDir, { recursive: true })
  const log = path.join(logDir, `${size}-${startedAt.replace(/[:.]/g, '-')}.log`)
  console.log(`[${size}] log: ${path.relative(root, log)}`)

  const account = { email: 'bench-redacteur@bench.local', password: crypto.randomBytes(12).toString('base64url') }
  const env = {
    DATABASE_URI: `file:${path.join(tmp, 'bench.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    DEMO_MODE: 'false',
    JOBS_AUTORUN: 'false',
    OUTBOX_DIR: path.join(tmp, 'outbox'),
    NEXT_TELEMETRY_DISABLED: '1',
  }

  // 1. Seed.
  step(size, 'seeden …')
  const seedFile = path.join(tmp, 'seed.json')
  let t = performance.now()
  await runChild(bin('tsx'), [path.join('bench', 'seed.ts'), size, seedFile], {
    cwd: root,
    env: payloadScriptEnv({ ...env, BENCH_EMAIL: account.email, BENCH_PASSWORD: account.password }),
    log,
  })
  const seed = { ...JSON.parse(fs.readFileSync(seedFile, 'utf8')), wallMs: Math.round(performance.now() - t) }
  step(size, `geseed in ${Math.round(seed.wallMs / 1000)} s (${seed.docsPerSecond} documenten/s)`)

  // 2. The CMS, and its REST API. At S with the built-in publisher, for the publish-to-live measurement.
  const publish = size === 'S'
  const cmsPort = await freePort()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const logFd = fs.openSync(log, 'a')
  onCleanup(() => fs.closeSync(logFd))
  t = performance.now()
  const cms = startChild(bin('next'), ['start', 'cms', '-p', String(cmsPort), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      CMS_PUBLIC_URL: cmsUrl,
      CMS_URL: cmsUrl,
      SITE_URL: 'http://localhost:4321',
      PUBLISH_MODE: publish ? 'ingebouwd' : 'uit',
      SITE_DIST_DIR: dist,
    },
  })
  onCleanup(() => stopTree(cms))
  await waitForHttp(`${cmsUrl}/api/kernen?limit=1`, { child: cms, timeoutMs: 180_000 })
  const startMs = Math.round(performance.now() - t)
  step(size, `CMS draait (${cmsUrl}); REST meten …`)
  const pages = Math.ceil(seed.counts.aanbod / 100)
  const list100 = await timeGets(
    Array.from({ length: 40 }, (_, i) => `${cmsUrl}/api/aanbod?limit=100&page=${1 + ((i * 7) % pages)}&depth=1&sort=id`),
  )
  const ids = list100.bodies.flatMap((b) => b.docs.map((d: { id: number }) => d.id))
  const detail = await timeGets(Array.from({ length: 40 }, (_, i) => `${cmsUrl}/api/aanbod/${ids[(i * 37) % ids.length]}?depth=1`))
  const strip = ({ bodies: _b, ...rest }: typeof list100) => rest

  // 3. The full site build, as a child process (as `npm run build` and the publisher run it). Stopped when it takes
  // longer than BUILD_LIMIT_MS: then the rest cannot be measured, and the result says so.
  step(size, 'site bouwen …')
  const timingsFile = path.join(tmp, 'timings.json')
  let memory: ReturnType<ReturnType<typeof sampleMemory>['stop']> | undefined
  let builder: ChildProcess | undefined
  let stopped = false
  const limit = setTimeout(() => {
    stopped = true
    if (builder) void stopTree(builder)
  }, BUILD_LIMIT_MS)
  const logOffset = fs.statSync(log).size
  t = performance.now()
  try {
    await runChild(bin('tsx'), [path.join('scripts', 'build-site.ts')], {
      cwd: root,
      env: { ...process.env, CMS_URL: cmsUrl, SITE_DIST_DIR: dist, SITE_TIMINGS_FILE: timingsFile, SITE_URL: 'http://localhost:4321' },
      log,
      onStart: (child) => {
        builder = child
        const sampler = sampleMemory(child.pid!)
        child.once('exit', () => (memory = sampler.stop()))
      },
    })
  } catch (err) {
    if (!stopped) throw err
  } finally {
    clearTimeout(limit)
  }
  const buildWallMs = Math.round(performance.now() - t)
  const peak = {
    peakRssBytes: memory!.peakRssBytes,
    peakPssBytes: memory!.peakPssBytes,
    processesAtPeak: memory!.processesAtPeak,
    largestProcessAtPeakBytes: memory!.largestProcessAtPeakBytes,
    slowestRoutes: slowestRoutes(fs.readFileSync(log, 'utf8').slice(logOffset)),
  }
  const common = () => ({
    size,
    machine: machine(),
    startedAt,
    finishedAt: new Date().toISOString(),
    load: { loadavgAtStart, ...machineLoad.stop(), shared: false },
    seed,
    cms: { startMs, list100: strip(list100), detail: strip(detail) },
  })
  if (stopped) {
    // What the build got through: the content fetch (site/lib/cms.ts appends it as soon as it is done).
    const fetched = fs.existsSync(timingsFile)
      ? fs
          .readFileSync(timingsFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l).fetchMs as number)
      : []
    step(size, `bouwen gestopt na ${Math.round(buildWallMs / 60_000)} min`)
    const result: Omit<SizeResult, 'budgets'> = {
      ...common(),
      incomplete: `The site build was stopped after ${Math.round(buildWallMs / 60_000)} min (limit BENCH_BUILD_LIMIT_MIN); nothing after it could be measured.`,
      build: { wallMs: buildWallMs, stopped: true, ...peak, timings: fetched.length ? { fetchMs: fetched[0]! } : {} },
      // Without a build there is no /zoekhulp.json: the quick finder over a synthetic index of this size instead.
      quickfinder: { ...quickfinderOf(benchQuickfinder(size)), index: 'synthetic' },
    }
    result.load.shared = sharedMachine(result.load)
    return { ...result, budgets: checkBudgets(result) }
  }
  const timings = JSON.parse(fs.readFileSync(timingsFile, 'utf8'))
  const live = fs.realpathSync(dist)
  const files = filesUnder(live)
  const build = {
    wallMs: buildWallMs,
    ...peak,
    timings: { ...timings, renderMs: timings.astroMs - timings.fetchMs },
    htmlPages: files.filter((f) => f.file.endsWith('.html')).length,
    files: files.length,
    distBytes: files.reduce((s, f) => s + f.bytes, 0),
    pagefindBytes: files.filter((f) => inZoekindex(`/${path.relative(live, f.file)}`)).reduce((s, f) => s + f.bytes, 0),
    pdfs: files.filter((f) => f.file.endsWith('.pdf')).length,
  }
  step(
    size,
    `gebouwd in ${Math.round(buildWallMs / 1000)} s, piek ${Math.round(build.peakRssBytes / 2 ** 20)} MiB RSS, ${Math.round((build.peakPssBytes ?? 0) / 2 ** 20)} MiB PSS`,
  )

  // 4. Serve the build and look at it as a visitor.
  const sitePort = await freePort()
  const base = `http://127.0.0.1:${sitePort}`
  const server = startChild(bin('tsx'), [path.join('bench', 'serve.ts'), dist, String(sitePort)], {
    cwd: root,
    stdio: ['ignore', logFd, logFd],
  })
  onCleanup(() => stopTree(server))
  await waitForHttp(`${base}/`, { child: server, timeoutMs: 60_000 })
  const browser = await launchChromium()
  onCleanup(() => browser.close())
  const aanbod = detailPages(live, 'aanbod')
  const activiteiten = detailPages(live, 'activiteit')
  const organisaties = detailPages(live, 'organisatie')
  const specs: PageSpec[] = [
    { type: 'home', path: '/', islands: true, listing: false },
    { type: 'aanbod (list)', path: '/aanbod/', islands: false, listing: true },
    { type: 'aanbod', path: aanbod[0]!, islands: false, listing: false },
    { type: 'kern overview', path: '/kern/vriezenveen/', islands: false, listing: true },
    { type: 'levensgebeurtenis overview', path: '/levensgebeurtenis/mantelzorg/', islands: false, listing: true },
    { type: 'agenda', path: '/agenda/', islands: false, listing: true },
    { type: 'activiteit', path: activiteiten[0]!, islands: false, listing: false },
    { type: 'organisatie', path: organisaties[0]!, islands: false, listing: false },
    { type: 'zoeken', path: '/zoeken/', islands: true, listing: false },
    { type: 'meldpunt', path: '/meldpunt/', islands: false, listing: false },
    { type: 'placemat', path: '/placemat/algemeen/', islands: false, listing: false },
    { type: 'kern booklet', path: '/kaart/vriezenveen/', islands: false, listing: false },
  ].filter((p) => fs.existsSync(path.join(live, p.path, 'index.html')))
  step(size, 'paginagewicht in Chromium …')
  const pageWeight = await pageWeights(browser, base, specs)

  step(size, 'zoeken in Chromium …')
  const queries = []
  for (const query of QUERIES) {
    const runs = []
    const typedRuns = []
    const slowRuns = []
    for (let i = 0; i < 3; i++) {
      runs.push(await searchRun(browser, base, query))
      typedRuns.push(await typedSearchRun(browser, base, query))
      slowRuns.push(await searchRun(browser, base, query, { latencyMs: SLOW_LATENCY_MS }))
    }
    queries.push({
      query,
      runs,
      ...searchSummary(runs),
      paintMs: median(runs.map((r) => r.paintMs)),
      ...(runs.every((r) => r.agendaMs !== null)
        ? { agendaMs: median(runs.map((r) => r.agendaMs!)), pagefindBytesAgenda: Math.max(...runs.map((r) => r.pagefindBytesAgenda!)) }
        : {}),
      pagefindBytesIdle: Math.max(...runs.map((r) => r.pagefindBytesIdle)),
      status: runs[0]!.status,
      typed: { runs: typedRuns, ...searchSummary(typedRuns) },
      slow: { latencyMs: SLOW_LATENCY_MS, runs: slowRuns, firstResultsMs: median(slowRuns.map((r) => r.firstResultsMs)) },
    })
  }

  step(size, 'snelzoeker …')
  const quickfinder = {
    ...quickfinderOf(benchQuickfinder(size, JSON.parse(fs.readFileSync(path.join(live, 'zoekhulp.json'), 'utf8')))),
    index: 'build' as const,
  }

  step(size, `statisch serveren onder autocannon (${LOAD.connections} verbindingen, ${LOAD.durationS} s) …`)
  const css = [...fs.readFileSync(path.join(live, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (m) => m[1]!,
  )
  const urls = [
    '/',
    '/aanbod/',
    '/kern/vriezenveen/',
    '/kern/den-ham/',
    '/levensgebeurtenis/mantelzorg/',
    '/thema/eten/',
    '/agenda/',
    '/zoeken/',
    '/meldpunt/',
    ...aanbod.slice(0, 20),
    ...activiteiten.slice(0, 10),
    ...organisaties.slice(0, 5),
    ...css,
    '/pagefind/pagefind.js',
    '/zoekhulp.json',
  ]
  const cannon = await autocannon({
    url: base,
    connections: LOAD.connections,
    duration: LOAD.durationS,
    timeout: 10,
    requests: urls.map((p) => ({ method: 'GET', path: p })),
  })
  const serving = {
    ...LOAD,
    urls: urls.length,
    requests: cannon.requests.total,
    rps: Math.round(cannon.requests.average),
    latencyMs: { p50: cannon.latency.p50, p99: cannon.latency.p99, max: cannon.latency.max },
    throughputMBps: Math.round((cannon.throughput.average / 1e6) * 10) / 10,
    errors: cannon.errors,
    timeouts: cannon.timeouts,
    non2xx: cannon.non2xx,
  }

  let publishResult: SizeResult['publish']
  if (publish) {
    step(size, 'publiceren tot live (ingebouwde bouwer, 30 s wachttijd) …')
    publishResult = await publishToLive(cmsUrl, base, account, aanbod[0]!)
    step(size, `live na ${publishResult.saveToLiveS} s`)
  }

  const result: Omit<SizeResult, 'budgets'> = {
    ...common(),
    build,
    pageWeight,
    search: { queries },
    quickfinder,
    serving,
    ...(publishResult ? { publish: publishResult } : {}),
  }
  // Shared: others' work kept a core busy on average (report.ts sharedMachine).
  result.load.shared = sharedMachine(result.load)
  return { ...result, budgets: checkBudgets(result) }
}

/** Change an aanbod's title as a staff user (REST), and poll the served page until the new title is there. */
async function publishToLive(cmsUrl: string, base: string, account: { email: string; password: string }, page: string) {
  const slug = page.split('/')[2]!
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  if (!login.ok) throw new Error(`Inloggen voor het publiceren mislukte: ${login.status}`)
  const auth = { authorization: `JWT ${(await login.json()).token}` }
  const found = await (await fetch(`${cmsUrl}/api/aanbod?where[slug][equals]=${slug}&depth=0&limit=1`, { headers: auth })).json()
  const id = found.docs[0]?.id
  if (!id) throw new Error(`Aanbod ${slug} niet gevonden`)
  const titel = `Bench gewijzigd ${crypto.randomBytes(4).toString('hex')}`
  const t0 = Date.now()
  const res = await fetch(`${cmsUrl}/api/aanbod/${id}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ titel, _status: 'published' }),
  })
  if (!res.ok) throw new Error(`Opslaan mislukte: ${res.status} ${await res.text()}`)
  const saved = Date.now()
  for (;;) {
    if (Date.now() - saved > 15 * 60_000) throw new Error('De wijziging stond na 15 minuten nog niet op de site.')
    const html = await fetch(base + page).then(
      (r) => r.text(),
      () => '',
    )
    if (html.includes(titel)) break
    await new Promise((r) => setTimeout(r, 250))
  }
  const liveAt = Date.now()
  // The publisher records the publication when its build process has ended (just after the switch).
  let record: any
  for (let i = 0; i < 60; i++) {
    record = (await (await fetch(`${cmsUrl}/api/publicaties?sort=-createdAt&limit=1&depth=0`, { headers: auth })).json()).docs?.[0]
    if (record && record.status !== 'bezig') break
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    debounceMs: PUBLISH_DEBOUNCE_MS,
    saveMs: saved - t0,
    saveToLiveS: Math.round((liveAt - saved) / 100) / 10,
    publicatie: {
      status: record?.status ?? 'onbekend',
      duurSeconden: record?.duurSeconden ?? null,
      wachtS: record?.gestartOp ? Math.round((Date.parse(record.gestartOp) - saved) / 100) / 10 : null,
    },
  }
}

async function main() {
  // --report: only write bench/RESULTS.md again from bench/results.json.
  // The budgets are checked again, so that a change in how they are checked shows without measuring again.
  const args = scriptArguments('Gebruik: npm run bench [-- --size S|M|L] of npm run bench -- --report', {
    size: { type: 'string', multiple: true },
    report: { type: 'boolean' },
  }).values
  if (args.report) {
    const { sizes } = readResults()
    for (const r of Object.values(sizes)) if (r) r.budgets = checkBudgets(r)
    return writeResults({ sizes })
  }
  const sizes = sizesFromArgs(args.size ?? [])
  cleanupOnExit()
  await ensureCmsBuild()
  for (const size of sizes) {
    let result: SizeResult
    try {
      result = await benchSize(size)
    } finally {
      await cleanupAll()
    }
    const results = readResults()
    results.sizes[size] = result
    writeResults(results)
    console.log(`\n[${size}] budgetten:`)
    for (const b of result.budgets) console.log(`  ${budgetLine(size, b)}`)
    console.log(`[${size}] opgeslagen in bench/results.json en bench/RESULTS.md\n`)
  }
}

main().then(
  () => process.exit(0),
  async (err) => {
    console.error(`\nDe benchmark is mislukt: ${err instanceof Error ? (err.stack ?? err.message) : err}`)
    await cleanupAll()
    process.exit(1)
  },
)
