import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

export const root = process.cwd()
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** Environment for scripts that load the Payload config under Node 20 (see README: silent exits without it). */
export const payloadScriptEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv =>
  ({
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=development'].filter(Boolean).join(' '),
    DISABLE_PAYLOAD_HMR: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }) as NodeJS.ProcessEnv

/** Run a command to completion; reject with its exit code when it fails. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} stopte met ${signal ?? `code ${code}`}`)),
    )
  })
}

/** Wait until a URL answers 200, or fail after a timeout. */
export async function waitForHttp(url: string, { timeoutMs = 120_000, child }: { timeoutMs?: number; child?: ChildProcess } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`Het proces stopte (code ${child.exitCode}) voordat ${url} antwoordde.`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} antwoordde niet binnen ${Math.round(timeoutMs / 1000)} seconden.`)
}
