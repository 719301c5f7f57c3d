/**
 * The real CMS over HTTP: `next start` of the built admin and REST API on a free port, on its own temporary
 * SQLite database, seeded with `npm run seed`'s script. The build itself happens once, in tests/global-setup.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { bin, payloadScriptEnv, root, run, waitForHttp } from '../../scripts/lib/process'
import { testDatabaseUri } from './payload'

export const DEMO_PASSWORD = 'demo-wachtwoord-voor-http-tests'

export interface CmsServer {
  url: string
  env: NodeJS.ProcessEnv
  outboxDir: string
  close: () => Promise<void>
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export async function startCmsServer({ demo = true, env: extra = {} }: { demo?: boolean; env?: Record<string, string> } = {}): Promise<CmsServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-http-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const outboxDir = path.join(dir, 'outbox')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CMS_PUBLIC_URL: url,
    SITE_URL: 'http://localhost:4321',
    OUTBOX_DIR: outboxDir,
    JOBS_AUTORUN: 'false',
    DATABASE_URI: testDatabaseUri(dir),
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    DEMO_MODE: demo ? 'true' : 'false',
    DEMO_PASSWORD,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  await run(bin('tsx'), [path.join('cms', 'seed', 'run.ts')], { env: payloadScriptEnv(env), cwd: root, stdio: 'ignore' })
  const child: ChildProcess = spawn(bin('next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NODE_ENV: 'production' },
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  // Keep the end of what the server says on stderr, to show why it did not start.
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)))
  try {
    await waitForHttp(`${url}/api/kernen?limit=1`, { child, timeoutMs: 60_000 })
  } catch (err) {
    child.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`${err instanceof Error ? err.message : err}\n${stderr}`)
  }
  return {
    url,
    env,
    outboxDir,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface ApiResponse {
  status: number
  body: any
  headers: Headers
}

/** One REST call against the CMS, optionally as a logged-in user (JWT). */
export async function api(
  cms: CmsServer,
  method: string,
  path: string,
  { token, body, headers = {} }: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const res = await fetch(cms.url + path, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let parsed: any = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers }
}

export async function login(cms: CmsServer, email: string, password = DEMO_PASSWORD): Promise<{ token: string; user: any }> {
  const res = await api(cms, 'POST', '/api/users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`Inloggen als ${email} mislukt: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token, user: res.body.user }
}
