/**
 * Retention of meldingen (cms/collections/Meldingen/bewaartermijn.ts, cms/jobs/bewaartermijn.ts) on a real SQLite
 * database: a melding closed longer ago than the Meldpunt's bewaartermijn loses its contact details, text and notes;
 * one closed more recently and an open one keep them; what remains keeps counting; the access log says what was wiped;
 * and the wiped values are gone from the database files themselves (secure_delete + an emptied write-ahead log).
 */
import fs from 'node:fs'
import path from 'node:path'
import { addMonths, subMonths } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/payload'
import { wisVerlopenMeldingen } from '../../cms/collections/Meldingen/bewaartermijn'

let cms: TestCms
let meldpunt: any
const kern: Record<string, number | string> = {}
let levensgebeurtenis: number | string
let aanbod: number | string
const NU = new Date()

/** Each melding's own, unusual strings: if any of them is still somewhere in the database files, it was not wiped. */
const geheimen = (letter: string) => ({
  naam: `Naam-${letter}-Wisbaar`,
  telefoon: '0546 123456',
  email: `melder-${letter.toLowerCase()}@wisbaar.example`,
  bereikbaar: `Bereikbaar-${letter}-ochtend-zeldzaam`,
  tekst: `Verhaal-${letter}-zeldzaam-4821 over alleen thuis zitten.`,
  notitie: `Notitie-${letter}-zeldzaam-9377`,
})

type Letter = 'A' | 'B' | 'C' | 'D'
const ids = {} as Record<Letter, number | string>
const nummers = {} as Record<Letter, string>

/**
 * A: afgesloten 13 months ago (telefoon, Den Ham). B: afgesloten 11 months ago (website, Vroomshoop).
 * C: open, in behandeling, received 3 years ago (telefoon, Den Ham). D: geannuleerd 15 months ago (langs, Den Ham).
 */
const fixture: { letter: Letter; kanaal: string; kern: string; eind?: 'afgesloten' | 'geannuleerd'; maandenGeleden?: number }[] = [
  { letter: 'A', kanaal: 'telefoon', kern: 'den-ham', eind: 'afgesloten', maandenGeleden: 13 },
  { letter: 'B', kanaal: 'website', kern: 'vroomshoop', eind: 'afgesloten', maandenGeleden: 11 },
  { letter: 'C', kanaal: 'telefoon', kern: 'den-ham' },
  { letter: 'D', kanaal: 'langs', kern: 'den-ham', eind: 'geannuleerd', maandenGeleden: 15 },
]

const lees = (letter: Letter) => cms.payload.findByID({ collection: 'meldingen', id: ids[letter], depth: 0, overrideAccess: true })

/** The raw bytes of the SQLite database and its write-ahead log, as one string (latin1: byte for byte). */
function databaseBytes(): string {
  const file = path.join(cms.dir, 'test.db')
  return ['', '-wal'].map((suffix) => (fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix).toString('latin1') : '')).join('\n')
}

const persoonlijkeWaarden = (letter: Letter) => Object.values(geheimen(letter))

/** The anonymous counts that must not change: per kern, per kanaal, per status. */
async function tellingen() {
  const tel = async (where: any) => (await cms.payload.count({ collection: 'meldingen', where, overrideAccess: true })).totalDocs
  return {
    denHam: await tel({ kern: { equals: kern['den-ham'] } }),
    vroomshoop: await tel({ kern: { equals: kern.vroomshoop } }),
    telefoon: await tel({ kanaal: { equals: 'telefoon' } }),
    website: await tel({ kanaal: { equals: 'website' } }),
    langs: await tel({ kanaal: { equals: 'langs' } }),
    afgesloten: await tel({ status: { equals: 'afgesloten' } }),
    geannuleerd: await tel({ status: { equals: 'geannuleerd' } }),
    inBehandeling: await tel({ status: { equals: 'in-behandeling' } }),
    levensgebeurtenis: await tel({ levensgebeurtenissen: { in: [levensgebeurtenis] } }),
    doorverwezen: await tel({ doorverwezenNaar: { in: [aanbod] } }),
  }
}
const VERWACHTE_TELLINGEN = {
  denHam: 3,
  vroomshoop: 1,
  telefoon: 2,
  website: 1,
  langs: 1,
  afgesloten: 2,
  geannuleerd: 1,
  inBehandeling: 1,
  levensgebeurtenis: 4,
  doorverwezen: 4,
}

const wisRegels = async () =>
  (
    await cms.payload.find({
      collection: 'meldingen-logboek',
      where: { actie: { equals: 'wissen' } },
      sort: 'wanneer',
      limit: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  cms = await startCms()
  const { payload } = cms
  meldpunt = await payload.create({
    collection: 'users',
    data: { email: 'meldpunt@test.local', password: 'Lang-genoeg-wachtwoord-1', naam: 'Test Meldpunt', rol: 'meldpunt' } as any,
    overrideAccess: true,
  })
  meldpunt.collection = 'users'
  for (const [slug, naam] of [
    ['den-ham', 'Den Ham'],
    ['vroomshoop', 'Vroomshoop'],
  ]) {
    kern[slug!] = (await payload.create({ collection: 'kernen', data: { naam, slug } as any, overrideAccess: true })).id
  }
  levensgebeurtenis = (
    await payload.create({
      collection: 'levensgebeurtenissen',
      data: { naam: 'Verlies van een partner', slug: 'verlies' } as any,
      overrideAccess: true,
    })
  ).id
  const organisatie = (
    await payload.create({ collection: 'organisaties', data: { naam: 'Org', slug: 'org' } as any, overrideAccess: true })
  ).id
  aanbod = (
    await payload.create({
      collection: 'aanbod',
      overrideAccess: true,
      data: {
        titel: 'Koffieochtend',
        samenvatting: 'Samen koffie drinken, voor iedereen.',
        organisatie,
        kernen: [kern['den-ham']],
        kosten: { soort: 'gratis' },
        meedoen: { manier: 'vrije-inloop' },
        status: 'actief',
        _status: 'published',
      } as any,
    })
  ).id

  for (const m of fixture) {
    const g = geheimen(m.letter)
    const opts = { collection: 'meldingen' as const, overrideAccess: false, user: meldpunt }
    const doc = await payload.create({
      ...opts,
      data: {
        kanaal: m.kanaal,
        melder: 'zelf',
        kern: kern[m.kern],
        levensgebeurtenissen: [levensgebeurtenis],
        contactWijze: 'telefoon',
        naam: g.naam,
        telefoon: g.telefoon,
        email: g.email,
        bereikbaar: g.bereikbaar,
        tekst: g.tekst,
        doelAkkoord: true,
        ontvangenOp: subMonths(NU, 36).toISOString(),
      } as any,
    })
    ids[m.letter] = doc.id
    nummers[m.letter] = doc.nummer!
    await payload.update({
      ...opts,
      id: doc.id,
      data: {
        status: 'in-behandeling',
        medewerker: meldpunt.id,
        eersteContactOp: subMonths(NU, 35).toISOString(),
        doorverwezenNaar: [aanbod],
        notities: [{ tekst: g.notitie }],
      } as any,
    })
    if (m.eind) {
      await payload.update({ ...opts, id: doc.id, data: { status: m.eind } })
      // The end moment is the server's (the melding's hook ignores what a client sends): set it in the database, as
      // if the melding had been closed that long ago.
      await payload.db.updateOne({
        collection: 'meldingen',
        id: doc.id,
        data: { afgeslotenOp: subMonths(NU, m.maandenGeleden!).toISOString() },
      } as any)
    }
  }
}, 120_000)

afterAll(async () => {
  await cms?.close()
})

describe('bewaartermijn van meldingen', () => {
  it('starts with every personal value stored, in the database files too', async () => {
    expect(await tellingen()).toEqual(VERWACHTE_TELLINGEN)
    const a = await lees('A')
    expect(a.afgeslotenOp).toBe(subMonths(NU, 13).toISOString())
    expect(a.geschiedenis).toHaveLength(3)
    const bytes = databaseBytes()
    for (const letter of ['A', 'B', 'C', 'D'] as const) {
      for (const waarde of persoonlijkeWaarden(letter).filter((w) => w !== '0546 123456')) expect(bytes.includes(waarde), waarde).toBe(true)
    }
  })

  it('follows the Meldpunt’s setting: with 14 months only the melding cancelled 15 months ago is wiped', async () => {
    await cms.payload.updateGlobal({ slug: 'meldpunt', data: { meldingen: { bewaartermijnMaanden: 14 } } as any, overrideAccess: true })
    const resultaat = await wisVerlopenMeldingen(cms.payload, NU)
    expect(resultaat.maanden).toBe(14)
    expect(resultaat.gewist).toEqual([nummers.D])
    const d = await lees('D')
    expect(d.gewistOp).toBe(NU.toISOString())
    expect(d.tekst ?? null).toBeNull()
    expect((await lees('A')).tekst).toBe(geheimen('A').tekst)
    await cms.payload.updateGlobal({ slug: 'meldpunt', data: { meldingen: { bewaartermijnMaanden: 12 } } as any, overrideAccess: true })
  })

  it('runs as the daily task in Payload’s jobs queue: with the default 12 months it wipes the melding closed 13 months ago', async () => {
    const task = cms.payload.config.jobs.tasks?.find((t) => t.slug === 'meldingen-bewaartermijn')
    expect(task?.schedule?.map((s) => s.queue)).toEqual(['dagelijks'])
    const job: any = await cms.payload.jobs.queue({ task: 'meldingen-bewaartermijn', queue: 'test' } as any)
    const run: any = await cms.payload.jobs.run({ queue: 'test' } as any)
    expect(run.jobStatus?.[job.id]?.status).toBe('success')

    const a = await lees('A')
    for (const veld of ['naam', 'telefoon', 'email', 'bereikbaar', 'tekst'] as const) expect(a[veld] ?? null, veld).toBeNull()
    expect(a.notities ?? []).toEqual([])
    expect(a.gewistOp).toBeTruthy()
    // What is anonymous stays: kern, kanaal, melder, levensgebeurtenissen, status and its dates, history, referral.
    expect(a).toMatchObject({
      nummer: nummers.A,
      kanaal: 'telefoon',
      melder: 'zelf',
      kern: kern['den-ham'],
      levensgebeurtenissen: [levensgebeurtenis],
      doorverwezenNaar: [aanbod],
      status: 'afgesloten',
      contactWijze: 'telefoon',
      medewerker: meldpunt.id,
      afgeslotenOp: subMonths(NU, 13).toISOString(),
      ontvangenOp: subMonths(NU, 36).toISOString(),
      eersteContactOp: subMonths(NU, 35).toISOString(),
    })
    expect(a.geschiedenis!.map((g: any) => g.naar)).toEqual(['nieuw', 'in-behandeling', 'afgesloten'])

    // Closed 11 months ago, and the open one: untouched.
    const b = await lees('B')
    expect(b.gewistOp ?? null).toBeNull()
    expect([b.naam, b.tekst, b.notities?.[0]?.tekst]).toEqual([geheimen('B').naam, geheimen('B').tekst, geheimen('B').notitie])
    const c = await lees('C')
    expect([c.naam, c.email, c.tekst]).toEqual([geheimen('C').naam, geheimen('C').email, geheimen('C').tekst])
  })

  it('with the clock moved past the period wipes the next one, never an open melding, and counts stay the same', async () => {
    const later = addMonths(NU, 2)
    const resultaat = await wisVerlopenMeldingen(cms.payload, later)
    expect(resultaat.gewist).toEqual([nummers.B])
    expect((await lees('B')).tekst ?? null).toBeNull()
    expect((await lees('C')).tekst).toBe(geheimen('C').tekst)
    // Once more: nothing left to wipe, nothing logged.
    expect((await wisVerlopenMeldingen(cms.payload, later)).gewist).toEqual([])
    expect(await tellingen()).toEqual(VERWACHTE_TELLINGEN)
  })

  it('records each wipe in the access log, with numbers and how many, as the system', async () => {
    const regels = await wisRegels()
    expect(regels.map((r: any) => [r.meldingen, r.herkomst, r.gebruikerNaam, r.resultaat])).toEqual([
      [nummers.D, 'systeem', 'systeem', 'gelukt'],
      [nummers.A, 'systeem', 'systeem', 'gelukt'],
      [nummers.B, 'systeem', 'systeem', 'gelukt'],
    ])
    expect(regels[0]!.details).toBe('1 melding: contactgegevens, tekst en notities gewist (bewaartermijn 14 maanden na afsluiten)')
    expect(regels[1]!.details).toBe('1 melding: contactgegevens, tekst en notities gewist (bewaartermijn 12 maanden na afsluiten)')
    // The log holds no personal value.
    const log = JSON.stringify(regels)
    for (const letter of ['A', 'B', 'D'] as const) for (const w of persoonlijkeWaarden(letter)) expect(log).not.toContain(w)
  })

  it('leaves no wiped value in the database file or its write-ahead log; the open melding’s values are still there', () => {
    const bytes = databaseBytes()
    for (const letter of ['A', 'B', 'D'] as const) {
      for (const waarde of persoonlijkeWaarden(letter).filter((w) => w !== '0546 123456'))
        expect(bytes.includes(waarde), waarde).toBe(false)
    }
    expect(bytes.includes(geheimen('C').tekst)).toBe(true)
    expect(bytes.includes(geheimen('C').notitie)).toBe(true)
  })
})
