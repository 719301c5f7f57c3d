/**
 * Metingen over real HTTP, as an attacker would try them (issue 23; shared/meldpunt.md "Privacy and security rules"):
 * only the meldpunt role reads or changes them (a beheerder only when the operator allows it); anonymous, partner,
 * redacteur and beheerder get nothing (list, count, by id, versions) and cannot create, change or delete; nobody else
 * sees that a meting is open (its lock); the scores are the server's whatever a client posts; every read is logged.
 * The Local API side: tests/cms/metingen.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type CmsServer, login, startCmsServer } from '../helpers/server'

type Actor = 'anoniem' | 'partner' | 'redacteur' | 'beheerder' | 'meldpunt'
const ANDEREN = ['anoniem', 'partner', 'redacteur', 'beheerder'] as const

let cms: CmsServer
let cmsBeheerder: CmsServer
const token: Record<Actor, string | null> = { anoniem: null, partner: null, redacteur: null, beheerder: null, meldpunt: null }
const gebruiker: Partial<Record<Actor, any>> = {}
let melding: { id: number; nummer: string; metingKoppeling: string }
let meting: { id: number }

const call = (actor: Actor, method: string, url: string, body?: unknown, server = cms) =>
  api(server, method, url, { token: token[actor], body })
const ok = (status: number) => status >= 200 && status < 300

/** Items 1-6 (names written out here): most lonely, emotional "ja", social "nee": 3 + 3 = 6, sterk eenzaam. */
const MEEST = { leegte: 'ja', terugvallen: 'nee', vertrouwen: 'nee', mensenMissen: 'ja', verbonden: 'nee', inDeSteek: 'ja' }

/** What a response of someone without access must not hold: the link, an answer or a score of the meting. */
const lekt = (body: unknown) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return text.includes(melding.metingKoppeling) || /"antwoorden"|"totaal"|"categorie"|"emotioneel"|"sociaal"/.test(text)
}

async function logregels(server = cms, tok = token.meldpunt) {
  const res = await api(server, 'GET', '/api/meldingen-logboek?limit=1000&sort=-wanneer&depth=0', { token: tok })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.docs as any[]
}
const nieuwIn = (voor: any[], na: any[]) => {
  const oud = new Set(voor.map((r) => r.id))
  return na.filter((r) => !oud.has(r.id))
}

const metingData = (extra: Record<string, unknown> = {}) => ({
  melding: melding.nummer,
  moment: 'tussenmeting',
  datum: new Date(Date.now() - 86_400_000).toISOString(),
  antwoorden: MEEST,
  ...extra,
})

beforeAll(async () => {
  ;[cms, cmsBeheerder] = await Promise.all([
    startCmsServer({ demo: true }),
    startCmsServer({ demo: true, env: { MELDPUNT_BEHEERDER_TOEGANG: 'true' } }),
  ])
  for (const [actor, email] of [
    ['partner', 'partner1@demo.local'],
    ['redacteur', 'redacteur@demo.local'],
    ['beheerder', 'beheerder@demo.local'],
    ['meldpunt', 'meldpunt@demo.local'],
  ] as const) {
    const l = await login(cms, email)
    token[actor] = l.token
    gebruiker[actor] = l.user
  }
  const m = await call('meldpunt', 'POST', '/api/meldingen', {
    kanaal: 'telefoon',
    melder: 'zelf',
    contactWijze: 'telefoon',
    naam: 'Test Persoon Metingen',
    telefoon: '0546 987320',
    doelAkkoord: true,
  })
  expect(m.status, JSON.stringify(m.body)).toBe(201)
  melding = m.body.doc
  expect(melding.metingKoppeling).toBeTruthy()
  // The client claims "niet eenzaam" with a total of 0: the server computes 6, sterk.
  const res = await call('meldpunt', 'POST', '/api/metingen', metingData({ moment: 'start', totaal: 0, categorie: 'niet', emotioneel: 0 }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  meting = res.body.doc
}, 180_000)

afterAll(async () => {
  await Promise.all([cms?.close(), cmsBeheerder?.close()])
})

describe('metingen: only the meldpunt role', () => {
  it.each(ANDEREN)('refuses %s: list, count, by id, versions, create, change, delete', async (actor) => {
    const voor = (await call('meldpunt', 'GET', '/api/metingen?limit=0')).body.totalDocs
    const pogingen = [
      await call(actor, 'GET', '/api/metingen'),
      await call(actor, 'GET', '/api/metingen?limit=0&depth=2'),
      await call(actor, 'GET', '/api/metingen/count'),
      await call(actor, 'GET', `/api/metingen/${meting.id}`),
      await call(actor, 'POST', '/api/metingen', metingData()),
      await call(actor, 'PATCH', `/api/metingen/${meting.id}`, { antwoorden: { leegte: 'nee' } }),
      await call(actor, 'PATCH', `/api/metingen?where[id][equals]=${meting.id}`, { moment: 'eind' }),
      await call(actor, 'DELETE', `/api/metingen/${meting.id}`),
      await call(actor, 'DELETE', `/api/metingen?where[id][exists]=true`),
    ]
    for (const [i, res] of pogingen.entries()) {
      expect([401, 403], `${actor}, poging ${i}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status)
      expect(lekt(res.body), `${actor}, poging ${i}`).toBe(false)
    }
    // No versions (an old version would keep what is changed or deleted): no route at all.
    const versies = await call(actor, 'GET', '/api/metingen/versions')
    expect(ok(versies.status), `${actor}: versions`).toBe(false)
    expect(lekt(versies.body)).toBe(false)
    // Nothing changed.
    const na = await call('meldpunt', 'GET', `/api/metingen/${meting.id}?depth=0`)
    expect(na.status).toBe(200)
    expect(na.body).toMatchObject({ moment: 'start', antwoorden: MEEST, totaal: 6 })
    expect((await call('meldpunt', 'GET', '/api/metingen?limit=0')).body.totalDocs).toBe(voor)
  })

  it('lets the meldpunt role list, read, create, change and delete; the scores are always the server’s', async () => {
    expect(meting).toMatchObject({ emotioneel: 3, sociaal: 3, totaal: 6, categorie: 'sterk', koppeling: melding.metingKoppeling })
    const lijst = await call('meldpunt', 'GET', `/api/metingen?where[koppeling][equals]=${melding.metingKoppeling}`)
    expect(lijst.status).toBe(200)
    expect(lijst.body.docs.map((d: any) => d.id)).toContain(meting.id)
    const nieuw = await call('meldpunt', 'POST', '/api/metingen', metingData({ antwoorden: { ...MEEST, leegte: 'nee' }, totaal: 6 }))
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201)
    // Item 1 "nee": emotional 2, total 5.
    expect(nieuw.body.doc).toMatchObject({ emotioneel: 2, sociaal: 3, totaal: 5, categorie: 'sterk' })
    const gewijzigd = await call('meldpunt', 'PATCH', `/api/metingen/${nieuw.body.doc.id}`, {
      antwoorden: { terugvallen: 'niet-beantwoord', vertrouwen: 'niet-beantwoord' },
      totaal: 4,
      categorie: 'matig',
    })
    expect(gewijzigd.status, JSON.stringify(gewijzigd.body)).toBe(200)
    // Two items missing: no total, no category, whatever was sent.
    expect(gewijzigd.body.doc).toMatchObject({ emotioneel: 2, sociaal: null, totaal: null, categorie: null, ontbrekend: 2 })
    expect((await call('meldpunt', 'DELETE', `/api/metingen/${nieuw.body.doc.id}`)).status).toBe(200)
    expect((await call('meldpunt', 'GET', `/api/metingen/${nieuw.body.doc.id}`)).status).toBe(404)
  })

  it('answers a meting without a melding number with a message that names the field', async () => {
    const res = await call('meldpunt', 'POST', '/api/metingen', {
      moment: 'tussenmeting',
      datum: new Date().toISOString(),
      antwoorden: MEEST,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'melding', message: 'Bij melding: vul het meldingnummer in, bijvoorbeeld M-2026-0012.' }),
    ])
  })

  it('lets a beheerder in only on a server started with MELDPUNT_BEHEERDER_TOEGANG=true', async () => {
    const b = await login(cmsBeheerder, 'beheerder@demo.local')
    const r = await login(cmsBeheerder, 'redacteur@demo.local')
    const lijst = await api(cmsBeheerder, 'GET', '/api/metingen?limit=0', { token: b.token })
    expect(lijst.status).toBe(200)
    // The demo measurements (cms/seed/demo-meldingen.ts): 3 and 4 with a start, 4 a tussenmeting, 6 a start and an end.
    expect(lijst.body.totalDocs).toBe(5)
    expect((await api(cmsBeheerder, 'GET', `/api/metingen/${lijst.body.docs[0].id}`, { token: b.token })).status).toBe(200)
    expect((await api(cmsBeheerder, 'GET', '/api/metingen', { token: r.token })).status).toBe(403)
    expect((await api(cmsBeheerder, 'GET', `/api/metingen/${lijst.body.docs[0].id}`, { token: r.token })).status).toBe(403)
  })
})

describe('the lock of an open meting', () => {
  let lock: any

  beforeAll(async () => {
    const res = await call('meldpunt', 'POST', '/api/payload-locked-documents', {
      document: { relationTo: 'metingen', value: meting.id },
      globalSlug: null,
      user: { relationTo: 'users', value: gebruiker.meldpunt.id },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    lock = res.body.doc
  })

  it.each(ANDEREN)('%s: cannot see it, take it over, remove it, or put one on a meting', async (actor) => {
    for (const d of [0, 1, 2]) {
      const list = await call(actor, 'GET', `/api/payload-locked-documents?depth=${d}&limit=100`)
      expect(JSON.stringify(list.body), `${actor} depth ${d}`).not.toMatch(/"relationTo":"metingen"/)
      expect(lekt(list.body), `${actor} depth ${d}`).toBe(false)
    }
    for (const res of [
      await call(actor, 'GET', `/api/payload-locked-documents/${lock.id}?depth=2`),
      await call(actor, 'PATCH', `/api/payload-locked-documents/${lock.id}`, {
        user: { relationTo: 'users', value: gebruiker.partner.id },
      }),
      await call(actor, 'DELETE', `/api/payload-locked-documents/${lock.id}`),
      await call(actor, 'POST', '/api/payload-locked-documents', {
        document: { relationTo: 'metingen', value: meting.id },
        user: { relationTo: 'users', value: gebruiker.partner.id },
      }),
    ]) {
      expect(ok(res.status), `${actor}: ${res.status} ${JSON.stringify(res.body)}`).toBe(false)
      expect(lekt(res.body)).toBe(false)
    }
    expect((await call('meldpunt', 'GET', `/api/payload-locked-documents/${lock.id}`)).status).toBe(200)
  })
})

describe('every access is logged in the meldingen access log', () => {
  it('a read by the meldpunt role adds exactly one "lezen" line "meting <id>", with the user', async () => {
    const voor = await logregels()
    expect((await call('meldpunt', 'GET', `/api/metingen/${meting.id}`)).status).toBe(200)
    const nieuw = nieuwIn(voor, await logregels())
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({
      actie: 'lezen',
      meldingen: `meting ${meting.id}`,
      gebruiker: gebruiker.meldpunt.id,
      resultaat: 'gelukt',
      herkomst: 'beheer',
    })
    // Not the link, nor the melding's number.
    expect(JSON.stringify(nieuw)).not.toContain(melding.metingKoppeling)
    expect(JSON.stringify(nieuw)).not.toContain(melding.nummer)
  })

  it('a list adds one "lijst" line with the metingen shown', async () => {
    const voor = await logregels()
    expect((await call('meldpunt', 'GET', `/api/metingen?where[id][equals]=${meting.id}`)).status).toBe(200)
    const nieuw = nieuwIn(voor, await logregels())
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.details])).toEqual([['lijst', `meting ${meting.id}`, '1 getoond']])
  })

  it('a refused read by a signed-in user adds a "geweigerd" line with that user', async () => {
    const voor = await logregels()
    expect((await call('partner', 'GET', `/api/metingen/${meting.id}`)).status).toBe(403)
    const nieuw = nieuwIn(voor, await logregels())
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({
      actie: 'lezen',
      meldingen: `meting ${meting.id}`,
      resultaat: 'geweigerd',
      gebruiker: gebruiker.partner.id,
    })
  })
})
