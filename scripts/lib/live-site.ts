/**
 * The served site (dist/) is a symbolic link to one finished build. A new build goes live by renaming a new link
 * over the old one: one atomic step, so a visitor gets either the old site or the new one, never a mix and never
 * nothing. Builds for the same dist/ take turns (a lock, scripts/lib/lock.ts), whoever starts them: npm start, npm run build or the
 * CMS's publisher.
 */
import fs from 'node:fs'
import path from 'node:path'
import { acquireLock, type LockOptions } from './lock'

/**
 * Make `fresh` (a finished build inside `work`) the live site at `outDir`; remove the build it replaces, or with
 * keepPrevious return it (the caller removes it when done with it).
 */
export function switchLive(outDir: string, fresh: string, work: string, { keepPrevious = false } = {}): string | null {
  let previous: string | null = null
  const stat = fs.lstatSync(outDir, { throwIfNoEntry: false })
  if (stat?.isSymbolicLink()) {
    previous = path.resolve(path.dirname(outDir), fs.readlinkSync(outDir))
  } else if (stat) {
    // A dist/ folder from before links were used: move it aside once (the only non-atomic step).
    previous = path.join(work, `old-${process.pid}-${Date.now()}`)
    fs.renameSync(outDir, previous)
  }
  const link = path.join(work, `link-${process.pid}-${Date.now()}`)
  fs.symlinkSync(path.relative(path.dirname(outDir), fresh), link, 'dir')
  fs.renameSync(link, outDir)
  if (!previous || path.resolve(previous) === path.resolve(fresh)) return null
  if (keepPrevious) return previous
  fs.rmSync(previous, { recursive: true, force: true })
  return null
}

/**
 * Wait for our turn to build into `work`: the lock work/build.lock (scripts/lib/lock.ts). A running build's lock is
 * never taken; a dead builder's is taken over once it is stale (LOCK_STALE_MS, a minute).
 */
export function buildLock(work: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  return acquireLock(path.join(work, 'build.lock'), options)
}
