/**
 * The melding's own bookkeeping and rules on the Local API (real SQLite): its number, the history of status changes,
 * the end moment for retention, the checks that name the field, and who may touch it at all. The same access rules
 * over HTTP, as an attacker would try them: tests/http/meldingen-toegang.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms, validationErrors } from '../helpers/payload'

let cms: TestCms
const users: Record<string, any> = {}
let kern: number | string

const basis = {
  kanaal: 'telefoon',
  melder: 'zelf',
  contactWijze: 'telefoon',
  naam: 'Test Persoon',
  telefoon: '0546 123456',
  tekst: 'Ik zit veel alleen thuis.',
  doelAkkoord: true,
} as const

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
  kern = (await cms.payload.create({ collection: 'kernen', data: { naam: 'Den Ham', slug: 'den-ham' } as any, overrideAccess: true })).id
}, 120_000)

afterAll(async () => {
  await cms?.close()
  delete process.env.MELDPUNT_BEHEERDER_TOEGANG
})

describe('meldingen: nummer, geschiedenis, afgesloten', () => {
  it('gives each new melding the next number of the year, and ignores a number a client sends', async () => {
    const jaar = new Date().getFullYear()
    const a = await cms.payload.create({
      collection: 'meldingen',
      data: { ...basis, kern } as any,
      overrideAccess: false,
      user: users.meldpunt,
    })
    const b = await cms.payload.create({
      collection: 'meldingen',
      data: { ...basis, nummer: 'M-1999-9999', status: 'nieuw' } as any,
      overrideAccess: false,
      user: users.meldpunt,
    })
    expect(a.nummer).toBe(`M-${jaar}-0001`)
    expect(b.nummer).toBe(`M-${jaar}-0002`)
    expect(a.status).toBe('nieuw')
    expect(a.geschiedenis).toHaveLength(1)
    expect(a.geschiedenis![0]).toMatchObject({ naar: 'nieuw', door: 'Test meldpunt' })
    expect(a.afgeslotenOp ?? null).toBeNull()
    // A number cannot be changed afterwards either.
    const c = await cms.payload.update({
      collection: 'meldingen',
      id: a.id,
      data: { nummer: 'M-1999-0001' } as any,
      overrideAccess: false,
      user: users.meldpunt,
    })
    expect(c.nummer).toBe(`M-${jaar}-0001`)
  })

  it('records every status change, sets the end moment on afgesloten and clears it when reopened', async () => {
    const m = await cms.payload.create({ collection: 'meldingen', data: { ...basis } as any, overrideAccess: false, user: users.meldpunt })
    const opts = { collection: 'meldingen' as const, id: m.id, overrideAccess: false, user: users.meldpunt }
    await cms.payload.update({ ...opts, data: { status: 'in-behandeling' } })
    const dicht = await cms.payload.update({ ...opts, data: { status: 'afgesloten' } })
    expect(dicht.afgeslotenOp).toBeTruthy()
    // Changing something else keeps the end moment and adds no history.
    const notitie = await cms.payload.update({ ...opts, data: { notities: [{ tekst: 'Gebeld, gaat goed.' }] } as any })
    expect(notitie.afgeslotenOp).toBe(dicht.afgeslotenOp)
    expect(notitie.geschiedenis).toHaveLength(3)
    // A client cannot rewrite the history or the end moment.
    const poging = await cms.payload.update({ ...opts, data: { geschiedenis: [], afgeslotenOp: '2000-01-01T00:00:00.000Z' } as any })
    expect(poging.geschiedenis).toHaveLength(3)
    expect(poging.afgeslotenOp).toBe(dicht.afgeslotenOp)
    const open = await cms.payload.update({ ...opts, data: { status: 'in-behandeling' } })
    expect(open.afgeslotenOp ?? null).toBeNull()
    expect(open.geschiedenis!.map((g: any) => [g.van ?? null, g.naar])).toEqual([
      [null, 'nieuw'],
      ['nieuw', 'in-behandeling'],
      ['in-behandeling', 'afgesloten'],
      ['afgesloten', 'in-behandeling'],
    ])
  })
})

describe('meldingen: checks name the field', () => {
  it('asks for consent of the person when the melding is about someone else', async () => {
    const { errors } = await validationErrors(
      cms.payload.create({
        collection: 'meldingen',
        data: { ...basis, melder: 'naaste' } as any,
        overrideAccess: false,
        user: users.meldpunt,
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['toestemmingBetrokkene'])
    expect(errors[0].message).toMatch(/^Weet de persoon het en vindt die het goed/)
  })

  it('asks for the phone number when the melder wants a call, and for the purpose consent', async () => {
    const { errors } = await validationErrors(
      cms.payload.create({
        collection: 'meldingen',
        data: { ...basis, telefoon: undefined, doelAkkoord: false } as any,
        overrideAccess: false,
        user: users.meldpunt,
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['doelAkkoord', 'telefoon'])
    expect(errors.find((e) => e.path === 'telefoon')!.message).toMatch(/^Telefoon: /)
  })

  it('stores nothing when a check fails', async () => {
    const voor = (await cms.payload.count({ collection: 'meldingen', overrideAccess: true })).totalDocs
    await validationErrors(
      cms.payload.create({
        collection: 'meldingen',
        data: { ...basis, email: 'geen-adres' } as any,
        overrideAccess: false,
        user: users.meldpunt,
      }),
    )
    expect((await cms.payload.count({ collection: 'meldingen', overrideAccess: true })).totalDocs).toBe(voor)
  })
})

describe('meldingen: only the meldpunt role', () => {
  it.each(['beheerder', 'redacteur', 'partner', 'anoniem'])('refuses %s to list, read, create, change or delete', async (rol) => {
    const user = rol === 'anoniem' ? undefined : users[rol]
    const m = await cms.payload.create({ collection: 'meldingen', data: { ...basis } as any, overrideAccess: true })
    const o = { collection: 'meldingen' as const, overrideAccess: false, user }
    await expect(cms.payload.find(o)).rejects.toMatchObject({ status: 403 })
    await expect(cms.payload.findByID({ ...o, id: m.id })).rejects.toMatchObject({ status: 403 })
    await expect(cms.payload.create({ ...o, data: { ...basis } as any })).rejects.toMatchObject({ status: 403 })
    await expect(cms.payload.update({ ...o, id: m.id, data: { status: 'afgesloten' } })).rejects.toMatchObject({ status: 403 })
    await expect(cms.payload.delete({ ...o, id: m.id })).rejects.toMatchObject({ status: 403 })
    const na = await cms.payload.findByID({ collection: 'meldingen', id: m.id, overrideAccess: true })
    expect(na.status).toBe('nieuw')
  })

  it('lets a beheerder in only when the operator allows it (MELDPUNT_BEHEERDER_TOEGANG=true)', async () => {
    process.env.MELDPUNT_BEHEERDER_TOEGANG = 'true'
    try {
      const { totalDocs } = await cms.payload.find({ collection: 'meldingen', overrideAccess: false, user: users.beheerder })
      expect(totalDocs).toBeGreaterThan(0)
    } finally {
      delete process.env.MELDPUNT_BEHEERDER_TOEGANG
    }
    await expect(cms.payload.find({ collection: 'meldingen', overrideAccess: false, user: users.beheerder })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('lets meldpunt workers see each other (to hand a melding over), but no other accounts', async () => {
    const collega = await cms.payload.create({
      collection: 'users',
      data: { email: 'collega@test.local', password: 'Lang-genoeg-wachtwoord-1', naam: 'Collega', rol: 'meldpunt' } as any,
      overrideAccess: true,
    })
    const { docs } = await cms.payload.find({ collection: 'users', overrideAccess: false, user: users.meldpunt, limit: 0 })
    expect(docs.map((u) => u.email).sort()).toEqual(['collega@test.local', 'meldpunt@test.local'])
    expect(collega.id).toBeTruthy()
  })
})
