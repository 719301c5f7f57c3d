/**
 * Open data: the site build publishes the kaart as Open Referral HSDS 3.0 JSON and as a CSV for spreadsheets.
 * Every file validates against the HSDS 3.0 JSON Schemas (tests/fixtures/hsds-3.0, Ajv's draft 2020-12 class); the
 * counts match what the CMS's public REST API publishes; every indeling of every aanbod is an attribute; the IDs
 * do not change between builds nor with the database ids; the CSV opens with one row per aanbod; and no personal data
 * (users, contactpersonen, "laatst gecontroleerd door") ends up in any open-data file.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { localDate } from '../../content-schema'
import {
  CSV_KOLOMMEN,
  DEMO_TERM,
  HSDS_NAMESPACE,
  OPEN_DATA_PADEN,
  TAXONOMIEEN,
  aanbodCsv,
  hsdsOrganizations,
  hsdsPage,
  hsdsServices,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
  organizationId,
  serviceId,
  uuidV5,
  type OpenDataContent,
} from '../../site/lib/hsds'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'
import { buildFrom, filesIn, read } from '../helpers/site'

const SITE = 'http://localhost:4321'
const SCHEMA_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'hsds-3.0', 'schema')
/** The canonical address of the HSDS 3.0 schemas: the OpenAPI file refers to them by it. */
const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/'
const TEST_TITEL = 'Open data proef'
const SECRET = 'GEHEIM-CONCEPT-od41'

let cms: CmsServer
let dist: string
let dist2: string
const publicApi: Record<string, any[]> = {}
let testAanbod: any
let forbidden: string[] = []
const files: Record<string, any> = {}

const readJson = (dir: string, pad: string) => JSON.parse(fs.readFileSync(path.join(dir, pad), 'utf8'))

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  const redacteur = await login(cms, 'redacteur@demo.local')
  const first = async (c: string, slug: string) => (await api(cms, 'GET', `/api/${c}?limit=1&where[slug][equals]=${slug}`)).body.docs[0].id
  const org = await first('organisaties', 'bibliotheek-twenterand')
  const kern = await first('kernen', 'vriezenveen')
  // A published aanbod that is NOT demo content, with a monthly rule, a full address and text a spreadsheet must not run.
  const created = await api(cms, 'POST', '/api/aanbod', {
    token: redacteur.token,
    body: {
      titel: TEST_TITEL,
      samenvatting: '=SOM(1;2) met "aanhalingstekens"; en een puntkomma',
      organisatie: org,
      kernen: [kern],
      kosten: { soort: 'eigen-bijdrage', bedrag: 2.5, omschrijving: 'Koffie en thee' },
      meedoen: { manier: 'vrije-inloop' },
      tijden: { schema: [{ freq: 'MONTHLY', bysetpos: '1', byday: ['TU'], opensAt: '10:00', closesAt: '12:00' }] },
      locaties: [{ naam: 'Proefzaal', adres: 'Proefstraat 1', postcode: '7671 AA', plaats: 'Vriezenveen' }],
      contact: { telefoon: '0546 099 876' },
      demo: false,
      _status: 'published',
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  // A draft: never in the open data.
  const draft = await api(cms, 'POST', '/api/aanbod?draft=true', {
    token: redacteur.token,
    body: {
      titel: SECRET,
      samenvatting: SECRET,
      organisatie: org,
      kernen: [kern],
      kosten: { soort: 'gratis' },
      meedoen: { manier: 'vrije-inloop' },
      _status: 'draft',
    },
  })
  expect(draft.status).toBe(201)

  for (const c of ['aanbod', 'organisaties', 'kernen', 'levensgebeurtenissen', 'doelgroepen', 'themas']) {
    publicApi[c] = (await api(cms, 'GET', `/api/${c}?limit=0&depth=1`)).body.docs
  }
  testAanbod = publicApi.aanbod!.find((a) => a.titel === TEST_TITEL)
  expect(testAanbod?.demo).toBeFalsy()

  // Personal data as staff see it: every user's name and e-mail, every contactpersoon, and who checked an aanbod.
  const beheerder = await login(cms, 'beheerder@demo.local')
  const users = (await api(cms, 'GET', '/api/users?limit=0&depth=0', { token: beheerder.token })).body.docs
  const orgs = (await api(cms, 'GET', '/api/organisaties?limit=0&depth=0', { token: beheerder.token })).body.docs
  const personal = [
    ...users.flatMap((u: any) => [u.naam, u.email]),
    ...orgs.flatMap((o: any) => (o.contactpersonen ?? []).flatMap((p: any) => [p.naam, p.email])),
    ...publicApi.aanbod!.map((a) => a.laatstGecontroleerd?.door),
  ].filter((v): v is string => typeof v === 'string' && v.length > 3)
  // What the site shows anyway (an organisation's public e-mail) is not personal data, even if a person uses it too.
  const publicValues = new Set(
    [...publicApi.organisaties!.flatMap((o) => [o.email, o.naam]), ...publicApi.aanbod!.flatMap((a) => [a.contact?.email])]
      .filter(Boolean)
      .map((v: string) => v.toLowerCase()),
  )
  forbidden = [...new Set(personal)].filter((v) => !publicValues.has(v.toLowerCase()))

  ;[dist, dist2] = [await buildFrom(cms), await buildFrom(cms)]
  for (const [name, pad] of Object.entries(OPEN_DATA_PADEN)) if (pad.endsWith('.json')) files[name] = readJson(dist, pad)
}, 300_000)

afterAll(async () => {
  await cms?.close()
  for (const d of [dist, dist2]) if (d) fs.rmSync(path.dirname(d), { recursive: true, force: true })
})

// ---------- The HSDS 3.0 schemas ----------

const schemaFiles = () => [
  ...fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json'),
  ...fs.readdirSync(path.join(SCHEMA_DIR, 'compiled')).map((f) => `compiled/${f}`),
]
const openapi = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'openapi.json'), 'utf8'))

/** Ajv for HSDS 3.0: JSON Schema 2020-12, formats (uuid, uri, email, date-time), HSDS's own keywords as annotations. */
function hsdsAjv() {
  // strictTypes off: the OpenAPI list responses use "properties" without "type": valid JSON Schema that Ajv only warns about.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false })
  addFormats(ajv)
  ajv.addVocabulary(['name', 'path', 'core', 'constraints', 'example', 'datapackage_metadata', 'datapackage_type', 'tabular_required'])
  for (const file of schemaFiles()) {
    ajv.addSchema({ ...JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), $id: SCHEMA_BASE + file })
  }
  return ajv
}

/** The 200 response of an HSDS API list endpoint (e.g. '/services'): its Page component plus `contents`. */
function listResponseSchema(endpoint: string) {
  const schema = structuredClone(openapi.paths[endpoint].get.responses['200'].content['application/json'].schema)
  schema.allOf = schema.allOf.map((s: any) => (s.$ref === '#/components/schemas/Page' ? openapi.components.schemas.Page : s))
  return schema
}

let ajv: Ajv2020
const v: Record<string, ValidateFunction> = {}
beforeAll(() => {
  ajv = hsdsAjv()
  v.service = ajv.getSchema(`${SCHEMA_BASE}compiled/service_with_definitions.json`)!
  v.serviceObject = ajv.getSchema(`${SCHEMA_BASE}service.json`)!
  v.organization = ajv.getSchema(`${SCHEMA_BASE}organization.json`)!
  v.taxonomy = ajv.getSchema(`${SCHEMA_BASE}taxonomy.json`)!
  v.taxonomyTerm = ajv.getSchema(`${SCHEMA_BASE}taxonomy_term.json`)!
  for (const [name, endpoint] of [
    ['services', '/services'],
    ['organizations', '/organizations'],
    ['taxonomies', '/taxonomies'],
    ['taxonomyTerms', '/taxonomy_terms'],
  ]) {
    v[`${name}List`] = ajv.compile(listResponseSchema(endpoint!))
  }
})

const errorsOf = (validate: ValidateFunction, data: unknown) =>
  validate(data) ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n')

describe('the HSDS 3.0 schemas catch broken data', () => {
  const good = () => structuredClone(files.services.contents.find((s: any) => s.schedules.length && s.attributes.length))

  it('accept a real service', () => {
    expect(errorsOf(v.service!, good())).toEqual([])
  })

  it.each([
    ['no name', (s: any) => delete s.name],
    ['an id that is not a UUID', (s: any) => (s.id = 'aanbod-42')],
    ['a Dutch status', (s: any) => (s.status = 'gestopt')],
    ['a schedule that repeats daily', (s: any) => (s.schedules[0].freq = 'DAILY')],
    ['an attribute without its id', (s: any) => delete s.attributes[0].id],
    ['a website that is not a URL', (s: any) => (s.url = 'geen adres')],
  ])('reject a service with %s', (_, breakIt) => {
    const broken = good()
    breakIt(broken)
    expect(v.service!(broken)).toBe(false)
    expect(v.serviceObject!(broken)).toBe(false)
  })

  it('reject list responses and other objects that are wrong', () => {
    expect(v.servicesList!({ ...files.services, contents: {} })).toBe(false)
    expect(v.servicesList!({ ...files.services, total_items: '52' })).toBe(false)
    const org = structuredClone(files.organizations.contents[0])
    delete org.description
    expect(v.organization!(org)).toBe(false)
    expect(v.taxonomyTerm!({ ...files.taxonomyTerms.contents[0], taxonomy_id: 'kern' })).toBe(false)
    expect(v.taxonomy!({ id: files.taxonomies.contents[0].id, name: 'Zonder beschrijving' })).toBe(false)
  })
})

describe('HSDS 3.0 JSON', () => {
  it('services.json is an HSDS /services list response and every service is a valid HSDS service', () => {
    expect(errorsOf(v.servicesList!, files.services)).toEqual([])
    expect(files.services.contents.length).toBeGreaterThan(0)
    for (const s of files.services.contents) {
      expect(errorsOf(v.service!, s), s.name).toEqual([])
      expect(errorsOf(v.serviceObject!, s), s.name).toEqual([])
    }
  })

  it('organizations, taxonomies and taxonomy terms are valid HSDS list responses of valid objects', () => {
    for (const [list, item, name] of [
      ['organizationsList', 'organization', 'organizations'],
      ['taxonomiesList', 'taxonomy', 'taxonomies'],
      ['taxonomyTermsList', 'taxonomyTerm', 'taxonomyTerms'],
    ] as const) {
      expect(errorsOf(v[list]!, files[name]), name).toEqual([])
      expect(files[name].contents.length, name).toBeGreaterThan(0)
      for (const o of files[name].contents) expect(errorsOf(v[item]!, o), `${name} ${o.name}`).toEqual([])
    }
  })

  it('every list has all items on one page', () => {
    for (const name of ['services', 'organizations', 'taxonomies', 'taxonomyTerms']) {
      const p = files[name]
      expect(p, name).toMatchObject({
        total_items: p.contents.length,
        size: p.contents.length,
        total_pages: 1,
        page_number: 1,
        first_page: true,
        last_page: true,
        empty: false,
      })
    }
    expect(files.index).toEqual({ version: '3.0', profile: `${SITE}/open-data/#profiel` })
  })

  it('has exactly the published aanbod and organisaties of the public API (no drafts)', async () => {
    const total = async (c: string) => (await api(cms, 'GET', `/api/${c}?limit=1`)).body.totalDocs
    expect(files.services.total_items).toBe(await total('aanbod'))
    expect(files.organizations.total_items).toBe(await total('organisaties'))
    expect(files.services.contents.map((s: any) => s.id).sort()).toEqual(publicApi.aanbod!.map((a) => serviceId(a.slug)).sort())
    expect(files.organizations.contents.map((o: any) => o.id).sort()).toEqual(
      publicApi.organisaties!.map((o) => organizationId(o.slug)).sort(),
    )
    expect(files.services.contents.map((s: any) => s.name)).toContain(TEST_TITEL)
    const terms = ['kernen', 'levensgebeurtenissen', 'doelgroepen', 'themas'].reduce((n, c) => n + publicApi[c]!.length, 0)
    expect(files.taxonomyTerms.total_items).toBe(terms + 1) // + the "voorbeeld" marking
    expect(files.taxonomies.total_items).toBe(TAXONOMIEEN.length)
    for (const f of filesIn(path.join(dist, 'open-data'))) expect(fs.readFileSync(f, 'utf8'), f).not.toContain(SECRET)
  })

  it('every kern, levensgebeurtenis, doelgroep and thema of every aanbod is an attribute with a known term', () => {
    const terms = new Map(files.taxonomyTerms.contents.map((t: any) => [t.id, t]))
    const taxonomies = new Map(files.taxonomies.contents.map((t: any) => [t.id, t.name]))
    const taxonomyOf = (sleutel: string) => TAXONOMIEEN.find((t) => t.sleutel === sleutel)!.naam
    const allKernen = publicApi.kernen!.map((k) => k.slug).sort()
    for (const a of publicApi.aanbod!) {
      const s = files.services.contents.find((x: any) => x.id === serviceId(a.slug))
      for (const attr of s.attributes) {
        expect(attr).toMatchObject({ link_id: s.id, link_entity: 'service', taxonomy_term_id: attr.taxonomy_term.id })
        expect(terms.get(attr.taxonomy_term_id), `${a.slug}: term ${attr.taxonomy_term.code}`).toEqual(attr.taxonomy_term)
      }
      const codes = (sleutel: string) =>
        s.attributes
          .filter((x: any) => taxonomies.get(x.taxonomy_term.taxonomy_id) === taxonomyOf(sleutel))
          .map((x: any) => x.taxonomy_term.code)
          .sort()
      expect(codes('kern'), a.slug).toEqual(a.heelTwenterand ? allKernen : (a.kernen ?? []).map((k: any) => k.slug).sort())
      expect(codes('levensgebeurtenis'), a.slug).toEqual((a.levensgebeurtenissen ?? []).map((k: any) => k.slug).sort())
      expect(codes('doelgroep'), a.slug).toEqual((a.doelgroepen ?? []).map((k: any) => k.slug).sort())
      expect(codes('thema'), a.slug).toEqual((a.themas ?? []).map((k: any) => k.slug).sort())
      expect(codes('markering'), a.slug).toEqual(a.demo ? [DEMO_TERM.slug] : [])
      expect(Boolean(s.alert?.includes('Voorbeeld')), a.slug).toBe(Boolean(a.demo))
    }
    expect(publicApi.aanbod!.some((a) => a.heelTwenterand)).toBe(true)
    expect(publicApi.aanbod!.some((a) => a.demo)).toBe(true)
    for (const t of files.taxonomyTerms.contents) expect(taxonomies.has(t.taxonomy_id), t.code).toBe(true)
  })

  it('links every service to its organisation, and marks demo organisations', () => {
    const orgs = new Map(files.organizations.contents.map((o: any) => [o.id, o]))
    for (const s of files.services.contents) {
      const o: any = orgs.get(s.organization_id)
      expect(o, s.name).toBeDefined()
      expect(s.organization).toMatchObject({ id: o.id, name: o.name })
    }
    for (const o of publicApi.organisaties!) {
      const h: any = orgs.get(organizationId(o.slug))
      expect(
        h.attributes.map((x: any) => x.taxonomy_term.code),
        o.slug,
      ).toEqual(o.demo ? [DEMO_TERM.slug] : [])
    }
  })

  it('maps status, laatst gecontroleerd, tijden, plek, kosten and contact', () => {
    const byslug = (slug: string) => files.services.contents.find((s: any) => s.id === serviceId(slug))
    const status = { actief: 'active', 'tijdelijk-gestopt': 'temporarily closed', gestopt: 'inactive' } as const
    for (const a of publicApi.aanbod!) {
      const s = byslug(a.slug)
      expect(s.status, a.slug).toBe(status[a.status as keyof typeof status])
      expect(s.assured_date, a.slug).toBe(a.laatstGecontroleerd?.datum ? localDate(a.laatstGecontroleerd.datum) : undefined)
      expect(s.schedules.length, a.slug).toBeGreaterThanOrEqual((a.tijden?.schema ?? []).length)
    }
    expect(publicApi.aanbod!.some((a) => a.status === 'gestopt')).toBe(true)

    const s = byslug(testAanbod.slug)
    expect(s.schedules).toEqual([
      expect.objectContaining({
        freq: 'MONTHLY',
        interval: 1,
        byday: '1TU',
        opens_at: '10:00',
        closes_at: '12:00',
        description: 'Elke eerste dinsdag van de maand van 10.00 tot 12.00 uur',
      }),
    ])
    expect(s.service_at_locations[0].location).toMatchObject({
      name: 'Proefzaal',
      location_type: 'physical',
      addresses: [
        {
          address_1: 'Proefstraat 1',
          postal_code: '7671 AA',
          city: 'Vriezenveen',
          state_province: 'Overijssel',
          country: 'NL',
          address_type: 'physical',
        },
      ],
    })
    expect(s.cost_options).toEqual([
      expect.objectContaining({ option: 'Eigen bijdrage', currency: 'EUR', amount: 2.5, amount_description: 'Koffie en thee' }),
    ])
    expect(s.phones).toEqual([expect.objectContaining({ number: '0546 099 876', service_id: s.id })])
    expect(s.contacts).toEqual([expect.objectContaining({ name: testAanbod.organisatie.naam, phones: s.phones })])
    expect(s.url).toBe(`${SITE}/aanbod/${testAanbod.slug}/`)
    expect(s.alert).toBeUndefined()
  })
})

describe('stable IDs', () => {
  it('are UUID version 5 under our fixed namespace (RFC 9562 test vector)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    expect(HSDS_NAMESPACE).toBe('f7c8c600-fd08-44bf-ac89-e3f1cfa02042')
    for (const s of files.services.contents) expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('of one demo service are the UUIDs written out by hand (python3: uuid.uuid5 of our namespace and "aanbod/<slug>/...")', () => {
    // cms/seed/demo-data.ts: the Repair Café in De Klaampe (Westerhaar), of Repair Café Twenterand. The ids were
    // computed outside this code: python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('f7c8c600-fd08-44bf-ac89-e3f1cfa02042'), 'aanbod/repair-cafe-westerhaar'))"
    const s = files.services.contents.find((x: any) => x.name === 'Repair Café in De Klaampe')
    const service = '0f9e2e4d-612c-59ed-923a-c0e0e49df1e3'
    expect(s).toMatchObject({
      id: service,
      organization_id: '8b9b2592-28e3-5840-a9d1-b95e9cd72d5d', // 'organisatie/repair-cafe-twenterand'
      url: `${SITE}/aanbod/repair-cafe-westerhaar/`,
      status: 'active',
      application_process: 'Vrije inloop: u kunt zo binnenlopen',
      eligibility_description: 'Voor: Volwassenen, Ouderen.',
      alert: 'Voorbeeld (demo-inhoud): verzonnen, niet echt. Bel of mail deze gegevens niet.',
      organization: {
        id: '8b9b2592-28e3-5840-a9d1-b95e9cd72d5d',
        name: 'Repair Café Twenterand',
        description: 'Repair Café in De Klaampe in Westerhaar.',
      },
      phones: [],
      contacts: [],
      service_at_locations: [],
      // 'aanbod/repair-cafe-westerhaar/schema/0': the first saturday of the month, 10 to 13.
      schedules: [
        {
          id: 'c352eedd-56c4-5437-ae13-cca75262e549',
          service_id: service,
          freq: 'MONTHLY',
          interval: 1,
          byday: '1SA',
          opens_at: '10:00',
          closes_at: '13:00',
          description: 'Elke eerste zaterdag van de maand van 10.00 tot 13.00 uur',
        },
      ],
      // 'aanbod/repair-cafe-westerhaar/gebied/westerhaar'
      service_areas: [{ id: '767c97b4-f721-5022-8e6e-de171472df30', service_id: service, name: 'Westerhaar-Vriezenveensewijk' }],
      // 'aanbod/repair-cafe-westerhaar/kosten'
      cost_options: [
        {
          id: '2e81a6c3-9029-587d-90ef-c26cdec850c1',
          service_id: service,
          option: 'Eigen bijdrage',
          currency: 'EUR',
          amount_description: 'Een vrijwillige bijdrage is welkom. Nieuwe onderdelen betaalt u zelf.',
        },
      ],
    })
    expect(s.description.startsWith('Is uw lamp, broodrooster of broek kapot?')).toBe(true)
    expect(s.attributes.map((a: any) => `${a.link_type}:${a.taxonomy_term.code}`)).toEqual([
      'service_area:westerhaar',
      'life_event:pensioen',
      'life_event:verlies-van-werk-of-inkomen',
      'audience:volwassenen',
      'audience:ouderen',
      'topic:ontmoeting',
      'topic:vrijwilligerswerk',
      'data_marking:voorbeeld',
    ])
  })

  it('are unique', () => {
    const ids = (list: any[]) => list.map((x) => x.id)
    const services = files.services.contents
    for (const list of [
      services,
      files.organizations.contents,
      files.taxonomies.contents,
      files.taxonomyTerms.contents,
      services.flatMap((s: any) => s.attributes),
      services.flatMap((s: any) => s.schedules),
      services.flatMap((s: any) => s.service_at_locations.map((x: any) => x.location)),
    ]) {
      expect(new Set(ids(list)).size).toBe(list.length)
    }
  })

  it('are identical in a second build', () => {
    for (const pad of Object.values(OPEN_DATA_PADEN)) {
      if (pad.endsWith('/')) continue
      expect(fs.readFileSync(path.join(dist2, pad), 'utf8'), pad).toBe(fs.readFileSync(path.join(dist, pad), 'utf8'))
    }
  })

  it('do not depend on database ids, and the mapping gives what the build published', async () => {
    process.env.CMS_URL = cms.url
    const { getContent } = await import('../../site/lib/cms')
    const content: OpenDataContent = await getContent()
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x))
    expect(plain(hsdsPage(hsdsServices(content, SITE)))).toEqual(files.services)
    expect(plain(hsdsPage(hsdsOrganizations(content, SITE)))).toEqual(files.organizations)
    expect(plain(hsdsPage(hsdsTaxonomyTerms(content, SITE)))).toEqual(files.taxonomyTerms)
    expect(plain(hsdsPage(hsdsTaxonomies(SITE)))).toEqual(files.taxonomies)
    expect(aanbodCsv(content, SITE)).toBe(fs.readFileSync(path.join(dist, OPEN_DATA_PADEN.csv), 'utf8'))

    // The same content in another database (other ids everywhere) gives the same open data.
    const renumber = (x: any): any =>
      Array.isArray(x)
        ? x.map(renumber)
        : x && typeof x === 'object'
          ? Object.fromEntries(Object.entries(x).map(([k, val]) => [k, k === 'id' ? `x${val}` : renumber(val)]))
          : x
    const moved = renumber(content) as OpenDataContent
    expect(moved.aanbod[0]!.id).not.toBe(content.aanbod[0]!.id)
    expect(plain(hsdsServices(moved, SITE))).toEqual(files.services.contents)
    expect(plain(hsdsOrganizations(moved, SITE))).toEqual(files.organizations.contents)
  })
})

describe('aanbod.csv', () => {
  const raw = () => fs.readFileSync(path.join(dist, OPEN_DATA_PADEN.csv))

  it('is UTF-8 with a BOM, semicolons and Windows line ends, with the documented header and one row per aanbod', () => {
    const buf = raw()
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = buf.toString('utf8')
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(CSV_KOLOMMEN.map((k) => k.naam).join(';'))
    const rows: string[][] = parse(buf, { bom: true, delimiter: ';' })
    expect(rows[0]).toEqual(CSV_KOLOMMEN.map((k) => k.naam))
    expect(rows.length - 1).toBe(publicApi.aanbod!.length)
    expect(rows.slice(1).every((r) => r.length === CSV_KOLOMMEN.length)).toBe(true)
    // Read as UTF-8 the é survives (the demo's prices no longer hold a €: the amount has its own column).
    expect(text).toContain('Repair Café')
  })

  it('has the right values, and text a spreadsheet would run as a formula is made harmless', () => {
    const records: Record<string, string>[] = parse(raw(), { bom: true, delimiter: ';', columns: true })
    expect(records.map((r) => r.id).sort()).toEqual(files.services.contents.map((s: any) => s.id).sort())
    const proef = records.find((r) => r.titel === TEST_TITEL)!
    expect(proef).toMatchObject({
      slug: testAanbod.slug,
      samenvatting: `'=SOM(1;2) met "aanhalingstekens"; en een puntkomma`,
      organisatie: 'bibliotheek-twenterand',
      kernen: 'Vriezenveen',
      heel_twenterand: 'nee',
      kosten: 'Eigen bijdrage',
      kosten_bedrag: '2,50',
      kosten_omschrijving: 'Koffie en thee',
      meedoen: 'Vrije inloop',
      tijden: '',
      vaste_tijden: 'Elke eerste dinsdag van de maand van 10.00 tot 12.00 uur',
      locatie_naam: 'Proefzaal',
      locatie_adres: 'Proefstraat 1',
      locatie_postcode: '7671 AA',
      locatie_plaats: 'Vriezenveen',
      locaties: 'Proefzaal, Proefstraat 1, 7671 AA Vriezenveen',
      telefoon: '0546 099 876',
      status: 'Actief',
      demo: 'nee',
      pagina: `${SITE}/aanbod/${testAanbod.slug}/`,
    })
    // Heel Twenterand: the stored kernen (the import reads them back as they are), "; " between them.
    const heel = publicApi.aanbod!.find((a) => a.heelTwenterand)!
    expect(records.find((r) => r.id === serviceId(heel.slug))).toMatchObject({
      heel_twenterand: 'ja',
      kernen: (heel.kernen ?? []).map((k: { naam: string }) => k.naam).join('; '),
    })
    for (const a of publicApi.aanbod!) expect(records.find((r) => r.id === serviceId(a.slug))!.demo).toBe(a.demo ? 'ja' : 'nee')
  })
})

describe('privacy', () => {
  const openDataFiles = () => filesIn(path.join(dist, 'open-data'))
  /** A file's text as served: the build's brotli and gzip copies unpacked (read as they are, their bytes can look like anything). */
  const tekst = (f: string) => {
    const buf = fs.readFileSync(f)
    return (f.endsWith('.br') ? zlib.brotliDecompressSync(buf) : f.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8')
  }

  it('no user, contactpersoon or "checked by" name or e-mail appears in any open-data file', () => {
    expect(forbidden.length).toBeGreaterThan(8)
    expect(forbidden).toContain('redacteur@demo.local')
    expect(forbidden).toContain('Demo Redacteur') // stamped on the test aanbod as "laatst gecontroleerd door"
    expect(openDataFiles().length).toBeGreaterThanOrEqual(7)
    for (const f of openDataFiles()) {
      const text = tekst(f).toLowerCase()
      for (const value of forbidden) expect(text.includes(value.toLowerCase()), `${value} in ${path.relative(dist, f)}`).toBe(false)
    }
  })

  it('every e-mail address in the open data is a public one the site shows', () => {
    const shown = new Set(
      [...publicApi.organisaties!.map((o) => o.email), ...publicApi.aanbod!.map((a) => a.contact?.email)]
        .filter(Boolean)
        .map((e: string) => e.toLowerCase()),
    )
    for (const f of openDataFiles().filter((f) => !f.endsWith('.html'))) {
      const found = tekst(f).match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []
      for (const e of found) expect(shown.has(e.toLowerCase()), `${e} in ${path.relative(dist, f)}`).toBe(true)
    }
  })
})

describe('the /open-data/ page', () => {
  it('links every file, names the licences and the profile, and says when it was made', () => {
    const html = read(dist, OPEN_DATA_PADEN.pagina)
    for (const pad of Object.values(OPEN_DATA_PADEN)) {
      if (pad === OPEN_DATA_PADEN.pagina) continue
      expect(html, pad).toContain(`href="${pad}"`)
      expect(html, pad).toContain(`${SITE}${pad}`)
    }
    expect(html).toContain('https://creativecommons.org/publicdomain/zero/1.0/')
    expect(html).toContain('CC BY-SA 4.0')
    expect(html).toContain('Human Services Data Specification: an Open Referral resource (https://openreferral.org/)')
    expect(html).toContain('id="profiel"')
    for (const t of TAXONOMIEEN) expect(html).toContain(t.linkType)
    for (const k of CSV_KOLOMMEN) expect(html).toMatch(new RegExp(`<code[^>]*>${k.naam}</code>`))
    const made = html.match(/<time datetime="([^"]+)"/)?.[1]
    expect(made && Date.now() - Date.parse(made)).toBeLessThan(15 * 60_000)
  })

  it('is linked from the footer of every page', () => {
    expect(read(dist, '/')).toMatch(/<footer[\s\S]*href="\/open-data\/"[\s\S]*<\/footer>/)
    expect(read(dist, '/meldpunt/')).toMatch(/<footer[\s\S]*href="\/open-data\/"[\s\S]*<\/footer>/)
  })
})
