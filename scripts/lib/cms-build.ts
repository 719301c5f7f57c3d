import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { acquireLock, type LockOptions } from './lock'
import { bin, root, run } from './process'
import { buildVoorbeeldIfChanged } from './voorbeeld-build'

// security-headers.mjs: cms/next.config.mjs puts its headers into the build.
const SOURCES = ['cms', 'content-schema', 'package-lock.json', 'scripts/lib/security-headers.mjs']
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

/**
 * One build at a time on this machine: the lock cms/.next-build.lock (scripts/lib/lock.ts). A running build's lock is
 * never taken, however long it builds; a crashed build's is taken over once it is stale (LOCK_STALE_MS, a minute).
 */
export async function withBuildLock<T>(
  fn: () => Promise<T>,
  { lockPath = path.join(root, 'cms', '.next-build.lock'), ...options }: LockOptions & { lockPath?: string } = {},
): Promise<T> {
  const release = await acquireLock(lockPath, {
    onWait: () => console.log('Er bouwt al een ander proces het CMS; wachten tot dat klaar is …'),
    ...options,
  })
  try {
    return await fn()
  } finally {
    await release()
  }
}

/**
 * Build the CMS (Next.js) when it was never built or its sources changed since the last build; and so its preview
 * of drafts (scripts/lib/voorbeeld-build.ts, the site's page components), when the site's sources changed.
 */
export function ensureCmsBuild({ force = false } = {}) {
  return withBuildLock(async () => {
    const cms = await buildIfChanged(force)
    await buildVoorbeeldIfChanged(force)
    return cms
  })
}

async function buildIfChanged(force: boolean) {
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
