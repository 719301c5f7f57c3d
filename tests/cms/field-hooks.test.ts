/**
 * cms/import/field-hooks.ts, the import's only use of Payload's internal field traversal: it must run the
 * collection's own beforeValidate hooks (tidying, slug) and validation, for a create and for an update merged with the
 * stored document, and write nothing. If a Payload upgrade changes the traversal's arguments, this shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type PayloadRequest } from 'payload'
import { startCms, type TestCms } from '../helpers/payload'
import { checkWithFieldHooks } from '../../cms/import/field-hooks'

let local: TestCms
let req: PayloadRequest
let existing: Record<string, any>
const count = async () => (await local.payload.count({ collection: 'organisaties', overrideAccess: true })).totalDocs

beforeAll(async () => {
  local = await startCms()
  const { payload } = local
  const staff = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'redacteur@test.local', password: 'een-lang-wachtwoord', naam: 'Redacteur', rol: 'redacteur' } as any,
  })
  req = await createLocalReq({ user: { ...staff, collection: 'users' } as any }, payload)
  existing = await payload.create({
    collection: 'organisaties',
    overrideAccess: true,
    data: { naam: 'Stichting Bestaand', telefoon: '0546 111 222' } as any,
  })
}, 120_000)
afterAll(async () => local?.close())

describe('checkWithFieldHooks', () => {
  it('a new document: the field hooks tidy it and make its slug; nothing is saved', async () => {
    const before = await count()
    const { tidied, errors } = await checkWithFieldHooks(
      req,
      'organisaties',
      { naam: 'Huis van de Buurt', email: '  Info@HuisVanDeBuurt.NL ', telefoon: ' 0546 123 456 ' },
      null,
    )
    expect(errors).toEqual([])
    expect(tidied.email).toBe('info@huisvandebuurt.nl')
    expect(tidied.telefoon).toBe('0546 123 456')
    expect(tidied.slug).toBe('huis-van-de-buurt')
    expect(await count()).toBe(before)
  })

  it('a new document: each field error has its path and a Dutch message naming the field', async () => {
    const { errors } = await checkWithFieldHooks(req, 'organisaties', { naam: '', telefoon: 'bel ons maar', email: 'geen adres' }, null)
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]))
    expect(byPath.naam).toBe('Naam: dit veld is verplicht. Vul het in.')
    expect(byPath.telefoon).toMatch(/^Telefoon: /)
    expect(byPath.email).toMatch(/^E-mail: /)
  })

  it('an update is merged with the stored document: what it leaves out stays valid', async () => {
    const { tidied, errors } = await checkWithFieldHooks(req, 'organisaties', { website: 'https://bestaand.example' }, existing)
    expect(errors).toEqual([])
    expect(tidied.website).toBe('https://bestaand.example')
    // The slug check knows which document this is: its own slug is not "taken".
    expect((await checkWithFieldHooks(req, 'organisaties', { slug: existing.slug }, existing)).errors).toEqual([])
    // Another document's slug is.
    const taken = await checkWithFieldHooks(req, 'organisaties', { naam: 'Iets anders', slug: existing.slug }, null)
    expect(taken.errors.map((e) => e.path)).toEqual(['slug'])
  })
})
