/**
 * Export -> import is a round trip: the site's own aanbod.csv (made by the same function as
 * site/pages/open-data/aanbod.csv.ts, from what an anonymous visitor reads, checked with content-schema as the
 * site build does) passes the import's check with every row "ongewijzigd"; importing it changes no document; and
 * imported into a kaart without aanbod (reference data and organisaties only), it gives the same file back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { createLocalReq, type Payload } from 'payload'
import { aanbodSchema, kernSchema, localDate, organisatieSchema, taxonomySchema } from '../../content-schema'
import { seed } from '../../cms/seed'
import { paragraphs } from '../../cms/seed/richtext'
import { runImport } from '../../cms/import/run'
import { aanbodCsv, type OpenDataContent } from '../../site/lib/hsds'
import { startCms, type TestCms } from '../helpers/payload'

const SITE = 'https://www.example.nl'
let cms: TestCms
let payload: Payload

/** Written out by hand: the header the open-data page documents and the import accepts. */
const HEADER =
  'id;slug;titel;samenvatting;beschrijving;organisatie;organisatie_naam;organisatie_id;heel_twenterand;kernen;' +
  'levensgebeurtenissen;doelgroepen;themas;kosten;kosten_bedrag;kosten_omschrijving;meedoen;aanmeldinformatie;' +
  'telefoon;email;website;locatie_naam;locatie_adres;locatie_postcode;locatie_plaats;locaties;tijden;vaste_tijden;' +
  'toegankelijkheid;toegankelijkheid_toelichting;status;placemats;laatst_gecontroleerd;versheid;demo;pagina'

/** What an anonymous visitor reads (depth 1, published only), checked with content-schema like site/lib/cms.ts. */
async function publicContent(): Promise<OpenDataContent> {
  const read = async <S extends { parse: (v: unknown) => any }>(collection: any, schema: S) =>
    (await payload.find({ collection, limit: 0, pagination: false, depth: 1, overrideAccess: false, sort: 'id' })).docs.map((d) =>
      schema.parse(d),
    )
  return {
    aanbod: await read('aanbod', aanbodSchema),
    organisaties: await read('organisaties', organisatieSchema),
    kernen: await read('kernen', kernSchema),
    levensgebeurtenissen: await read('levensgebeurtenissen', taxonomySchema),
    doelgroepen: await read('doelgroepen', taxonomySchema),
    themas: await read('themas', taxonomySchema),
  }
}

const storedAanbod = async () =>
  (await payload.find({ collection: 'aanbod', limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'slug' })).docs

async function staffReq() {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'redacteur@demo.local' } }, overrideAccess: true })
  return createLocalReq({ user: { ...docs[0]!, collection: 'users' } as any }, payload)
}

const importeer = async (csv: string, dryRun: boolean) =>
  runImport({ req: await staffReq(), soort: 'aanbod', bytes: new TextEncoder().encode(csv), dryRun })

const records = (csv: string): Record<string, string>[] => parse(csv, { bom: true, delimiter: ';', columns: true })

let csv: string

beforeAll(async () => {
  cms = await startCms()
  payload = cms.payload
  await seed(payload, { demo: true, demoPassword: 'demo-wachtwoord-voor-tests', today: localDate(new Date()) })
  // Text a spreadsheet would run as a formula (the export puts a ' before it), a ; in a cell, and an odd amount.
  const first = async (collection: any) => (await payload.find({ collection, limit: 1, sort: 'id', overrideAccess: true })).docs[0]!.id
  await payload.create({
    collection: 'aanbod',
    overrideAccess: true,
    data: {
      titel: '-Proef met een streepje',
      samenvatting: '=SOM(1;2) met "aanhalingstekens"; en een puntkomma',
      beschrijving: paragraphs(['+ Eerste alinea', 'Tweede alinea; met een puntkomma']),
      organisatie: await first('organisaties'),
      kernen: [await first('kernen')],
      kosten: { soort: 'eigen-bijdrage', bedrag: 2.5, omschrijving: '@ koffie en thee' },
      meedoen: { manier: 'aanmelden', aanmeldinformatie: 'Bel ons' },
      status: 'tijdelijk-gestopt',
      _status: 'published',
    } as any,
  })
  csv = aanbodCsv(await publicContent(), SITE)
}, 180_000)
afterAll(async () => cms?.close())

describe('aanbod.csv -> import', () => {
  it('has the hand-written header and one row per published aanbod', async () => {
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(HEADER)
    const published = await payload.count({ collection: 'aanbod', where: { _status: { equals: 'published' } }, overrideAccess: true })
    expect(records(csv)).toHaveLength(published.totalDocs)
    expect(published.totalDocs).toBeGreaterThan(20)
    expect(records(csv).find((r) => r.slug === 'proef-met-een-streepje')).toMatchObject({
      titel: "'-Proef met een streepje",
      samenvatting: `'=SOM(1;2) met "aanhalingstekens"; en een puntkomma`,
      beschrijving: "'+ Eerste alinea\nTweede alinea; met een puntkomma",
      kosten: 'Eigen bijdrage',
      kosten_bedrag: '2,50',
      kosten_omschrijving: "'@ koffie en thee",
      meedoen: 'Aanmelden',
      aanmeldinformatie: 'Bel ons',
      status: 'Tijdelijk gestopt',
      heel_twenterand: 'nee',
      demo: 'nee',
      pagina: `${SITE}/aanbod/proef-met-een-streepje/`,
    })
  })

  it('the check accepts the file: every row "ongewijzigd", no errors', async () => {
    const { status, verslag } = await importeer(csv, true)
    expect(verslag.fouten).toEqual([])
    expect(status).toBe(200)
    const rows = records(csv).length
    expect(verslag.aantallen).toEqual({ nieuw: 0, bijgewerkt: 0, ongewijzigd: rows, fout: 0 })
    expect(verslag.rijen.filter((r) => r.resultaat !== 'ongewijzigd')).toEqual([])
  })

  it('importing it changes no document', async () => {
    const before = await storedAanbod()
    const { status, verslag } = await importeer(csv, false)
    expect(verslag.fouten).toEqual([])
    expect(status).toBe(200)
    expect(verslag.opgeslagen).toBe(true)
    expect(await storedAanbod()).toEqual(before)
  })

  it('into a kaart without aanbod, it gives the same file back (the columns the import reads)', async () => {
    // The aanbod goes; reference data and organisaties stay, as after a fresh seed without demo aanbod.
    await payload.delete({ collection: 'aanbod', where: { id: { exists: true } }, overrideAccess: true })
    expect((await storedAanbod()).length).toBe(0)
    const { status, verslag } = await importeer(csv, false)
    expect(verslag.fouten).toEqual([])
    expect(status).toBe(200)
    const original = records(csv)
    expect(verslag.aantallen.nieuw).toBe(original.length)

    const again = records(aanbodCsv(await publicContent(), SITE))
    // What a spreadsheet cannot hold stays behind: more locaties than the first, the vaste tijden, the check date.
    const notImported = ['locaties', 'vaste_tijden', 'laatst_gecontroleerd', 'versheid']
    const strip = (rows: Record<string, string>[]) =>
      rows
        .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !notImported.includes(k))))
        .sort((a, b) => a.slug!.localeCompare(b.slug!))
    expect(strip(again)).toEqual(strip(original))
  })
})
