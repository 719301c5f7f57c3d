/**
 * The CMS's preview renderer (astro.voorbeeld.config.mjs → .site-voorbeeld/, run by cms/voorbeeld/): built together
 * with the CMS (scripts/lib/cms-build.ts, under its lock) when its sources changed. Its output depends only on code.
 * It is built into a fresh folder and swapped in, so a running CMS never renders from a half-written build.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { voorbeeldDir } from '../../cms/paths'
import { bin, root, run } from './process'

const SOURCES = ['site', 'content-schema', 'astro.voorbeeld.config.mjs', 'scripts/lib/voorbeeld-build.ts', 'package-lock.json']
const SKIP = new Set(['node_modules', '.astro'])
const STAMP = 'source-hash'

function hashSources(): string {
  const hash = crypto.createHash('sha256')
  const walk = (p: string) => {
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name))
    } else {
      hash.update(path.relative(root, p))
      hash.update(fs.readFileSync(p))
    }
  }
  for (const s of SOURCES) if (fs.existsSync(path.join(root, s))) walk(path.join(root, s))
  return hash.digest('hex')
}

/** Build the preview renderer when it was never built or its sources changed. Call under the CMS's build lock. */
export async function buildVoorbeeldIfChanged(force = false): Promise<boolean> {
  const hash = hashSources()
  const VOORBEELD_DIR = voorbeeldDir()
  const stamp = path.join(VOORBEELD_DIR, STAMP)
  if (!force && fs.existsSync(path.join(VOORBEELD_DIR, 'server', 'entry.mjs')) && fs.existsSync(stamp)) {
    if (fs.readFileSync(stamp, 'utf8') === hash) return false
  }
  console.log('Voorbeeld van concepten bouwen (Astro) …')
  const nieuw = `${VOORBEELD_DIR}.nieuw`
  const oud = `${VOORBEELD_DIR}.oud`
  fs.rmSync(nieuw, { recursive: true, force: true })
  await run(bin('astro'), ['build', '--config', 'astro.voorbeeld.config.mjs'], {
    cwd: root,
    // production: the server code must use React's production JSX runtime (tests run with NODE_ENV=test).
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', VOORBEELD_OUT_DIR: nieuw },
  })
  fs.writeFileSync(path.join(nieuw, STAMP), hash)
  fs.rmSync(oud, { recursive: true, force: true })
  if (fs.existsSync(VOORBEELD_DIR)) fs.renameSync(VOORBEELD_DIR, oud)
  fs.renameSync(nieuw, VOORBEELD_DIR)
  fs.rmSync(oud, { recursive: true, force: true })
  return true
}
