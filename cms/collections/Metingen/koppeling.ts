/**
 * The link between a melding and its measurements (issue 23, shared/meldpunt.md "Separate identities from scores"):
 * a random id (crypto.randomUUID, 122 random bits) stored on the melding as `metingKoppeling` and on each meting as
 * `koppeling`. It is not derived from the melding's id, number, date or any personal value, and a meting holds no
 * relationship to the melding and nothing identifying: moment, date, the six answers and the scores.
 *
 * Retention (cms/collections/Meldingen/bewaartermijn.ts) empties the melding's personal fields and keeps the rest,
 * the link included. That is a choice: the group figures (monitoring, issue 23) are counted per kern, per
 * levensgebeurtenis and per referral, which only the melding has; and after the wipe neither side holds anything
 * that identifies a person (the melding keeps only what already counts anonymously, the meting only its scores), so
 * following the link leads to nothing identifying. The link is not shown in the admin, not written in the access log
 * and not in the inzage file.
 *
 * The melding keeps the dates of its start and end measurement (`startmetingOp`, `eindmetingOp`), kept up to date
 * here after every change of a meting: the Meldpunt dashboard's reminders query meldingen only.
 */
import crypto from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { zonderLogboek } from '../../logboek'

export const nieuweKoppeling = () => crypto.randomUUID()

/** A melding number as staff type it: M-2026-0012, also with spaces or small letters. */
export const normaliseerNummer = (nummer: unknown) =>
  String(nummer ?? '')
    .trim()
    .toUpperCase()

/** The melding with this number (id, number and link), looked up by the server itself (not logged). */
export async function meldingMetNummer(req: PayloadRequest, nummer: unknown) {
  const n = normaliseerNummer(nummer)
  if (!n) return null
  const { docs } = await zonderLogboek(req, () =>
    req.payload.find({
      collection: 'meldingen',
      where: { nummer: { equals: n } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { nummer: true, metingKoppeling: true },
    }),
  )
  return (docs[0] as { id: number | string; nummer?: string | null; metingKoppeling?: string | null } | undefined) ?? null
}

/**
 * The melding's link, made now when it has none (a melding from before the link existed). Written straight to the
 * database: only this column, without the melding's own checks and hooks (the meting's change is logged).
 */
export async function koppelingVan(req: PayloadRequest, melding: { id: number | string; metingKoppeling?: string | null }) {
  if (melding.metingKoppeling) return melding.metingKoppeling
  const koppeling = nieuweKoppeling()
  await req.payload.db.updateOne({
    collection: 'meldingen',
    id: melding.id,
    data: { metingKoppeling: koppeling },
    req,
    returning: false,
  } as any)
  return koppeling
}

/** Set the melding's startmetingOp (the first start measurement) and eindmetingOp (the last end measurement). */
export async function metingDatumsBijwerken(req: PayloadRequest, koppeling: string | null | undefined) {
  if (!koppeling) return
  const [metingen, meldingen] = await zonderLogboek(req, () =>
    Promise.all([
      req.payload.find({
        collection: 'metingen',
        where: { and: [{ koppeling: { equals: koppeling } }, { moment: { in: ['start', 'eind'] } }] },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        select: { moment: true, datum: true },
      }),
      req.payload.find({
        collection: 'meldingen',
        where: { metingKoppeling: { equals: koppeling } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
        select: { startmetingOp: true, eindmetingOp: true },
      }),
    ]),
  )
  const melding = meldingen.docs[0]
  if (!melding) return
  const datums = (moment: string) =>
    metingen.docs
      .filter((m) => m.moment === moment && m.datum)
      .map((m) => m.datum as string)
      .sort()
  const start = datums('start')[0] ?? null
  const eind = datums('eind').at(-1) ?? null
  if ((melding.startmetingOp ?? null) === start && (melding.eindmetingOp ?? null) === eind) return
  await req.payload.db.updateOne({
    collection: 'meldingen',
    id: melding.id,
    data: { startmetingOp: start, eindmetingOp: eind },
    req,
    returning: false,
  } as any)
}

/** After a meting changed: its melding's dates, and the old melding's when the meting moved to another melding. */
export const datumsNaWijzigen: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await metingDatumsBijwerken(req, doc.koppeling)
  if (previousDoc?.koppeling && previousDoc.koppeling !== doc.koppeling) await metingDatumsBijwerken(req, previousDoc.koppeling)
  return doc
}

export const datumsNaVerwijderen: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await metingDatumsBijwerken(req, doc.koppeling)
  return doc
}

/**
 * A melding that is deleted (for instance because the melder asks for it, AVG art. 17) takes its measurements with
 * it: each is deleted and logged ('verwijderen', meting <id>) as done by the same user.
 */
export const metingenMetMeldingVerwijderen: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!doc?.metingKoppeling) return doc
  await req.payload.delete({ collection: 'metingen', where: { koppeling: { equals: doc.metingKoppeling } }, overrideAccess: true, req })
  return doc
}
