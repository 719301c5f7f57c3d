/**
 * The content model's rules, through Payload's Local API on a real (temporary) database:
 * good input is stored, bad input is refused with a Dutch message naming the field, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { startCms, validationErrors, type TestCms } from '../helpers/payload'

let cms: TestCms
let payload: Payload
let kern: number | string
let org: number | string

const aanbod = (over: Record<string, any> = {}): any => ({
  titel: 'Koffieochtend in het buurthuis',
  samenvatting: 'Elke dinsdag koffie drinken en bijpraten. Iedereen is welkom.',
  organisatie: org,
  kernen: [kern],
  kosten: { soort: 'gratis' },
  meedoen: { manier: 'vrije-inloop' },
  status: 'actief',
  _status: 'published',
  ...over,
})

const activiteit = (over: Record<string, any> = {}): any => ({
  titel: 'Kerstinloop',
  start: '2026-12-22T13:00:00.000Z',
  einde: '2026-12-22T15:00:00.000Z',
  kern,
  organisatie: org,
  kosten: { soort: 'gratis' },
  status: 'gepland',
  herhaling: { freq: 'none' },
  _status: 'published',
  ...over,
})

const count = async (collection: 'aanbod' | 'activiteiten' | 'organisaties') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

/** Expect the create to fail naming `field` (its label in the message, its path in the errors), storing nothing. */
async function rejects(collection: 'aanbod' | 'activiteiten' | 'organisaties', data: Record<string, any>, path: string, label: RegExp) {
  const before = await count(collection)
  const { message, errors } = await validationErrors(payload.create({ collection, data, overrideAccess: true } as any))
  const error = errors.find((e) => e.path === path)
  expect(error, `error for ${path} in ${JSON.stringify(errors)}`).toBeTruthy()
  expect(error!.message).toMatch(label)
  expect(message).toMatch(/^(Het volgende veld is ongeldig|De volgende velden zijn ongeldig)/)
  expect(await count(collection)).toBe(before)
}

beforeAll(async () => {
  cms = await startCms()
  payload = cms.payload
  kern = (await payload.create({ collection: 'kernen', data: { naam: 'Den Ham', slug: 'den-ham' } as any, overrideAccess: true })).id
  org = (
    await payload.create({ collection: 'organisaties', data: { naam: 'Buurthuis De Linde (voorbeeld)' } as any, overrideAccess: true })
  ).id
})
afterAll(async () => cms?.close())

describe('aanbod', () => {
  it('stores a good listing and makes its slug from the title', async () => {
    const doc = await payload.create({
      collection: 'aanbod',
      overrideAccess: true,
      data: aanbod({
        contact: { telefoon: '0546 012 345', email: 'Info@De-Linde.example ', website: 'https://de-linde.example' },
        locaties: [{ naam: 'Buurthuis', adres: 'Lindelaan 1', postcode: '7683ab', plaats: 'Den Ham', latitude: 52.465, longitude: 6.4942 }],
        tijden: {
          omschrijving: 'Elke dinsdag',
          schema: [{ freq: 'WEEKLY', interval: 1, byday: ['TU'], opensAt: '10:00', closesAt: '12:00' }],
        },
        kosten: { soort: 'eigen-bijdrage', bedrag: 1.5 },
      }),
    })
    expect(doc.slug).toBe('koffieochtend-in-het-buurthuis')
    expect(doc.contact?.email).toBe('info@de-linde.example')
    expect(doc.locaties?.[0]?.postcode).toBe('7683 AB')
  })

  it('keeps slugs unique: a second listing with the same title gets -2', async () => {
    const doc = await payload.create({ collection: 'aanbod', overrideAccess: true, data: aanbod() })
    expect(doc.slug).toBe('koffieochtend-in-het-buurthuis-2')
  })

  it('refuses a slug that is already used, or badly formed', async () => {
    await rejects('aanbod', aanbod({ slug: 'koffieochtend-in-het-buurthuis' }), 'slug', /wordt al gebruikt/)
    await rejects('aanbod', aanbod({ slug: 'Koffie Ochtend!' }), 'slug', /^Slug \(webadres\): gebruik alleen kleine letters/)
  })

  it('refuses a duplicate slug also for a draft (the database keeps it unique)', async () => {
    const before = await count('aanbod')
    await expect(
      payload.create({
        collection: 'aanbod',
        overrideAccess: true,
        draft: true,
        data: aanbod({ slug: 'koffieochtend-in-het-buurthuis', _status: 'draft' }),
      } as any),
    ).rejects.toThrow()
    expect(await count('aanbod')).toBe(before)
  })

  it.each([
    ['contact.telefoon', { contact: { telefoon: '12345' } }, /^Telefoon: dit is geen geldig Nederlands telefoonnummer/],
    ['contact.email', { contact: { email: 'info-at-linde' } }, /^E-mail: dit is geen geldig e-mailadres/],
    ['contact.website', { contact: { website: 'www.de-linde.nl' } }, /^Website: dit is geen geldig webadres/],
    ['contact.website', { contact: { website: 'javascript:alert(1)' } }, /^Website: /],
    ['locaties.0.postcode', { locaties: [{ naam: 'X', postcode: '7683' }] }, /^Postcode: dit is geen geldige postcode/],
    ['locaties.0.latitude', { locaties: [{ naam: 'X', latitude: 95, longitude: 6.5 }] }, /^Breedtegraad: /],
    ['locaties.0.longitude', { locaties: [{ naam: 'X', latitude: 52.4, longitude: -200 }] }, /^Lengtegraad: /],
    ['locaties.0.latitude', { locaties: [{ naam: 'X', latitude: 52.4 }] }, /allebei/],
    ['titel', { titel: '' }, /^Titel: dit veld is verplicht/],
    ['samenvatting', { samenvatting: 'a'.repeat(201) }, /^Samenvatting: gebruik niet meer dan 200 tekens \(nu 201\)/],
    ['kernen', { kernen: [] }, /^Kernen: kies minstens één kern/],
    ['kosten.bedrag', { kosten: { soort: 'eigen-bijdrage' } }, /^Bedrag in euro: vul bij een eigen bijdrage/],
    ['kosten.bedrag', { kosten: { soort: 'eigen-bijdrage', bedrag: -2 } }, /^Bedrag in euro: /],
    ['meedoen.aanmeldinformatie', { meedoen: { manier: 'aanmelden' } }, /^Aanmelden: hoe en bij wie: dit veld is verplicht/],
    ['tijden.schema.0.freq', { tijden: { schema: [{ freq: 'WEEKLY', interval: 1, byday: [] }] } }, /^Vaste tijd – dagen/],
    ['tijden.schema.0.freq', { tijden: { schema: [{ freq: 'MONTHLY', interval: 1 }] } }, /^Vaste tijd: kies bij "elke maand"/],
    ['tijden.schema.0.freq', { tijden: { schema: [{ freq: 'WEEKLY', interval: 0, byday: ['MO'] }] } }, /om de hoeveel/],
    [
      'tijden.schema.0.closesAt',
      { tijden: { schema: [{ freq: 'WEEKLY', interval: 1, byday: ['MO'], opensAt: '14:00', closesAt: '13:00' }] } },
      /^Tot: moet later zijn dan van/,
    ],
    [
      'tijden.schema.0.opensAt',
      { tijden: { schema: [{ freq: 'WEEKLY', interval: 1, byday: ['MO'], opensAt: '9 uur' }] } },
      /^Van: schrijf de tijd als uu:mm/,
    ],
  ])('refuses a bad %s', async (path, over, message) => {
    await rejects('aanbod', aanbod(over), path, message)
  })

  it('refuses a listing without organisatie', async () => {
    await rejects('aanbod', aanbod({ organisatie: undefined }), 'organisatie', /verplicht/i)
  })

  it('accepts "heel Twenterand" without kernen', async () => {
    const doc = await payload.create({
      collection: 'aanbod',
      overrideAccess: true,
      data: aanbod({ titel: 'Luisterlijn-folder', kernen: [], heelTwenterand: true }),
    })
    expect(doc.heelTwenterand).toBe(true)
  })

  it('stores nothing of a failed update', async () => {
    const doc = await payload.create({ collection: 'aanbod', overrideAccess: true, data: aanbod({ titel: 'Wandelen op woensdag' }) })
    await validationErrors(
      payload.update({
        collection: 'aanbod',
        id: doc.id,
        overrideAccess: true,
        data: { titel: 'Nieuwe titel', contact: { telefoon: 'bel ons' } },
      }),
    )
    const after = await payload.findByID({ collection: 'aanbod', id: doc.id, overrideAccess: true })
    expect(after.titel).toBe('Wandelen op woensdag')
    expect(after.contact?.telefoon ?? null).toBeNull()
  })

  it('carries the freshness state of the check date', async () => {
    const old = new Date(Date.now() - 400 * 86400000).toISOString()
    const doc = await payload.create({
      collection: 'aanbod',
      overrideAccess: true,
      data: aanbod({ titel: 'Oud aanbod', laatstGecontroleerd: { datum: old, door: 'Test' } }),
    })
    expect(doc.laatstGecontroleerd?.versheid).toBe('verouderd')
  })
})

describe('activiteiten', () => {
  it('stores a good recurring activity', async () => {
    const doc = await payload.create({
      collection: 'activiteiten',
      overrideAccess: true,
      data: activiteit({
        titel: 'Samen wandelen',
        herhaling: {
          freq: 'WEEKLY',
          interval: 1,
          byday: ['TU'],
          until: '2027-02-01T12:00:00.000Z',
          uitzonderingen: [{ datum: '2026-12-29T11:00:00.000Z' }],
        },
      }),
    })
    expect(doc.slug).toBe('samen-wandelen')
    expect(doc.herhaling?.uitzonderingen).toHaveLength(1)
  })
  it.each([
    ['einde', { einde: '2026-12-22T12:00:00.000Z' }, /^Eindigt: moet later zijn dan begint/],
    ['start', { start: undefined }, /^Begint: dit veld is verplicht/],
    [
      'herhaling.until',
      { herhaling: { freq: 'WEEKLY', interval: 1, until: '2026-12-01T12:00:00.000Z' } },
      /^Herhalen tot en met: moet later zijn dan begint/,
    ],
    ['herhaling.freq', { herhaling: { freq: 'WEEKLY', interval: 0 } }, /om de hoeveel/],
    ['herhaling.freq', { herhaling: { freq: 'HOURLY', interval: 1 } }, /.+/],
    ['aanmelden.informatie', { aanmelden: { nodig: true } }, /^Hoe meldt u zich aan\?: dit veld is verplicht/],
    ['locatie.postcode', { locatie: { postcode: 'ABCD 12' } }, /^Postcode: /],
  ])('refuses a bad %s', async (path, over, message) => {
    await rejects('activiteiten', activiteit(over), path, message)
  })
  it('refuses an activity without kern', async () => {
    await rejects('activiteiten', activiteit({ kern: undefined }), 'kern', /verplicht/i)
  })
})

describe('organisaties', () => {
  it.each([
    ['website', { website: 'zorgsaam.nl' }, /^Website: /],
    ['telefoon', { telefoon: '0546-12' }, /^Telefoon: /],
    ['adres.postcode', { adres: { postcode: '12345' } }, /^Postcode: /],
    ['contactpersonen.0.email', { contactpersonen: [{ naam: 'Anja', email: 'anja' }] }, /^E-mail: /],
    ['naam', { naam: '' }, /^Naam: dit veld is verplicht/],
  ])('refuses a bad %s', async (path, over, message) => {
    await rejects('organisaties', { naam: 'Voorbeeldclub (voorbeeld)', ...over }, path, message)
  })
})

describe('globals', () => {
  it('refuses a helpline with an invalid number, naming the field', async () => {
    const { errors } = await validationErrors(
      payload.updateGlobal({
        slug: 'meldpunt',
        overrideAccess: true,
        data: { titel: 'Meldpunt', hulplijnen: [{ naam: 'Lijn', telefoon: '0800' }] },
      }),
    )
    expect(errors.find((e) => e.path === 'hulplijnen.0.telefoon')?.message).toMatch(/^Telefoon: /)
    const meldpunt = await payload.findGlobal({ slug: 'meldpunt', overrideAccess: true })
    expect(meldpunt.hulplijnen ?? []).toHaveLength(0)
  })
  it('refuses a Burenkaart category code that is no slug', async () => {
    const { errors } = await validationErrors(
      payload.updateGlobal({
        slug: 'burenkaart',
        overrideAccess: true,
        data: { titel: 'Burenkaart', categorieen: [{ slug: 'Hond Uitlaten', naam: 'Hond' }] },
      }),
    )
    expect(errors.find((e) => e.path === 'categorieen.0.slug')?.message).toMatch(/^Code: /)
  })
})

describe('what anonymous visitors can read', () => {
  it('does not show drafts to anonymous reads, but does to logged-in editors', async () => {
    const draft = (await payload.create({
      collection: 'aanbod',
      overrideAccess: true,
      draft: true,
      data: aanbod({ titel: 'Geheim concept', _status: 'draft' }),
    } as any)) as any
    const anon = await payload.find({ collection: 'aanbod', overrideAccess: false, limit: 0, where: { slug: { equals: draft.slug } } })
    expect(anon.totalDocs).toBe(0)
    await expect(payload.findByID({ collection: 'aanbod', id: draft.id, overrideAccess: false })).rejects.toThrow()
    await expect(payload.findVersions({ collection: 'aanbod', overrideAccess: false })).rejects.toThrow()
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'red@test.local', password: 'een-lang-wachtwoord', naam: 'Red', rol: 'redacteur' },
    })
    const asEditor = await payload.find({
      collection: 'aanbod',
      overrideAccess: false,
      user,
      draft: true,
      where: { slug: { equals: draft.slug } },
    })
    expect(asEditor.totalDocs).toBe(1)
  })

  it('never shows contactpersonen or users to anonymous reads', async () => {
    const o = await payload.create({
      collection: 'organisaties',
      overrideAccess: true,
      data: { naam: 'Club (voorbeeld)', contactpersonen: [{ naam: 'Gerrit Jansen', email: 'gerrit@demo.local' }] } as any,
    })
    const anon = await payload.findByID({ collection: 'organisaties', id: o.id, overrideAccess: false })
    expect(anon.contactpersonen ?? []).toEqual([])
    expect(JSON.stringify(anon)).not.toContain('gerrit@demo.local')
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('refuses a partner without organisatie', async () => {
    const { errors } = await validationErrors(
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: 'p@test.local', password: 'een-lang-wachtwoord', naam: 'P', rol: 'partner' },
      }),
    )
    expect(errors.find((e) => e.path === 'organisaties')?.message).toMatch(/^Organisaties: /)
  })
})
