/**
 * Importing aanbod or organisaties from a spreadsheet (CSV), all or nothing:
 * 1. read the file and its columns (a problem with the file stops everything);
 * 2. per row: parse the cells, find the existing document by slug, and validate the result with the
 *    collection's own field hooks and validation (Payload's beforeValidate/beforeChange field traversal, the
 *    same rules as saving in the admin) without writing anything;
 * 3. only when no row has an error (and not a dry run): create and update in one database transaction.
 *    Without transactions (MongoDB without a replica set), what was saved is undone when a later row fails.
 * Imported documents are published and get a version like any edit.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type Payload } from 'payload'
import { checks, INDELINGEN, slugify } from '../../content-schema'
import { isStaff } from '../access'
import { checkWithFieldHooks } from './field-hooks'
import { ImportFileError, parseCsv, type Delimiter, type ParsedCsv } from './csv'
import {
  columnForPath,
  getPath,
  IMPORT_KINDS,
  normalizeHeader,
  normalizeName,
  parseCell,
  readColumn,
  setPath,
  type Column,
  type Id,
  type ImportKind,
  type ImportSoort,
  type Lookups,
  type RelationCollection,
  type RelationIndex,
} from './columns'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ROWS = 2000

export type Resultaat = 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'fout'

export interface Fout {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  rij: number
  /** The column name ("" when the problem is not about one column). */
  kolom: string
  melding: string
}

export interface RijVerslag {
  rij: number
  slug: string | null
  titel: string | null
  resultaat: Resultaat
  /** The columns that change (bijgewerkt). */
  gewijzigd: string[]
  fouten: Fout[]
}

export interface ImportVerslag {
  soort: ImportSoort
  proef: boolean
  opgeslagen: boolean
  scheidingsteken: Delimiter | null
  kolommen: string[]
  aantallen: Record<Resultaat, number>
  rijen: RijVerslag[]
  fouten: Fout[]
  melding: string
}

type Doc = Record<string, any>

/** What to do with one row, once every row has passed. */
export interface Plan {
  rij: number
  resultaat: Resultaat
  id?: Id
  data: Doc
  /** The stored document before the update (to undo it without transactions). */
  before?: Doc
}

// ---------------------------------------------------------------- lookups

async function relationIndex(payload: Payload, collection: RelationCollection, enkelvoud: string): Promise<RelationIndex> {
  const { docs } = await payload.find({
    collection,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: collection === 'organisaties' ? 'naam' : 'volgorde',
  })
  const bySlug = new Map<string, Id>()
  const byName = new Map<string, Id[]>()
  const addName = (name: unknown, id: Id) => {
    if (typeof name !== 'string' || !name.trim()) return
    const key = normalizeName(name)
    const ids = byName.get(key) ?? []
    if (!ids.includes(id)) byName.set(key, [...ids, id])
  }
  for (const doc of docs as Doc[]) {
    if (doc.slug) bySlug.set(String(doc.slug).toLowerCase(), doc.id)
    addName(doc.naam, doc.id)
    for (const other of doc.andereNamen ?? []) addName(other?.naam, doc.id)
  }
  const first = (docs as Doc[])[0]
  const voorbeeld = first ? (byName.get(normalizeName(first.naam))?.length === 1 ? first.naam : first.slug) : null
  return { enkelvoud, bySlug, byName, voorbeeld }
}

export async function loadLookups(payload: Payload): Promise<Lookups> {
  const [organisaties, ...indelingen] = await Promise.all([
    relationIndex(payload, 'organisaties', 'organisatie'),
    ...INDELINGEN.map((i) => relationIndex(payload, i.slug, i.enkelvoud)),
  ])
  return { organisaties: organisaties!, ...Object.fromEntries(INDELINGEN.map((i, n) => [i.slug, indelingen[n]!])) } as Lookups
}

// ---------------------------------------------------------------- columns of the file

/** The column of each header cell (null for an empty header cell); a problem with the header stops the import. */
export function mapHeader(kind: ImportKind, header: string[]): (Column | null)[] {
  const byName = new Map<string, Column>()
  for (const c of kind.columns) for (const n of [c.name, ...(c.aliases ?? [])]) byName.set(n, c)
  const ignored = new Set(kind.ignored)
  const unknown: string[] = []
  const seen = new Set<string>()
  const mapped = header.map((cell) => {
    const name = normalizeHeader(cell)
    if (!name || ignored.has(name)) return null
    const column = byName.get(name)
    if (!column) {
      unknown.push(cell.trim())
      return null
    }
    if (seen.has(column.name))
      throw new ImportFileError(`De kolom "${column.name}" staat twee keer in de eerste regel. Haal er één weg.`, column.name)
    seen.add(column.name)
    return column
  })
  if (unknown.length) {
    const names = unknown.map((u) => `"${u}"`).join(', ')
    throw new ImportFileError(
      `${unknown.length === 1 ? `De kolom ${names} kennen we niet` : `De kolommen ${names} kennen we niet`}. Gebruik de kolomnamen uit het sjabloon: ${kind.columns.map((c) => c.name).join(', ')}.`,
      unknown[0],
    )
  }
  if (!seen.has('slug') && !seen.has(kind.titleColumn)) {
    throw new ImportFileError(
      `De kolom "slug" of "${kind.titleColumn}" ontbreekt. Daarmee weten we welk${kind.soort === 'aanbod' ? '' : 'e'} ${kind.enkelvoud} het is. Gebruik de eerste regel van het sjabloon.`,
    )
  }
  return mapped
}

// ---------------------------------------------------------------- validation without writing

// The collection's field hooks and validation without saving: checkWithFieldHooks (./field-hooks.ts).

// ---------------------------------------------------------------- planning

const LOCATIE_KEYS = ['naam', 'adres', 'postcode', 'plaats'] as const

/**
 * The spreadsheet describes the first locatie; other locaties of a stored aanbod stay. The coordinates of the
 * first stay only when its address did not change. All locatie cells empty: the first locatie goes.
 */
function mergeLocaties(data: Doc, existing: Doc | null, present: Column[]) {
  const cols = present.filter((c) => c.path.startsWith('locaties.0.'))
  if (!cols.length) return
  const csv: Doc = data.locaties?.[0] ?? {}
  const old: Doc[] = existing?.locaties ?? []
  const first: Doc = { ...(old[0] ?? {}), ...csv }
  const sameAddress = old[0] && ['adres', 'postcode', 'plaats'].every((k) => (first[k] ?? null) === (old[0]![k] ?? null))
  if (!sameAddress) {
    delete first.latitude
    delete first.longitude
  }
  const empty = LOCATIE_KEYS.every((k) => first[k] == null || first[k] === '')
  data.locaties = empty ? old.slice(1) : [first, ...old.slice(1)]
}

export async function planRows(
  req: PayloadRequest,
  kind: ImportKind,
  parsed: ParsedCsv,
  columns: (Column | null)[],
  lookups: Lookups,
): Promise<{ rijen: RijVerslag[]; plans: Plan[] }> {
  const { payload } = req
  const present = columns.filter((c): c is Column => c !== null)
  const has = (name: string) => present.some((c) => c.name === name)
  const cellOf = (cells: string[], name: string) => {
    const i = columns.findIndex((c) => c?.name === name)
    return i >= 0 ? (cells[i] ?? '').trim() : ''
  }
  const slugOf = (cells: string[]) => cellOf(cells, 'slug') || slugify(cellOf(cells, kind.titleColumn)) || null

  // The stored documents with the rows' slugs, and (aanbod) which of them have an unpublished draft.
  const slugs = [...new Set(parsed.rows.map((r) => slugOf(r.cells)).filter((s): s is string => Boolean(s)))]
  const { docs } = slugs.length
    ? await payload.find({
        collection: kind.collection,
        where: { slug: { in: slugs } },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    : { docs: [] }
  const existingBySlug = new Map((docs as Doc[]).map((d) => [String(d.slug), d]))
  const withDraft = new Set<string>()
  if (payload.collections[kind.collection].config.versions?.drafts && docs.length) {
    const latest = await payload.find({
      collection: kind.collection,
      where: { id: { in: docs.map((d) => d.id) } },
      draft: true,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const d of latest.docs as Doc[]) if (d._status === 'draft') withDraft.add(String(d.id))
  }

  // Columns of the site's own export that the import reads past (aanbod.csv's id, pagina, …).
  const ignoredAt = new Set(parsed.header.flatMap((cell, i) => (kind.ignored.includes(normalizeHeader(cell)) ? [i] : [])))
  const rijen: RijVerslag[] = []
  const plans: Plan[] = []
  const rowOfSlug = new Map<string, number>()
  const identifyingColumn = has('slug') ? 'slug' : kind.titleColumn

  for (const { rij, cells } of parsed.rows) {
    const fouten: Fout[] = []
    const fout = (kolom: string, melding: string) => fouten.push({ rij, kolom, melding })
    const data: Doc = {}
    cells.forEach((cell, i) => {
      if (cell.trim() === '' || columns[i] || ignoredAt.has(i)) return
      if (i >= columns.length)
        fout('', `In deze rij staan meer cellen dan er kolommen zijn (cel ${i + 1}: "${cell.trim()}"). Staat er een ; of , te veel?`)
      else fout(`kolom ${i + 1}`, `Deze cel staat in een kolom zonder naam. Geef de kolom een naam uit het sjabloon, of maak de cel leeg.`)
    })
    for (const [i, column] of columns.entries()) {
      if (!column) continue
      const result = parseCell(column, cells[i] ?? '', lookups)
      if ('error' in result) fout(column.name, result.error)
      else setPath(data, column.path, result.value)
    }

    const slug = slugOf(cells)
    const titel = cellOf(cells, kind.titleColumn) || null
    const existing = slug ? (existingBySlug.get(slug) ?? null) : null
    if (!slug) {
      fout(kind.titleColumn, checks.required(kind.titleColumn === 'titel' ? 'Titel' : 'Naam', '') as string)
    } else if (rowOfSlug.has(slug)) {
      fout(identifyingColumn, `Slug (webadres): "${slug}" staat ook in rij ${rowOfSlug.get(slug)}. Elke rij moet een eigen slug hebben.`)
    } else rowOfSlug.set(slug, rij)
    if (existing && withDraft.has(String(existing.id))) {
      fout(
        identifyingColumn,
        `Van dit ${kind.enkelvoud} ("${existing.titel ?? existing.naam}") staat een concept klaar dat nog niet gepubliceerd is. Importeren zou dat concept publiceren. Publiceer of verwijder het concept eerst, of haal deze rij uit het bestand.`,
      )
    }
    if (!slug) {
      rijen.push({ rij, slug: null, titel, resultaat: 'fout', gewijzigd: [], fouten })
      continue
    }

    mergeLocaties(data, existing, present)
    if (!existing) data.slug = slug
    if (kind.collection === 'aanbod') data._status = 'published'
    const { tidied, errors } = await checkWithFieldHooks(req, kind.collection, data, existing)
    const withParseError = new Set(fouten.map((f) => f.kolom))
    for (const e of errors) {
      const column = columnForPath(kind, e.path)
      if (column && withParseError.has(column.name)) continue
      fout(column?.name ?? '', e.message)
    }

    const gewijzigd = existing
      ? present.filter((c) => !withParseError.has(c.name) && readColumn(c, tidied) !== readColumn(c, existing))
      : []
    const resultaat: Resultaat = fouten.length ? 'fout' : !existing ? 'nieuw' : gewijzigd.length ? 'bijgewerkt' : 'ongewijzigd'
    rijen.push({
      rij,
      slug,
      titel: titel ?? existing?.titel ?? existing?.naam ?? null,
      resultaat,
      gewijzigd: gewijzigd.map((c) => c.name),
      fouten,
    })
    if (resultaat === 'nieuw') plans.push({ rij, resultaat, data })
    if (resultaat === 'bijgewerkt') {
      // Only what changed: what the spreadsheet cannot hold (formatting in the beschrijving, more locaties) stays.
      const changes: Doc = kind.collection === 'aanbod' ? { _status: 'published' } : {}
      for (const c of gewijzigd) {
        if (c.path.startsWith('locaties.0.')) changes.locaties = data.locaties
        else setPath(changes, c.path, getPath(data, c.path))
      }
      plans.push({ rij, resultaat, id: existing!.id, data: changes, before: existing! })
    }
  }
  return { rijen, plans }
}

// ---------------------------------------------------------------- saving

/** The stored document as data for an update that puts it back. */
const asData = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Doc) => rest

/**
 * Create and update in one transaction: an error rolls back everything. Without transactions (or with
 * useTransaction false), what was already saved is undone (created documents deleted, updated ones put back).
 */
export async function applyPlans(req: PayloadRequest, kind: ImportKind, plans: Plan[], { useTransaction = true } = {}) {
  const { payload } = req
  const collection = kind.collection
  const inTransaction = useTransaction ? await initTransaction(req) : false
  const undo: (() => Promise<unknown>)[] = []
  try {
    for (const plan of plans) {
      if (plan.resultaat === 'nieuw') {
        const doc = await payload.create({ collection, data: plan.data as any, req, overrideAccess: false, draft: false, depth: 0 })
        undo.push(() => payload.delete({ collection, id: doc.id, overrideAccess: true }))
      } else if (plan.resultaat === 'bijgewerkt') {
        await payload.update({ collection, id: plan.id!, data: plan.data as any, req, overrideAccess: false, draft: false, depth: 0 })
        undo.push(() =>
          payload.update({ collection, id: plan.id!, data: asData(plan.before!) as any, overrideAccess: true, draft: false, depth: 0 }),
        )
      }
    }
    if (inTransaction) await commitTransaction(req)
  } catch (err) {
    if (inTransaction) await killTransaction(req)
    else {
      for (const step of undo.reverse()) {
        await step().catch((e) => payload.logger.error({ err: e }, `Import ${kind.soort}: terugdraaien mislukt`))
      }
    }
    throw err
  }
}

// ---------------------------------------------------------------- the whole import

const count = (rijen: RijVerslag[]) => {
  const aantallen: Record<Resultaat, number> = { nieuw: 0, bijgewerkt: 0, ongewijzigd: 0, fout: 0 }
  for (const r of rijen) aantallen[r.resultaat]++
  return aantallen
}

const summary = (a: Record<Resultaat, number>) => `${a.nieuw} nieuw, ${a.bijgewerkt} bijgewerkt, ${a.ongewijzigd} ongewijzigd`

export interface ImportResult {
  status: number
  verslag: ImportVerslag
}

const emptyReport = (soort: ImportSoort, proef: boolean): ImportVerslag => ({
  soort,
  proef,
  opgeslagen: false,
  scheidingsteken: null,
  kolommen: [],
  aantallen: { nieuw: 0, bijgewerkt: 0, ongewijzigd: 0, fout: 0 },
  rijen: [],
  fouten: [],
  melding: '',
})

/** Check (dryRun) or import a CSV file. Staff only; the caller's rights apply to every save. */
export async function runImport({
  req,
  soort,
  bytes,
  dryRun,
}: {
  req: PayloadRequest
  soort: ImportSoort
  bytes: Uint8Array
  dryRun: boolean
}): Promise<ImportResult> {
  const kind = IMPORT_KINDS[soort]
  const verslag = emptyReport(soort, dryRun)
  if (!isStaff(req.user as any)) {
    verslag.melding = 'Alleen medewerkers van het Meldpunt (beheerder of redacteur) mogen importeren. Log in met zo’n account.'
    return { status: 403, verslag }
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    verslag.melding = `Het bestand is te groot (meer dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Splits het in kleinere bestanden.`
    return { status: 413, verslag }
  }
  let parsed: ParsedCsv
  let columns: (Column | null)[]
  try {
    parsed = parseCsv(bytes, { maxRows: MAX_IMPORT_ROWS })
    verslag.scheidingsteken = parsed.delimiter
    columns = mapHeader(kind, parsed.header)
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err
    verslag.melding = `${err.message} Er is niets opgeslagen.`
    verslag.fouten = [{ rij: 1, kolom: err.kolom ?? '', melding: err.message }]
    return { status: 400, verslag }
  }
  verslag.kolommen = columns.filter((c): c is Column => c !== null).map((c) => c.name)

  const lookups = await loadLookups(req.payload)
  const { rijen, plans } = await planRows(req, kind, parsed, columns, lookups)
  verslag.rijen = rijen
  verslag.fouten = rijen.flatMap((r) => r.fouten)
  verslag.aantallen = count(rijen)
  const foutRijen = verslag.aantallen.fout
  if (foutRijen > 0) {
    verslag.melding = `In ${foutRijen} ${foutRijen === 1 ? 'rij' : 'rijen'} staan fouten. Er is niets opgeslagen. Verbeter het bestand en controleer het opnieuw.`
    return { status: dryRun ? 200 : 422, verslag }
  }
  if (dryRun) {
    verslag.melding = `Controle klaar, zonder fouten: ${summary(verslag.aantallen)}. Er is nog niets opgeslagen. Klik op Importeren om het op te slaan.`
    return { status: 200, verslag }
  }
  try {
    await applyPlans(req, kind, plans)
  } catch (err: any) {
    const detail = err?.data?.errors?.[0]?.message ?? err?.message ?? ''
    req.payload.logger.error({ err }, `Import ${soort} mislukt; niets opgeslagen`)
    verslag.melding = `Het importeren is niet gelukt. Er is niets opgeslagen. Probeer het opnieuw.${detail ? ` (${detail})` : ''}`
    return { status: err?.name === 'ValidationError' ? 422 : 500, verslag }
  }
  verslag.opgeslagen = true
  verslag.melding = `Klaar: ${summary(verslag.aantallen)}.`
  req.payload.logger.info(`Import ${soort} door ${(req.user as any)?.email}: ${summary(verslag.aantallen)}`)
  return { status: 200, verslag }
}
