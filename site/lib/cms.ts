/**
 * The site's only source of content: the CMS's public REST API, read anonymously (exactly what any visitor may
 * see), every page of every collection, each document validated against content-schema. An invalid document
 * fails the build with a message naming the document and the field.
 */
import fs from 'node:fs'
import pLimit from 'p-limit'
import type { z } from 'zod'
import {
  INDELINGEN,
  type IndelingSlug,
  aanbodSchema,
  activiteitSchema,
  burenkaartSchema,
  kernSchema,
  meldpuntSchema,
  openbareCijfersSchema,
  type OpenbareCijfers,
  organisatieSchema,
  placematSchema,
  siteSchema,
  taxonomySchema,
  type AanbodDoc,
  type ActiviteitDoc,
  type BurenkaartDoc,
  type KernDoc,
  type MeldpuntDoc,
  type OrganisatieDoc,
  type PlacematDoc,
  type SiteDoc,
  type TaxonomyDoc,
} from '../../content-schema'

export const CMS_URL = (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')
const PAGE_SIZE = 100

/**
 * Why the content cannot be built into a site. Each one is also written as a JSON line to SITE_ERRORS_FILE when set
 * (by scripts/build-site.ts), which passes them on as the reasons in its result (cms/publishing/bouwresultaat.ts).
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ContentError'
    if (process.env.SITE_ERRORS_FILE) fs.appendFileSync(process.env.SITE_ERRORS_FILE, `${JSON.stringify(message)}\n`)
  }
}

async function getJson(path: string): Promise<any> {
  let res: Response
  try {
    res = await fetch(`${CMS_URL}${path}`, { headers: { accept: 'application/json' } })
  } catch (err) {
    throw new ContentError(
      `Het CMS op ${CMS_URL} is niet bereikbaar (${(err as Error).cause ?? (err as Error).message}). Start het CMS (npm start) of zet CMS_URL goed. De site is niet gebouwd.`,
    )
  }
  if (!res.ok) throw new ContentError(`Het CMS gaf ${res.status} op ${path}. De site is niet gebouwd.`)
  return res.json()
}

function describeIssue(issue: z.ZodIssue) {
  return `veld "${issue.path.join('.') || '(document)'}": ${issue.message}`
}

function validate<S extends z.ZodTypeAny>(schema: S, doc: any, what: string): z.output<S> {
  const result = schema.safeParse(doc)
  if (result.success) return result.data
  const name = [doc?.slug ? `"${doc.slug}"` : null, doc?.id !== undefined ? `(id ${doc.id})` : null].filter(Boolean).join(' ')
  throw new ContentError(`Ongeldig document in ${what}${name ? ` ${name}` : ''}: ${result.error.issues.map(describeIssue).join('; ')}`)
}

/** Pages of a collection asked for at the same time, after the first (which says how many there are). */
const PARALLEL_PAGES = 4

/** Every document of a collection, page by page (never Payload's default of 10), in id order. */
export async function fetchCollection<S extends z.ZodTypeAny>(collection: string, schema: S, query = ''): Promise<z.output<S>[]> {
  const getPage = async (page: number) => {
    const body = await getJson(`/api/${collection}?limit=${PAGE_SIZE}&page=${page}&depth=1&sort=id${query}`)
    if (!Array.isArray(body?.docs)) throw new ContentError(`Het CMS gaf geen lijst voor ${collection}.`)
    return body as { docs: unknown[]; totalPages?: number; hasNextPage?: boolean }
  }
  const first = await getPage(1)
  const pages: unknown[][] = [first.docs]
  const totalPages = first.hasNextPage ? Math.max(2, Number(first.totalPages) || 2) : 1
  // The other pages, a few at a time: the CMS and this build then work side by side.
  const limit = pLimit(PARALLEL_PAGES)
  const rest = Array.from({ length: totalPages - 1 }, (_, i) => i + 2)
  pages.push(...(await Promise.all(rest.map((page) => limit(async () => (await getPage(page)).docs)))))
  return pages.flat().map((doc) => validate(schema, doc, collection))
}

export async function fetchGlobal<S extends z.ZodTypeAny>(slug: string, schema: S): Promise<z.output<S>> {
  return validate(schema, await getJson(`/api/globals/${slug}?depth=1`), `de pagina-instellingen ${slug}`)
}

/** The terms of the four indelingen (content-schema's INDELINGEN), each by its slug; a kern has more fields. */
type IndelingContent = { kernen: KernDoc[] } & Record<Exclude<IndelingSlug, 'kernen'>, TaxonomyDoc[]>

export type Content = IndelingContent & {
  aanbod: AanbodDoc[]
  activiteiten: ActiviteitDoc[]
  organisaties: OrganisatieDoc[]
  placematJeugd: PlacematDoc
  placematAlgemeen: PlacematDoc
  meldpunt: MeldpuntDoc
  burenkaart: BurenkaartDoc
  site: SiteDoc
}

/** Opt-in (SITE_TIMINGS_FILE, see scripts/build-site.ts): how long fetching and checking all content took. */
function reportFetchTime(started: number) {
  const file = process.env.SITE_TIMINGS_FILE
  if (file) fs.appendFileSync(file, `${JSON.stringify({ fetchMs: Date.now() - started })}\n`)
}

async function loadContent(): Promise<Content> {
  const started = Date.now()
  const [aanbod, activiteiten, organisaties, placematJeugd, placematAlgemeen, meldpunt, burenkaart, site, ...indelingen] =
    await Promise.all([
      fetchCollection('aanbod', aanbodSchema),
      fetchCollection('activiteiten', activiteitSchema),
      fetchCollection('organisaties', organisatieSchema),
      fetchGlobal('placemat-jeugd', placematSchema),
      fetchGlobal('placemat-algemeen', placematSchema),
      fetchGlobal('meldpunt', meldpuntSchema),
      fetchGlobal('burenkaart', burenkaartSchema),
      fetchGlobal('site', siteSchema),
      ...INDELINGEN.map((i) => fetchCollection(i.slug, i.slug === 'kernen' ? kernSchema : taxonomySchema)),
    ])
  reportFetchTime(started)
  if (aanbod.length === 0) {
    throw new ContentError(`Het CMS op ${CMS_URL} heeft geen gepubliceerd aanbod. Een site zonder aanbod wordt niet gebouwd.`)
  }
  const byOrder = <T extends { volgorde?: number | null; naam: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.volgorde ?? 999) - (b.volgorde ?? 999) || a.naam.localeCompare(b.naam, 'nl'))
  return {
    aanbod: [...aanbod].sort((a, b) => a.titel.localeCompare(b.titel, 'nl')),
    activiteiten,
    organisaties: [...organisaties].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    ...(Object.fromEntries(INDELINGEN.map((i, n) => [i.slug, byOrder(indelingen[n]!)])) as IndelingContent),
    placematJeugd,
    placematAlgemeen,
    meldpunt,
    burenkaart,
    site,
  }
}

let cached: Promise<Content> | null = null
/** All public content, fetched once per build. */
export function getContent(): Promise<Content> {
  cached ??= loadContent()
  return cached
}

let cijfers: Promise<OpenbareCijfers> | null = null
/**
 * The Meldpunt's public figures (GET /api/monitoring/openbaar, anonymous): only suppressed group figures; the schema
 * fails the build on any number below MIN_GROEP. Fetched once per build.
 */
export function getOpenbareCijfers(): Promise<OpenbareCijfers> {
  cijfers ??= getJson('/api/monitoring/openbaar').then((body) => validate(openbareCijfersSchema, body, 'de cijfers van het Meldpunt'))
  return cijfers
}
