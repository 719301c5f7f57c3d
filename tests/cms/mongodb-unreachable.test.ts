/**
 * `npm run seed` (the first step of `npm start`) on a MongoDB address that cannot be reached: a Dutch message that names
 * the address (without its password) and what to check, exit code 1, no stack trace. Run as the real script, as
 * npm start runs it, on a loopback port on which nothing listens.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { expect, it } from 'vitest'
import { bin, payloadScriptEnv, root } from '../../scripts/lib/process'
import { freePort } from '../helpers/server'

function seed(databaseUri: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin('tsx'), [path.join('cms', 'seed', 'run.ts'), '--if-empty'], {
      cwd: root,
      env: payloadScriptEnv({ DATABASE_URI: databaseUri, DEMO_MODE: 'false', NODE_ENV: 'production' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout!.on('data', (d: Buffer) => (output += d))
    child.stderr!.on('data', (d: Buffer) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

it('names the address without its password, says what to check, exits with 1 and shows no stack trace', async () => {
  const port = await freePort() // free: nothing listens there
  const { code, output } = await seed(`mongodb://beheer:Geheim-wachtwoord-42@127.0.0.1:${port}/sociale-kaart`)
  expect(code, output).toBe(1)
  expect(output).toContain(`De database is niet bereikbaar: MongoDB op mongodb://***@127.0.0.1:${port}/sociale-kaart (DATABASE_URI).`)
  expect(output).toMatch(/Reden: de verbinding werd geweigerd/)
  for (const check of ['of MongoDB draait', 'de host en de poort', 'firewall', 'replicaSet=', 'het wachtwoord'])
    expect(output).toContain(check)
  expect(output).not.toContain('Geheim-wachtwoord-42')
  expect(output, 'no stack trace').not.toMatch(/^\s+at /m)
}, 90_000)

it('says so when the address itself is not a valid MongoDB address', async () => {
  const { code, output } = await seed('mongodb://beheer:Geheim-wachtwoord-42@127.0.0.1:99999/sociale-kaart')
  expect(code, output).toBe(1)
  expect(output).toContain('De database is niet bereikbaar: MongoDB op mongodb://***@127.0.0.1:99999/sociale-kaart (DATABASE_URI).')
  expect(output).toMatch(/Reden: het adres is geen geldig MongoDB-adres/)
  expect(output).not.toContain('Geheim-wachtwoord-42')
  expect(output, 'no stack trace').not.toMatch(/^\s+at /m)
}, 90_000)
