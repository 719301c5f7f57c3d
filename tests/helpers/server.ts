/**
 * The real CMS over HTTP: `next start` of the built admin and REST API on a free port, on its own temporary
 * SQLite database with `npm run seed`'s content. The build happens once, in tests/global-setup.ts; so does the seed:
 * there `npm run seed` fills one template database per mode (demo content or only the reference data), and each
 * server starts on its own copy of it. On MongoDB (TEST_MONGODB_URI) each server is seeded itself, as before.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { bin, payloadScriptEnv, root, run, waitForHttp } from '../../scripts/lib/process'
import { waitForBackground } from './background'
import { dropTestDatabase, testDatabaseUri } from './database-uri'

export const DEMO_PASSWORD = 'demo-wachtwoord-voor-http-tests'

export interface CmsServer {
  url: string
  env: NodeJS.ProcessEnv
  outboxDir: string
  /** Everything the server wrote to stdout and stderr so far (its log), to check what it never logs. */
  output: () => string
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

/** Seeded template databases (SQLite files) made by tests/global-setup.ts, per mode; none on MongoDB. */
export interface SeededTemplates {
  demo?: string
  leeg?: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The state file of the seeding of the templates (tests/global-setup.ts seeds them in the background). */
    seededTemplates: string
  }
}

/** The environment of a test CMS on `dir` (its database, outbox and port). */
function cmsEnv(dir: string, url: string, demo: boolean, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CMS_PUBLIC_URL: url,
    SITE_URL: 'http://localhost:4321',
    OUTBOX_DIR: path.join(dir, 'outbox'),
    JOBS_AUTORUN: 'false',
    DATABASE_URI: testDatabaseUri(dir),
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    DEMO_MODE: demo ? 'true' : 'false',
    DEMO_PASSWORD,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}

/** `npm run seed` (migrations, reference data and, in demo mode, the demo content and accounts) on `env`'s database. */
const seedDatabase = (env: NodeJS.ProcessEnv) =>
  run(bin('tsx'), [path.join('cms', 'seed', 'run.ts')], { env: payloadScriptEnv(env), cwd: root, stdio: 'ignore' })

const usesSqlite = () => !process.env.TEST_MONGODB_URI?.trim()

/**
 * Seed one template database per mode into `dir`, both at once: what every test CMS would otherwise seed itself.
 * On MongoDB: none (each server seeds its own database).
 */
export async function seedTemplates(dir: string): Promise<SeededTemplates> {
  if (!usesSqlite()) return {}
  const seeded = async (mode: keyof SeededTemplates) => {
    const modeDir = path.join(dir, mode)
    fs.mkdirSync(modeDir, { recursive: true })
    const env = cmsEnv(modeDir, 'http://127.0.0.1:1', mode === 'demo', {})
    await seedDatabase(env)
    return path.join(modeDir, 'test.db')
  }
  const [demo, leeg] = await Promise.all([seeded('demo'), seeded('leeg')])
  return { demo, leeg }
}

/** The template for a mode: from `given`, else from tests/global-setup.ts once it has seeded them (none outside a test file). */
async function templateFor(demo: boolean, given: SeededTemplates | undefined): Promise<string | undefined> {
  if (!usesSqlite()) return undefined
  let templates = given
  if (!templates) {
    let stateFile: string | undefined
    try {
      stateFile = inject('seededTemplates')
    } catch {
      // not in a test file
    }
    if (stateFile) templates = await waitForBackground<SeededTemplates>(stateFile, 'De testdatabases (npm run seed)')
  }
  return templates?.[demo ? 'demo' : 'leeg']
}

/** A copy of a template database (with its write-ahead log, if SQLite left one) as `file`. */
function copyDatabase(template: string, file: string) {
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix)
  }
}

export async function startCmsServer({
  demo = true,
  env: extra = {},
  templates,
}: {
  demo?: boolean
  env?: Record<string, string>
  templates?: SeededTemplates
} = {}): Promise<CmsServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-http-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = cmsEnv(dir, url, demo, extra)
  const outboxDir = env.OUTBOX_DIR!
  const template = await templateFor(demo, templates)
  if (template) copyDatabase(template, env.DATABASE_URI!.replace(/^file:/, ''))
  else {
    await seedDatabase(env).catch(async (err) => {
      fs.rmSync(dir, { recursive: true, force: true })
      await dropTestDatabase(env.DATABASE_URI).catch(() => {})
      throw err
    })
  }
  const child: ChildProcess = spawn(bin('next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NODE_ENV: 'production' },
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Keep the end of what the server says on stderr, to show why it did not start; and its whole log (up to 4 MB).
  let stderr = ''
  let output = ''
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4_000_000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', (d: Buffer) => {
    keep(d)
    stderr = (stderr + d.toString()).slice(-4000)
  })
  try {
    await waitForHttp(`${url}/api/kernen?limit=1`, { child, timeoutMs: 60_000 })
  } catch (err) {
    child.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
    await dropTestDatabase(env.DATABASE_URI).catch(() => {})
    throw new Error(`${err instanceof Error ? err.message : err}\n${stderr}`)
  }
  return {
    url,
    env,
    outboxDir,
    output: () => output,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
      // On TEST_MONGODB_URI: the server's own database goes too.
      await dropTestDatabase(env.DATABASE_URI)
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
  cms: Pick<CmsServer, 'url'>,
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

export async function login(cms: Pick<CmsServer, 'url'>, email: string, password = DEMO_PASSWORD): Promise<{ token: string; user: any }> {
  const res = await api(cms, 'POST', '/api/users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`Inloggen als ${email} mislukt: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token, user: res.body.user }
}
