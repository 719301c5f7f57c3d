/** Outside demo mode the seed adds only the real reference data: no demo content, no demo accounts. */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seed } from '../../cms/seed'
import { startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => cms?.close())

it('seeds reference data only', async () => {
  const { payload } = cms
  const report = await seed(payload, { demo: false })
  expect(report.created).toMatchObject({ kernen: 5, levensgebeurtenissen: 8, doelgroepen: 9 })
  for (const c of ['aanbod', 'activiteiten', 'organisaties', 'users'] as const) {
    expect((await payload.count({ collection: c, overrideAccess: true })).totalDocs, c).toBe(0)
  }
  const placemat = await payload.findGlobal({ slug: 'placemat-algemeen', overrideAccess: true })
  expect(placemat.secties ?? []).toHaveLength(0)
})
