/**
 * The access logs of personal data ("readable only by the role that needs it, every read logged"), one machinery for
 * every collection that holds personal data. Two logs, each readable only by the role that may see it (decision
 * docs/besluiten/0011-logboek-redactie-naast-meldpunt.md):
 * - 'meldingen-logboek' (cms/collections/MeldingenLogboek): meldingen and metingen, for the Meldpunt only;
 * - 'redactie-logboek' (cms/collections/RedactieLogboek): what staff (redactie) read, e.g. the reporter's name and
 *   e-mail of a suggestie; for the beheerder only. Each line names its collection (`bron`).
 *
 * THE EXPORT TO USE — logboekHooks(opties: LogboekOpties): LogboekHooks
 *
 *   logboekHooks({
 *     collectie: CollectionSlug,          // the collection whose documents are logged, e.g. 'aanmeldingen'
 *     logboek?: LogboekSlug,              // which log; default 'redactie-logboek'
 *     persoonsvelden?: string[],          // the personal fields (dotted paths in groups); a read is logged only for
 *                                         // documents in which one of them came back with a value. Without it every
 *                                         // read counts (the whole document is personal, as a melding).
 *     naamVan?: (doc) => string | null,   // how a document is named in a line; default its id
 *     naamVanId?: (id: string) => string, // the name when only the id is known (a refused attempt); default the id
 *     herkomstZonderGebruiker?: (doc) => 'website' | 'systeem', // a create without user; default 'systeem'
 *   }) => { logLezen, logWijzigen, logVerwijderen, logGeweigerd }  // afterOperation, afterChange, afterDelete, afterError
 *
 * Example (a staff-only collection with a contact person):
 *
 *   const log = logboekHooks({ collectie: 'aanmeldingen', persoonsvelden: ['contactpersoon.naam', 'contactpersoon.email', 'contactpersoon.telefoon'] })
 *   hooks: { afterOperation: [log.logLezen], afterChange: [log.logWijzigen], afterDelete: [log.logVerwijderen], afterError: [log.logGeweigerd] }
 *
 * What each hook writes (a line holds who, when, what, which document(s), result and origin; never a field's value):
 * - logLezen: a list ('lijst', with the names of the documents shown) or one document ('lezen'; also one populated
 *   through a relation of another document). With `persoonsvelden`: only the documents in which a personal field came
 *   back with a value; no line when none did (a partner, from whom field access hides them; a `select` without them;
 *   a suggestion whose reporter left no details or was wiped): nothing personal was read.
 * - logWijzigen: created ('aanmaken') and changed ('wijzigen', with the names of the changed fields, never values).
 * - logVerwijderen: deleted ('verwijderen').
 * - logGeweigerd: a refused attempt (403) of a signed-in user over REST ('geweigerd').
 * As collection hooks, so it holds for the admin, REST and the Local API alike.
 *
 * Not logged:
 * - calls without a user: only the server's own code can read without one (anonymous visitors have no access);
 * - what the server's own code wraps in zonderLogboek (below), e.g. the number lookup of a melding, or a job that
 *   writes its own line; and writes straight to the database (payload.db, e.g. the wipe of suggesties).
 * A refusal in the admin's own pages (Local API) is not logged: Payload calls afterError only for its HTTP routes.
 *
 * A line is written with logRegel: in the request's transaction when there is one (the change and its line are
 * stored together, or neither), else one at a time.
 */
import pLimit from 'p-limit'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionSlug,
  Field,
  PayloadRequest,
} from 'payload'
import { type OptionValue, opts } from '../content-schema'
import { options } from './fields/common'

export type LogboekSlug = 'meldingen-logboek' | 'redactie-logboek'

export const logboekActies = opts([
  { value: 'lijst', label: 'Lijst bekeken' },
  { value: 'lezen', label: 'Geopend' },
  { value: 'aanmaken', label: 'Aangemaakt' },
  { value: 'wijzigen', label: 'Gewijzigd' },
  { value: 'verwijderen', label: 'Verwijderd' },
  { value: 'exporteren', label: 'Geëxporteerd' },
  { value: 'wissen', label: 'Persoonsgegevens gewist (bewaartermijn)' },
] as const)

export const logboekHerkomsten = opts([
  { value: 'beheer', label: 'Beheeromgeving of API' },
  { value: 'website', label: 'Meldformulier op de website' },
  { value: 'systeem', label: 'Systeem (geplande taak)' },
] as const)

type Herkomst = OptionValue<typeof logboekHerkomsten>

/** One line, as the code gives it; the log adds who and when. */
export interface LogRegel {
  actie: OptionValue<typeof logboekActies>
  /** The names of the documents the action was about (a melding's number, a suggestion's id, ...). */
  documenten: (string | number)[]
  resultaat?: 'gelukt' | 'geweigerd'
  herkomst?: Herkomst
  /** What else matters, without personal data: e.g. the names of the changed fields, or how many were shown. */
  details?: string
}

/**
 * The fields of a log collection, one definition for both logs: who, when, what, which documents (in the field
 * `documentenVeld`: 'meldingen' in the Meldpunt's log), result, origin, details.
 */
export function logboekVelden(documentenVeld: { name: string; label: string }, voor: Field[] = []): Field[] {
  return [
    { name: 'wanneer', type: 'date', label: 'Wanneer', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'gebruiker', type: 'relationship', relationTo: 'users', label: 'Wie (account)' },
    {
      name: 'gebruikerNaam',
      type: 'text',
      label: 'Wie',
      admin: { description: 'Naam en e-mail op dat moment (blijft staan als het account weg is).' },
    },
    { name: 'actie', type: 'select', label: 'Actie', options: options(logboekActies), required: true, index: true },
    ...voor,
    { name: documentenVeld.name, type: 'text', label: documentenVeld.label, index: true },
    {
      name: 'resultaat',
      type: 'select',
      label: 'Resultaat',
      options: [
        { value: 'gelukt', label: 'Gelukt' },
        { value: 'geweigerd', label: 'Geweigerd' },
      ],
      defaultValue: 'gelukt',
    },
    { name: 'herkomst', type: 'select', label: 'Herkomst', options: options(logboekHerkomsten), defaultValue: 'beheer' },
    { name: 'details', type: 'text', label: 'Details' },
  ]
}

/** How each log stores which documents a line is about (and, in the shared redactie log, from which collection). */
const DOCUMENTEN: Record<LogboekSlug, (bron: string, namen: string) => Record<string, string>> = {
  'meldingen-logboek': (_bron, namen) => ({ meldingen: namen }),
  'redactie-logboek': (bron, namen) => ({ bron, documenten: namen }),
}

/**
 * Lines written outside a change (a list, a read) each start their own write transaction. Two at the same moment in
 * one process (a dashboard that reads three lists at once, two workers) wait on each other's SQLite write lock until
 * the busy timeout, so the page hangs: they are written one at a time, in this process-wide queue (both logs).
 */
const logRij: ReturnType<typeof pLimit> = ((globalThis as any)[Symbol.for('skt.logboekRij')] ??= pLimit(1))

/** Write one line to `logboek` about documents of `bron`, as the server (no access check). */
export async function logRegel(req: PayloadRequest, logboek: LogboekSlug, bron: string, regel: LogRegel): Promise<void> {
  if (req.transactionID) return schrijf(req, logboek, bron, regel)
  return logRij(() => schrijf(req, logboek, bron, regel))
}

async function schrijf(req: PayloadRequest, logboek: LogboekSlug, bron: string, regel: LogRegel): Promise<void> {
  const user = req.user as { id: number | string; naam?: string | null; email?: string; collection?: string } | null | undefined
  const wie = user && (!user.collection || user.collection === 'users') ? user : null
  await req.payload.create({
    collection: logboek,
    overrideAccess: true,
    req,
    data: {
      wanneer: new Date().toISOString(),
      gebruiker: wie?.id ?? null,
      gebruikerNaam: wie
        ? [wie.naam, wie.email && `<${wie.email}>`].filter(Boolean).join(' ')
        : regel.herkomst === 'website'
          ? 'melder (website)'
          : 'systeem',
      actie: regel.actie,
      ...DOCUMENTEN[logboek](bron, regel.documenten.join(', ')),
      resultaat: regel.resultaat ?? 'gelukt',
      herkomst: regel.herkomst ?? (wie ? 'beheer' : 'systeem'),
      details: regel.details,
    } as any,
  })
}

/** Set on req.context by the server's own calls that must not be logged (they log their own line, or none is due). */
export const GEEN_LOGBOEK = 'geenLogboek'

const stil = (req: PayloadRequest) => Boolean(req.context?.[GEEN_LOGBOEK])

/**
 * Run `fn` (a call by the server itself, with `req`) without logging it. Payload merges a call's `context` into the
 * shared req.context for the rest of the request, so the flag is set only for the time of `fn`. It counts: calls that
 * overlap (field checks run at the same time) each end only their own share, so the flag does not stay on after the
 * last one (which would leave the change itself unlogged).
 */
export async function zonderLogboek<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  req.context ??= {}
  req.context[GEEN_LOGBOEK] = Number(req.context[GEEN_LOGBOEK] ?? 0) + 1
  try {
    return await fn()
  } finally {
    const over = Number(req.context[GEEN_LOGBOEK] ?? 1) - 1
    if (over > 0) req.context[GEEN_LOGBOEK] = over
    else delete req.context[GEEN_LOGBOEK]
  }
}

type Doc = { id?: number | string; [key: string]: unknown }

export interface LogboekOpties {
  /** The collection whose documents are logged (stored with each line of the shared redactie log). */
  collectie: CollectionSlug
  /** Which log the lines go to (default 'redactie-logboek'; 'meldingen-logboek' only for the Meldpunt's data). */
  logboek?: LogboekSlug
  /**
   * The personal fields, as paths ('naam', 'contactpersoon.email'). A read is logged only for the documents in which
   * one came back with a value. Without it, every document read counts (all of it is personal).
   */
  persoonsvelden?: string[]
  /** How a document is named in the log (default: its id). */
  naamVan?: (doc: Doc | null | undefined) => string | null
  /** The name of a document of which only the id is known, a refused attempt (default: the id). */
  naamVanId?: (id: string) => string
  /** Where a document created without a user came from (default: 'systeem'). */
  herkomstZonderGebruiker?: (doc: Doc) => 'website' | 'systeem'
}

export interface LogboekHooks {
  /** afterOperation: reads ('lijst', 'lezen'). */
  logLezen: CollectionAfterOperationHook
  /** afterChange: 'aanmaken', 'wijzigen'. */
  logWijzigen: CollectionAfterChangeHook
  /** afterDelete: 'verwijderen'. */
  logVerwijderen: CollectionAfterDeleteHook
  /** afterError: a refused attempt over REST. */
  logGeweigerd: CollectionAfterErrorHook
}

const heeftWaarde = (v: unknown) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0)

/** The value at a dotted path ('contactpersoon.email'); through arrays (array fields) any element's. */
function waardenOp(doc: unknown, pad: string[]): unknown[] {
  if (!pad.length) return [doc]
  if (Array.isArray(doc)) return doc.flatMap((d) => waardenOp(d, pad))
  if (!doc || typeof doc !== 'object') return []
  const [kop, ...rest] = pad
  return kop! in doc ? waardenOp((doc as Record<string, unknown>)[kop!], rest) : []
}

const NIET_VERGELIJKEN = new Set(['updatedAt', 'createdAt'])

/** A value as it can be compared: a populated document (a relation read at depth > 0) as its id. */
const vergelijkbaar = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(vergelijkbaar)
  if (v && typeof v === 'object') {
    if ('id' in v && 'createdAt' in v) return (v as { id: unknown }).id
    return Object.fromEntries(Object.entries(v).map(([k, w]) => [k, vergelijkbaar(w)]))
  }
  return v ?? null
}

/**
 * The names of the top-level fields that differ between two versions of a document (names only, never values). Only
 * the fields of the version after: a field the user may not read is missing there (not wiped), e.g. the reporter's
 * name for a partner who handles a suggestion.
 */
export function gewijzigdeVelden(voor: Doc | null | undefined, na: Doc): string[] {
  return Object.keys(na)
    .filter((n) => !NIET_VERGELIJKEN.has(n))
    .filter((n) => JSON.stringify(vergelijkbaar(voor?.[n])) !== JSON.stringify(vergelijkbaar(na[n])))
    .sort()
}

const ACTIE_VAN_METHODE: Record<string, LogRegel['actie']> = {
  POST: 'aanmaken',
  PATCH: 'wijzigen',
  PUT: 'wijzigen',
  DELETE: 'verwijderen',
}

/** The four log hooks of a collection (see the top of this file). */
export function logboekHooks(opties: LogboekOpties): LogboekHooks {
  const {
    collectie,
    logboek = 'redactie-logboek',
    persoonsvelden,
    naamVan = (doc) => (doc?.id != null ? String(doc.id) : null),
    naamVanId = (id) => id,
    herkomstZonderGebruiker = () => 'systeem',
  } = opties
  const log = (req: PayloadRequest, regel: LogRegel) => logRegel(req, logboek, collectie, regel)
  const paden = persoonsvelden?.map((p) => p.split('.'))
  /** Whether reading `doc` as it came back read personal data. */
  const persoonlijk = (doc: Doc | null | undefined) =>
    Boolean(doc) && (!paden || paden.some((pad) => waardenOp(doc, pad).some(heeftWaarde)))
  const namenVan = (docs: (Doc | null | undefined)[]) =>
    docs
      .filter(persoonlijk)
      .map(naamVan)
      .filter((n): n is string => Boolean(n))

  const logLezen: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
    if (stil(req) || !req.user) return result
    if (operation === 'findByID') {
      const [naam] = namenVan([result as Doc])
      if (naam) await log(req, { actie: 'lezen', documenten: [naam] })
    } else if (operation === 'find') {
      const docs = ((result as { docs?: Doc[] })?.docs ?? []) as Doc[]
      const namen = namenVan(docs)
      const viaKoppeling = Number((args as { currentDepth?: number }).currentDepth ?? 0) > 0
      if (viaKoppeling) {
        if (namen.length) await log(req, { actie: 'lezen', documenten: namen, details: 'via een koppeling in een ander document' })
      } else if (!paden) {
        await log(req, { actie: 'lijst', documenten: namen, details: `${namen.length} getoond` })
      } else if (namen.length) {
        await log(req, { actie: 'lijst', documenten: namen, details: `${namen.length} van ${docs.length} getoond met persoonsgegevens` })
      }
    }
    return result
  }

  const logWijzigen: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (stil(req)) return doc
    const naam = naamVan(doc)
    if (!naam) return doc
    if (operation === 'create') {
      await log(req, { actie: 'aanmaken', documenten: [naam], herkomst: req.user ? 'beheer' : herkomstZonderGebruiker(doc) })
    } else {
      const velden = gewijzigdeVelden(previousDoc, doc)
      await log(req, { actie: 'wijzigen', documenten: [naam], details: velden.length ? `velden: ${velden.join(', ')}` : 'niets gewijzigd' })
    }
    return doc
  }

  const logVerwijderen: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    if (stil(req)) return doc
    await log(req, { actie: 'verwijderen', documenten: [naamVan(doc) ?? naamVanId(String(id))] })
    return doc
  }

  /** The operation's own transaction is gone by now, so the line stays. */
  const logGeweigerd: CollectionAfterErrorHook = async ({ error, req }) => {
    const status = (error as { status?: number })?.status
    if (status !== 403 || !req.user || stil(req)) return
    const id = req.routeParams?.id as string | undefined
    const actie = ACTIE_VAN_METHODE[req.method ?? 'GET'] ?? (id ? 'lezen' : 'lijst')
    try {
      await log(req, { actie, documenten: id ? [naamVanId(id)] : [], resultaat: 'geweigerd' })
    } catch (err) {
      req.payload.logger.error({ err }, `Logboek ${collectie}: de weigering kon niet worden vastgelegd.`)
    }
  }

  return { logLezen, logWijzigen, logVerwijderen, logGeweigerd }
}
