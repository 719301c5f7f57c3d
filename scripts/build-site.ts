/**
 * npm run build: the public site from the running CMS (CMS_URL, default http://localhost:3000) into dist/.
 * Builds into a fresh folder and switches dist/ (a link) to it only when the build succeeded: a failed build (CMS
 * down, no aanbod, an invalid document) leaves the last good site untouched. One build at a time per dist/.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { bin, root, run } from './lib/process'
import { carryOverPdfs, renderPdfs } from './lib/pdf'
import { buildLock, switchLive } from './lib/live-site'
import { compressForServing } from './lib/compress'
import type { SiteBuildResult } from '../cms/publishing/bouwresultaat'
import { ZOEKDELEN, ZOEKDELEN_LIJST, ZOEKPAGINA, zoekGlob, type ZoekdelenLijst } from '../site/lib/zoeken/zoekindex'

/**
 * The top folders of the built site that hold pages search indexes (data-pagefind-body, Base.astro's `zoekbaar`);
 * a searchable page at the top level counts as its file name.
 */
function searchableFolders(dir: string): Set<string> {
  const folders = new Set<string>()
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue
    const file = path.join(e.parentPath, e.name)
    const top = path.relative(dir, file).split(path.sep)[0]!
    if (!folders.has(top) && fs.readFileSync(file, 'utf8').includes('data-pagefind-body')) folders.add(top)
  }
  return folders
}

/**
 * Pagefind's search index of the built pages (Dutch), written into the build before it goes live: one Pagefind run
 * per part (site/lib/zoeken/zoekindex.ts), each ended before the next starts, so its memory is freed. A part without
 * pages (no activiteiten) is left out; the main part lists the others in its delen.json for the search page (merged for the
 * results, or searched apart for the agenda). Fails when a searchable page is in no part: in no part's folder, or in a
 * folder split by the first letter of its pages' own folders (beginletters) but not in a folder of its own.
 */
export async function indexForSearch(dir: string) {
  const folders = searchableFolders(dir)
  if (folders.size === 0) throw new Error('zoekindex: geen pagina’s gevonden')
  const buiten = [...folders].filter((m) => !ZOEKDELEN.some((d) => d.mappen.includes(m)))
  if (buiten.length) {
    throw new Error(
      `zoekindex: de doorzoekbare pagina’s in ${buiten.map((m) => `/${m}`).join(', ')} staan in geen deel van de zoekindex; zet ze in een deel (site/lib/zoeken/zoekindex.ts).`,
    )
  }
  for (const map of new Set(ZOEKDELEN.filter((d) => d.beginletters).flatMap((d) => d.mappen))) {
    const inMap = path.join(dir, map)
    const los = fs.existsSync(inMap)
      ? fs
          .readdirSync(inMap)
          .filter((f) => f.endsWith('.html') && fs.readFileSync(path.join(inMap, f), 'utf8').includes('data-pagefind-body'))
      : []
    if (los.length)
      throw new Error(
        `zoekindex: /${map} is verdeeld naar de eerste letter van de mappen erin, maar ${los.map((f) => `/${map}/${f}`).join(', ')} staat niet in een eigen map (site/lib/zoeken/zoekindex.ts).`,
      )
  }
  const lijst: ZoekdelenLijst = { delen: [], agenda: [] }
  for (const [i, deel] of ZOEKDELEN.entries()) {
    // Only parts with searchable pages: Pagefind would index whole pages where it finds no data-pagefind-body.
    if (i > 0 && !deel.mappen.some((m) => folders.has(m))) continue
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' })
    if (!index) throw new Error(`zoekindex: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: dir, glob: zoekGlob(deel) })
    if (added.errors.length) throw new Error(`zoekindex: ${added.errors.join('; ')}`)
    if (i > 0 && added.page_count === 0) {
      // Half of a split folder can be empty (no slug with those first letters).
      await pagefind.close()
      continue
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, deel.pad) })
    if (written.errors.length) throw new Error(`zoekindex: ${written.errors.join('; ')}`)
    await pagefind.close()
    removeUnused(path.join(dir, deel.pad), i === 0)
    if (i > 0) lijst[deel.agenda ? 'agenda' : 'delen'].push(deel.pad)
  }
  fs.writeFileSync(path.join(dir, ZOEKDELEN[0]!.pad, ZOEKDELEN_LIJST), JSON.stringify(lijst))
  preloadIndex(dir, [ZOEKDELEN[0]!.pad, ...lijst.delen], lijst.agenda)
}

/**
 * What Pagefind writes into every part but the search page never loads: its ready-made search interfaces (the page
 * has its own, Zoeken.tsx), the WebAssembly for pages in no known language (every page is Dutch), and in the merged
 * parts the loader, worker and WebAssembly (the main part's serve all). Left out, they are not copied to every build,
 * compressed and served for nothing.
 */
const PAGEFIND_UNUSED = /^pagefind-(component-ui|modular-ui|ui)\.(js|css)$|^pagefind-highlight\.js$|^wasm\.unknown\.pagefind$/
const PAGEFIND_MAIN_ONLY = /^pagefind\.js$|^pagefind-worker\.js$|^wasm\..+\.pagefind$/
function removeUnused(part: string, main: boolean) {
  for (const f of fs.readdirSync(part)) {
    if (PAGEFIND_UNUSED.test(f) || (!main && PAGEFIND_MAIN_ONLY.test(f))) fs.rmSync(path.join(part, f))
  }
}

/**
 * The search page preloads the entry file and page list (pf_meta) of every part of its first search: their names are
 * known only once Pagefind has written them, and Pagefind itself asks for them one after the other (the main part's
 * first, the merged parts' once its WebAssembly is loaded). The parts searched apart (the agenda) come after the first
 * results and are not preloaded. Every entry file is asked for under the index's version (Pagefind's metaCacheTag,
 * site/lib/zoeken/startscript.ts), which the build writes on the page's start script: a hash of all parts' entry files, which
 * name their page lists, so it changes whenever the index does.
 */
function preloadIndex(dir: string, parts: string[], apart: string[]) {
  const page = path.join(dir, ZOEKPAGINA)
  if (!fs.existsSync(page)) return
  const entries = [...parts, ...apart].map((part) => fs.readFileSync(path.join(dir, part, 'pagefind-entry.json'), 'utf8'))
  const versie = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 12)
  const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`
  const links = parts.flatMap((part, i) => {
    const hash: unknown = JSON.parse(entries[i]!).languages?.nl?.hash
    if (typeof hash !== 'string') throw new Error(`zoekindex: ${part}pagefind-entry.json heeft geen Nederlandse index`)
    return [preload(`${part}pagefind-entry.json?ts=${versie}`), preload(`${part}pagefind.${hash}.pf_meta`)]
  })
  const html = fs.readFileSync(page, 'utf8')
  const start = /(<script\b[^>]*\bdata-zoekindex-versie)(="")?/
  if (!html.includes('</head>') || !start.test(html))
    throw new Error(`zoekindex: ${ZOEKPAGINA} heeft geen </head> of geen startscript met data-zoekindex-versie`)
  fs.writeFileSync(page, html.replace(start, `$1="${versie}"`).replace('</head>', `${links.join('')}</head>`))
}

/**
 * The search index, then compressed copies of the scripts, styles and data files (scripts/lib/compress.ts). Not side by
 * side: at the size of a region Pagefind alone takes a gigabyte (docs/benchmark.md).
 */
async function indexAndCompress(dir: string, timings: ReturnType<typeof buildTimings>) {
  await timings.time('pagefindMs', indexForSearch(dir))
  await timings.time('compressMs', compressForServing(dir))
}

/**
 * Astro's heap: at most SITE_BUILD_HEAP_MB (default 1536). Without a limit V8 lets the heap grow far beyond what it
 * holds before it collects, for no gain in build time (docs/benchmark.md). A NODE_OPTIONS that sets its own limit wins.
 */
function astroNodeOptions(env: NodeJS.ProcessEnv): string {
  const options = env.NODE_OPTIONS ?? ''
  if (/--max-old-space-size/.test(options)) return options
  return `${options} --max-old-space-size=${Number(env.SITE_BUILD_HEAP_MB) || 1536}`.trim()
}

/** pdf: print the paper versions (site/lib/papier.ts) to PDF with Chromium; tests that do not look at them skip it. */
export async function buildSite({ outDir = path.join(root, 'dist'), env = process.env, pdf = true } = {}) {
  const work = path.join(path.dirname(outDir), '.site-build')
  fs.mkdirSync(work, { recursive: true })
  const unlock = await buildLock(work, { onWait: () => console.log('Er loopt al een build van de site; deze wacht tot die klaar is …') })
  try {
    return await buildLocked(outDir, work, env, pdf)
  } finally {
    await unlock()
  }
}

/**
 * Opt-in timing report (SITE_TIMINGS_FILE, used by `npm run bench`): JSON {fetchMs, astroMs, pagefindMs, siteMs (from
 * the start until pages and search index were done), pdfMs,
 * liveAtMs (from the start until the site was live; pdfMs after it when the PDFs were made after going live), totalMs}. fetchMs is what site/lib/cms.ts appended to the same file during the Astro build (one line per fetch).
 */
function buildTimings(file: string | undefined) {
  const start = Date.now()
  let last = start
  const steps: Record<string, number> = {}
  if (file) fs.rmSync(file, { force: true })
  return {
    step: (name: string) => {
      steps[name] = Date.now() - last
      last = Date.now()
    },
    /** How long `work` takes, under `name`, whatever runs beside it. */
    time: async <T>(name: string, work: Promise<T>) => {
      const t = Date.now()
      const result = await work
      steps[name] = Date.now() - t
      return result
    },
    /** The time from the start until now, under `name` (liveAtMs). */
    mark: (name: string) => {
      steps[name] = Date.now() - start
      last = Date.now()
    },
    write: () => {
      if (!file) return
      const fetches = fs.existsSync(file)
        ? fs
            .readFileSync(file, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { fetchMs: number })
        : []
      const fetchMs = fetches.reduce((sum, f) => sum + f.fetchMs, 0)
      fs.writeFileSync(file, JSON.stringify({ fetchMs, fetches: fetches.length, ...steps, totalMs: Date.now() - start }))
    },
  }
}

/** Astro stopped; `redenen` are the ContentErrors (site/lib/cms.ts) it met, in the order they happened. */
class AstroBuildError extends Error {
  constructor(
    message: string,
    readonly redenen: string[],
  ) {
    super(message)
    this.name = 'AstroBuildError'
  }
}

/** Astro's build into `outDir`; the ContentErrors it meets are collected through SITE_ERRORS_FILE. */
async function astroBuild(outDir: string, work: string, env: NodeJS.ProcessEnv) {
  const errorsFile = path.join(work, `redenen-${process.pid}-${Date.now()}.jsonl`)
  try {
    await run(bin('astro'), ['build'], {
      cwd: root,
      env: {
        ...env,
        NODE_OPTIONS: astroNodeOptions(env),
        SITE_OUT_DIR: outDir,
        SITE_ERRORS_FILE: errorsFile,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    })
  } catch (err) {
    const lines = fs.existsSync(errorsFile) ? fs.readFileSync(errorsFile, 'utf8').split('\n').filter(Boolean) : []
    throw new AstroBuildError(err instanceof Error ? err.message : String(err), [...new Set(lines.map((l) => JSON.parse(l) as string))])
  } finally {
    fs.rmSync(errorsFile, { force: true })
  }
}

/** The site is live, but its PDFs failed: the build's exit says so, instead of "not built". */
export class PdfAfterLiveError extends Error {
  constructor(message: string) {
    super(`De site is gebouwd en staat online, maar ${message}. Op de site staan nog de PDF's van de vorige keer.`)
    this.name = 'PdfAfterLiveError'
  }
}

/**
 * Build, index, then go live. The PDFs come before going live only for a first build (no live site yet). When a
 * site is live, the new one goes live as soon as its pages and search index are ready, with the previous PDFs
 * copied in; then its changed PDFs are printed in place (each renamed in when finished). A publication is live in
 * seconds instead of after minutes of printing, and no PDF link is ever broken.
 */
async function buildLocked(outDir: string, work: string, env: NodeJS.ProcessEnv, pdf: boolean) {
  const fresh = path.join(work, `dist-${process.pid}-${Date.now()}`)
  const timings = buildTimings(env.SITE_TIMINGS_FILE)
  const live = fs.existsSync(outDir) ? fs.realpathSync(outDir) : undefined
  let previous: string | null = null
  try {
    await astroBuild(fresh, work, env)
    timings.step('astroMs')
    if (!fs.existsSync(path.join(fresh, 'index.html'))) throw new Error('de build maakte geen index.html')
    if (pdf && !live) {
      // A first build: the search index and the PDFs side by side. The print pages are in no part of the search index
      // (site/lib/zoeken/zoekindex.ts), so Pagefind never reads a page that the PDF step changes.
      const [index, pdfs] = await Promise.allSettled([
        indexAndCompress(fresh, timings).then(() => timings.mark('siteMs')),
        timings.time('pdfMs', renderPdfs(fresh)),
      ])
      for (const r of [index, pdfs]) if (r.status === 'rejected') throw r.reason
    } else {
      await indexAndCompress(fresh, timings)
      timings.mark('siteMs')
    }
    if (pdf && live) carryOverPdfs(fresh, live)
  } catch (err) {
    fs.rmSync(fresh, { recursive: true, force: true })
    throw err
  } finally {
    fs.rmSync(`${fresh}.cache`, { recursive: true, force: true })
  }
  previous = switchLive(outDir, fresh, work, { keepPrevious: pdf && !!live })
  timings.mark('liveAtMs')
  try {
    if (pdf && live) {
      // Unchanged paper versions are taken from the build that was live (a link to it, or a folder from before links).
      await renderPdfs(fresh, { previous: previous ?? undefined }).catch((err) => {
        throw new PdfAfterLiveError(err instanceof Error ? err.message : String(err))
      })
      timings.step('pdfMs')
    }
  } finally {
    if (previous) fs.rmSync(previous, { recursive: true, force: true })
    timings.write()
  }
  return outDir
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // SITE_DIST_DIR: where the live site is (default dist/); the CMS's publisher passes it.
  // SITE_PDF=uit skips the PDFs (tests of the publisher that do not look at them).
  // SITE_RESULT_FILE: where to write how it went, as JSON (cms/publishing/bouwresultaat.ts); the publisher reads it.
  const writeResult = (result: SiteBuildResult) => {
    if (process.env.SITE_RESULT_FILE) fs.writeFileSync(process.env.SITE_RESULT_FILE, JSON.stringify(result))
  }
  buildSite({ outDir: path.resolve(root, process.env.SITE_DIST_DIR || 'dist'), pdf: process.env.SITE_PDF !== 'uit' })
    .then((dir) => {
      const melding = `Site gebouwd in ${path.relative(root, dir) || dir}/`
      writeResult({ online: true, melding, redenen: [] })
      console.log(melding)
    })
    .catch((err) => {
      const melding =
        err instanceof PdfAfterLiveError
          ? err.message
          : `De site is NIET gebouwd; dist/ is niet veranderd. ${err instanceof Error ? err.message : err}`
      writeResult({ online: err instanceof PdfAfterLiveError, melding, redenen: err instanceof AstroBuildError ? err.redenen : [] })
      console.error(`\n${melding}`)
      process.exit(1)
    })
}
