/**
 * Metingen (cms/collections/Metingen) on the Local API with a real SQLite database: scores computed on the server
 * whatever the input says, the missing-item rule, the random link to the melding (and that it survives the wipe of
 * identities while they go), the checks that name the field, the access log, and the dashboard's end-measurement
 * reminders. Expected scores are worked out by hand (see tests/unit/metingen.test.ts for the rule). Over HTTP, as an
 * attacker would try it: tests/http/metingen-toegang.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { subDays, subMonths } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms, validationErrors } from '../helpers/payload'
import { wisVerlopenMeldingen } from '../../cms/collections/Meldingen/bewaartermijn'
import { afgeslotenZonderEindmeting, eindmetingNaMaanden, eindmetingNodig } from '../../cms/collections/Metingen/eindmeting'

let cms: TestCms
const users: Record<string, any> = {}
let kern: number | string
let levensgebeurtenis: number | string

const basis = {
  kanaal: 'telefoon',
  melder: 'zelf',
  contactWijze: 'telefoon',
  naam: 'Test Persoon',
  telefoon: '0546 123456',
  tekst: 'Ik zit veel alleen thuis.',
  doelAkkoord: true,
} as const

/** Answers to items 1-6 (names written out here, not taken from the code). */
const NAMEN = ['leegte', 'terugvallen', 'vertrouwen', 'mensenMissen', 'verbonden', 'inDeSteek'] as const
const antwoorden = (...a: string[]) => Object.fromEntries(a.map((x, i) => [NAMEN[i], x]))
/** Most lonely: emotional (1, 4, 6) "ja", social (2, 3, 5) "nee": 3 + 3 = 6. */
const MEEST = antwoorden('ja', 'nee', 'nee', 'ja', 'nee', 'ja')
/** Least lonely: 0. */
const MINST = antwoorden('nee', 'ja', 'ja', 'nee', 'ja', 'nee')

const alsMeldpunt = { overrideAccess: false, user: undefined as any }

async function nieuweMelding(extra: Record<string, unknown> = {}) {
  return cms.payload.create({ collection: 'meldingen', data: { ...basis, kern, ...extra } as any, ...alsMeldpunt })
}

async function nieuweMeting(melding: { nummer?: string | null }, data: Record<string, unknown>) {
  return cms.payload.create({
    collection: 'metingen',
    data: { melding: melding.nummer, moment: 'start', datum: subDays(new Date(), 1).toISOString(), antwoorden: MEEST, ...data } as any,
    ...alsMeldpunt,
  })
}

const leesMelding = (id: number | string) => cms.payload.findByID({ collection: 'meldingen', id, depth: 0, overrideAccess: true })
const leesMeting = (id: number | string) => cms.payload.findByID({ collection: 'metingen', id, depth: 0, overrideAccess: true })

const logregels = async () =>
  (await cms.payload.find({ collection: 'meldingen-logboek', sort: '-wanneer', limit: 0, overrideAccess: true, depth: 0 })).docs as any[]
const nieuwIn = (voor: any[], na: any[]) => {
  const oud = new Set(voor.map((r) => r.id))
  return na.filter((r) => !oud.has(r.id))
}

beforeAll(async () => {
  cms = await startCms()
  for (const rol of ['beheerder', 'redacteur', 'partner', 'meldpunt'] as const) {
    const organisaties =
      rol === 'partner'
        ? [(await cms.payload.create({ collection: 'organisaties', data: { naam: 'Org', slug: 'org' } as any, overrideAccess: true })).id]
        : undefined
    users[rol] = await cms.payload.create({
      collection: 'users',
      data: { email: `${rol}@test.local`, password: 'Lang-genoeg-wachtwoord-1', naam: `Test ${rol}`, rol, organisaties } as any,
      overrideAccess: true,
    })
    users[rol].collection = 'users'
  }
  alsMeldpunt.user = users.meldpunt
  kern = (await cms.payload.create({ collection: 'kernen', data: { naam: 'Den Ham', slug: 'den-ham' } as any, overrideAccess: true })).id
  levensgebeurtenis = (
    await cms.payload.create({
      collection: 'levensgebeurtenissen',
      data: { naam: 'Pensioen', slug: 'pensioen' } as any,
      overrideAccess: true,
    })
  ).id
}, 120_000)

afterAll(async () => {
  await cms?.close()
})

describe('the random link', () => {
  it('is made with the melding, random, unique, not from its id or number, and a client cannot set or change it', async () => {
    const a = await nieuweMelding({ metingKoppeling: 'gekozen-door-client' })
    const b = await nieuweMelding()
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(a.metingKoppeling).toMatch(uuid)
    expect(b.metingKoppeling).toMatch(uuid)
    expect(a.metingKoppeling).not.toBe(b.metingKoppeling)
    expect(a.metingKoppeling).not.toContain(a.nummer!)
    expect(a.metingKoppeling).not.toContain(a.nummer!.slice(2))
    const na = await cms.payload.update({
      collection: 'meldingen',
      id: a.id,
      data: { metingKoppeling: b.metingKoppeling } as any,
      ...alsMeldpunt,
    })
    expect(na.metingKoppeling).toBe(a.metingKoppeling)
  })

  it('is stored on the meting instead of any relationship; the meting holds nothing else about the melding', async () => {
    const m = await nieuweMelding()
    const meting = await nieuweMeting(m, { koppeling: 'vervalst' })
    expect(meting.koppeling).toBe(m.metingKoppeling)
    const { melding: virtueel, ...opgeslagen } = (await leesMeting(meting.id)) as any
    // The melding number is only a virtual input field: never stored, empty when read.
    expect(virtueel ?? null).toBeNull()
    expect(Object.keys(opgeslagen).sort()).toEqual(
      [
        'antwoorden',
        'categorie',
        'createdAt',
        'datum',
        'emotioneel',
        'id',
        'koppeling',
        'moment',
        'ontbrekend',
        'sociaal',
        'titel',
        'totaal',
        'updatedAt',
      ].sort(),
    )
    expect(JSON.stringify(opgeslagen)).not.toContain(m.nummer!)
    // In the database: the metingen table has no column that points at meldingen.
    const client = (cms.payload.db as any).client
    if (cms.payload.db.name === 'sqlite') {
      const { rows } = await client.execute('PRAGMA table_info(metingen)')
      const kolommen = rows.map((r: any) => r.name ?? r[1])
      expect(kolommen.filter((k: string) => /melding/.test(k))).toEqual([])
      const { rows: fks } = await client.execute('PRAGMA foreign_key_list(metingen)')
      expect(fks).toEqual([])
    }
  })

  it('is made when a meting is added to a melding from before the link existed', async () => {
    const m = await nieuweMelding()
    await cms.payload.db.updateOne({ collection: 'meldingen', id: m.id, data: { metingKoppeling: null } } as any)
    expect((await leesMelding(m.id)).metingKoppeling ?? null).toBeNull()
    const meting = await nieuweMeting(m, {})
    const na = await leesMelding(m.id)
    expect(na.metingKoppeling).toBeTruthy()
    expect(meting.koppeling).toBe(na.metingKoppeling)
  })
})

describe('scores: computed on the server', () => {
  it('computes scores and category from the answers, whatever the input says', async () => {
    const m = await nieuweMelding()
    const meting = await nieuweMeting(m, { emotioneel: 0, sociaal: 0, totaal: 0, categorie: 'niet', ontbrekend: 5 })
    expect([meting.emotioneel, meting.sociaal, meting.totaal, meting.categorie, meting.ontbrekend]).toEqual([3, 3, 6, 'sterk', 0])
    // Answers changed: scores follow. Scores sent alone: ignored.
    const minder = await cms.payload.update({ collection: 'metingen', id: meting.id, data: { antwoorden: MINST } as any, ...alsMeldpunt })
    expect([minder.emotioneel, minder.sociaal, minder.totaal, minder.categorie]).toEqual([0, 0, 0, 'niet'])
    const vervalst = await cms.payload.update({
      collection: 'metingen',
      id: meting.id,
      data: { totaal: 6, categorie: 'sterk', emotioneel: 3 } as any,
      ...alsMeldpunt,
    })
    expect([vervalst.emotioneel, vervalst.totaal, vervalst.categorie]).toEqual([0, 0, 'niet'])
    // One answer changed (item 4 "ja": emotional +1): the others stay, the score follows.
    const een = await cms.payload.update({
      collection: 'metingen',
      id: meting.id,
      data: { antwoorden: { mensenMissen: 'ja' } } as any,
      ...alsMeldpunt,
    })
    expect(een.antwoorden).toMatchObject({ ...MINST, mensenMissen: 'ja' })
    expect([een.emotioneel, een.sociaal, een.totaal, een.categorie]).toEqual([1, 0, 1, 'niet'])
    expect(een.titel).toMatch(/^Startmeting, \d{1,2} [a-z]+ \d{4}$/)
  })

  it('applies the missing-item rule: one missing gives the sum of five, two missing give no total and no category', async () => {
    const m = await nieuweMelding()
    // Item 2 (social) not answered; the rest most lonely: emotional 3, social missing, total 3 + 2 = 5, sterk.
    const een = await nieuweMeting(m, { antwoorden: { ...MEEST, terugvallen: 'niet-beantwoord' } })
    expect([een.emotioneel, een.sociaal, een.totaal, een.categorie, een.ontbrekend]).toEqual([3, null, 5, 'sterk', 1])
    // Items 2 and 6 not answered: no total, no category; emotional and social both missing.
    const twee = await nieuweMeting(m, {
      moment: 'tussenmeting',
      antwoorden: { ...MEEST, terugvallen: 'niet-beantwoord', inDeSteek: 'niet-beantwoord' },
    })
    expect([twee.emotioneel, twee.sociaal, twee.totaal, twee.categorie, twee.ontbrekend]).toEqual([null, null, null, null, 2])
  })
})

describe('checks name the field', () => {
  it('asks for the melding number, an existing one, and an answer to each item', async () => {
    const zonder = await validationErrors(
      cms.payload.create({
        collection: 'metingen',
        data: { moment: 'start', datum: new Date().toISOString(), antwoorden: { ...MEEST, vertrouwen: undefined } } as any,
        ...alsMeldpunt,
      }),
    )
    expect(Object.fromEntries(zonder.errors.map((e) => [e.path, e.message]))).toEqual({
      melding: 'Bij melding: vul het meldingnummer in, bijvoorbeeld M-2026-0012.',
      'antwoorden.vertrouwen': 'Vraag 3: kies een antwoord. Gaf de persoon geen antwoord? Kies dan "Niet beantwoord".',
    })
    const onbekend = await validationErrors(nieuweMeting({ nummer: 'M-1999-0001' }, {}))
    expect(onbekend.errors.map((e) => [e.path, e.message])).toEqual([
      ['melding', 'Bij melding: er is geen melding met nummer M-1999-0001. Kijk het nummer na.'],
    ])
    const m = await nieuweMelding()
    const fout = await validationErrors(nieuweMeting(m, { antwoorden: { ...MEEST, leegte: 'misschien' }, moment: 'later' }))
    expect(Object.fromEntries(fout.errors.map((e) => [e.path, e.message]))).toMatchObject({
      moment: 'Moment: kies Startmeting, Tussenmeting of Eindmeting.',
      'antwoorden.leegte': 'Vraag 1: kies een antwoord. Gaf de persoon geen antwoord? Kies dan "Niet beantwoord".',
    })
  })

  it('allows one start and one end measurement per melding, tussenmetingen as many as needed; no date in the future', async () => {
    const m = await nieuweMelding()
    await nieuweMeting(m, { moment: 'start' })
    const tweedeStart = await validationErrors(nieuweMeting(m, { moment: 'start' }))
    expect(tweedeStart.errors.map((e) => [e.path, e.message])).toEqual([
      ['moment', 'Moment: deze melding heeft al een startmeting. Kies een ander moment, of pas die startmeting aan.'],
    ])
    await nieuweMeting(m, { moment: 'tussenmeting' })
    await nieuweMeting(m, { moment: 'tussenmeting' })
    const eind = await nieuweMeting(m, { moment: 'eind' })
    expect((await validationErrors(nieuweMeting(m, { moment: 'eind' }))).errors.map((e) => e.path)).toEqual(['moment'])
    // Changing the end measurement itself is fine.
    await cms.payload.update({ collection: 'metingen', id: eind.id, data: { moment: 'eind', antwoorden: MINST } as any, ...alsMeldpunt })
    const toekomst = await validationErrors(nieuweMeting(m, { moment: 'tussenmeting', datum: subDays(new Date(), -3).toISOString() }))
    expect(toekomst.errors.map((e) => [e.path, e.message])).toEqual([
      ['datum', 'Datum: de datum ligt in de toekomst. Vul de dag van de meting in.'],
    ])
  })
})

describe('access and the access log', () => {
  it.each(['partner', 'redacteur', 'beheerder'])('refuses %s: create, read, list, update, delete', async (rol) => {
    const m = await nieuweMelding()
    const meting = await nieuweMeting(m, {})
    const als = { overrideAccess: false, user: users[rol] }
    const pogingen: (() => Promise<unknown>)[] = [
      () =>
        cms.payload.create({
          collection: 'metingen',
          data: { melding: m.nummer, moment: 'tussenmeting', datum: new Date().toISOString(), antwoorden: MEEST } as any,
          ...als,
        }),
      () => cms.payload.findByID({ collection: 'metingen', id: meting.id, ...als }),
      () => cms.payload.find({ collection: 'metingen', ...als }),
      () => cms.payload.update({ collection: 'metingen', id: meting.id, data: { antwoorden: MINST } as any, ...als }),
      () => cms.payload.delete({ collection: 'metingen', id: meting.id, ...als }),
    ]
    for (const [i, p] of pogingen.entries()) await expect(p(), `${rol} ${i}`).rejects.toMatchObject({ status: 403 })
    expect((await leesMeting(meting.id)).totaal).toBe(6)
  })

  it('logs create, read, list, change and delete as "meting <id>", never a score or the melding number', async () => {
    const m = await nieuweMelding()
    let voor = await logregels()
    const meting = await nieuweMeting(m, {})
    const naam = `meting ${meting.id}`
    expect(nieuwIn(voor, await logregels()).map((r) => [r.actie, r.meldingen, r.gebruiker])).toEqual([
      ['aanmaken', naam, users.meldpunt.id],
    ])

    voor = await logregels()
    await cms.payload.findByID({ collection: 'metingen', id: meting.id, ...alsMeldpunt })
    await cms.payload.find({ collection: 'metingen', where: { id: { equals: meting.id } }, ...alsMeldpunt })
    await cms.payload.update({ collection: 'metingen', id: meting.id, data: { antwoorden: { leegte: 'nee' } } as any, ...alsMeldpunt })
    await cms.payload.delete({ collection: 'metingen', id: meting.id, ...alsMeldpunt })
    const nieuw = nieuwIn(voor, await logregels()).sort((a, b) => a.id - b.id)
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.details ?? null])).toEqual([
      ['lezen', naam, null],
      ['lijst', naam, '1 getoond'],
      ['wijzigen', naam, 'velden: antwoorden, emotioneel, totaal'],
      ['verwijderen', naam, null],
    ])
    expect(JSON.stringify(nieuw)).not.toContain(m.nummer!)
    expect(JSON.stringify(nieuw)).not.toContain(m.metingKoppeling!)
  })
})

describe('the melding keeps the dates of its start and end measurement', () => {
  it('follows every change of its metingen, and leaves the melding’s other fields as they were', async () => {
    const m = await nieuweMelding({ levensgebeurtenissen: [levensgebeurtenis], notities: [{ tekst: 'Eerste gesprek.' }] })
    expect([m.startmetingOp ?? null, m.eindmetingOp ?? null]).toEqual([null, null])
    const startDatum = subMonths(new Date(), 4).toISOString()
    const start = await nieuweMeting(m, { moment: 'start', datum: startDatum })
    expect((await leesMelding(m.id)).startmetingOp).toBe(startDatum)
    const eindDatum = subDays(new Date(), 2).toISOString()
    const eind = await nieuweMeting(m, { moment: 'eind', datum: eindDatum })
    let na = await leesMelding(m.id)
    expect([na.startmetingOp, na.eindmetingOp]).toEqual([startDatum, eindDatum])
    // A client cannot set them.
    await cms.payload.update({
      collection: 'meldingen',
      id: m.id,
      data: { eindmetingOp: null, startmetingOp: null } as any,
      ...alsMeldpunt,
    })
    na = await leesMelding(m.id)
    expect([na.startmetingOp, na.eindmetingOp]).toEqual([startDatum, eindDatum])
    // The end measurement becomes a tussenmeting, then the start one is deleted.
    await cms.payload.update({ collection: 'metingen', id: eind.id, data: { moment: 'tussenmeting' } as any, ...alsMeldpunt })
    expect((await leesMelding(m.id)).eindmetingOp ?? null).toBeNull()
    await cms.payload.delete({ collection: 'metingen', id: start.id, ...alsMeldpunt })
    na = await leesMelding(m.id)
    expect(na.startmetingOp ?? null).toBeNull()
    expect(na).toMatchObject({ nummer: m.nummer, naam: basis.naam, tekst: basis.tekst, kern, levensgebeurtenissen: [levensgebeurtenis] })
    expect(na.notities?.map((n: any) => n.tekst)).toEqual(['Eerste gesprek.'])
    expect(na.geschiedenis).toHaveLength(1)
  })

  it('a deleted melding takes its metingen with it', async () => {
    const m = await nieuweMelding()
    const a = await nieuweMeting(m, {})
    const b = await nieuweMeting(m, { moment: 'eind' })
    const ander = await nieuweMeting(await nieuweMelding(), {})
    await cms.payload.delete({ collection: 'meldingen', id: m.id, ...alsMeldpunt })
    const over = await cms.payload.find({ collection: 'metingen', where: { id: { in: [a.id, b.id, ander.id] } }, overrideAccess: true })
    expect(over.docs.map((d) => d.id)).toEqual([ander.id])
  })
})

describe('retention: the scores stay, the identities go', () => {
  it('wipes the melding’s personal fields; its link still finds its metingen, and neither side identifies anyone', async () => {
    const NAAM = 'Wisbare-Naam-Metingen-5531'
    const TEKST = 'Wisbaar verhaal metingen 7719'
    const m = await nieuweMelding({ naam: NAAM, tekst: TEKST, notities: [{ tekst: 'Wisbare notitie 3317' }] })
    await nieuweMeting(m, { moment: 'start', datum: subMonths(new Date(), 16).toISOString() })
    await nieuweMeting(m, { moment: 'eind', datum: subMonths(new Date(), 14).toISOString(), antwoorden: MINST })
    await cms.payload.update({ collection: 'meldingen', id: m.id, data: { status: 'afgesloten' }, ...alsMeldpunt })
    await cms.payload.db.updateOne({
      collection: 'meldingen',
      id: m.id,
      data: { afgeslotenOp: subMonths(new Date(), 13).toISOString() },
    } as any)

    const resultaat = await wisVerlopenMeldingen(cms.payload, new Date())
    expect(resultaat.gewist).toContain(m.nummer)
    const gewist = await leesMelding(m.id)
    for (const veld of ['naam', 'telefoon', 'email', 'bereikbaar', 'tekst'] as const) expect(gewist[veld] ?? null, veld).toBeNull()
    expect(gewist.notities ?? []).toEqual([])
    // The link is kept: the group figures (per kern, levensgebeurtenis, referral) still find the scores.
    expect(gewist.metingKoppeling).toBe(m.metingKoppeling)
    const metingen = await cms.payload.find({
      collection: 'metingen',
      where: { koppeling: { equals: gewist.metingKoppeling } },
      sort: 'datum',
      overrideAccess: true,
    })
    expect(metingen.docs.map((d) => [d.moment, d.totaal, d.categorie])).toEqual([
      ['start', 6, 'sterk'],
      ['eind', 0, 'niet'],
    ])
    // Following the link from the wiped melding, nothing identifying is left on either side, nor in the files.
    const beide = JSON.stringify({ gewist, metingen: metingen.docs })
    for (const w of [NAAM, TEKST, 'Wisbare notitie 3317', basis.telefoon]) expect(beide).not.toContain(w)
    const db = path.join(cms.dir, 'test.db')
    if (fs.existsSync(db)) {
      const bytes = ['', '-wal'].map((s) => (fs.existsSync(db + s) ? fs.readFileSync(db + s).toString('latin1') : '')).join('')
      for (const w of [NAAM, TEKST, 'Wisbare notitie 3317']) expect(bytes.includes(w), w).toBe(false)
    }
  })
})

describe('the dashboard’s end-measurement reminders', () => {
  it('lists closed meldingen with a start and no end measurement, and open ones whose end measurement is due', async () => {
    // Its own meldingen: clear the ones of the tests above out of the way.
    await cms.payload.delete({ collection: 'meldingen', where: { id: { exists: true } }, overrideAccess: true })
    const nu = new Date()
    const maak = async (status: string | null, metingen: [string, Date][]) => {
      const m = await nieuweMelding()
      for (const [moment, datum] of metingen) await nieuweMeting(m, { moment, datum: datum.toISOString() })
      if (status) await cms.payload.update({ collection: 'meldingen', id: m.id, data: { status } as any, ...alsMeldpunt })
      return m.nummer!
    }
    const A = await maak('in-behandeling', [['start', subMonths(nu, 4)]]) // open, start 4 months ago: due
    const B = await maak('in-behandeling', [['start', subMonths(nu, 2)]]) // open, start 2 months ago: not yet (due at 1 month)
    const C = await maak(null, [
      ['start', subMonths(nu, 4)],
      ['eind', subDays(nu, 1)],
    ]) // open with an end measurement
    const D = await maak('afgesloten', [['start', subDays(nu, 20)]]) // closed without an end measurement
    const E = await maak('afgesloten', [
      ['start', subMonths(nu, 4)],
      ['eind', subDays(nu, 3)],
    ]) // closed with both
    const F = await maak('geannuleerd', [['start', subMonths(nu, 4)]]) // cancelled: no reminder
    const G = await maak('afgesloten', [['start', subMonths(nu, 5)]]) // closed, but wiped: nobody to ask
    const H = await maak('doorverwezen', [['tussenmeting', subMonths(nu, 4)]]) // no start measurement
    const wisG = await cms.payload.find({ collection: 'meldingen', where: { nummer: { equals: G } }, overrideAccess: true })
    await cms.payload.db.updateOne({ collection: 'meldingen', id: wisG.docs[0]!.id, data: { gewistOp: nu.toISOString() } } as any)

    const nummers = async (where: any) =>
      (await cms.payload.find({ collection: 'meldingen', where, sort: 'nummer', limit: 0, ...alsMeldpunt })).docs.map((d) => d.nummer)
    expect(await eindmetingNaMaanden(cms.payload)).toBe(3)
    expect(await nummers(eindmetingNodig(nu, 3))).toEqual([A])
    expect(await nummers(afgeslotenZonderEindmeting)).toEqual([D])
    // The setting: with 1 month, B is due too.
    await cms.payload.updateGlobal({ slug: 'meldpunt', data: { meldingen: { eindmetingNaMaanden: 1 } } as any, overrideAccess: true })
    expect(await eindmetingNaMaanden(cms.payload)).toBe(1)
    expect(await nummers(eindmetingNodig(nu, await eindmetingNaMaanden(cms.payload)))).toEqual([A, B])
    expect([C, E, F, H]).toHaveLength(4)
  })

  it('checks the setting: a whole number of 1 to 24 months', async () => {
    const { errors } = await validationErrors(
      cms.payload.updateGlobal({ slug: 'meldpunt', data: { meldingen: { eindmetingNaMaanden: 0 } } as any, overrideAccess: true }),
    )
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['meldingen.eindmetingNaMaanden', 'Eindmeting na: vul een heel getal in van 1 tot en met 24.'],
    ])
  })
})
