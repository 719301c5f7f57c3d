/**
 * The build locks (scripts/lib/lock.ts), with real processes competing for them (tests/helpers/lock-holder.ts): a
 * running build's lock is never taken, not even at the moment it has just been made and says nothing yet, and not when
 * the build runs much longer than the time after which a lock counts as abandoned; a dead build's lock is taken over.
 * The order of events comes from the processes' own log lines, not from timing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { root } from '../../scripts/lib/process'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-lock-'))
const STALE_MS = 4000
const children: ChildProcess[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
})

/** One process, a single node (no tsx wrapper process), so that killing it kills the holder. */
function holder(kind: 'site' | 'cms', where: string, name: string, holdMs: number, log: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('tests', 'helpers', 'lock-holder.ts'), kind, where, name, String(holdMs), String(STALE_MS), log],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  children.push(child)
  const exit = new Promise<number | null>((r) => child.on('exit', (code, signal) => r(signal ? -1 : code)))
  return { child, exit }
}

const all = (log: string) => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [])
/** The log without the "wacht" lines (whether a process says it waits is not what is tested). */
const lines = (log: string) => all(log).filter((l) => !l.startsWith('wacht '))
async function until(check: () => boolean, what: string, ms = 60_000) {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`niet gebeurd binnen ${ms} ms: ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe.each([
  // Before: a file holding the builder's pid (a dead pid's lock was taken).
  {
    kind: 'site' as const,
    lockOf: (work: string) => path.join(work, 'build.lock'),
    where: (work: string) => work,
    oldForm: (p: string) => fs.writeFileSync(p, '999999999'),
  },
  // Before: a folder (taken when older than 10 minutes).
  {
    kind: 'cms' as const,
    lockOf: (work: string) => path.join(work, '.next-build.lock'),
    where: (work: string) => path.join(work, '.next-build.lock'),
    oldForm: (p: string) => fs.mkdirSync(p),
  },
])('the $kind build lock', ({ kind, lockOf, where, oldForm }) => {
  it('a second build waits for the first, even when the first runs far longer than the stale time', async () => {
    const work = fs.mkdtempSync(path.join(dir, `${kind}-`))
    const log = path.join(work, 'log')
    const a = holder(kind, where(work), 'A', 3 * STALE_MS, log)
    await until(() => lines(log).includes('in A'), 'A has the lock')
    const b = holder(kind, where(work), 'B', 0, log)
    expect(await a.exit).toBe(0)
    expect(await b.exit).toBe(0)
    expect(lines(log)).toEqual(['start A', 'in A', 'start B', 'uit A', 'in B', 'uit B'])
  }, 120_000)

  it.each([
    { form: 'folder', make: (p: string) => fs.mkdirSync(p) },
    { form: 'file (the older form, before its pid is written)', make: (p: string) => fs.writeFileSync(p, '') },
  ])(
    'a lock that was just made and says nothing yet is not taken: an empty $form',
    async ({ make }) => {
      const work = fs.mkdtempSync(path.join(dir, `${kind}-`))
      const log = path.join(work, 'log')
      // The state of a lock at the moment its holder has made it: there, empty. The holder (this test) keeps it fresh,
      // as a running holder does.
      make(lockOf(work))
      const touch = setInterval(() => {
        try {
          fs.utimesSync(lockOf(work), new Date(), new Date())
        } catch {
          // taken away by B: the order below says so
        }
      }, 500)
      try {
        const b = holder(kind, where(work), 'B', 0, log)
        await until(() => lines(log).includes('start B'), 'B asks for the lock')
        // B keeps waiting while the lock is there; then its holder lets it go.
        await new Promise((r) => setTimeout(r, 1500))
        fs.appendFileSync(log, 'weg houder\n')
        clearInterval(touch)
        fs.rmSync(lockOf(work), { recursive: true, force: true })
        expect(await b.exit).toBe(0)
        expect(lines(log)).toEqual(['start B', 'weg houder', 'in B', 'uit B'])
      } finally {
        clearInterval(touch)
      }
    },
    120_000,
  )

  it("a killed build's lock is taken over", async () => {
    const work = fs.mkdtempSync(path.join(dir, `${kind}-`))
    const log = path.join(work, 'log')
    const a = holder(kind, where(work), 'A', 10 * 60_000, log)
    await until(() => lines(log).includes('in A'), 'A has the lock')
    a.child.kill('SIGKILL')
    expect(await a.exit).toBe(-1)
    const b = holder(kind, where(work), 'B', 0, log)
    expect(await b.exit).toBe(0)
    expect(lines(log)).toEqual(['start A', 'in A', 'start B', 'in B', 'uit B'])
  }, 120_000)

  it('an abandoned lock of the older form is taken over', async () => {
    const work = fs.mkdtempSync(path.join(dir, `${kind}-`))
    const log = path.join(work, 'log')
    oldForm(lockOf(work))
    const old = new Date(Date.now() - 20 * 60_000)
    fs.utimesSync(lockOf(work), old, old)
    const b = holder(kind, where(work), 'B', 0, log)
    expect(await b.exit).toBe(0)
    expect(lines(log)).toEqual(['start B', 'in B', 'uit B'])
  }, 120_000)
})
