/**
 * Work that tests/global-setup.ts starts in the background (in vitest's own process) while test files already run,
 * and that test files wait for: each job writes one JSON state file when it is done or has failed.
 */
import fs from 'node:fs'

type State<T> = { ok: true; value: T } | { ok: false; error: string }

/** Run `work` now; write its result (or its error) to `file` when it ends. */
export function runInBackground<T>(file: string, work: () => Promise<T>): Promise<T | undefined> {
  const write = (state: State<T>) => {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(state))
    fs.renameSync(`${file}.tmp`, file)
  }
  return work().then(
    (value) => {
      write({ ok: true, value })
      return value
    },
    (err: unknown) => {
      write({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) })
      return undefined
    },
  )
}

/** Wait until the job of `file` is done; its result, or its error (naming `what`). */
export async function waitForBackground<T>(file: string, what: string, timeoutMs = 20 * 60_000): Promise<T> {
  const started = Date.now()
  while (!fs.existsSync(file)) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`${what} waren na ${timeoutMs / 60_000} minuten nog niet klaar (tests/global-setup.ts).`)
    await new Promise((r) => setTimeout(r, 250))
  }
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as State<T>
  if (!state.ok) throw new Error(`${what} zijn niet gelukt (tests/global-setup.ts):\n${state.error}`)
  return state.value
}
