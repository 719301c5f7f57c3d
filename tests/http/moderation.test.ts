/**
 * Moderation over real HTTP, as a partner would try to get around it: with "Partners publiceren zelf" off, no
 * change of a partner is public before a redacteur publishes it, whichever way it is sent (update without
 * `_status`, with `_status: 'published'`, `?draft=false`, `?draft=true` + published, a bulk update, duplicate,
 * restoring an old version, an activiteit, the organisatie profile). Fields only the redactie sets are refused.
 * "Klopt nog" says nothing about a document the caller may not change.
 * Partner A is partner1@demo.local (organisatie A), partner B is partner2@demo.local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'

let cms: CmsServer
let partnerA: { token: string; user: any }
let redacteur: { token: string; user: any }
let orgA: number
let orgB: number
let kern: number

const orgOf = (who: { user: any }) => who.user.organisaties[0]?.id ?? who.user.organisaties[0]
const anon = (path: string) => api(cms, 'GET', path)
const asPartner = (method: string, path: string, body?: unknown) => api(cms, method, path, { token: partnerA.token, body })
const asRedacteur = (method: string, path: string, body?: unknown) => api(cms, method, path, { token: redacteur.token, body })

type Soort = 'aanbod' | 'activiteiten'
const dataFor = (soort: Soort, organisatie: number, titel: string) =>
  soort === 'aanbod'
    ? {
        titel,
        samenvatting: 'Voor de moderatietest.',
        organisatie,
        kernen: [kern],
        kosten: { soort: 'gratis' },
        meedoen: { manier: 'vrije-inloop' },
        status: 'actief',
      }
    : {
        titel,
        start: '2027-03-02T13:00:00.000Z',
        einde: '2027-03-02T15:00:00.000Z',
        kern,
        organisatie,
        kosten: { soort: 'gratis' },
        status: 'gepland',
        herhaling: { freq: 'none' },
      }

/** A published document, made by the redacteur. */
async function published(soort: Soort, organisatie: number, titel: string) {
  const res = await asRedacteur('POST', `/api/${soort}`, { ...dataFor(soort, organisatie, titel), _status: 'published' })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  expect((await anon(`/api/${soort}/${res.body.doc.id}`)).body.titel).toBe(titel)
  return res.body.doc as { id: number }
}

/**
 * The change waits: anonymous readers (and so the site) still get `publicTitel` (or nothing, for a new document),
 * the redacteur sees `pendingTitel` marked ter beoordeling, publishes it, and then it is public.
 */
async function expectWaitingThenPublish(soort: Soort, id: number, publicTitel: string | null, pendingTitel: string) {
  const now = await anon(`/api/${soort}/${id}`)
  if (publicTitel === null) expect(now.status).toBe(404)
  else expect(now.body.titel).toBe(publicTitel)
  const list = await anon(`/api/${soort}?limit=0&depth=0&where[titel][equals]=${encodeURIComponent(pendingTitel)}`)
  expect(list.body.totalDocs).toBe(0)

  const waiting = await asRedacteur('GET', `/api/${soort}?draft=true&depth=0&limit=0&where[terBeoordeling][equals]=true`)
  const doc = waiting.body.docs.find((d: any) => d.id === id)
  expect(doc, 'in de lijst "ter beoordeling"').toBeTruthy()
  expect(doc.titel).toBe(pendingTitel)

  const publish = await asRedacteur('PATCH', `/api/${soort}/${id}`, { _status: 'published' })
  expect(publish.status, JSON.stringify(publish.body)).toBe(200)
  expect((await anon(`/api/${soort}/${id}`)).body.titel).toBe(pendingTitel)
  const after = await asRedacteur('GET', `/api/${soort}?draft=true&depth=0&limit=0&where[terBeoordeling][equals]=true`)
  expect(after.body.docs.map((d: any) => d.id)).not.toContain(id)
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  partnerA = await login(cms, 'partner1@demo.local')
  const partnerB = await login(cms, 'partner2@demo.local')
  redacteur = await login(cms, 'redacteur@demo.local')
  orgA = orgOf(partnerA)
  orgB = orgOf(partnerB)
  expect(orgA).not.toBe(orgB)
  kern = (await anon('/api/kernen?limit=1')).body.docs[0].id
  // The demo starts with "Partners publiceren zelf" on: the redacteur turns it off.
  expect((await anon('/api/globals/site')).body.partnersPublicerenZelf).toBe(true)
  const off = await asRedacteur('POST', '/api/globals/site', { partnersPublicerenZelf: false })
  expect(off.status, JSON.stringify(off.body)).toBe(200)
  expect((await anon('/api/globals/site')).body.partnersPublicerenZelf).toBe(false)
}, 180_000)
afterAll(async () => cms?.close())

describe('"Partners publiceren zelf" off: every way a partner changes published content waits for a redacteur', () => {
  const updates: [string, string, Record<string, unknown>][] = [
    ['PATCH without _status', '', {}],
    ['PATCH with _status published', '', { _status: 'published' }],
    ['PATCH ?draft=false with _status published', '?draft=false', { _status: 'published' }],
    ['PATCH ?draft=true with _status published', '?draft=true', { _status: 'published' }],
  ]
  for (const soort of ['aanbod', 'activiteiten'] as const) {
    for (const [name, query, extra] of updates) {
      it(`${soort}: ${name}`, async () => {
        const doc = await published(soort, orgA, `${soort} ${name}`)
        const res = await asPartner('PATCH', `/api/${soort}/${doc.id}${query}`, { titel: `Gewijzigd: ${soort} ${name}`, ...extra })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        await expectWaitingThenPublish(soort, doc.id, `${soort} ${name}`, `Gewijzigd: ${soort} ${name}`)
      })
    }
  }

  it('aanbod: a bulk PATCH (?where=) without _status', async () => {
    const doc = await published('aanbod', orgA, 'Bulk')
    const res = await asPartner('PATCH', `/api/aanbod?where[id][equals]=${doc.id}`, { titel: 'Bulk gewijzigd' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    await expectWaitingThenPublish('aanbod', doc.id, 'Bulk', 'Bulk gewijzigd')
  })

  it('aanbod: a new one, also with ?draft=false and _status published', async () => {
    const res = await asPartner('POST', '/api/aanbod?draft=false', { ...dataFor('aanbod', orgA, 'Nieuw van A'), _status: 'published' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    await expectWaitingThenPublish('aanbod', res.body.doc.id, null, 'Nieuw van A')
  })

  it('aanbod: duplicate with ?draft=false (with its own slug, or one made from the title)', async () => {
    const doc = await published('aanbod', orgA, 'Origineel')
    for (const [titel, extra] of [
      ['Kopie met eigen slug', { slug: 'kopie-met-eigen-slug' }],
      ['Kopie van het origineel', {}],
    ] as const) {
      const res = await asPartner('POST', `/api/aanbod/${doc.id}/duplicate?draft=false`, { organisatie: orgA, titel, ...extra })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const copy = res.body.doc.id
      expect(copy).not.toBe(doc.id)
      await expectWaitingThenPublish('aanbod', copy, null, titel)
    }
  })

  it('aanbod: restoring an old version', async () => {
    const doc = await published('aanbod', orgA, 'Oude titel')
    expect((await asRedacteur('PATCH', `/api/aanbod/${doc.id}`, { titel: 'Huidige titel', _status: 'published' })).status).toBe(200)
    const versions = await asPartner('GET', `/api/aanbod/versions?where[parent][equals]=${doc.id}&limit=0&depth=0`)
    expect(versions.status).toBe(200)
    const old = versions.body.docs.find((v: any) => v.version.titel === 'Oude titel' && v.version._status === 'published')
    expect(old).toBeTruthy()
    // Restoring it as it was (published) is refused, saying what to do instead.
    const res = await asPartner('POST', `/api/aanbod/versions/${old.id}`)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain('Herstellen als concept')
    expect((await anon(`/api/aanbod/${doc.id}`)).body.titel).toBe('Huidige titel')
    // "Herstellen als concept", then publish: it waits for the redacteur.
    const asDraft = await asPartner('POST', `/api/aanbod/versions/${old.id}?draft=true`)
    expect(asDraft.status, JSON.stringify(asDraft.body)).toBe(200)
    expect((await anon(`/api/aanbod/${doc.id}`)).body.titel).toBe('Huidige titel')
    expect((await asPartner('PATCH', `/api/aanbod/${doc.id}`, { _status: 'published' })).status).toBe(200)
    await expectWaitingThenPublish('aanbod', doc.id, 'Huidige titel', 'Oude titel')
  })

  it('a partner may still take its own aanbod offline (less public, never more)', async () => {
    const doc = await published('aanbod', orgA, 'Gaat offline')
    const res = await asPartner('PATCH', `/api/aanbod/${doc.id}`, { _status: 'draft' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await anon(`/api/aanbod/${doc.id}`)).status).toBe(404)
  })
})

describe('the organisatie profile has no drafts: with the setting off, its public part goes through the redactie', () => {
  it("a partner's change to a public field is refused with a Dutch message naming it; nothing is stored", async () => {
    const before = (await anon(`/api/organisaties/${orgA}?depth=0`)).body
    const versions = (await asRedacteur('GET', `/api/organisaties/versions?where[parent][equals]=${orgA}&limit=0`)).body.totalDocs
    const res = await asPartner('PATCH', `/api/organisaties/${orgA}`, { korteOmschrijving: 'Meteen op de site?' })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^Korte omschrijving: .*redactie/)
    expect((await anon(`/api/organisaties/${orgA}?depth=0`)).body.korteOmschrijving).toBe(before.korteOmschrijving)
    expect((await asRedacteur('GET', `/api/organisaties/versions?where[parent][equals]=${orgA}&limit=0`)).body.totalDocs).toBe(versions)
  })

  it('the contactpersonen (never public) stay the partner’s own to change; the redacteur changes the rest', async () => {
    const res = await asPartner('PATCH', `/api/organisaties/${orgA}`, {
      contactpersonen: [{ naam: 'Nieuwe contactpersoon', email: 'nieuw@demo.local' }],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    // The whole profile sent back unchanged (as the admin form does) is fine too.
    const own = (await asPartner('GET', `/api/organisaties/${orgA}?depth=0`)).body
    const { id, createdAt, updatedAt, ...rest } = own
    expect((await asPartner('PATCH', `/api/organisaties/${orgA}`, rest)).status).toBe(200)
    const staff = await asRedacteur('PATCH', `/api/organisaties/${orgA}`, { korteOmschrijving: 'Door de redactie.' })
    expect(staff.status).toBe(200)
    expect((await anon(`/api/organisaties/${orgA}`)).body.korteOmschrijving).toBe('Door de redactie.')
  })
})

describe('fields only the redactie sets', () => {
  it('a partner setting the demo flag or the placemats gets a 400 naming the field, and nothing is stored', async () => {
    const doc = await published('aanbod', orgA, 'Zonder vlag')
    const versions = async () => (await asRedacteur('GET', `/api/aanbod/versions?where[parent][equals]=${doc.id}&limit=0`)).body.totalDocs
    const count = await versions()
    for (const [veld, label] of [
      [{ demo: true }, 'Voorbeeld (demo-inhoud)'],
      [{ placemats: ['jeugd'] }, 'Op de placemat'],
    ] as const) {
      const res = await asPartner('PATCH', `/api/aanbod/${doc.id}?draft=true`, { titel: 'Met vlag', _status: 'draft', ...veld })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(JSON.stringify(res.body)).toContain(`${label}: alleen de redactie mag dit veld wijzigen.`)
    }
    expect(await versions()).toBe(count)
    const latest = (await asRedacteur('GET', `/api/aanbod/${doc.id}?draft=true&depth=0`)).body
    expect(latest.titel).toBe('Zonder vlag')
    expect(latest.demo).toBe(false)
    expect(latest.placemats ?? []).toEqual([])

    const created = await asPartner('POST', '/api/aanbod', { ...dataFor('aanbod', orgA, 'Nieuw met vlag'), demo: true })
    expect(created.status).toBe(400)
    expect(
      (await asRedacteur('GET', `/api/aanbod?draft=true&where[titel][equals]=${encodeURIComponent('Nieuw met vlag')}`)).body.totalDocs,
    ).toBe(0)

    const activiteit = await published('activiteiten', orgA, 'Activiteit zonder vlag')
    const act = await asPartner('PATCH', `/api/activiteiten/${activiteit.id}`, { demo: true })
    expect(act.status).toBe(400)
    expect(JSON.stringify(act.body)).toContain('Voorbeeld (demo-inhoud): alleen de redactie')
  })

  it('sending the value it already has is fine (the admin sends the whole form); the redacteur sets it', async () => {
    const doc = await published('aanbod', orgA, 'Vlag blijft')
    const res = await asPartner('PATCH', `/api/aanbod/${doc.id}?draft=true`, {
      titel: 'Vlag blijft uit',
      demo: false,
      placemats: [],
      _status: 'draft',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const staff = await asRedacteur('PATCH', `/api/aanbod/${doc.id}`, { demo: true, placemats: ['jeugd'], _status: 'published' })
    expect(staff.status).toBe(200)
    expect((await anon(`/api/aanbod/${doc.id}?depth=0`)).body).toMatchObject({ demo: true, placemats: ['jeugd'] })
  })
})

describe('klopt nog checks the caller’s rights before it says anything about a document', () => {
  it("another organisation's aanbod (also one with a draft waiting) and one that does not exist get the same answer", async () => {
    const plain = await published('aanbod', orgB, 'Van B')
    const withDraft = await published('aanbod', orgB, 'Van B met concept')
    expect(
      (await asRedacteur('PATCH', `/api/aanbod/${withDraft.id}?draft=true`, { titel: 'Concept van B', _status: 'draft' })).status,
    ).toBe(200)
    const missing = 987654321
    const answers = await Promise.all(
      [plain.id, withDraft.id, missing, 'geen-id'].map((id) => asPartner('POST', `/api/aanbod/${id}/klopt-nog`)),
    )
    for (const res of answers) {
      expect(res.status).toBe(403)
      expect(res.body).toEqual(answers[2]!.body)
    }
    expect(answers[2]!.body.message).toMatch(/niet/)
  })

  it('on its own aanbod with a draft waiting, the partner is told so (409)', async () => {
    const own = await published('aanbod', orgA, 'Eigen met concept')
    expect((await asPartner('PATCH', `/api/aanbod/${own.id}?draft=true`, { titel: 'Eigen concept', _status: 'draft' })).status).toBe(200)
    const res = await asPartner('POST', `/api/aanbod/${own.id}/klopt-nog`)
    expect(res.status).toBe(409)
  })
})
