/**
 * Every access to meldingen and to their measurements (cms/collections/Metingen, named "meting <id>") goes into the
 * access log (cms/collections/MeldingenLogboek, BIO style): listed ('lijst', with the numbers shown), opened ('lezen',
 * also when a melding is read through a relation of another document), created, changed (the names of the changed
 * fields, never their values), deleted; the export is logged by the inzage endpoint itself. As collection hooks, so
 * it holds for the admin, REST and the Local API alike.
 *
 * Not logged:
 * - reads without a user: only the server's own code can read without one (anonymous visitors have no access);
 * - what the server's own code marks with req.context.geenLogboek (zonderLogboek below), e.g. the number lookup in
 *   ./hooks.ts, or a job that writes its own line.
 * Refused attempts of signed-in users over REST are logged as 'geweigerd' (afterError). A refusal in the admin's own
 * pages (Local API) is not: Payload calls afterError only for its HTTP routes, and the admin hides meldingen anyway.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  PayloadRequest,
} from 'payload'
import { type LogboekRegel, logboek } from '../MeldingenLogboek'

/** Set on req.context by the server's own calls that must not be logged (they log their own line, or none is due). */
export const GEEN_LOGBOEK = 'geenLogboek'

const stil = (req: PayloadRequest) => Boolean(req.context?.[GEEN_LOGBOEK])

/**
 * Run `fn` (a call on meldingen by the server itself, with `req`) without logging it. Payload merges a call's
 * `context` into the shared req.context for the rest of the request, so the flag is set only for the time of `fn`.
 * It counts: calls that overlap (field checks run at the same time) each end only their own share, so the flag
 * does not stay on after the last one (which would leave the change itself unlogged).
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

type Doc = { id?: number | string; nummer?: string | null; kanaal?: string | null; [key: string]: unknown }

/** How a document is named in the log: a melding by its number (its id while it has none), a meting as "meting <id>". */
interface Naamgeving {
  naamVan: (doc: Doc | null | undefined) => string | null
  /** The name of a document of which only the id is known (a refused attempt). */
  naamVanId: (id: string) => string
}

const meldingNamen: Naamgeving = {
  naamVan: (doc) => doc?.nummer || (doc?.id != null ? String(doc.id) : null),
  naamVanId: (id) => id,
}

/** A meting (cms/collections/Metingen) by its id only: the log never links it to a melding number. */
export const metingNamen: Naamgeving = {
  naamVan: (doc) => (doc?.id != null ? `meting ${doc.id}` : null),
  naamVanId: (id) => `meting ${id}`,
}

/** Reads: a list ('lijst') or one document ('lezen'); a document populated through a relation is a 'lezen' too. */
const lezenHook =
  ({ naamVan }: Naamgeving): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (stil(req) || !req.user) return result
    if (operation === 'findByID') {
      const naam = naamVan(result as Doc)
      if (naam) await logboek(req, { actie: 'lezen', meldingen: [naam] })
    } else if (operation === 'find') {
      const docs = ((result as { docs?: Doc[] })?.docs ?? []) as Doc[]
      const namen = docs.map(naamVan).filter((n): n is string => Boolean(n))
      const viaKoppeling = Number((args as { currentDepth?: number }).currentDepth ?? 0) > 0
      if (viaKoppeling) {
        if (namen.length) await logboek(req, { actie: 'lezen', meldingen: namen, details: 'via een koppeling in een ander document' })
      } else {
        await logboek(req, { actie: 'lijst', meldingen: namen, details: `${namen.length} getoond` })
      }
    }
    return result
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

/** The names of the top-level fields that differ between two versions of a melding (names only, never values). */
export function gewijzigdeVelden(voor: Doc | null | undefined, na: Doc): string[] {
  const namen = new Set([...Object.keys(voor ?? {}), ...Object.keys(na)])
  return [...namen]
    .filter((n) => !NIET_VERGELIJKEN.has(n))
    .filter((n) => JSON.stringify(vergelijkbaar(voor?.[n])) !== JSON.stringify(vergelijkbaar(na[n])))
    .sort()
}

/** Created ('aanmaken': from the website form when there is no user) and changed ('wijzigen', with the field names). */
const wijzigenHook =
  ({ naamVan }: Naamgeving): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (stil(req)) return doc
    const naam = naamVan(doc)
    if (!naam) return doc
    if (operation === 'create') {
      await logboek(req, {
        actie: 'aanmaken',
        meldingen: [naam],
        herkomst: req.user ? 'beheer' : doc.kanaal === 'website' ? 'website' : 'systeem',
      })
    } else {
      const velden = gewijzigdeVelden(previousDoc, doc)
      await logboek(req, {
        actie: 'wijzigen',
        meldingen: [naam],
        details: velden.length ? `velden: ${velden.join(', ')}` : 'niets gewijzigd',
      })
    }
    return doc
  }

const verwijderenHook =
  ({ naamVan, naamVanId }: Naamgeving): CollectionAfterDeleteHook =>
  async ({ doc, id, req }) => {
    if (stil(req)) return doc
    await logboek(req, { actie: 'verwijderen', meldingen: [naamVan(doc) ?? naamVanId(String(id))] })
    return doc
  }

const ACTIE_VAN_METHODE: Record<string, LogboekRegel['actie']> = {
  POST: 'aanmaken',
  PATCH: 'wijzigen',
  PUT: 'wijzigen',
  DELETE: 'verwijderen',
}

/**
 * A refused attempt of a signed-in user over REST (403: no access to meldingen): one line 'geweigerd', with the id
 * that was asked for. The operation's own transaction is gone by now, so the line stays.
 */
const geweigerdHook =
  ({ naamVanId }: Naamgeving): CollectionAfterErrorHook =>
  async ({ error, req }) => {
    const status = (error as { status?: number })?.status
    if (status !== 403 || !req.user || stil(req)) return
    const id = req.routeParams?.id as string | undefined
    const actie = ACTIE_VAN_METHODE[req.method ?? 'GET'] ?? (id ? 'lezen' : 'lijst')
    try {
      await logboek(req, { actie, meldingen: id ? [naamVanId(id)] : [], resultaat: 'geweigerd' })
    } catch (err) {
      req.payload.logger.error({ err }, 'Logboek meldingen: de weigering kon niet worden vastgelegd.')
    }
  }

/** The four log hooks of a collection, with how it names its documents in the log. */
export const logboekHooks = (namen: Naamgeving) => ({
  logLezen: lezenHook(namen),
  logWijzigen: wijzigenHook(namen),
  logVerwijderen: verwijderenHook(namen),
  logGeweigerd: geweigerdHook(namen),
})

export const { logLezen, logWijzigen, logVerwijderen, logGeweigerd } = logboekHooks(meldingNamen)
