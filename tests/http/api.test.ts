/** The running CMS over real HTTP, as a newcomer and the site will meet it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aanbodSchema, activiteitSchema, organisatieSchema, paginatedSchema } from '../../content-schema'
import { startCmsServer, DEMO_PASSWORD, type CmsServer } from '../helpers/server'

let cms: CmsServer
beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
}, 180_000)
afterAll(async () => cms?.close())

const get = async (path: string, init?: RequestInit) => {
  const res = await fetch(cms.url + path, init)
  return { status: res.status, body: await res.json().catch(() => null) }
}

describe('REST API (anonymous)', () => {
  it('GET /api/aanbod?limit=0 answers with all seeded aanbod, valid against content-schema', async () => {
    const { status, body } = await get('/api/aanbod?limit=0&depth=1')
    expect(status).toBe(200)
    const page = paginatedSchema(aanbodSchema).parse(body)
    expect(page.totalDocs).toBeGreaterThanOrEqual(40)
    expect(page.docs).toHaveLength(page.totalDocs)
  })

  it('serves activiteiten and organisaties that match the public schemas, without contactpersonen', async () => {
    const acts = await get('/api/activiteiten?limit=0&depth=1')
    expect(paginatedSchema(activiteitSchema).parse(acts.body).totalDocs).toBeGreaterThanOrEqual(30)
    const orgs = await get('/api/organisaties?limit=0&depth=1')
    expect(paginatedSchema(organisatieSchema).parse(orgs.body).totalDocs).toBeGreaterThanOrEqual(12)
    expect(JSON.stringify(orgs.body)).not.toContain('@demo.local')
  })

  it('refuses users to anonymous visitors', async () => {
    const { status } = await get('/api/users')
    expect(status).toBe(403)
  })

  it('does not serve drafts to anonymous visitors', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redacteur@demo.local', password: DEMO_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const auth = { authorization: `JWT ${token}` }
    const org = (await get('/api/organisaties?limit=1')).body.docs[0].id
    const kern = (await get('/api/kernen?limit=1')).body.docs[0].id
    const created = await fetch(`${cms.url}/api/aanbod?draft=true`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        titel: 'Concept dat niemand mag zien',
        samenvatting: 'Nog niet klaar.',
        organisatie: org,
        kernen: [kern],
        kosten: { soort: 'gratis' },
        meedoen: { manier: 'vrije-inloop' },
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect((await get(`/api/aanbod?where[slug][equals]=${doc.slug}`)).body.totalDocs).toBe(0)
    expect((await get(`/api/aanbod/${doc.id}`)).status).toBe(404)
    expect((await get(`/api/aanbod/${doc.id}?draft=true`)).status).toBe(404)
    expect((await get('/api/aanbod/versions')).status).toBe(403)
    expect((await get(`/api/aanbod?where[slug][equals]=${doc.slug}&draft=true`, { headers: auth })).body.totalDocs).toBe(1)
  })

  it('answers bad input with a Dutch message naming the field, and stores nothing', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheerder@demo.local', password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
    const before = (await get('/api/organisaties?limit=1')).body.totalDocs
    const res = await fetch(`${cms.url}/api/organisaties`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ naam: 'Testclub (voorbeeld)', telefoon: '12345' }),
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors[0].message).toBe('Het volgende veld is ongeldig: Telefoon')
    expect(body.errors[0].data.errors[0]).toMatchObject({
      path: 'telefoon',
      message: expect.stringMatching(/^Telefoon: dit is geen geldig Nederlands telefoonnummer/),
    })
    expect((await get('/api/organisaties?limit=1')).body.totalDocs).toBe(before)
  })
})

describe('admin', () => {
  it('serves the Dutch admin login page', async () => {
    const res = await fetch(`${cms.url}/admin/login`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<html[^>]*lang="nl"/)
    expect(html).toContain('Inloggen')
  })
})
