/**
 * npm run build: the public site from the running CMS (CMS_URL, default http://localhost:3000) into dist/.
 * Builds into a fresh folder and swaps it in only when the build succeeded: a failed build (CMS down, no aanbod,
 * an invalid document) leaves the last good dist/ untouched.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { bin, root, run } from './lib/process'
import { renderPdfs } from './lib/pdf'

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
  const fresh = path.join(work, `dist-${process.pid}-${Date.now()}`)
  try {
    await run(bin('astro'), ['build'], { cwd: root, env: { ...env, SITE_OUT_DIR: fresh, ASTRO_TELEMETRY_DISABLED: '1' } })
    if (!fs.existsSync(path.join(fresh, 'index.html'))) throw new Error('de build maakte geen index.html')
    await indexForSearch(fresh)
    if (pdf) await renderPdfs(fresh)
  } catch (err) {
    fs.rmSync(fresh, { recursive: true, force: true })
    throw err
  } finally {
    fs.rmSync(`${fresh}.cache`, { recursive: true, force: true })
  }
  const old = path.join(work, `old-${process.pid}-${Date.now()}`)
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old)
  fs.renameSync(fresh, outDir)
  fs.rmSync(old, { recursive: true, force: true })
  return outDir
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSite()
    .then((dir) => console.log(`Site gebouwd in ${path.relative(root, dir)}/`))
    .catch((err) => {
      console.error(`\nDe site is NIET gebouwd; dist/ is niet veranderd. ${err instanceof Error ? err.message : err}`)
      process.exit(1)
    })
}
