/** The seed on a real database: complete demo content for Twenterand, only verified facts as real, and idempotent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import {
  addDays,
  doelgroepen,
  hulplijnen,
  kernen,
  levensgebeurtenissen,
  localDate,
  themas,
  volgendeWeekTegenEenzaamheid,
} from '../../content-schema'
import { seed } from '../../cms/seed'
import { DEMO_ACCOUNTS } from '../../cms/demo'
import { startCms, type TestCms } from '../helpers/payload'

const TODAY = localDate(new Date())
const PASSWORD = 'demo-wachtwoord-voor-tests'
let cms: TestCms
let payload: Payload
let firstReport: Awaited<ReturnType<typeof seed>>

const all = async <T = any>(collection: any, extra: Record<string, unknown> = {}): Promise<T[]> =>
  (await payload.find({ collection, limit: 0, depth: 1, overrideAccess: true, pagination: false, ...extra })).docs as T[]

beforeAll(async () => {
  cms = await startCms()
  payload = cms.payload
  firstReport = await seed(payload, { demo: true, demoPassword: PASSWORD, today: TODAY })
}, 180_000)
afterAll(async () => cms?.close())

describe('reference data', () => {
  it('creates every kern, levensgebeurtenis, doelgroep and thema from content-schema', async () => {
    for (const [collection, list] of [
      ['kernen', kernen],
      ['levensgebeurtenissen', levensgebeurtenissen],
      ['doelgroepen', doelgroepen],
      ['themas', themas],
    ] as const) {
      const docs = await all(collection)
      expect(docs.map((d) => d.slug).sort(), collection).toEqual(list.map((t) => t.slug).sort())
    }
    const vriezenveen = (await all('kernen')).find((k) => k.slug === 'vriezenveen')
    expect(vriezenveen).toMatchObject({ postcodes: '7670-7672', latitude: 52.4117, longitude: 6.6256, inwoners: 13800 })
  })

  it('fills the meldpunt with exactly the verified helplines and marks unverified details as such', async () => {
    const meldpunt = await payload.findGlobal({ slug: 'meldpunt', overrideAccess: true })
    expect(meldpunt.hulplijnen?.map((h) => h.telefoon)).toEqual(hulplijnen.map((h) => h.telefoon))
    expect(meldpunt.telefoonGeverifieerd).toBe(false)
    expect(meldpunt.inlooppunten).toHaveLength(4)
    expect(meldpunt.inlooppunten?.every((p) => p.demo)).toBe(true)
    expect(meldpunt.signaleringskaart).toHaveLength(5)
    const burenkaart = await payload.findGlobal({ slug: 'burenkaart', overrideAccess: true })
    expect(burenkaart.categorieen).toHaveLength(11)
  })
})

describe('demo content', () => {
  it('has at least 40 published aanbod covering every kern, levensgebeurtenis and doelgroep', async () => {
    const aanbod = await all('aanbod')
    expect(aanbod.length).toBeGreaterThanOrEqual(40)
    expect(aanbod.every((a) => a._status === 'published' && a.demo === true)).toBe(true)
    const per = (field: string) => {
      const counts: Record<string, number> = {}
      for (const a of aanbod) for (const t of a[field] ?? []) counts[t.slug] = (counts[t.slug] ?? 0) + 1
      return counts
    }
    const perKern = per('kernen')
    for (const k of kernen) expect(perKern[k.slug] ?? 0, `aanbod in ${k.slug}`).toBeGreaterThanOrEqual(3)
    expect(aanbod.filter((a) => a.heelTwenterand).length).toBeGreaterThanOrEqual(5)
    const perLev = per('levensgebeurtenissen')
    for (const t of levensgebeurtenissen) expect(perLev[t.slug] ?? 0, t.slug).toBeGreaterThanOrEqual(2)
    const perDoel = per('doelgroepen')
    for (const t of doelgroepen) expect(perDoel[t.slug] ?? 0, t.slug).toBeGreaterThanOrEqual(2)
    const perThema = per('themas')
    for (const t of themas) expect(perThema[t.slug] ?? 0, t.slug).toBeGreaterThanOrEqual(1)
    // Freshness varies, so the "controle nodig" and "verouderd" states have examples.
    const states = new Set(aanbod.map((a) => a.laatstGecontroleerd?.versheid))
    expect([...states].sort()).toEqual(['actueel', 'controle-nodig', 'verouderd'])
  })

  it('has at least 12 organisaties; real ones carry only verified facts', async () => {
    const orgs = await all('organisaties')
    expect(orgs.length).toBeGreaterThanOrEqual(12)
    const real = orgs.filter((o) => !o.naam.endsWith('(voorbeeld)'))
    expect(real.length).toBeGreaterThan(0)
    for (const o of real) {
      expect(o.website ?? null, o.naam).toBeNull()
      expect(o.email ?? null, o.naam).toBeNull()
      expect(o.adres?.straat ?? null, o.naam).toBeNull()
      if (o.telefoon) expect(o.telefoon, o.naam).toBe('06-39743797')
    }
    // Fictional numbers are of the form 0546 0xx xxx: structurally valid, never assigned to anyone.
    for (const o of orgs.filter((o) => o.telefoon && o.naam.endsWith('(voorbeeld)'))) {
      expect(o.telefoon.replace(/\D/g, ''), o.naam).toMatch(/^05460\d{5}$/)
    }
    for (const a of await all('aanbod')) {
      const tel = a.contact?.telefoon?.replace(/\D/g, '')
      if (tel) expect(['0639743797'].includes(tel) || /^05460\d{5}$/.test(tel), `${a.slug}: ${tel}`).toBe(true)
    }
  })

  it('has at least 30 activiteiten in the coming eight weeks, recurring ones, a cancelled one and a Week tegen Eenzaamheid programme', async () => {
    const acts = await all('activiteiten')
    const end = addDays(TODAY, 56)
    const inEightWeeks = acts.filter((a) => {
      const d = localDate(a.start)
      return d >= TODAY && d < end
    })
    expect(inEightWeeks.length).toBeGreaterThanOrEqual(30)
    expect(acts.filter((a) => a.herhaling?.freq === 'WEEKLY').length).toBeGreaterThanOrEqual(3)
    expect(acts.filter((a) => a.herhaling?.freq === 'MONTHLY' && a.herhaling.bysetpos).length).toBeGreaterThanOrEqual(2)
    expect(acts.some((a) => (a.herhaling?.uitzonderingen?.length ?? 0) > 0)).toBe(true)
    expect(acts.filter((a) => a.status === 'afgelast').length).toBeGreaterThanOrEqual(1)
    const week = volgendeWeekTegenEenzaamheid(TODAY)
    const wte = acts.filter((a) => a.labels?.includes('week-tegen-eenzaamheid'))
    expect(wte.length).toBeGreaterThanOrEqual(5)
    for (const a of wte) {
      expect(localDate(a.start) >= week.van && localDate(a.start) <= week.tot, `${a.slug} ${a.start}`).toBe(true)
    }
    for (const k of kernen) expect(inEightWeeks.filter((a) => a.kern.slug === k.slug).length, k.slug).toBeGreaterThanOrEqual(3)
    for (const a of acts) expect(new Date(a.einde).getTime()).toBeGreaterThan(new Date(a.start).getTime())
  })

  it('fills both placemats with listings that say they are on it', async () => {
    for (const soort of ['jeugd', 'algemeen'] as const) {
      const p = await payload.findGlobal({ slug: `placemat-${soort}`, depth: 1, overrideAccess: true })
      expect(p.secties?.length, soort).toBeGreaterThanOrEqual(2)
      for (const s of p.secties ?? []) {
        expect(s.aanbod.length).toBeGreaterThan(0)
        for (const a of s.aanbod as any[]) expect(a.placemats, `${a.slug} on ${soort}`).toContain(soort)
      }
    }
  })

  it('creates the demo accounts (also the meldpunt worker); each partner belongs to a different organisation with aanbod and activiteiten', async () => {
    const users = await all('users', { depth: 0 })
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort())
    const p1 = users.find((u) => u.email === 'partner1@demo.local')
    const p2 = users.find((u) => u.email === 'partner2@demo.local')
    expect(p1.rol).toBe('partner')
    expect(p1.organisaties).toHaveLength(1)
    expect(p1.organisaties[0]).not.toEqual(p2.organisaties[0])
    for (const org of [p1.organisaties[0], p2.organisaties[0]]) {
      expect(
        (await payload.count({ collection: 'aanbod', where: { organisatie: { equals: org } }, overrideAccess: true })).totalDocs,
      ).toBeGreaterThan(0)
      expect(
        (await payload.count({ collection: 'activiteiten', where: { organisatie: { equals: org } }, overrideAccess: true })).totalDocs,
      ).toBeGreaterThan(0)
    }
    const login = await payload.login({ collection: 'users', data: { email: 'redacteur@demo.local', password: PASSWORD } })
    expect(login.token).toBeTruthy()
  })
})

describe('demo application', () => {
  it('one application of a made-up organisation waits for the redactie, with a demo contact person', async () => {
    const { docs } = await payload.find({ collection: 'aanmeldingen', overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      status: 'nieuw',
      organisatie: { naam: 'Buurtgroep De Voorbeeldhof (voorbeeld)', soort: 'buurtinitiatief' },
      contactpersoon: { email: 'contact.voorbeeldhof@demo.local' },
      aanbod: { kostenSoort: 'gratis', meedoen: 'vrije-inloop', heelTwenterand: false },
    })
    expect(docs[0]!.aanbod.kernen).toHaveLength(1)
  })
})

describe('idempotence', () => {
  it('a second run creates nothing and changes nothing', async () => {
    const countsBefore = await Promise.all(
      (['aanbod', 'activiteiten', 'organisaties', 'kernen', 'users'] as const).map((c) =>
        payload.count({ collection: c, overrideAccess: true }),
      ),
    )
    const edited = (await all('aanbod'))[0]
    await payload.update({ collection: 'aanbod', id: edited.id, overrideAccess: true, data: { titel: 'Door een redacteur aangepast' } })
    const report = await seed(payload, { demo: true, demoPassword: PASSWORD, today: addDays(TODAY, 3) })
    expect(report.created).toEqual({})
    expect(report.existing.aanbod).toBe(firstReport.created.aanbod)
    const countsAfter = await Promise.all(
      (['aanbod', 'activiteiten', 'organisaties', 'kernen', 'users'] as const).map((c) =>
        payload.count({ collection: c, overrideAccess: true }),
      ),
    )
    expect(countsAfter).toEqual(countsBefore)
    const again = await payload.findByID({ collection: 'aanbod', id: edited.id, overrideAccess: true })
    expect(again.titel).toBe('Door een redacteur aangepast')
  })
})
