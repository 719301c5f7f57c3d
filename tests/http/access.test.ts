/**
 * Roles over real HTTP against the running CMS: every role (anonymous, partner of A, partner of B, redacteur,
 * beheerder) × collection or global × operation (read, read draft, read versions, create, update, publish,
 * unpublish, delete), each asserted allowed or denied. Partner A is partner1@demo.local, B is partner2@demo.local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'

type Actor = 'anoniem' | 'partnerA' | 'partnerB' | 'redacteur' | 'beheerder'
const ACTORS: Actor[] = ['anoniem', 'partnerA', 'partnerB', 'redacteur', 'beheerder']

let cms: CmsServer
const token: Record<Actor, string | null> = { anoniem: null, partnerA: null, partnerB: null, redacteur: null, beheerder: null }
const user: Record<string, any> = {}
let orgA: number
let orgB: number
let kern: number

const as = (actor: Actor) => ({ token: token[actor] })
const call = (actor: Actor, method: string, path: string, body?: unknown) => api(cms, method, path, { ...as(actor), body })

const aanbodData = (organisatie: number, titel: string, extra: Record<string, unknown> = {}) => ({
  titel,
  samenvatting: 'Voor de toegangstest.',
  organisatie,
  kernen: [kern],
  kosten: { soort: 'gratis' },
  meedoen: { manier: 'vrije-inloop' },
  status: 'actief',
  ...extra,
})
const activiteitData = (organisatie: number, titel: string, extra: Record<string, unknown> = {}) => ({
  titel,
  start: '2027-01-12T13:00:00.000Z',
  einde: '2027-01-12T15:00:00.000Z',
  kern,
  organisatie,
  kosten: { soort: 'gratis' },
  status: 'gepland',
  herhaling: { freq: 'none' },
  ...extra,
})
const dataFor = { aanbod: aanbodData, activiteiten: activiteitData } as const

/** Create a document as beheerder: published, or only a draft. */
async function fixture(collection: 'aanbod' | 'activiteiten', organisatie: number, titel: string, status: 'published' | 'draft') {
  const res = await call('beheerder', 'POST', `/api/${collection}${status === 'draft' ? '?draft=true' : ''}`, {
    ...dataFor[collection](organisatie, titel),
    _status: status,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

const ok = (status: number) => status >= 200 && status < 300

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  for (const [actor, email] of [
    ['partnerA', 'partner1@demo.local'],
    ['partnerB', 'partner2@demo.local'],
    ['redacteur', 'redacteur@demo.local'],
    ['beheerder', 'beheerder@demo.local'],
  ] as const) {
    const l = await login(cms, email)
    token[actor] = l.token
    user[actor] = l.user
  }
  orgA = user.partnerA.organisaties[0]?.id ?? user.partnerA.organisaties[0]
  orgB = user.partnerB.organisaties[0]?.id ?? user.partnerB.organisaties[0]
  expect(orgA).not.toBe(orgB)
  kern = (await call('anoniem', 'GET', '/api/kernen?limit=1')).body.docs[0].id
}, 180_000)
afterAll(async () => cms?.close())

describe.each(['aanbod', 'activiteiten'] as const)('%s', (collection) => {
  it('read: everyone reads published documents', async () => {
    for (const actor of ACTORS) {
      const res = await call(actor, 'GET', `/api/${collection}?limit=0`)
      expect(res.status, actor).toBe(200)
      expect(res.body.totalDocs, actor).toBeGreaterThan(0)
    }
  })

  it('read draft: staff all, a partner only its own organisation, anonymous none', async () => {
    const draftA = await fixture(collection, orgA, `Concept van A ${collection}`, 'draft')
    const draftB = await fixture(collection, orgB, `Concept van B ${collection}`, 'draft')
    const expected: Record<Actor, [boolean, boolean]> = {
      anoniem: [false, false],
      partnerA: [true, false],
      partnerB: [false, true],
      redacteur: [true, true],
      beheerder: [true, true],
    }
    for (const actor of ACTORS) {
      for (const [i, doc] of [draftA, draftB].entries()) {
        const byId = await call(actor, 'GET', `/api/${collection}/${doc.id}?draft=true`)
        expect(ok(byId.status), `${actor} reads draft ${i ? 'B' : 'A'} by id`).toBe(expected[actor][i])
        const list = await call(actor, 'GET', `/api/${collection}?draft=true&where[slug][equals]=${doc.slug}`)
        expect(list.body.totalDocs ?? 0, `${actor} finds draft ${i ? 'B' : 'A'} in a list`).toBe(expected[actor][i] ? 1 : 0)
      }
    }
  })

  it("read draft: a partner never sees another organisation's pending changes to a published document", async () => {
    const doc = await fixture(collection, orgB, `Gepubliceerd van B ${collection}`, 'published')
    const pending = await call('beheerder', 'PATCH', `/api/${collection}/${doc.id}?draft=true`, {
      titel: 'Geheime wijziging B',
      _status: 'draft',
    })
    expect(pending.status).toBe(200)
    const asA = await call('partnerA', 'GET', `/api/${collection}/${doc.id}?draft=true`)
    expect(JSON.stringify(asA.body)).not.toContain('Geheime wijziging B')
    const asB = await call('partnerB', 'GET', `/api/${collection}/${doc.id}?draft=true`)
    expect(asB.body.titel).toBe('Geheime wijziging B')
    const anon = await call('anoniem', 'GET', `/api/${collection}/${doc.id}?draft=true`)
    expect(anon.body.titel).toBe(`Gepubliceerd van B ${collection}`)
  })

  it('read versions: staff all, a partner only its own organisation, anonymous none', async () => {
    const docA = await fixture(collection, orgA, `Versies A ${collection}`, 'published')
    const docB = await fixture(collection, orgB, `Versies B ${collection}`, 'published')
    const expected: Record<Actor, [boolean, boolean] | 'forbidden'> = {
      anoniem: 'forbidden',
      partnerA: [true, false],
      partnerB: [false, true],
      redacteur: [true, true],
      beheerder: [true, true],
    }
    for (const actor of ACTORS) {
      for (const [i, doc] of [docA, docB].entries()) {
        const res = await call(actor, 'GET', `/api/${collection}/versions?where[parent][equals]=${doc.id}`)
        if (expected[actor] === 'forbidden') {
          expect(res.status, actor).toBe(403)
        } else {
          expect(res.status, actor).toBe(200)
          expect(res.body.totalDocs > 0, `${actor} sees versions of ${i ? 'B' : 'A'}`).toBe((expected[actor] as boolean[])[i])
        }
      }
    }
  })

  it('create: staff for anyone, a partner only for its own organisation, anonymous never', async () => {
    const expected: Record<Actor, [boolean, boolean]> = {
      anoniem: [false, false],
      partnerA: [true, false],
      partnerB: [false, true],
      redacteur: [true, true],
      beheerder: [true, true],
    }
    for (const actor of ACTORS) {
      for (const [i, org] of [orgA, orgB].entries()) {
        const before = (await call('beheerder', 'GET', `/api/${collection}?limit=1&draft=true`)).body.totalDocs
        const res = await call(actor, 'POST', `/api/${collection}`, {
          ...dataFor[collection](org, `Nieuw door ${actor} ${i}`),
          _status: 'published',
        })
        expect(ok(res.status), `${actor} creates for ${i ? 'B' : 'A'}: ${res.status}`).toBe(expected[actor][i])
        if (!expected[actor][i]) {
          expect(res.status).toBe(403)
          expect((await call('beheerder', 'GET', `/api/${collection}?limit=1&draft=true`)).body.totalDocs).toBe(before)
        }
      }
    }
  })

  it('update: staff anything, a partner only its own organisation, anonymous never', async () => {
    const docA = await fixture(collection, orgA, `Bewerken A ${collection}`, 'published')
    const docB = await fixture(collection, orgB, `Bewerken B ${collection}`, 'published')
    const expected: Record<Actor, [boolean, boolean]> = {
      anoniem: [false, false],
      partnerA: [true, false],
      partnerB: [false, true],
      redacteur: [true, true],
      beheerder: [true, true],
    }
    for (const actor of ACTORS) {
      for (const [i, doc] of [docA, docB].entries()) {
        const titel = `Aangepast door ${actor}`
        const res = await call(actor, 'PATCH', `/api/${collection}/${doc.id}`, { titel })
        expect(ok(res.status), `${actor} updates ${i ? 'B' : 'A'}: ${res.status}`).toBe(expected[actor][i])
        const now = (await call('beheerder', 'GET', `/api/${collection}/${doc.id}`)).body
        if (expected[actor][i]) expect(now.titel).toBe(titel)
        else {
          expect([401, 403]).toContain(res.status)
          expect(now.titel).not.toBe(titel)
        }
      }
    }
  })

  it('update: a partner cannot move a document to another organisation, not even its own document', async () => {
    const docA = await fixture(collection, orgA, `Verhuizen A ${collection}`, 'published')
    const res = await call('partnerA', 'PATCH', `/api/${collection}/${docA.id}`, { organisatie: orgB })
    expect(res.status).toBe(403)
    const now = (await call('beheerder', 'GET', `/api/${collection}/${docA.id}?depth=0`)).body
    expect(now.organisatie).toBe(orgA)
    // Staff may move documents between organisations.
    const staffMove = await call('redacteur', 'PATCH', `/api/${collection}/${docA.id}`, { organisatie: orgB })
    expect(staffMove.status).toBe(200)
  })

  it('publish and unpublish: staff anything, a partner only its own organisation', async () => {
    for (const actor of ACTORS) {
      for (const [i, org] of [orgA, orgB].entries()) {
        const allowed =
          actor === 'redacteur' || actor === 'beheerder' || (actor === 'partnerA' && i === 0) || (actor === 'partnerB' && i === 1)
        const draft = await fixture(collection, org, `Publiceren ${actor} ${i} ${collection}`, 'draft')
        const pub = await call(actor, 'PATCH', `/api/${collection}/${draft.id}`, { _status: 'published' })
        expect(ok(pub.status), `${actor} publishes ${i ? 'B' : 'A'}`).toBe(allowed)
        const visible = await call('anoniem', 'GET', `/api/${collection}/${draft.id}`)
        expect(ok(visible.status), `after ${actor} publishes, anonymous sees it`).toBe(allowed)

        const published = await fixture(collection, org, `Depubliceren ${actor} ${i} ${collection}`, 'published')
        const unpub = await call(actor, 'PATCH', `/api/${collection}/${published.id}`, { _status: 'draft' })
        expect(ok(unpub.status), `${actor} unpublishes ${i ? 'B' : 'A'}`).toBe(allowed)
        const gone = await call('anoniem', 'GET', `/api/${collection}/${published.id}`)
        expect(ok(gone.status), `after ${actor} unpublishes, anonymous still sees it`).toBe(!allowed)
      }
    }
  })

  it('delete: staff anything, a partner only its own organisation, anonymous never', async () => {
    for (const actor of ACTORS) {
      for (const [i, org] of [orgA, orgB].entries()) {
        const allowed =
          actor === 'redacteur' || actor === 'beheerder' || (actor === 'partnerA' && i === 0) || (actor === 'partnerB' && i === 1)
        const doc = await fixture(collection, org, `Verwijderen ${actor} ${i} ${collection}`, 'published')
        const res = await call(actor, 'DELETE', `/api/${collection}/${doc.id}`)
        expect(ok(res.status), `${actor} deletes ${i ? 'B' : 'A'}: ${res.status}`).toBe(allowed)
        const still = await call('beheerder', 'GET', `/api/${collection}/${doc.id}`)
        expect(still.status === 404, `${actor} deleted ${i ? 'B' : 'A'}`).toBe(allowed)
      }
    }
  })
})

describe('organisaties', () => {
  it('read: everyone; contactpersonen only for staff and the own partner', async () => {
    const expected: Record<Actor, [boolean, boolean]> = {
      anoniem: [false, false],
      partnerA: [true, false],
      partnerB: [false, true],
      redacteur: [true, true],
      beheerder: [true, true],
    }
    for (const actor of ACTORS) {
      for (const [i, org] of [orgA, orgB].entries()) {
        const res = await call(actor, 'GET', `/api/organisaties/${org}`)
        expect(res.status).toBe(200)
        expect((res.body.contactpersonen ?? []).length > 0, `${actor} sees contactpersonen of ${i ? 'B' : 'A'}`).toBe(expected[actor][i])
      }
    }
  })

  it('update: staff any profile, a partner only its own', async () => {
    for (const actor of ACTORS) {
      for (const [i, org] of [orgA, orgB].entries()) {
        const allowed =
          actor === 'redacteur' || actor === 'beheerder' || (actor === 'partnerA' && i === 0) || (actor === 'partnerB' && i === 1)
        const omschrijving = `Profiel aangepast door ${actor}`
        const res = await call(actor, 'PATCH', `/api/organisaties/${org}`, { korteOmschrijving: omschrijving })
        expect(ok(res.status), `${actor} updates ${i ? 'B' : 'A'}`).toBe(allowed)
        const now = (await call('anoniem', 'GET', `/api/organisaties/${org}`)).body
        expect(now.korteOmschrijving === omschrijving).toBe(allowed)
      }
    }
  })

  it('read versions: staff all, a partner only its own, anonymous none', async () => {
    for (const actor of ACTORS) {
      for (const [i, org] of [orgA, orgB].entries()) {
        const res = await call(actor, 'GET', `/api/organisaties/versions?where[parent][equals]=${org}`)
        if (actor === 'anoniem') expect(res.status).toBe(403)
        else {
          const allowed =
            actor === 'redacteur' || actor === 'beheerder' || (actor === 'partnerA' && i === 0) || (actor === 'partnerB' && i === 1)
          expect((res.body.totalDocs ?? 0) > 0, `${actor} sees versions of ${i ? 'B' : 'A'}`).toBe(allowed)
        }
      }
    }
  })

  it('create and delete: staff only', async () => {
    for (const actor of ACTORS) {
      const allowed = actor === 'redacteur' || actor === 'beheerder'
      const created = await call(actor, 'POST', '/api/organisaties', { naam: `Nieuwe club van ${actor} (voorbeeld)` })
      expect(ok(created.status), `${actor} creates`).toBe(allowed)
      const victim = await call('beheerder', 'POST', '/api/organisaties', { naam: `Te verwijderen ${actor} (voorbeeld)` })
      const del = await call(actor, 'DELETE', `/api/organisaties/${victim.body.doc.id}`)
      expect(ok(del.status), `${actor} deletes`).toBe(allowed)
    }
  })
})

describe.each(['kernen', 'levensgebeurtenissen', 'doelgroepen', 'themas'] as const)('taxonomy %s', (collection) => {
  it('everyone reads; only staff create, update, delete and read versions', async () => {
    for (const actor of ACTORS) {
      const staff = actor === 'redacteur' || actor === 'beheerder'
      expect((await call(actor, 'GET', `/api/${collection}?limit=0`)).status).toBe(200)
      const created = await call(actor, 'POST', `/api/${collection}`, { naam: `Nieuw ${actor}` })
      expect(ok(created.status), `${actor} creates`).toBe(staff)
      const target = created.body?.doc ?? (await call('beheerder', 'POST', `/api/${collection}`, { naam: `Doel ${actor}` })).body.doc
      const updated = await call(actor, 'PATCH', `/api/${collection}/${target.id}`, { omschrijving: 'Aangepast.' })
      expect(ok(updated.status), `${actor} updates`).toBe(staff)
      const versions = await call(actor, 'GET', `/api/${collection}/versions`)
      expect(versions.status, `${actor} reads versions`).toBe(staff ? 200 : 403)
      const deleted = await call(actor, 'DELETE', `/api/${collection}/${target.id}`)
      expect(ok(deleted.status), `${actor} deletes`).toBe(staff)
      if (!staff) await call('beheerder', 'DELETE', `/api/${collection}/${target.id}`)
    }
  })
})

describe.each(['placemat-jeugd', 'placemat-algemeen', 'meldpunt', 'burenkaart', 'site'] as const)('global %s', (slug) => {
  it('everyone reads; only staff update and read versions', async () => {
    const original = (await call('beheerder', 'GET', `/api/globals/${slug}?depth=0`)).body
    for (const actor of ACTORS) {
      const staff = actor === 'redacteur' || actor === 'beheerder'
      expect((await call(actor, 'GET', `/api/globals/${slug}`)).status).toBe(200)
      const titel = `${original.titel ?? original.naam} (${actor})`
      const field = slug === 'site' ? 'naam' : 'titel'
      const res = await call(actor, 'POST', `/api/globals/${slug}`, { [field]: titel })
      expect(ok(res.status), `${actor} updates ${slug}: ${res.status}`).toBe(staff)
      const now = (await call('anoniem', 'GET', `/api/globals/${slug}`)).body
      expect(now[field] === titel, `${actor} changed ${slug}`).toBe(staff)
      const versions = await call(actor, 'GET', `/api/globals/${slug}/versions`)
      expect(versions.status, `${actor} reads versions of ${slug}`).toBe(staff ? 200 : 403)
    }
  })
})

describe('users', () => {
  it('anonymous reads no users; a partner or redacteur only themselves; the beheerder everyone', async () => {
    expect((await call('anoniem', 'GET', '/api/users')).status).toBe(403)
    for (const actor of ['partnerA', 'partnerB', 'redacteur'] as const) {
      const res = await call(actor, 'GET', '/api/users?limit=0')
      expect(
        res.body.docs.map((u: any) => u.email),
        actor,
      ).toEqual([user[actor].email])
    }
    expect((await call('beheerder', 'GET', '/api/users?limit=0')).body.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('only the beheerder creates users; a redacteur or partner cannot', async () => {
    for (const actor of ACTORS) {
      const res = await call(actor, 'POST', '/api/users', {
        email: `nieuw-${actor}@test.local`,
        password: 'een-lang-wachtwoord',
        naam: 'Nieuw',
        rol: 'beheerder',
      })
      expect(ok(res.status), `${actor} creates a user`).toBe(actor === 'beheerder')
    }
  })

  it('nobody but the beheerder changes a role or organisaties, not even their own', async () => {
    for (const actor of ['partnerA', 'redacteur'] as const) {
      const self = user[actor]
      const raise = await call(actor, 'PATCH', `/api/users/${self.id}`, { rol: 'beheerder' })
      expect(raise.status, `${actor} raises own role`).toBe(403)
      const moreOrgs = await call(actor, 'PATCH', `/api/users/${self.id}`, { organisaties: [orgA, orgB] })
      expect(moreOrgs.status, `${actor} adds organisaties`).toBe(403)
      const fresh = (await call('beheerder', 'GET', `/api/users/${self.id}?depth=0`)).body
      expect(fresh.rol).toBe(self.rol)
      // Changing their own name is fine.
      expect((await call(actor, 'PATCH', `/api/users/${self.id}`, { naam: `${self.naam} (bijgewerkt)` })).status).toBe(200)
      // Touching another user is not.
      expect((await call(actor, 'PATCH', `/api/users/${user.beheerder.id}`, { naam: 'Overgenomen' })).status).toBe(403)
      expect((await call(actor, 'DELETE', `/api/users/${user.partnerB.id}`)).status).toBe(403)
    }
    const promote = await call('beheerder', 'PATCH', `/api/users/${user.partnerB.id}`, { organisaties: [orgB, orgA] })
    expect(promote.status).toBe(200)
    expect((await call('beheerder', 'PATCH', `/api/users/${user.partnerB.id}`, { organisaties: [orgB] })).status).toBe(200)
  })
})

describe('herinneringen and jobs', () => {
  it('only staff read the reminder log; nobody writes it over the API', async () => {
    for (const actor of ACTORS) {
      const staff = actor === 'redacteur' || actor === 'beheerder'
      expect((await call(actor, 'GET', '/api/herinneringen')).status, actor).toBe(staff ? 200 : 403)
      expect(ok((await call(actor, 'POST', '/api/herinneringen', { onderwerp: 'x' })).status), actor).toBe(false)
    }
  })
})

describe('what the admin offers each role (/api/access)', () => {
  it('a partner cannot change globals, taxonomies or users; staff can', async () => {
    const perm = (x: any) => (typeof x === 'object' && x !== null ? x.permission : x) === true
    const partner = (await call('partnerA', 'GET', '/api/access')).body
    expect(perm(partner.globals.meldpunt.update)).toBe(false)
    expect(perm(partner.collections.kernen.create)).toBe(false)
    expect(perm(partner.collections.users.create)).toBe(false)
    expect(perm(partner.collections.aanbod.create)).toBe(true)
    const redacteur = (await call('redacteur', 'GET', '/api/access')).body
    expect(perm(redacteur.globals.meldpunt.update)).toBe(true)
    expect(perm(redacteur.collections.users.create)).toBe(false)
    const beheerder = (await call('beheerder', 'GET', '/api/access')).body
    expect(perm(beheerder.collections.users.create)).toBe(true)
  })
})
