/**
 * The access log of meldingen on the Local API (real SQLite): what the server's own calls log and what they do not,
 * the website form's create (no user), and a melding read through a relation of another document. Over HTTP for
 * every role: tests/http/meldingen-toegang.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zonderLogboek } from '../../cms/logboek'
import { startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let meldpunt: any

const basis = {
  kanaal: 'telefoon',
  melder: 'zelf',
  contactWijze: 'anoniem',
  tekst: 'Ik zit veel alleen thuis.',
  doelAkkoord: true,
} as const

const regels = async () =>
  (await cms.payload.find({ collection: 'meldingen-logboek', overrideAccess: true, limit: 0, sort: '-wanneer', depth: 0 })).docs
const nieuwIn = (voor: { id: unknown }[], na: any[]) => {
  const oud = new Set(voor.map((r) => r.id))
  return na.filter((r) => !oud.has(r.id))
}

beforeAll(async () => {
  cms = await startCms()
  meldpunt = await cms.payload.create({
    collection: 'users',
    data: { email: 'meldpunt@test.local', password: 'Lang-genoeg-wachtwoord-1', naam: 'Mia Meldpunt', rol: 'meldpunt' } as any,
    overrideAccess: true,
  })
  meldpunt.collection = 'users'
}, 120_000)
afterAll(async () => cms?.close())

describe('logboek: what the server does itself', () => {
  it('logs a website melding (no user) as created from the website, and not its number lookup', async () => {
    const voor = await regels()
    const m = await cms.payload.create({ collection: 'meldingen', data: { ...basis, kanaal: 'website' } as any, overrideAccess: true })
    const nieuw = nieuwIn(voor, await regels())
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.herkomst, r.gebruikerNaam, r.gebruiker ?? null])).toEqual([
      ['aanmaken', m.nummer, 'website', 'melder (website)', null],
    ])
  })

  it("does not log the server's own reads without a user, nor calls marked with zonderLogboek", async () => {
    const m = await cms.payload.create({ collection: 'meldingen', data: { ...basis } as any, overrideAccess: false, user: meldpunt })
    const voor = await regels()
    await cms.payload.find({ collection: 'meldingen', overrideAccess: true })
    await cms.payload.findByID({ collection: 'meldingen', id: m.id, overrideAccess: true })
    // A job's own calls carry the flag (e.g. the retention job, which logs its own 'wissen' line).
    await cms.payload.find({ collection: 'meldingen', overrideAccess: true, context: { geenLogboek: true }, user: meldpunt })
    await cms.payload.update({
      collection: 'meldingen',
      id: m.id,
      data: { status: 'in-behandeling' },
      overrideAccess: true,
      context: { geenLogboek: true },
    })
    expect(nieuwIn(voor, await regels())).toEqual([])
  })

  it('zonderLogboek silences only the call inside it, not the rest of the request', async () => {
    const m = await cms.payload.create({ collection: 'meldingen', data: { ...basis } as any, overrideAccess: false, user: meldpunt })
    const req = { context: {}, user: meldpunt, payload: cms.payload } as any
    const voor = await regels()
    await zonderLogboek(req, () => cms.payload.findByID({ collection: 'meldingen', id: m.id, req, overrideAccess: false }))
    expect(nieuwIn(voor, await regels())).toEqual([])
    await cms.payload.findByID({ collection: 'meldingen', id: m.id, req, overrideAccess: false })
    expect(nieuwIn(voor, await regels()).map((r) => [r.actie, r.meldingen])).toEqual([['lezen', m.nummer]])
  })
})

describe('logboek: what a worker does on the Local API (the admin)', () => {
  it('logs a read, a list, a change with the field names, and a delete, each once, with the worker', async () => {
    const o = { collection: 'meldingen' as const, overrideAccess: false, user: meldpunt }
    const m = await cms.payload.create({ ...o, data: { ...basis } as any })
    const voor = await regels()
    await cms.payload.findByID({ ...o, id: m.id })
    await cms.payload.find({ ...o, where: { id: { equals: m.id } } })
    await cms.payload.update({ ...o, id: m.id, data: { status: 'afgesloten', notities: [{ tekst: 'Gebeld.' }] } as any })
    await cms.payload.delete({ ...o, id: m.id })
    const nieuw = nieuwIn(voor, await regels()).reverse()
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.details ?? null])).toEqual([
      ['lezen', m.nummer, null],
      ['lijst', m.nummer, '1 getoond'],
      ['wijzigen', m.nummer, 'velden: afgeslotenOp, geschiedenis, notities, status'],
      ['verwijderen', m.nummer, null],
    ])
    expect(new Set(nieuw.map((r) => r.gebruikerNaam))).toEqual(new Set(['Mia Meldpunt <meldpunt@test.local>']))
    expect(JSON.stringify(nieuw)).not.toContain('Gebeld')
  })

  it('logs a melding read through a relation of another document (a lock read at depth 1) as "lezen"', async () => {
    const m = await cms.payload.create({ collection: 'meldingen', data: { ...basis } as any, overrideAccess: false, user: meldpunt })
    // A relation into meldingen that is populated: the lock's `document` has maxDepth 0, so read the melding the way a
    // populated relation is read (Payload's dataloader: a find with currentDepth > 0).
    const voor = await regels()
    await cms.payload.find({
      collection: 'meldingen',
      where: { id: { in: [m.id] } },
      currentDepth: 1,
      overrideAccess: false,
      user: meldpunt,
    } as any)
    expect(nieuwIn(voor, await regels()).map((r) => [r.actie, r.meldingen, r.details])).toEqual([
      ['lezen', m.nummer, 'via een koppeling in een ander document'],
    ])
  })
})
