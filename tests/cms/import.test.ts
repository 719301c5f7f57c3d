/**
 * Spreadsheet import of aanbod and organisaties over real HTTP (POST /api/<soort>/import, GET …/import-sjabloon)
 * against the running CMS with demo content: staff only; a dry run stores nothing; per-row Dutch errors naming the
 * column and the field; all or nothing; re-importing updates by slug (nieuw / bijgewerkt / ongewijzigd); ";" and ","
 * files, with and without BOM, and Excel's Windows-1252. Plus, through the Local API: saving is all or nothing also
 * when a save fails after the checks (in one transaction, and by undoing without one).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'
import { startCms, type TestCms } from '../helpers/payload'
import { applyPlans, type Plan } from '../../cms/import/run'
import { IMPORT_KINDS } from '../../cms/import/columns'

let cms: CmsServer
const token: Record<'redacteur' | 'beheerder' | 'partner', string> = { redacteur: '', beheerder: '', partner: '' }
let kernen: { id: number; naam: string; slug: string }[]
let organisatie: { id: number; naam: string; slug: string }

type Soort = 'aanbod' | 'organisaties'

/** POST a CSV (bytes or text) to the import endpoint, as the body itself or as a multipart form. */
async function importCsv(
  soort: Soort,
  csv: string | Uint8Array,
  { dryRun = false, as = token.redacteur as string | null, multipart = false } = {},
) {
  const bytes = typeof csv === 'string' ? new TextEncoder().encode(csv) : csv
  let body: BodyInit = Buffer.from(bytes)
  const headers: Record<string, string> = as ? { authorization: `JWT ${as}` } : {}
  if (multipart) {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(bytes)], { type: 'text/csv' }), 'import.csv')
    body = form
  } else headers['content-type'] = 'text/csv'
  const res = await fetch(`${cms.url}/api/${soort}/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', headers, body })
  return { status: res.status, body: (await res.json()) as any }
}

const csvOf = (rows: string[][], delimiter = ';') =>
  rows.map((r) => r.map((c) => (/[";,\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') + '\r\n'

const bySlug = async (soort: Soort, slugs: string[]) =>
  (
    await api(cms, 'GET', `/api/${soort}?limit=0&depth=0&draft=true&${slugs.map((s, i) => `where[slug][in][${i}]=${s}`).join('&')}`, {
      token: token.beheerder,
    })
  ).body.docs as any[]
const versionCount = async (soort: Soort, id: number) =>
  (await api(cms, 'GET', `/api/${soort}/versions?where[parent][equals]=${id}&limit=0`, { token: token.beheerder })).body.totalDocs as number

const AANBOD_HEADER = [
  'slug',
  'titel',
  'samenvatting',
  'organisatie',
  'kernen',
  'doelgroepen',
  'telefoon',
  'kosten',
  'kosten_bedrag',
  'locatie_naam',
  'locatie_postcode',
  'beschrijving',
]
const goodAanbod = () => [
  AANBOD_HEADER,
  [
    'import-koffie',
    'Koffie in de bibliotheek',
    'Elke week samen koffie drinken.',
    organisatie.naam,
    `${kernen[0]!.naam}; ${kernen[1]!.slug}`,
    'Ouderen',
    '0546 012 345',
    'eigen bijdrage',
    '1,50',
    'Bibliotheek',
    '7681ab',
    'Welkom!\nNeem gerust iemand mee.',
  ],
  ['', 'Wandelen op woensdag', 'Samen een uur wandelen.', organisatie.slug, kernen[0]!.slug, '', '', 'gratis', '', '', '', ''],
]

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  token.redacteur = (await login(cms, 'redacteur@demo.local')).token
  token.beheerder = (await login(cms, 'beheerder@demo.local')).token
  token.partner = (await login(cms, 'partner1@demo.local')).token
  kernen = (await api(cms, 'GET', '/api/kernen?limit=0&depth=0&sort=volgorde')).body.docs
  organisatie = (await api(cms, 'GET', '/api/organisaties?limit=1&depth=0&sort=naam')).body.docs[0]
}, 180_000)
afterAll(async () => cms?.close())

describe('who may import', () => {
  it.each(['aanbod', 'organisaties'] as const)('%s: partners and anonymous visitors get 403 and nothing is stored', async (soort) => {
    const csv = soort === 'aanbod' ? csvOf(goodAanbod()) : csvOf([['naam'], ['Verboden organisatie']])
    for (const as of [token.partner, null]) {
      for (const dryRun of [true, false]) {
        const res = await importCsv(soort, csv, { dryRun, as })
        expect(res.status, `${as ? 'partner' : 'anoniem'} dryRun=${dryRun}`).toBe(403)
        expect(res.body.message).toMatch(/^Alleen medewerkers van het Meldpunt/)
      }
      const template = await fetch(`${cms.url}/api/${soort}/import-sjabloon`, { headers: as ? { authorization: `JWT ${as}` } : {} })
      expect(template.status).toBe(403)
    }
    expect(await bySlug(soort, soort === 'aanbod' ? ['import-koffie'] : ['verboden-organisatie'])).toHaveLength(0)
  })
})

describe('template', () => {
  it.each(['aanbod', 'organisaties'] as const)(
    '%s: header and one example row, for Excel, and the example passes the check',
    async (soort) => {
      const res = await fetch(`${cms.url}/api/${soort}/import-sjabloon`, { headers: { authorization: `JWT ${token.redacteur}` } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
      expect(res.headers.get('content-disposition')).toContain(`sjabloon-${soort}.csv`)
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n')
      expect(lines).toHaveLength(2)
      expect(lines[0]!.split(';')[0]).toBe('slug')
      const check = await importCsv(soort, bytes, { dryRun: true })
      expect(check.status, JSON.stringify(check.body.fouten)).toBe(200)
      expect(check.body.aantallen.fout).toBe(0)
    },
  )
})

describe('aanbod', () => {
  it('a dry run reports per row and stores nothing', async () => {
    const res = await importCsv('aanbod', csvOf(goodAanbod()), { dryRun: true })
    expect(res.status).toBe(200)
    expect(res.body.proef).toBe(true)
    expect(res.body.opgeslagen).toBe(false)
    expect(res.body.scheidingsteken).toBe(';')
    expect(res.body.rijen.map((r: any) => [r.rij, r.slug, r.resultaat])).toEqual([
      [2, 'import-koffie', 'nieuw'],
      [3, 'wandelen-op-woensdag', 'nieuw'],
    ])
    expect(res.body.message).toMatch(/^Controle klaar, zonder fouten: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd\. Er is nog niets opgeslagen/)
    expect(await bySlug('aanbod', ['import-koffie', 'wandelen-op-woensdag'])).toHaveLength(0)
  })

  it('reports each error in Dutch with row, column and field, and then imports nothing at all', async () => {
    const rows = [
      ...goodAanbod(),
      ['fout-een', 'Fout een', 'Kort.', organisatie.naam, 'Almelo', '', '12345', 'duur', 'twee', '', '7683', ''],
      ['fout-twee', 'Fout twee', '', 'Onbekende organisatie', kernen[0]!.naam, 'Niemand', '', '', '', '', '', ''],
      ['import-koffie', 'Dubbel', 'Nog een keer dezelfde slug.', organisatie.naam, kernen[0]!.naam, '', '', '', '', '', '', ''],
    ]
    const countBefore = (await api(cms, 'GET', '/api/aanbod?limit=0&draft=true', { token: token.beheerder })).body.totalDocs
    const check = await importCsv('aanbod', csvOf(rows), { dryRun: true })
    expect(check.status).toBe(200)
    expect(check.body.aantallen).toEqual({ nieuw: 2, bijgewerkt: 0, ongewijzigd: 0, fout: 3 })
    expect(check.body.message).toBe('In 3 rijen staan fouten. Er is niets opgeslagen. Verbeter het bestand en controleer het opnieuw.')
    const errors = (rij: number) => check.body.rijen.find((r: any) => r.rij === rij).fouten.map((f: any) => [f.kolom, f.melding])
    const expectError = (rij: number, kolom: string, melding: RegExp) =>
      expect(
        errors(rij).some(([k, m]: [string, string]) => k === kolom && melding.test(m)),
        `rij ${rij} ${kolom} in ${JSON.stringify(errors(rij))}`,
      ).toBe(true)
    expectError(4, 'kernen', /^Kernen: "Almelo" kennen we niet\. Gebruik de naam of de slug van een kern/)
    expectError(4, 'telefoon', /^Telefoon: dit is geen geldig Nederlands telefoonnummer/)
    expectError(4, 'kosten', /^Kosten: "duur" kan niet\. Kies uit: gratis, eigen bijdrage\./)
    expectError(4, 'kosten_bedrag', /^Bedrag in euro: schrijf een getal/)
    expectError(4, 'locatie_postcode', /^Postcode: dit is geen geldige postcode/)
    expectError(5, 'samenvatting', /^Samenvatting: dit veld is verplicht/)
    expectError(5, 'organisatie', /^Organisatie: "Onbekende organisatie" kennen we niet/)
    expectError(5, 'doelgroepen', /^Doelgroepen: "Niemand" kennen we niet/)
    expectError(6, 'slug', /^Slug \(webadres\): "import-koffie" staat ook in rij 2/)
    // Only the field that is wrong: no second message for a column whose cell could not be read.
    expect(errors(5).filter(([k]: [string]) => k === 'organisatie')).toHaveLength(1)
    expect(check.body.fouten.every((f: any) => f.rij >= 4 && typeof f.melding === 'string')).toBe(true)

    const real = await importCsv('aanbod', csvOf(rows))
    expect(real.status).toBe(422)
    expect(real.body.opgeslagen).toBe(false)
    expect(await bySlug('aanbod', ['import-koffie', 'wandelen-op-woensdag'])).toHaveLength(0)
    expect((await api(cms, 'GET', '/api/aanbod?limit=0&draft=true', { token: token.beheerder })).body.totalDocs).toBe(countBefore)
  })

  it('imports published documents with versions and resolved relations, then updates by slug', async () => {
    const first = await importCsv('aanbod', csvOf(goodAanbod()))
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.opgeslagen).toBe(true)
    expect(first.body.message).toBe('Klaar: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd.')
    const [koffie] = await bySlug('aanbod', ['import-koffie'])
    expect(koffie._status).toBe('published')
    expect(koffie.organisatie).toBe(organisatie.id)
    expect(koffie.kernen.sort()).toEqual([kernen[0]!.id, kernen[1]!.id].sort())
    expect(koffie.kosten).toMatchObject({ soort: 'eigen-bijdrage', bedrag: 1.5 })
    expect(koffie.locaties[0]).toMatchObject({ naam: 'Bibliotheek', postcode: '7681 AB' })
    expect(koffie.beschrijving.root.children.map((p: any) => p.children[0].text)).toEqual(['Welkom!', 'Neem gerust iemand mee.'])
    expect(koffie.laatstGecontroleerd.door).toBe('Demo Redacteur')
    expect(await versionCount('aanbod', koffie.id)).toBe(1)
    // Anonymous visitors (the site) see it: it is published.
    expect((await api(cms, 'GET', '/api/aanbod?where[slug][equals]=wandelen-op-woensdag')).body.totalDocs).toBe(1)

    // The same file again: nothing changes, no new versions, no duplicates.
    const again = await importCsv('aanbod', csvOf(goodAanbod()))
    expect(again.status).toBe(200)
    expect(again.body.rijen.map((r: any) => r.resultaat)).toEqual(['ongewijzigd', 'ongewijzigd'])
    expect(await versionCount('aanbod', koffie.id)).toBe(1)
    expect(await bySlug('aanbod', ['import-koffie', 'wandelen-op-woensdag'])).toHaveLength(2)

    // One cell changed: that row is updated (a new version), the other stays; the same file with ",".
    const changed = goodAanbod()
    changed[1]![2] = 'Elke week samen koffie drinken en bijpraten.'
    const update = await importCsv('aanbod', csvOf(changed, ','))
    expect(update.status, JSON.stringify(update.body)).toBe(200)
    expect(update.body.scheidingsteken).toBe(',')
    expect(update.body.rijen.map((r: any) => [r.resultaat, r.gewijzigd])).toEqual([
      ['bijgewerkt', ['samenvatting']],
      ['ongewijzigd', []],
    ])
    const [after] = await bySlug('aanbod', ['import-koffie'])
    expect(after.id).toBe(koffie.id)
    expect(after.samenvatting).toBe('Elke week samen koffie drinken en bijpraten.')
    expect(after.titel).toBe(koffie.titel)
    expect(await versionCount('aanbod', koffie.id)).toBe(2)
  })

  it('a column that is not in the file stays as it was; an empty cell empties the field', async () => {
    const [before] = await bySlug('aanbod', ['import-koffie'])
    const res = await importCsv(
      'aanbod',
      csvOf([
        ['slug', 'telefoon'],
        ['import-koffie', ''],
      ]),
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.rijen[0]).toMatchObject({ resultaat: 'bijgewerkt', gewijzigd: ['telefoon'] })
    const [after] = await bySlug('aanbod', ['import-koffie'])
    expect(after.contact.telefoon).toBeNull()
    expect(after.samenvatting).toBe(before.samenvatting)
    expect(after.beschrijving).toEqual(before.beschrijving)
    expect(after.locaties).toEqual(before.locaties)
  })

  it('accepts a UTF-8 BOM, a multipart upload, and Excel’s plain CSV (Windows-1252)', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(
        csvOf([
          ['titel', 'samenvatting', 'organisatie', 'kernen'],
          ['Café met BOM', 'Koffie.', organisatie.naam, kernen[0]!.naam],
        ]),
      ),
    ])
    const withBom = await importCsv('aanbod', bom, { multipart: true })
    expect(withBom.status, JSON.stringify(withBom.body)).toBe(200)
    expect(withBom.body.kolommen).toEqual(['titel', 'samenvatting', 'organisatie', 'kernen'])
    expect((await bySlug('aanbod', ['cafe-met-bom']))[0].titel).toBe('Café met BOM')

    const latin1 = csvOf([
      ['titel', 'samenvatting', 'organisatie', 'kernen'],
      ['Crèche-ochtend', 'Spelen.', organisatie.naam, kernen[0]!.naam],
    ])
    const bytes = new Uint8Array([...latin1].map((ch) => (ch === 'è' ? 0xe8 : ch.charCodeAt(0))))
    const windows = await importCsv('aanbod', bytes)
    expect(windows.status, JSON.stringify(windows.body)).toBe(200)
    expect((await bySlug('aanbod', ['creche-ochtend']))[0].titel).toBe('Crèche-ochtend')
  })

  it('refuses to publish an unpublished draft by importing over it', async () => {
    const [doc] = await bySlug('aanbod', ['wandelen-op-woensdag'])
    const draft = await api(cms, 'PATCH', `/api/aanbod/${doc.id}?draft=true`, {
      token: token.beheerder,
      body: { titel: 'Wandelen (concept)', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    const res = await importCsv('aanbod', csvOf(goodAanbod()), { dryRun: true })
    const row = res.body.rijen.find((r: any) => r.slug === 'wandelen-op-woensdag')
    expect(row.resultaat).toBe('fout')
    expect(row.fouten[0].kolom).toBe('slug')
    expect(row.fouten[0].melding).toMatch(/staat een concept klaar dat nog niet gepubliceerd is/)
  })

  it('refuses a file with a column it does not know, naming it', async () => {
    const res = await importCsv(
      'aanbod',
      csvOf([
        ['titel', 'prijs'],
        ['Iets', '3'],
      ]),
      { dryRun: true },
    )
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^De kolom "prijs" kennen we niet\. Gebruik de kolomnamen uit het sjabloon: slug, titel,/)
    expect(res.body.fouten[0]).toMatchObject({ rij: 1, kolom: 'prijs' })
    const empty = await importCsv('aanbod', 'titel;samenvatting\r\n', { dryRun: true })
    expect(empty.status).toBe(400)
    expect(empty.body.message).toMatch(/alleen kolomnamen en geen gegevens/)
  })
})

describe('organisaties', () => {
  it('imports organisaties with contactpersonen, which aanbod can then name', async () => {
    const rows = [
      ['naam', 'korte_omschrijving', 'email', 'postcode', 'contactpersonen'],
      [
        'Stichting Import (voorbeeld)',
        'Een organisatie uit de test.',
        'Info@Import.example',
        '7671ab',
        'Jan Jansen <jan@import.example>; Els de Vries <els@import.example>',
      ],
    ]
    const res = await importCsv('organisaties', csvOf(rows), { multipart: true })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.rijen[0]).toMatchObject({ slug: 'stichting-import-voorbeeld', resultaat: 'nieuw' })
    const [org] = await bySlug('organisaties', ['stichting-import-voorbeeld'])
    expect(org).toMatchObject({ email: 'info@import.example', adres: { postcode: '7671 AB' } })
    expect(org.contactpersonen.map((p: any) => [p.naam, p.email])).toEqual([
      ['Jan Jansen', 'jan@import.example'],
      ['Els de Vries', 'els@import.example'],
    ])
    expect((await importCsv('organisaties', csvOf(rows))).body.rijen[0].resultaat).toBe('ongewijzigd')

    const aanbod = await importCsv(
      'aanbod',
      csvOf([
        ['titel', 'samenvatting', 'organisatie', 'heel_twenterand'],
        ['Hulp bij formulieren', 'Wij helpen.', 'stichting import (VOORBEELD)', 'ja'],
      ]),
    )
    expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(200)
    const [doc] = await bySlug('aanbod', ['hulp-bij-formulieren'])
    expect(doc.organisatie).toBe(org.id)
    expect(doc.heelTwenterand).toBe(true)
  })

  it('names a wrong contactpersoon and a wrong e-mail address', async () => {
    const res = await importCsv(
      'organisaties',
      csvOf([
        ['naam', 'email', 'contactpersonen'],
        ['Org met fouten', 'geen-adres', 'Jan zonder e-mail'],
      ]),
      { dryRun: true },
    )
    const fouten = res.body.rijen[0].fouten.map((f: any) => [f.kolom, f.melding])
    expect(fouten).toEqual(
      expect.arrayContaining([
        ['email', expect.stringMatching(/^E-mail: dit is geen geldig e-mailadres/)],
        ['contactpersonen', expect.stringMatching(/^Contactpersonen: schrijf elke contactpersoon als Naam <e-mailadres>/)],
      ]),
    )
  })
})

describe('documentation', () => {
  it('the staff guide (docs/beheer.md) lists every column of both spreadsheets', async () => {
    const readme = fs.readFileSync(path.join(process.cwd(), 'docs/beheer.md'), 'utf8')
    const start = readme.indexOf('## Importeren uit een spreadsheet')
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
    expect(section.length).toBeGreaterThan(100)
    for (const kind of Object.values(IMPORT_KINDS))
      for (const c of kind.columns) expect(section, `${kind.soort}: ${c.name}`).toContain(`\`${c.name}\``)
  })
})

describe('saving is all or nothing, also when a save fails after the checks (Local API)', () => {
  let local: TestCms
  beforeAll(async () => {
    local = await startCms()
  }, 120_000)
  afterAll(async () => local?.close())

  it.each([
    ['in one transaction', true],
    ['without a transaction: undone', false],
  ])('%s', async (_, useTransaction) => {
    const { payload } = local
    const staff = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `redacteur-${useTransaction}@test.local`, password: 'een-lang-wachtwoord', naam: 'Redacteur', rol: 'redacteur' },
    })
    const existing = await payload.create({
      collection: 'organisaties',
      overrideAccess: true,
      data: { naam: `Bestaand ${useTransaction}` } as any,
    })
    const count = async () => (await payload.count({ collection: 'organisaties', overrideAccess: true })).totalDocs
    const before = await count()
    const req = await createLocalReq({ user: { ...staff, collection: 'users' } as any }, payload)
    const plans: Plan[] = [
      { rij: 2, resultaat: 'nieuw', data: { naam: `Nieuw ${useTransaction}`, slug: `nieuw-${useTransaction}` } },
      { rij: 3, resultaat: 'bijgewerkt', id: existing.id, data: { naam: 'Veranderd' }, before: existing },
      // Passed the checks, fails when saved (e.g. changed in the meantime): an empty name.
      { rij: 4, resultaat: 'nieuw', data: { naam: '', slug: `kapot-${useTransaction}` } },
    ]
    await expect(applyPlans(req, IMPORT_KINDS.organisaties, plans, { useTransaction })).rejects.toThrow(/Naam/)
    expect(await count()).toBe(before)
    expect((await payload.findByID({ collection: 'organisaties', id: existing.id, overrideAccess: true })).naam).toBe(
      `Bestaand ${useTransaction}`,
    )
    expect(
      (await payload.find({ collection: 'organisaties', where: { slug: { equals: `nieuw-${useTransaction}` } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })
})
