/**
 * npm run build: the public site from the running CMS (CMS_URL, default http://localhost:3000) into dist/.
 * Builds into a fresh folder and switches dist/ (a link) to it only when the build succeeded: a failed build (CMS
 * down, no aanbod, an invalid document) leaves the last good site untouched. One build at a time per dist/.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { bin, root, run } from './lib/process'
import { renderPdfs } from './lib/pdf'
import { buildLock, switchLive } from './lib/live-site'

/** Pagefind's search index of the built pages (Dutch), written into the build before it goes live. */
async function indexForSearch(dir: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (!index) throw new Error(`zoekindex: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: dir })
  if (added.errors.length || added.page_count === 0) throw new Error(`zoekindex: ${added.errors.join('; ') || 'geen pagina’s gevonden'}`)
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
  if (written.errors.length) throw new Error(`zoekindex: ${written.errors.join('; ')}`)
  await pagefind.close()
  return added.page_count
}

/** pdf: print the paper versions (site/lib/papier.ts) to PDF with Chromium; tests that do not look at them skip it. */
export async function buildSite({ outDir = path.join(root, 'dist'), env = process.env, pdf = true } = {}) {
  const work = path.join(path.dirname(outDir), '.site-build')
  fs.mkdirSync(work, { recursive: true })
  const unlock = await buildLock(work)
  try {
    return await buildLocked(outDir, work, env, pdf)
  } finally {
    unlock()
  }
}

/**
 * Opt-in timing report (SITE_TIMINGS_FILE, used by `npm run bench`): JSON {fetchMs, astroMs, pagefindMs, pdfMs,
 * totalMs}. fetchMs is what site/lib/cms.ts appended to the same file during the Astro build (one line per fetch).
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
    write: () => {
      if (!file) return
      const fetches = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { fetchMs: number }) : []
      const fetchMs = fetches.reduce((sum, f) => sum + f.fetchMs, 0)
      fs.writeFileSync(file, JSON.stringify({ fetchMs, fetches: fetches.length, ...steps, totalMs: Date.now() - start }))
    },
  }
}

async function buildLocked(outDir: string, work: string, env: NodeJS.ProcessEnv, pdf: boolean) {
  const fresh = path.join(work, `dist-${process.pid}-${Date.now()}`)
  const timings = buildTimings(env.SITE_TIMINGS_FILE)
  try {
    await run(bin('astro'), ['build'], { cwd: root, env: { ...env, SITE_OUT_DIR: fresh, ASTRO_TELEMETRY_DISABLED: '1' } })
    timings.step('astroMs')
    if (!fs.existsSync(path.join(fresh, 'index.html'))) throw new Error('de build maakte geen index.html')
    await indexForSearch(fresh)
    timings.step('pagefindMs')
    // Unchanged paper versions are taken from the live build (a link to it, or a folder from before links).
    if (pdf) await renderPdfs(fresh, { previous: fs.existsSync(outDir) ? fs.realpathSync(outDir) : undefined })
    timings.step('pdfMs')
  } catch (err) {
    fs.rmSync(fresh, { recursive: true, force: true })
    throw err
  } finally {
    fs.rmSync(`${fresh}.cache`, { recursive: true, force: true })
  }
  switchLive(outDir, fresh, work)
  timings.write()
  return outDir
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // SITE_DIST_DIR: where the live site is (default dist/); the CMS's publisher passes it.
  // SITE_PDF=uit skips the PDFs (tests of the publisher that do not look at them).
  buildSite({ outDir: path.resolve(root, process.env.SITE_DIST_DIR || 'dist'), pdf: process.env.SITE_PDF !== 'uit' })
    .then((dir) => console.log(`Site gebouwd in ${path.relative(root, dir) || dir}/`))
    .catch((err) => {
      console.error(`\nDe site is NIET gebouwd; dist/ is niet veranderd. ${err instanceof Error ? err.message : err}`)
      process.exit(1)
    })
}
