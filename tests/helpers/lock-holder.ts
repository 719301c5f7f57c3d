/**
 * A build that holds a lock for a while, for tests/unit/build-lock.test.ts: takes the live site's build lock
 * (scripts/lib/live-site.ts) or the CMS's (scripts/lib/cms-build.ts) as the real builds do, writes what it does to a
 * log (one line each: "start" just before it asks for the lock, "wacht" when it has to wait, "in", "uit", and its name), holds the lock for holdMs and lets it go.
 *
 *   node --import tsx tests/helpers/lock-holder.ts site|cms <work dir or lock path> <name> <holdMs> <staleMs> <log>
 */
import fs from 'node:fs'

const [kind, where, name, holdMs, staleMs, log] = process.argv.slice(2) as [string, string, string, string, string, string]
const write = (what: string) => fs.appendFileSync(log, `${what} ${name}\n`)
const options = { staleMs: Number(staleMs), updateMs: 1000, pollMs: 100, onWait: () => write('wacht') }
const hold = async () => {
  write('in')
  await new Promise((r) => setTimeout(r, Number(holdMs)))
  write('uit')
}

if (kind === 'site') {
  const { buildLock } = await import('../../scripts/lib/live-site')
  write('start')
  const release = await buildLock(where, options)
  await hold()
  await release()
} else {
  const { withBuildLock } = await import('../../scripts/lib/cms-build')
  write('start')
  await withBuildLock(hold, { lockPath: where, ...options })
}
