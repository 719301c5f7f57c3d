/**
 * Accounts over real HTTP, as an attacker or a forgetful partner would try them: the password-reset flow on SQLite
 * (request, e-mail in the outbox, reset page link, password rules, login), unlocking only by a beheerder, the jobs
 * endpoints only for a beheerder, rate limits per client on login and forgot-password, a locked account that answers
 * like an unknown address, no claiming a real installation through first-register, the `npm run beheerder` command,
 * and no real installation starting on a database with demo accounts or demo content.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { nl } from '@payloadcms/translations/languages/nl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, payloadScriptEnv, root } from '../../scripts/lib/process'
import { api, login, startCmsServer, DEMO_PASSWORD, type CmsServer } from '../helpers/server'

let cms: CmsServer
let leeg: CmsServer
let beheerder: string

// The servers trust x-forwarded-for (as behind a reverse proxy), so each test can be its own client.
const TRUST = { TRUST_PROXY: 'true' }

beforeAll(async () => {
  // `leeg` has no trusted proxy: there a client's own x-forwarded-for counts for nothing.
  ;[cms, leeg] = await Promise.all([startCmsServer({ demo: true, env: TRUST }), startCmsServer({ demo: false })])
  beheerder = (await login(cms, 'beheerder@demo.local')).token
}, 240_000)
afterAll(async () => {
  await Promise.all([cms?.close(), leeg?.close()])
})

const from = (ip: string) => ({ 'x-forwarded-for': ip })

/** The field error messages of a 400 answer and the top messages. */
const messages = (body: any): string[] =>
  (body?.errors ?? []).flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((f: any) => f.message)]).filter(Boolean)

/** RFC 2045 quoted-printable decoding (soft line breaks and =XX octets), independent of the mailer. */
const decodeQuotedPrintable = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8')

const outbox = (server: CmsServer) =>
  fs.existsSync(server.outboxDir)
    ? fs
        .readdirSync(server.outboxDir)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => fs.readFileSync(path.join(server.outboxDir, f), 'utf8'))
    : []

/** The messages to `to` in the outbox, decoded; waits (bounded) for `count` of them. */
async function mailsTo(server: CmsServer, to: string, count = 1): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const found = outbox(server)
      .filter((m) => new RegExp(`^To: .*${to.replace(/[.]/g, '\\.')}`, 'mi').test(m))
      .map(decodeQuotedPrintable)
    if (found.length >= count) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  return outbox(server)
    .filter((m) => m.includes(to))
    .map(decodeQuotedPrintable)
}

const resetLink = (server: CmsServer, mail: string) => {
  const m = mail.match(new RegExp(`${server.url.replace(/[.]/g, '\\.')}/admin/reset/([0-9a-f]+)`))
  return m?.[1]
}

async function createUser(email: string, password: string, rol = 'redacteur') {
  const res = await api(cms, 'POST', '/api/users', { token: beheerder, body: { email, password, naam: email.split('@')[0], rol } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}

// First: on the old code a failed forgot-password left the server reading a stale database, which hid this.
describe('a locked account', () => {
  it('a locked account answers exactly like a wrong password for an unknown address', async () => {
    const email = 'op.slot@example.org'
    const password = 'een lang en goed wachtwoord'
    await createUser(email, password)
    const first = await api(cms, 'POST', '/api/users/login', {
      body: { email, password: 'fout wachtwoord nul' },
      headers: from('10.0.4.1'),
    })
    for (let i = 1; i < 5; i++) {
      expect(
        (await api(cms, 'POST', '/api/users/login', { body: { email, password: `fout ${i} wachtwoord` }, headers: from('10.0.4.1') }))
          .status,
      ).toBe(401)
    }
    const locked = await api(cms, 'POST', '/api/users/login', { body: { email, password }, headers: from('10.0.4.1') })
    const lockedWrong = await api(cms, 'POST', '/api/users/login', {
      body: { email, password: 'nog een fout wachtwoord' },
      headers: from('10.0.4.1'),
    })
    const unknown = await api(cms, 'POST', '/api/users/login', {
      body: { email: 'bestaat-niet@example.org', password },
      headers: from('10.0.4.1'),
    })
    expect(unknown.status).toBe(401)
    // The message of a wrong e-mail address or password, as Payload's Dutch translation words it.
    expect(messages(unknown.body)).toEqual([nl.translations.error.emailOrPasswordIncorrect])
    expect(first.status).toBe(unknown.status)
    expect(first.body).toEqual(unknown.body)
    expect(locked.status).toBe(unknown.status)
    expect(locked.body).toEqual(unknown.body)
    expect(lockedWrong.status).toBe(unknown.status)
    expect(lockedWrong.body).toEqual(unknown.body)
  })
})

describe('password reset on SQLite', () => {
  it('answers a known and an unknown address alike, mails a Dutch link to the reset page, and keeps the password rules', async () => {
    const email = 'vergeten@example.org'
    const oud = 'het oude wachtwoord van mij'
    await createUser(email, oud)

    const known = await api(cms, 'POST', '/api/users/forgot-password', { body: { email }, headers: from('10.0.1.1') })
    const unknown = await api(cms, 'POST', '/api/users/forgot-password', {
      body: { email: 'niemand-hier@example.org' },
      headers: from('10.0.1.1'),
    })
    expect(known.status, JSON.stringify(known.body)).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)

    const [mail] = await mailsTo(cms, email)
    expect(mail, 'a message to the known address').toBeTruthy()
    expect(mail).toMatch(/^Subject: .*wachtwoord/im)
    const token = resetLink(cms, mail!)
    expect(token, `a link to ${cms.url}/admin/reset/… in:\n${mail}`).toBeTruthy()
    expect(outbox(cms).some((m) => m.includes('niemand-hier@example.org'))).toBe(false)

    // A reset that breaks the rules is refused in Dutch, naming the field; the old password still works.
    for (const bad of ['kort', email]) {
      const res = await api(cms, 'POST', '/api/users/reset-password', { body: { token, password: bad } })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(messages(res.body)).toContainEqual(expect.stringMatching(/^Wachtwoord: /))
    }
    expect((await login(cms, email, oud)).token).toBeTruthy()

    const nieuw = 'een nieuw en lang wachtwoord'
    const reset = await api(cms, 'POST', '/api/users/reset-password', { body: { token, password: nieuw } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await login(cms, email, nieuw)).user.email).toBe(email)
    expect((await api(cms, 'POST', '/api/users/login', { body: { email, password: oud } })).status).toBe(401)
    // The link works once.
    expect(
      (await api(cms, 'POST', '/api/users/reset-password', { body: { token, password: 'nog een ander lang wachtwoord' } })).status,
    ).not.toBe(200)
  })
})

describe('unlocking accounts', () => {
  it('a partner cannot unlock, and gets the same answer for a known and an unknown address; a beheerder can', async () => {
    const partner = (await login(cms, 'partner1@demo.local')).token
    const known = await api(cms, 'POST', '/api/users/unlock', { token: partner, body: { email: 'redacteur@demo.local' } })
    const unknown = await api(cms, 'POST', '/api/users/unlock', { token: partner, body: { email: 'niemand-hier@example.org' } })
    expect(known.status).toBe(403)
    expect(unknown.status).toBe(403)
    expect(unknown.body).toEqual(known.body)
    expect((await api(cms, 'POST', '/api/users/unlock', { body: { email: 'redacteur@demo.local' } })).status).toBe(403)
    expect((await api(cms, 'POST', '/api/users/unlock', { token: beheerder, body: { email: 'redacteur@demo.local' } })).status).toBe(200)
  })
})

describe('jobs', () => {
  it('a redacteur, a partner or an anonymous visitor cannot create, change, delete or run jobs', async () => {
    const tokens = {
      redacteur: (await login(cms, 'redacteur@demo.local')).token,
      partner: (await login(cms, 'partner1@demo.local')).token,
      anoniem: null,
    }
    for (const [who, token] of Object.entries(tokens)) {
      const create = await api(cms, 'POST', '/api/payload-jobs', {
        token,
        body: { taskSlug: 'herinneringen', queue: 'dagelijks', input: {} },
      })
      expect(create.status, `${who} POST`).toBe(403)
      expect(
        (await api(cms, 'PATCH', '/api/payload-jobs/1', { token, body: { processing: true } })).status,
        `${who} PATCH`,
      ).toBeGreaterThanOrEqual(400)
      expect((await api(cms, 'DELETE', '/api/payload-jobs/1', { token })).status, `${who} DELETE`).toBeGreaterThanOrEqual(400)
      for (const p of ['/api/payload-jobs/run', '/api/payload-jobs/run?allQueues=true', '/api/payload-jobs/handle-schedules']) {
        const res = await api(cms, 'GET', p, { token })
        expect(res.status, `${who} GET ${p}: ${JSON.stringify(res.body)}`).toBe(401)
      }
    }
    // The beheerder may run them (the endpoint itself works).
    expect((await api(cms, 'GET', '/api/payload-jobs/run?queue=nergens', { token: beheerder })).status).toBe(200)
  })
})

describe('brute force', () => {
  it('login: one client is stopped with a Dutch 429 after repeated failures; another client can still log in', async () => {
    let limited: Awaited<ReturnType<typeof api>> | undefined
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await api(cms, 'POST', '/api/users/login', {
        body: { email: `raden-${i}@example.org`, password: 'zomaar een wachtwoord' },
        headers: from('10.0.2.1'),
      })
      if (res.status === 429) limited = res
      else expect(res.status).toBe(401)
    }
    expect(limited, 'a 429 within 40 attempts').toBeTruthy()
    expect(messages(limited!.body).join(' ')).toMatch(/Te veel pogingen/)
    // Also the right password is refused to this client for now; another client logs in.
    const blocked = await api(cms, 'POST', '/api/users/login', {
      body: { email: 'redacteur@demo.local', password: DEMO_PASSWORD },
      headers: from('10.0.2.1'),
    })
    expect(blocked.status).toBe(429)
    expect(blocked.body?.token).toBeUndefined()
    const other = await api(cms, 'POST', '/api/users/login', {
      body: { email: 'redacteur@demo.local', password: DEMO_PASSWORD },
      headers: from('10.0.2.2'),
    })
    expect(other.status).toBe(200)
  })

  it('forgot-password: one client is stopped with a Dutch 429; another client still gets the normal answer', async () => {
    let limited: Awaited<ReturnType<typeof api>> | undefined
    for (let i = 0; i < 30 && !limited; i++) {
      const res = await api(cms, 'POST', '/api/users/forgot-password', {
        body: { email: `raden-${i}@example.org` },
        headers: from('10.0.3.1'),
      })
      if (res.status === 429) limited = res
      else expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    expect(limited, 'a 429 within 30 requests').toBeTruthy()
    expect(messages(limited!.body).join(' ')).toMatch(/Te veel pogingen/)
    expect(
      (await api(cms, 'POST', '/api/users/forgot-password', { body: { email: 'raden@example.org' }, headers: from('10.0.3.2') })).status,
    ).toBe(200)
  })
})

/** Run a script with tsx (as npm run does), returning its exit code and output. */
function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin('tsx'), args, { env: payloadScriptEnv({ ...env, NODE_ENV: 'production' } as any), cwd: root })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, out }))
  })
}

describe('the first beheerder of a real installation', () => {
  it('nobody claims an empty real installation through first-register; the admin points to npm run beheerder', async () => {
    const email = 'indringer@example.org'
    const password = 'een lang en goed wachtwoord'
    const res = await api(leeg, 'POST', '/api/users/first-register', { body: { email, password, naam: 'Indringer', rol: 'beheerder' } })
    expect(res.status, JSON.stringify(res.body)).toBe(403)
    expect(messages(res.body).join(' ')).toMatch(/npm run beheerder/)
    expect((await api(leeg, 'POST', '/api/users/login', { body: { email, password } })).status).toBe(401)

    const page = await fetch(`${leeg.url}/admin/create-first-user`)
    const html = await page.text()
    expect(html).toContain('npm run beheerder')
    expect(html).not.toMatch(/name="password"/)
  })

  it('npm run beheerder creates a beheerder and prints a one-time link; with it the operator sets a password and logs in', async () => {
    const email = 'eigenaar@example.org'
    const first = await runScript(['scripts/beheerder.ts', '--email', email, '--naam', 'De Eigenaar'], leeg.env)
    expect(first.code, first.out).toBe(0)
    const link = first.out.match(new RegExp(`${leeg.url.replace(/[.]/g, '\\.')}/admin/reset/([0-9a-f]+)`))
    expect(link, first.out).toBeTruthy()
    const password = 'het wachtwoord van de eigenaar'
    const reset = await api(leeg, 'POST', '/api/users/reset-password', { body: { token: link![1], password } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    const session = await login(leeg, email, password)
    expect(session.user.rol).toBe('beheerder')
    // The link works once.
    expect(
      (await api(leeg, 'POST', '/api/users/reset-password', { body: { token: link![1], password: 'nog een ander lang wachtwoord' } }))
        .status,
    ).not.toBe(200)

    // No second account for the same address; without --email it says what is missing.
    const again = await runScript(['scripts/beheerder.ts', '--email', email], leeg.env)
    expect(again.code, again.out).toBe(0)
    const users = await api(leeg, 'GET', `/api/users?limit=0&where[email][equals]=${email}`, { token: session.token })
    expect(users.body.totalDocs).toBe(1)
    const missing = await runScript(['scripts/beheerder.ts'], leeg.env)
    expect(missing.code).not.toBe(0)
    expect(missing.out).toMatch(/--email/)
    // Three runs of a script that loads Payload: on a busy 2-core machine each can take half a minute.
  }, 180_000)
})

describe('a real installation on a database with demo content', () => {
  it('the start step (seed --if-empty) refuses with DEMO_MODE=false, saying so in Dutch, and changes nothing', async () => {
    const before = (await api(cms, 'GET', '/api/users?limit=0', { token: beheerder })).body.totalDocs
    const res = await runScript([path.join('cms', 'seed', 'run.ts'), '--if-empty'], { ...cms.env, DEMO_MODE: 'false' })
    expect(res.code, res.out).not.toBe(0)
    expect(res.out).toMatch(/demo-accounts/)
    expect(res.out).toMatch(/DEMO_MODE/)
    expect((await api(cms, 'GET', '/api/users?limit=0', { token: beheerder })).body.totalDocs).toBe(before)
  }, 120_000)
})

// Last: it uses up the login budget of this machine's address on `leeg`.
describe('brute force without a trusted proxy', () => {
  it('without a trusted proxy, a client cannot escape the limit by sending its own x-forwarded-for', async () => {
    let limited = false
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await api(leeg, 'POST', '/api/users/login', {
        body: { email: `raden-${i}@example.org`, password: 'zomaar een wachtwoord' },
        headers: from(`10.9.${i}.1`),
      })
      if (res.status === 429) limited = true
      else expect(res.status).toBe(401)
    }
    expect(limited, 'a 429 within 40 attempts, whatever x-forwarded-for says').toBe(true)
  })
})
