/**
 * A lock between processes on this machine (proper-lockfile), for the builds (the site's, scripts/lib/live-site.ts, and
 * the CMS's, scripts/lib/cms-build.ts). The lock is a folder made with mkdir: one atomic step, so there is no moment at
 * which it exists but does not yet say who holds it (a lock file with a pid is empty between its creation and its
 * write; a second process reading it then thought the lock dead and took it). The holder touches the folder every
 * updateMs while it holds it; a lock not touched for staleMs belonged to a holder that died (crashed, killed, machine
 * restarted) and is taken over. A running holder's lock is never taken, however long the build runs.
 */
import fs from 'node:fs'
import lockfile from 'proper-lockfile'

export interface LockOptions {
  /** A lock untouched this long is a dead holder's (default 60 s: far above any pause of a busy machine). */
  staleMs?: number
  /** How often the holder touches it (default 5 s; at most half of staleMs). */
  updateMs?: number
  /** How often a waiting process tries again (default 500 ms). */
  pollMs?: number
  /** Called once when the lock is held by someone else and we wait. */
  onWait?: () => void
}

export const LOCK_STALE_MS = 60_000
export const LOCK_UPDATE_MS = 5_000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Wait until the lock at `lockPath` is ours; returns its release. */
export async function acquireLock(
  lockPath: string,
  { staleMs = LOCK_STALE_MS, updateMs = LOCK_UPDATE_MS, pollMs = 500, onWait }: LockOptions = {},
): Promise<() => Promise<void>> {
  let waited = false
  for (;;) {
    try {
      const release = await lockfile.lock(lockPath, {
        lockfilePath: lockPath,
        realpath: false,
        stale: staleMs,
        update: Math.min(updateMs, staleMs / 2),
        // Our lock was not touched in time (the machine slept, or was stuck longer than staleMs): another process may
        // take it now. Say so; the build itself goes on (throwing here would end the process from a timer).
        onCompromised: (err) =>
          console.error(
            `Let op: het slot ${lockPath} kon niet op tijd worden bijgewerkt (${err.message}); een ander proces kan het nu overnemen.`,
          ),
      })
      return async () => {
        await release().catch(() => undefined)
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOTDIR') {
        // A lock FILE left by an older version (a pid in a file) that proper-lockfile found stale but cannot remove
        // (it removes folders): remove it when it is still a stale file, then try again.
        try {
          const stat = fs.lstatSync(lockPath, { throwIfNoEntry: false })
          if (stat?.isFile() && stat.mtimeMs < Date.now() - staleMs) fs.rmSync(lockPath)
        } catch {
          // someone else removed or took it meanwhile
        }
        continue
      }
      if (code !== 'ELOCKED') throw err
      if (!waited) onWait?.()
      waited = true
      await sleep(pollMs)
    }
  }
}
