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
  close: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export async function startCmsServer({ demo = true }: { demo?: boolean } = {}): Promise<CmsServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-http-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: testDatabaseUri(dir),
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    DEMO_MODE: demo ? 'true' : 'false',
    DEMO_PASSWORD,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  await run(bin('tsx'), [path.join('cms', 'seed', 'run.ts')], { env: payloadScriptEnv(env), cwd: root, stdio: 'ignore' })
  const port = await freePort()
  const child: ChildProcess = spawn(bin('next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NODE_ENV: 'production' },
    cwd: root,
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/kernen?limit=1`, { child, timeoutMs: 60_000 })
  return {
    url,
    env,
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
