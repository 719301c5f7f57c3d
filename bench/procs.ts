/**
 * The processes of `npm run bench`: every child it starts is registered here and stopped with everything it started
 * (its process tree, read from /proc) when the bench ends, fails or is interrupted; temporary folders likewise.
 * Also reads memory (sum of RSS over a process tree) and how busy the rest of the machine is, from /proc.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

const PAGE_SIZE = 4096

interface Proc {
  pid: number
  ppid: number
  state: string
  rssBytes: number
}

/** Every process on the machine: pid, parent, state and resident memory (from /proc/<pid>/stat). */
export function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name is in brackets and may hold spaces: the fields start after the last ')'.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      procs.set(Number(name), { pid: Number(name), state: f[0]!, ppid: Number(f[1]), rssBytes: Number(f[21]) * PAGE_SIZE })
    } catch {
      // gone meanwhile
    }
  }
  return procs
}

/** A process and all its descendants (pids). */
export function processTree(root: number, procs = readProcs()): number[] {
  const children = new Map<number, number[]>()
  for (const p of procs.values()) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid])
  const tree: number[] = []
  const queue = procs.has(root) ? [root] : []
  while (queue.length) {
    const pid = queue.shift()!
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

/**
 * Proportional set size of a process (/proc/<pid>/smaps_rollup): its own pages plus its share of pages it shares
 * with others. Summed over a tree it counts shared memory once, where RSS counts it in every process (Chromium's
 * processes share much); 0 when unreadable.
 */
function pssBytes(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
    return m ? Number(m[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * Samples the summed RSS and PSS of a process tree until stopped; keeps the peak of each. PSS only every
 * PSS_EVERY-th sample (2 s): the kernel walks a process's whole page table for smaps_rollup, which takes CPU from the
 * build being measured (docs/benchmark.md). The
 * peaks (Astro's heap, Pagefind's index) last tens of seconds.
 */
const PSS_EVERY = 10
export function sampleMemory(root: number, intervalMs = 200) {
  let peak = { bytes: 0, processes: 0, largestBytes: 0 }
  let peakPss = 0
  let samples = 0
  const sample = () => {
    const procs = readProcs()
    const tree = processTree(root, procs).map((pid) => procs.get(pid)!)
    const bytes = tree.reduce((sum, p) => sum + p.rssBytes, 0)
    if (samples % PSS_EVERY === 0)
      peakPss = Math.max(
        peakPss,
        tree.reduce((sum, p) => sum + pssBytes(p.pid), 0),
      )
    samples++
    if (bytes > peak.bytes) peak = { bytes, processes: tree.length, largestBytes: Math.max(...tree.map((p) => p.rssBytes)) }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return {
        peakRssBytes: peak.bytes,
        peakPssBytes: peakPss,
        processesAtPeak: peak.processes,
        largestProcessAtPeakBytes: peak.largestBytes,
        samples,
        intervalMs,
      }
    },
  }
}

/**
 * How busy the machine is apart from this bench: every 2 s the load average and the number of runnable processes
 * outside this bench's own process tree (other people's tests, builds, …).
 */
export function sampleMachineLoad(intervalMs = 2000) {
  const foreign: number[] = []
  const load1: number[] = []
  const sample = () => {
    const procs = readProcs()
    const ours = new Set(processTree(process.pid, procs))
    foreign.push([...procs.values()].filter((p) => p.state === 'R' && !ours.has(p.pid)).length)
    load1.push(os.loadavg()[0]!)
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 100) / 100
  return {
    stop: () => {
      clearInterval(timer)
      return {
        samples: foreign.length,
        foreignRunnableMean: mean(foreign),
        foreignRunnableMax: Math.max(...foreign),
        loadavg1Mean: mean(load1),
        loadavg1Max: Math.max(...load1),
      }
    },
  }
}

const children = new Set<ChildProcess>()
const cleanups: (() => void | Promise<void>)[] = []

/** Start a child process that is stopped (with its whole tree) when the bench ends. */
export function startChild(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'ignore', ...options })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Run a child to completion; reject with the end of its output when it fails. */
export function runChild(
  command: string,
  args: string[],
  { log: logFile, onStart, ...options }: SpawnOptions & { log?: string; onStart?: (child: ChildProcess) => void } = {},
): Promise<ChildProcess> {
  const log = logFile ? fs.openSync(logFile, 'a') : 'ignore'
  const child = startChild(command, args, { ...options, stdio: ['ignore', log, log] })
  onStart?.(child)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (typeof log === 'number') fs.closeSync(log)
      if (code === 0) return resolve(child)
      const tail = logFile ? fs.readFileSync(logFile, 'utf8').slice(-3000) : ''
      reject(new Error(`${command.split('/').pop()} ${args.join(' ')} stopte met ${signal ?? `code ${code}`}\n${tail}`))
    })
  })
}

/** Stop a child and everything it started: SIGTERM to the whole tree, SIGKILL to what is left after a while. */
export async function stopTree(child: ChildProcess, graceMs = 10_000) {
  if (child.pid === undefined) return
  const signalAll = (pids: number[], signal: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal)
      } catch {
        // already gone
      }
    }
  }
  const tree = processTree(child.pid)
  if (!tree.length) return
  signalAll(tree, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    const procs = readProcs()
    if (tree.every((pid) => !procs.has(pid) || procs.get(pid)!.state === 'Z')) return
    await new Promise((r) => setTimeout(r, 200))
  }
  signalAll(tree, 'SIGKILL')
}

/** Something to undo when the bench ends (a temporary folder, a browser, a server). */
export function onCleanup(fn: () => void | Promise<void>) {
  cleanups.push(fn)
}

export async function cleanupAll() {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn()
    } catch (err) {
      console.error(`Opruimen: ${err instanceof Error ? err.message : err}`)
    }
  }
  await Promise.all([...children].map((c) => stopTree(c)))
}

/** Clean up on Ctrl+C, a kill, or an unexpected error, then exit. */
export function cleanupOnExit() {
  let busy = false
  const bail = (code: number) => async (reason?: unknown) => {
    if (reason instanceof Error) console.error(reason)
    if (busy) return
    busy = true
    await cleanupAll()
    process.exit(code)
  }
  process.on('SIGINT', bail(130))
  process.on('SIGTERM', bail(143))
  process.on('SIGHUP', bail(129))
  process.on('uncaughtException', bail(1))
  process.on('unhandledRejection', bail(1))
}
