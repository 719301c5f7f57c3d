/**
 * Security of the running CMS over real HTTP: login lockout, password rules, no private e-mail addresses in
 * anonymous answers, CORS limited to the site, and CSRF protection of the login cookie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startCmsServer, DEMO_PASSWORD, type CmsServer } from '../helpers/server'

const SITE = 'http://localhost:4321'
const EVIL = 'https://evil.example'

let cms: CmsServer
let beheerder: string

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  beheerder = (await login(cms, 'beheerder@demo.local')).token
}, 180_000)
afterAll(async () => cms?.close())

const userCount = async () => {
  const res = await api(cms, 'GET', '/api/users?limit=0', { token: beheerder })
  expect(res.status).toBe(200)
  return res.body.totalDocs as number
}

/** The field error messages of a 400 answer (Payload: errors[].data.errors[].message), and the top messages. */
const messages = (body: any): string[] =>
  (body?.errors ?? []).flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((f: any) => f.message)]).filter(Boolean)

describe('login lockout', () => {
  it('locks an account after 5 wrong passwords, also for the right one; other users can still log in', async () => {
    const email = 'slot.test@example.org'
    const password = 'een lang en goed wachtwoord'
    const created = await api(cms, 'POST', '/api/users', {
      token: beheerder,
      body: { email, password, naam: 'Slot Test', rol: 'redacteur' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    // The account works before the wrong attempts.
    expect((await login(cms, email, password)).token).toBeTruthy()

    for (let i = 0; i < 5; i++) {
      const wrong = await api(cms, 'POST', '/api/users/login', { body: { email, password: `fout wachtwoord ${i}!` } })
      expect(wrong.status).toBe(401)
      expect(wrong.body?.token).toBeUndefined()
    }
    const right = await api(cms, 'POST', '/api/users/login', { body: { email, password } })
    expect([401, 403]).toContain(right.status)
    expect(right.body?.token).toBeUndefined()
    expect(right.body?.user).toBeUndefined()

    const other = await login(cms, 'redacteur@demo.local', DEMO_PASSWORD)
    expect(other.token).toBeTruthy()
    expect(other.user.email).toBe('redacteur@demo.local')
  })
})

describe('password rules', () => {
  it('refuses a password shorter than 12 characters with a Dutch message, storing nothing', async () => {
    const before = await userCount()
    const res = await api(cms, 'POST', '/api/users', {
      token: beheerder,
      body: { email: 'kort.wachtwoord@example.org', password: 'kort', naam: 'Kort Wachtwoord', rol: 'redacteur' },
    })
    expect(res.status).toBe(400)
    const field = messages(res.body).find((m) => m.startsWith('Wachtwoord'))
    expect(field, JSON.stringify(res.body)).toBeTruthy()
    expect(field).toContain('12')
    expect(await userCount()).toBe(before)
  })

  it('refuses the e-mail address as password (also in other capitals), storing nothing', async () => {
    const before = await userCount()
    const email = 'gelijk.aan.wachtwoord@example.org'
    for (const password of [email, email.toUpperCase()]) {
      const res = await api(cms, 'POST', '/api/users', { token: beheerder, body: { email, password, naam: 'Gelijk', rol: 'redacteur' } })
      expect(res.status).toBe(400)
      expect(
        messages(res.body).some((m) => /^Wachtwoord: .*e-mailadres/.test(m)),
        JSON.stringify(res.body),
      ).toBe(true)
    }
    expect(await userCount()).toBe(before)
  })
})

describe('no private e-mail addresses for anonymous visitors', () => {
  const collections = ['aanbod', 'activiteiten', 'organisaties', 'kernen', 'levensgebeurtenissen', 'doelgroepen', 'themas', 'media']
  const globals = ['placemat-jeugd', 'placemat-algemeen', 'meldpunt', 'burenkaart', 'site']

  it('the needle is right: demo users and contactpersonen do use @demo.local (seen by staff)', async () => {
    expect(JSON.stringify((await api(cms, 'GET', '/api/users?limit=0', { token: beheerder })).body)).toContain('@demo.local')
    const orgs = await api(cms, 'GET', '/api/organisaties?limit=0', { token: beheerder })
    expect(orgs.body.docs.some((o: any) => o.contactpersonen?.some((c: any) => c.email?.endsWith('@demo.local')))).toBe(true)
  })

  it.each(collections)('GET /api/%s?limit=0&depth=2 has no @demo.local', async (slug) => {
    const res = await fetch(`${cms.url}/api/${slug}?limit=0&depth=2`)
    const text = await res.text()
    expect(res.status).toBe(200)
    // The demo seeds no media; the other lists have content.
    if (slug !== 'media') expect(JSON.parse(text).totalDocs).toBeGreaterThan(0)
    expect(text).not.toContain('@demo.local')
  })

  it.each(globals)('GET /api/globals/%s?depth=2 has no @demo.local', async (slug) => {
    const res = await fetch(`${cms.url}/api/globals/${slug}?depth=2`)
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(text).not.toContain('@demo.local')
  })

  it.each(['users', 'herinneringen', 'payload-jobs'])('GET /api/%s is refused and shows no @demo.local', async (slug) => {
    const res = await fetch(`${cms.url}/api/${slug}?limit=0&depth=2`)
    const text = await res.text()
    expect(res.status).toBe(403)
    expect(text).not.toContain('@demo.local')
  })

  it("who checked a listing (a user's name) is shown to logged-in users only, never to anonymous visitors", async () => {
    const staffView = await api(cms, 'GET', '/api/aanbod?limit=0&depth=0', { token: beheerder })
    expect(staffView.body.docs.some((a: any) => a.laatstGecontroleerd?.door)).toBe(true)
    const anon = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=0')).body.docs
    expect(anon.length).toBeGreaterThan(0)
    expect(anon.some((a: any) => a.laatstGecontroleerd?.datum)).toBe(true)
    expect(anon.filter((a: any) => a.laatstGecontroleerd?.door !== undefined)).toEqual([])
  })

  it("a partner sees its own organisation's contactpersonen, not those of others", async () => {
    const partner = await login(cms, 'partner1@demo.local')
    const own = (partner.user.organisaties ?? []).map((o: any) => String(typeof o === 'object' ? o.id : o))
    expect(own.length).toBeGreaterThan(0)
    const res = await api(cms, 'GET', '/api/organisaties?limit=0', { token: partner.token })
    expect(res.status).toBe(200)
    const docs: any[] = res.body.docs
    const mine = docs.filter((o) => own.includes(String(o.id)))
    const others = docs.filter((o) => !own.includes(String(o.id)))
    expect(mine).toHaveLength(own.length)
    expect(others.length).toBeGreaterThan(0)
    for (const o of mine) {
      expect(o.contactpersonen?.length, o.naam).toBeGreaterThan(0)
      for (const c of o.contactpersonen) expect(c.email).toMatch(/@/)
    }
    for (const o of others) expect(o.contactpersonen ?? [], o.naam).toEqual([])
    const otherEmails = JSON.stringify(others)
    expect(otherEmails).not.toContain('@demo.local')
  })
})

describe('CORS: only the site (and the CMS itself)', () => {
  const acao = (h: Headers) => h.get('access-control-allow-origin')

  it('echoes the site origin on GET and on a preflight', async () => {
    const get = await fetch(`${cms.url}/api/aanbod?limit=1`, { headers: { origin: SITE } })
    expect(get.status).toBe(200)
    expect(acao(get.headers)).toBe(SITE)
    expect(get.headers.get('access-control-allow-credentials')).toBe('true')

    const pre = await fetch(`${cms.url}/api/aanbod`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(pre.status).toBeLessThan(300)
    expect(acao(pre.headers)).toBe(SITE)
    expect(pre.headers.get('access-control-allow-methods') ?? '').toContain('POST')
  })

  it('does not allow another origin, on GET nor on a preflight', async () => {
    const get = await fetch(`${cms.url}/api/aanbod?limit=1`, { headers: { origin: EVIL } })
    expect(acao(get.headers)).not.toBe(EVIL)
    expect(acao(get.headers)).not.toBe('*')
    expect(get.headers.get('access-control-allow-credentials')).toBeNull()

    const pre = await fetch(`${cms.url}/api/aanbod`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(acao(pre.headers)).not.toBe(EVIL)
    expect(acao(pre.headers)).not.toBe('*')
  })
})

describe('CSRF: the login cookie only counts from allowed origins', () => {
  const email = 'redacteur@demo.local'
  let cookie: string
  let setCookie: string

  beforeAll(async () => {
    const res = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    })
    expect(res.status).toBe(200)
    setCookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? ''
    cookie = setCookie.split(';')[0]!
  })

  const me = async (headers: Record<string, string>) => {
    const res = await api(cms, 'GET', '/api/users/me', { headers: { cookie, ...headers } })
    expect(res.status).toBe(200)
    return res.body
  }

  it('sets an HttpOnly, SameSite=Lax cookie, not Secure on an http:// CMS', () => {
    expect(cookie).toMatch(/^payload-token=.+/)
    // Attribute names as a browser reads them (RFC 6265 5.2: the value of HttpOnly/Secure is ignored;
    // Payload writes "HttpOnly=true").
    const attrs = new Map(
      setCookie
        .split(';')
        .slice(1)
        .map((a) => a.trim().split('=') as [string, string?])
        .map(([name, value]) => [name.trim().toLowerCase(), (value ?? '').trim().toLowerCase()] as const),
    )
    expect(attrs.has('httponly')).toBe(true)
    expect(attrs.get('samesite')).toBe('lax')
    expect(attrs.has('secure')).toBe(false)
  })

  it('ignores the cookie on a request from another origin', async () => {
    expect((await me({ origin: EVIL })).user).toBeNull()
  })

  it('accepts the cookie from the CMS itself and from the site', async () => {
    expect((await me({ origin: cms.url })).user?.email).toBe(email)
    expect((await me({ origin: SITE })).user?.email).toBe(email)
  })

  it('without an Origin header: only same-origin/same-site fetches count (Sec-Fetch-Site), not cross-site or none given', async () => {
    expect((await me({ 'sec-fetch-site': 'same-origin' })).user?.email).toBe(email)
    expect((await me({ 'sec-fetch-site': 'cross-site' })).user).toBeNull()
    expect((await me({})).user).toBeNull()
  })

  it('refuses a change with the cookie from another origin, and stores nothing', async () => {
    const self = (await me({ origin: cms.url })).user
    const res = await api(cms, 'PATCH', `/api/users/${self.id}`, { body: { naam: 'Overgenomen' }, headers: { cookie, origin: EVIL } })
    expect([401, 403]).toContain(res.status)
    expect((await me({ origin: cms.url })).user.naam).toBe(self.naam)
  })
})
