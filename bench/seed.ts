/**
 * The bench's seed, run as its own script with payloadScriptEnv (like `npm run seed`): migrates the database at
 * DATABASE_URI, adds the reference data with the real seed (cms/seed/reference.ts), then the synthetic content of
 * one size (bench/synthetic.ts) through Payload's Local API, so every document passes the collections' validation
 * and hooks as real content does. Creates run in transactions of BATCH documents (one commit per batch).
 * Also makes one staff account (BENCH_EMAIL / BENCH_PASSWORD) for the publish-to-live measurement.
 *
 *   tsx bench/seed.ts <S|M|L> <result.json>
 */
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { commitTransaction, createLocalReq, getPayload, initTransaction, killTransaction, type CollectionSlug, type Payload } from 'payload'
import { scriptArguments } from '../cms/args'
import { buildAppConfig } from '../cms/config'
import { idsBySlug, seedReference } from '../cms/seed/reference'
import { paragraphs } from '../cms/seed/richtext'
import { emptyReport } from '../cms/seed/util'
import { INDELINGEN, type IndelingSlug, localDate, TIJDZONE, zonedTimeToUtc } from '../content-schema'
import { SIZES, syntheticContent, type Size } from './synthetic'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const BATCH = 100
const USAGE = 'Gebruik: tsx bench/seed.ts <S|M|L> <resultaat.json>'
const [size, outFile] = scriptArguments(USAGE, {}, { maxPositionals: 2 }).positionals as [Size, string | undefined]
if (!Object.hasOwn(SIZES, size ?? '') || !outFile) {
  console.error(`Geef een grootte (S, M of L) en een resultaatbestand. ${USAGE}`)
  process.exit(2)
}

const ms = (from: number) => Math.round(performance.now() - from)

/** Create the items in transactions of BATCH; returns the ids by slug. */
async function createAll<T extends { slug: string }>(
  payload: Payload,
  collection: CollectionSlug,
  items: T[],
  toData: (item: T) => Record<string, unknown>,
) {
  const ids = new Map<string, number>()
  const t0 = performance.now()
  for (let i = 0; i < items.length; i += BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      for (const item of items.slice(i, i + BATCH)) {
        const doc = await payload.create({ collection, data: toData(item) as any, req, overrideAccess: true, draft: false, depth: 0 })
        ids.set(item.slug, doc.id as number)
      }
      await commitTransaction(req)
    } catch (err) {
      await killTransaction(req)
      throw err
    }
    const done = Math.min(i + BATCH, items.length)
    // With the time so far, so that a rate that drops as the database grows shows in the log.
    if (done % 1000 === 0 || done === items.length) console.error(`  ${collection}: ${done}/${items.length} (${ms(t0) / 1000} s)`)
  }
  return ids
}

const ref = (map: Map<string, number>, slug: string) => {
  const id = map.get(slug)
  if (id === undefined) throw new Error(`bench-seed: onbekende verwijzing "${slug}"`)
  return id
}

const started = performance.now()
const payload = await getPayload({ config: buildAppConfig() })
const startupMs = ms(started)
const today = localDate(new Date())
const content = syntheticContent(size, { today })
const timings: Record<string, number> = {}
try {
  let t = performance.now()
  await seedReference(payload, emptyReport())
  timings.referenceMs = ms(t)
  const indelingIds = Object.fromEntries(
    await Promise.all(INDELINGEN.map(async (i) => [i.slug, await idsBySlug(payload, i.slug)] as const)),
  ) as Record<IndelingSlug, Map<string, number>>
  const kernIds = indelingIds.kernen

  t = performance.now()
  const orgIds = await createAll(payload, 'organisaties', content.organisaties, (o) => ({ ...o }))
  timings.organisatiesMs = ms(t)

  t = performance.now()
  const aanbodIds = await createAll(payload, 'aanbod', content.aanbod, (a) => ({
    ...a,
    beschrijving: paragraphs(a.beschrijving),
    organisatie: ref(orgIds, a.organisatie),
    ...Object.fromEntries(INDELINGEN.map((i) => [i.slug, a[i.slug].map((s) => ref(indelingIds[i.slug], s))])),
    _status: 'published',
  }))
  timings.aanbodMs = ms(t)

  t = performance.now()
  await createAll(
    payload,
    'activiteiten',
    content.activiteiten,
    ({ datum, van, tot, herhaling: h, beschrijving, kern, organisatie, aanbod, ...rest }) => ({
      ...rest,
      beschrijving: paragraphs(beschrijving),
      start: zonedTimeToUtc(datum, van).toISOString(),
      start_tz: TIJDZONE,
      einde: zonedTimeToUtc(datum, tot).toISOString(),
      einde_tz: TIJDZONE,
      herhaling:
        h.freq === 'none'
          ? h
          : {
              ...h,
              until: h.until ? zonedTimeToUtc(h.until, '23:59').toISOString() : undefined,
              uitzonderingen: h.uitzonderingen.map((d) => ({ datum: zonedTimeToUtc(d, '12:00').toISOString() })),
            },
      kern: ref(kernIds, kern),
      organisatie: ref(orgIds, organisatie),
      aanbod: aanbod ? ref(aanbodIds, aanbod) : undefined,
      _status: 'published',
    }),
  )
  timings.activiteitenMs = ms(t)

  t = performance.now()
  for (const soort of ['jeugd', 'algemeen'] as const) {
    const p = content.placemats[soort]
    await payload.updateGlobal({
      slug: `placemat-${soort}`,
      overrideAccess: true,
      data: { titel: p.titel, secties: p.secties.map((s) => ({ titel: s.titel, aanbod: s.aanbod.map((slug) => ref(aanbodIds, slug)) })) },
    })
  }
  if (process.env.BENCH_EMAIL && process.env.BENCH_PASSWORD) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: process.env.BENCH_EMAIL,
        password: process.env.BENCH_PASSWORD,
        naam: 'Bench Redacteur',
        rol: 'redacteur',
        organisaties: [],
      },
    })
  }
  timings.placematsAndUserMs = ms(t)

  // Say what was made, and fail when it was not (a seed that exits 0 having seeded nothing is a silent failure).
  const counts: Record<string, number> = {}
  for (const c of ['organisaties', 'aanbod', 'activiteiten'] as const) {
    counts[c] = (
      await payload.count({ collection: c, overrideAccess: true, where: c === 'organisaties' ? {} : { _status: { equals: 'published' } } })
    ).totalDocs
  }
  const expected = { organisaties: content.organisaties.length, aanbod: content.aanbod.length, activiteiten: content.activiteiten.length }
  for (const [c, n] of Object.entries(expected)) {
    if (counts[c] !== n) throw new Error(`bench-seed: ${c} heeft ${counts[c]} documenten, verwacht ${n}`)
  }
  const contentMs = timings.organisatiesMs! + timings.aanbodMs! + timings.activiteitenMs!
  const docs = expected.organisaties + expected.aanbod + expected.activiteiten
  fs.writeFileSync(
    outFile,
    JSON.stringify({
      size,
      today,
      counts,
      batch: BATCH,
      startupMs,
      ...timings,
      contentMs,
      docsPerSecond: Math.round((docs / contentMs) * 1000 * 10) / 10,
      totalMs: ms(started),
    }),
  )
} finally {
  await payload.destroy()
}
process.exit(0)
