/**
 * The served site (dist/) is a symbolic link to one finished build. A new build goes live by renaming a new link
 * over the old one: one atomic step, so a visitor gets either the old site or the new one, never a mix and never
 * nothing. Builds for the same dist/ take turns (a lock file), whoever starts them: npm start, npm run build or the
 * CMS's publisher.
 */
import fs from 'node:fs'
import path from 'node:path'

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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Wait for our turn to build into `work` (a lock file holding the builder's pid; a dead builder's lock is taken over). */
export async function buildLock(work: string, { pollMs = 500 } = {}): Promise<() => void> {
  const file = path.join(work, 'build.lock')
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      return () => fs.rmSync(file, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const holder = Number(fs.readFileSync(file, 'utf8').trim())
      if (!holder || !alive(holder)) {
        fs.rmSync(file, { force: true })
        continue
      }
      await new Promise((r) => setTimeout(r, pollMs))
    }
  }
}
