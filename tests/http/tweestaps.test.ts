/**
 * Tweestapsverificatie over real HTTP, as an attacker who knows a staff password would try it. With
 * TWEESTAPS_VERPLICHT=true a beheerder or redacteur who logged in with only the password reads nothing protected
 * (no other users, no drafts, no versions) and changes nothing, until the code from the app is given in that
 * session. The codes come from otpauth (the test plays the authenticator app) with the secret from the setup
 * answer's otpauth:// URI, as an app reads it from the QR code. Without the setting nothing changes for anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TOTP, URI } from 'otpauth'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'

let cms: CmsServer
let draftId: number
const apps: Record<string, TOTP> = {}

const call = (token: string | null, method: string, path: string, body?: unknown) => api(cms, method, path, { token, body })
const status = async (token: string) => (await call(token, 'GET', '/api/tweestaps/status')).body
/** The code the app shows `offset` periods from now. */
const codeOf = (email: string, offset = 0) => apps[email]!.generate({ timestamp: Date.now() + offset * 30_000 })
/** A 6-digit code that is none of the ones the server could accept now (window of one period either side). */
function wrongCode(email: string) {
  const valid = new Set([-2, -1, 0, 1, 2].map((o) => codeOf(email, o)))
  for (let n = 123456; ; n = (n + 1) % 1_000_000) {
    const c = String(n).padStart(6, '0')
    if (!valid.has(c)) return c
  }
}

/** The code each account confirmed its set-up with (to replay exactly that one). */
const gebruikt: Record<string, string> = {}

/** Set up tweestaps in `token`'s session like a person with an authenticator app; returns the app. */
async function setUp(email: string, token: string) {
  const begin = await call(token, 'POST', '/api/tweestaps/instellen')
  expect(begin.status, JSON.stringify(begin.body)).toBe(200)
  expect(begin.body.qr).toMatch(/^data:image\/png;base64,/)
  const app = URI.parse(begin.body.uri)
  expect(app).toBeInstanceOf(TOTP)
  expect((app as TOTP).secret.base32).toBe(begin.body.geheim)
  expect((app as TOTP).issuer).toBe('Sociale Kaart Twenterand')
  expect((app as TOTP).label).toBe(email)
  apps[email] = app as TOTP
  gebruikt[email] = codeOf(email)
  const done = await call(token, 'POST', '/api/tweestaps/bevestigen', { code: gebruikt[email] })
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  return app as TOTP
}

/** What a session can see and do: count of users it reads, and whether it reads the draft. */
async function reach(token: string) {
  const users = await call(token, 'GET', '/api/users?limit=0&depth=0')
  const draft = await call(token, 'GET', `/api/aanbod/${draftId}?draft=true&depth=0`)
  const drafts = await call(token, 'GET', `/api/aanbod?draft=true&limit=0&depth=0&where[id][equals]=${draftId}`)
  const versions = await call(token, 'GET', `/api/aanbod/versions?limit=1&depth=0`)
  return {
    users: users.body.totalDocs ?? 0,
    draft: draft.status === 200 || drafts.body.totalDocs > 0,
    versions: versions.status === 200 && versions.body.totalDocs > 0,
  }
}

const ALL_USERS = 5 // the demo accounts: beheerder, redacteur, partner1, partner2, meldpunt

describe('TWEESTAPS_VERPLICHT=true', () => {
  let beheerder: string
  let beheerderId: number

  beforeAll(async () => {
    cms = await startCmsServer({ demo: true, env: { TWEESTAPS_VERPLICHT: 'true' } })
  }, 180_000)
  afterAll(async () => cms?.close())

  it('a beheerder with only the password reads only their own account and changes nothing', async () => {
    const l = await login(cms, 'beheerder@demo.local')
    beheerder = l.token
    beheerderId = l.user.id
    expect(await status(beheerder)).toMatchObject({ actief: false, open: 'instellen', verplicht: true })
    const users = await call(beheerder, 'GET', '/api/users?limit=0&depth=0')
    expect(users.status).toBe(200)
    expect(users.body.docs.map((u: any) => u.email)).toEqual(['beheerder@demo.local'])
    const partner = (await login(cms, 'partner1@demo.local')).user
    expect([403, 404]).toContain((await call(beheerder, 'GET', `/api/users/${partner.id}`)).status)
    expect((await call(beheerder, 'POST', '/api/kernen', { naam: 'Nieuwe kern' })).status).toBe(403)
    expect((await call(beheerder, 'PATCH', `/api/users/${partner.id}`, { naam: 'Overgenomen' })).status).toBe(403)
    expect((await call(beheerder, 'PATCH', `/api/users/${beheerderId}`, { naam: 'Zelf gewijzigd' })).status).toBe(403)
    expect((await call(beheerder, 'GET', '/api/aanbod/versions?limit=1')).status).toBe(403)
    // Nor can it reset anyone's tweestaps.
    expect((await call(beheerder, 'POST', '/api/tweestaps/herstellen', { gebruiker: partner.id })).status).toBe(403)
  })

  it('sets up with the code from the app; a wrong code is refused; then the session works', async () => {
    const begin = await call(beheerder, 'POST', '/api/tweestaps/instellen')
    expect(begin.status).toBe(200)
    apps['beheerder@demo.local'] = URI.parse(begin.body.uri) as TOTP
    const wrong = await call(beheerder, 'POST', '/api/tweestaps/bevestigen', { code: wrongCode('beheerder@demo.local') })
    expect(wrong.status).toBe(400)
    expect(wrong.body.message).toMatch(/^Code: /)
    expect((await status(beheerder)).open).toBe('instellen')
    expect((await call(beheerder, 'GET', '/api/users?limit=0')).body.totalDocs).toBe(1)

    await setUp('beheerder@demo.local', beheerder)
    expect(await status(beheerder)).toMatchObject({ actief: true, open: null })
    expect((await call(beheerder, 'GET', '/api/users?limit=0')).body.totalDocs).toBe(ALL_USERS)
    // Now it can make a draft (used below).
    const kern = (await call(null, 'GET', '/api/kernen?limit=1')).body.docs[0].id
    const org = (await call(null, 'GET', '/api/organisaties?limit=1')).body.docs[0].id
    const created = await call(beheerder, 'POST', '/api/aanbod?draft=true', {
      titel: 'Concept voor de tweestapstest',
      samenvatting: 'Alleen zichtbaar voor de redactie.',
      organisatie: org,
      kernen: [kern],
      kosten: { soort: 'gratis' },
      meedoen: { manier: 'vrije-inloop' },
      status: 'actief',
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    draftId = created.body.doc.id
    expect(await reach(beheerder)).toEqual({ users: ALL_USERS, draft: true, versions: true })
    // Once on, it cannot be set up again over it (that would replace the phone without the code).
    expect((await call(beheerder, 'POST', '/api/tweestaps/instellen')).status).toBe(409)
  })

  it('the secret is never readable through the API', async () => {
    const geheim = apps['beheerder@demo.local']!.secret.base32
    for (const path of [
      '/api/tweestaps-gegevens',
      '/api/tweestaps-gegevens/1',
      `/api/users/${beheerderId}`,
      '/api/users/me',
      '/api/users?limit=0',
    ]) {
      const res = await call(beheerder, 'GET', path)
      expect(JSON.stringify(res.body), path).not.toContain(geheim)
      if (path.startsWith('/api/tweestaps-gegevens')) expect(res.status, path).toBe(403)
    }
  })

  it('a meldpunt worker with only the password reads no meldingen until the code', async () => {
    const meldpunt = (await login(cms, 'meldpunt@demo.local')).token
    expect(await status(meldpunt)).toMatchObject({ actief: false, open: 'instellen', verplicht: true })
    expect((await call(meldpunt, 'GET', '/api/meldingen?limit=0')).status).toBe(403)
    expect((await call(meldpunt, 'GET', '/api/meldingen-logboek?limit=0')).status).toBe(403)
    await setUp('meldpunt@demo.local', meldpunt)
    expect((await call(meldpunt, 'GET', '/api/meldingen?limit=0')).status).toBe(200)
  })

  it('a redacteur with only the password does not see drafts or versions until the code', async () => {
    const redacteur = (await login(cms, 'redacteur@demo.local')).token
    expect(await reach(redacteur)).toEqual({ users: 1, draft: false, versions: false })
    await setUp('redacteur@demo.local', redacteur)
    expect(await reach(redacteur)).toMatchObject({ draft: true, versions: true })
  })

  it('after logging out, logging in again asks for the code; per session; a code works only once', async () => {
    const oud = beheerder
    expect((await call(oud, 'POST', '/api/users/logout')).status).toBe(200)
    expect((await call(oud, 'GET', '/api/tweestaps/status')).status).toBe(401)

    const nieuw = (await login(cms, 'beheerder@demo.local')).token
    expect(await status(nieuw)).toMatchObject({ actief: true, open: 'code' })
    expect(await reach(nieuw)).toEqual({ users: 1, draft: false, versions: false })
    const wrong = await call(nieuw, 'POST', '/api/tweestaps/controleren', { code: wrongCode('beheerder@demo.local') })
    expect(wrong.status).toBe(400)
    expect(await reach(nieuw)).toEqual({ users: 1, draft: false, versions: false })

    // The code that set it up was used: it is refused even while the server's window would still take it (only then
    // is there something to test: a minute later every server refuses it anyway).
    const used = gebruikt['beheerder@demo.local']!
    const replay = await call(nieuw, 'POST', '/api/tweestaps/controleren', { code: used })
    if (apps['beheerder@demo.local']!.validate({ token: used, window: 1 }) !== null) expect(replay.status).toBe(400)

    // The next code from the app works, for this session only.
    const ok = await call(nieuw, 'POST', '/api/tweestaps/controleren', { code: codeOf('beheerder@demo.local', 1) })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(await reach(nieuw)).toEqual({ users: ALL_USERS, draft: true, versions: true })
    const ander = (await login(cms, 'beheerder@demo.local')).token
    expect(await reach(ander)).toEqual({ users: 1, draft: false, versions: false })
    expect(await reach(nieuw)).toEqual({ users: ALL_USERS, draft: true, versions: true })
    beheerder = nieuw
  })

  it('wrong codes count: after 5, even the right one is refused for a while; guessing in parallel does not help', async () => {
    await call(null, 'GET', '/api/kernen?limit=1')
    const redacteur = (await login(cms, 'redacteur@demo.local')).token
    const guesses = await Promise.all(
      Array.from({ length: 20 }, () => call(redacteur, 'POST', '/api/tweestaps/controleren', { code: wrongCode('redacteur@demo.local') })),
    )
    const statuses = guesses.map((g) => g.status).sort()
    expect(statuses.filter((s) => s === 400)).toHaveLength(4)
    expect(statuses.filter((s) => s === 429)).toHaveLength(16)
    const right = await call(redacteur, 'POST', '/api/tweestaps/controleren', { code: codeOf('redacteur@demo.local', 1) })
    expect(right.status).toBe(429)
    expect(right.body.message).toMatch(/^Code: te vaak een verkeerde code\. Probeer het over 15 minuten opnieuw\.$/)
    expect(await reach(redacteur)).toMatchObject({ users: 1, draft: false })
  })

  it('a beheerder resets someone who lost their phone; they set it up again at the next login', async () => {
    const redacteurUser = (await login(cms, 'redacteur@demo.local')).user
    const partner = await login(cms, 'partner1@demo.local')
    expect((await call(partner.token, 'POST', '/api/tweestaps/herstellen', { gebruiker: redacteurUser.id })).status).toBe(403)
    expect((await call(null, 'POST', '/api/tweestaps/herstellen', { gebruiker: redacteurUser.id })).status).toBe(401)
    expect((await call(beheerder, 'GET', `/api/tweestaps/status?gebruiker=${redacteurUser.id}`)).body.actief).toBe(true)
    const reset = await call(beheerder, 'POST', '/api/tweestaps/herstellen', { gebruiker: redacteurUser.id })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await call(beheerder, 'GET', `/api/tweestaps/status?gebruiker=${redacteurUser.id}`)).body.actief).toBe(false)

    const redacteur = (await login(cms, 'redacteur@demo.local')).token
    expect(await status(redacteur)).toMatchObject({ actief: false, open: 'instellen' })
    expect(await reach(redacteur)).toMatchObject({ draft: false })
    // Required for staff: it cannot simply be turned off.
    await setUp('redacteur@demo.local', redacteur)
    expect((await call(redacteur, 'POST', '/api/tweestaps/uitzetten')).status).toBe(403)
    expect(await reach(redacteur)).toMatchObject({ draft: true })
  })

  it('partners are not required to use it: a partner logs in as before', async () => {
    const partner = await login(cms, 'partner1@demo.local')
    expect(await status(partner.token)).toMatchObject({ actief: false, open: null, verplicht: false })
    const own = await call(partner.token, 'GET', `/api/users/${partner.user.id}`)
    expect(own.status).toBe(200)
    expect((await call(partner.token, 'GET', '/api/aanbod/versions?limit=1')).status).toBe(200)
  })
})

describe('without TWEESTAPS_VERPLICHT', () => {
  beforeAll(async () => {
    cms = await startCmsServer({ demo: true })
  }, 180_000)
  afterAll(async () => cms?.close())

  it('nothing changes: staff and partners log in with their password as before', async () => {
    const beheerder = (await login(cms, 'beheerder@demo.local')).token
    expect(await status(beheerder)).toMatchObject({ actief: false, open: null, verplicht: false })
    expect((await call(beheerder, 'GET', '/api/users?limit=0')).body.totalDocs).toBe(ALL_USERS)
    const partner = (await login(cms, 'partner2@demo.local')).token
    expect((await call(partner, 'GET', '/api/aanbod/versions?limit=1')).status).toBe(200)
  })

  it('a partner may turn it on for themselves; then their next login asks for the code; they may turn it off', async () => {
    const eerst = (await login(cms, 'partner2@demo.local')).token
    await setUp('partner2@demo.local', eerst)
    const daarna = (await login(cms, 'partner2@demo.local')).token
    expect(await status(daarna)).toMatchObject({ actief: true, open: 'code' })
    expect((await call(daarna, 'GET', '/api/aanbod/versions?limit=1')).status).toBe(403)
    expect((await call(daarna, 'POST', '/api/tweestaps/uitzetten')).status).toBe(403)
    expect((await call(daarna, 'POST', '/api/tweestaps/controleren', { code: codeOf('partner2@demo.local', 1) })).status).toBe(200)
    expect((await call(daarna, 'GET', '/api/aanbod/versions?limit=1')).status).toBe(200)
    expect((await call(daarna, 'POST', '/api/tweestaps/uitzetten')).status).toBe(200)
    const weer = (await login(cms, 'partner2@demo.local')).token
    expect(await status(weer)).toMatchObject({ actief: false, open: null })
  })
})
