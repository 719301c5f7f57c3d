/**
 * npm run tweestaps:herstellen -- e-mailadres, as the operator runs it on the server (a child process on the same
 * database): the user's tweestaps record is gone, others stay; an unknown address exits non-zero.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bin, payloadScriptEnv, root } from '../../scripts/lib/process'
import { testDatabaseUri } from '../helpers/database-uri'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-tweestaps-'))
const uri = testDatabaseUri(dir)
const secret = crypto.randomBytes(16).toString('hex')
let payload: Payload
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  const { getPayload } = await import('payload')
  const { buildAppConfig } = await import('../../cms/config')
  const { chooseDatabase } = await import('../../cms/database')
  payload = await getPayload({ config: buildAppConfig({ database: chooseDatabase(uri, dir), secret }), key: dir })
  for (const email of ['kwijt@example.org', 'blijft@example.org']) {
    const user = await payload.create({
      collection: 'users',
      data: { email, password: 'een lang en goed wachtwoord', naam: email, rol: 'redacteur' },
      overrideAccess: true,
    })
    ids[email] = user.id
    await payload.create({
      collection: 'tweestaps-gegevens' as any,
      data: { gebruiker: user.id, geheim: 'v1.x.y.z', actief: true } as any,
      overrideAccess: true,
    })
  }
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

const script = (email: string) =>
  spawnSync(bin('tsx'), [path.join('cms', 'auth', 'herstel-tweestaps.ts'), email], {
    cwd: root,
    env: payloadScriptEnv({ DATABASE_URI: uri, PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'false' }),
    encoding: 'utf8',
    timeout: 120_000,
  })
const records = async () =>
  (await payload.db.find({ collection: 'tweestaps-gegevens', limit: 0, pagination: false })).docs.map((d: any) =>
    String(d.gebruiker?.id ?? d.gebruiker),
  )

it('resets one user from the command line; an unknown address fails', async () => {
  expect((await records()).sort()).toEqual([String(ids['kwijt@example.org']), String(ids['blijft@example.org'])].sort())
  const ok = script('kwijt@example.org')
  expect(ok.status, ok.stderr).toBe(0)
  expect(ok.stdout).toContain('Tweestapsverificatie hersteld voor kwijt@example.org')
  expect(await records()).toEqual([String(ids['blijft@example.org'])])
  const unknown = script('niemand@example.org')
  expect(unknown.status).toBe(1)
  expect(unknown.stderr).toContain('Geen gebruiker met e-mailadres niemand@example.org')
}, 240_000)
