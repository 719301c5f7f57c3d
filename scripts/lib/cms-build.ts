import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { bin, root, run } from './process'

const SOURCES = ['cms', 'content-schema', 'package-lock.json']
const SKIP = new Set(['.next', 'node_modules', 'next-env.d.ts'])

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

/** Build the CMS (Next.js) when it was never built or its sources changed since the last build. */
export async function ensureCmsBuild({ force = false } = {}) {
  const dir = path.join(root, 'cms', '.next')
  const stamp = path.join(dir, 'source-hash')
  const hash = hashSources()
  if (!force && fs.existsSync(path.join(dir, 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    return false
  }
  console.log('CMS bouwen (Next.js); de eerste keer duurt dit ongeveer een minuut …')
  await run(bin('next'), ['build', 'cms'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  fs.writeFileSync(stamp, hash)
  return true
}
