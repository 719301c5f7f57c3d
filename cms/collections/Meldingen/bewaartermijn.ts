/**
 * Retention (shared/meldpunt.md, issue 21): a melding that reached an end status longer ago than the Meldpunt's
 * bewaartermijn (global meldpunt, default MELDING_STANDAARD) loses its personal fields for good: contact details,
 * the melder's text and the notes (MELDING_PERSOONSVELDEN). What remains is anonymous and keeps counting: kern,
 * kanaal, melder, levensgebeurtenissen, status and its dates, the history, the referrals. gewistOp records when.
 *
 * "Gone for good" on SQLite: every connection has PRAGMA secure_delete on (cms/database.ts), so the old values are
 * overwritten in the database file, and after the wipe the write-ahead log is checkpointed and emptied, so no older
 * copy of a page stays in the -wal file.
 */
import { subMonths } from 'date-fns'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type FlattenedField, type Payload } from 'payload'
import { MELDING_EINDSTATUSSEN, MELDING_PERSOONSVELDEN } from '../../../content-schema'
import { meldpuntAfspraken } from '../../globals/meldpunt-afspraken'
import { logboek } from '../MeldingenLogboek'

export interface WisResultaat {
  /** The numbers of the meldingen wiped in this run. */
  gewist: string[]
  /** Meldingen that reached their end status before this moment were wiped. */
  grens: string
  maanden: number
}

/** The personal fields emptied: an array (the notes) becomes empty, any other field null. */
function legeWaarden(payload: Payload): Record<string, null | []> {
  const fields = payload.collections.meldingen.config.flattenedFields as FlattenedField[]
  return Object.fromEntries(
    MELDING_PERSOONSVELDEN.map((name) => {
      const field = fields.find((f) => f.name === name)
      if (!field) throw new Error(`Bewaartermijn: het veld "${name}" bestaat niet in meldingen.`)
      return [name, field.type === 'array' ? [] : null]
    }),
  )
}

/**
 * Wipe what the retention period says must go, as of `nu` (a parameter: the daily job passes the clock, a test a
 * moment past the period). Idempotent: a wiped melding (gewistOp set) is not touched again. All in one transaction,
 * with one line in the access log ('wissen', the numbers, how many; herkomst systeem); nothing is logged when there
 * was nothing to wipe.
 */
export async function wisVerlopenMeldingen(payload: Payload, nu: Date): Promise<WisResultaat> {
  const { bewaartermijnMaanden: maanden } = await meldpuntAfspraken(payload)
  const grens = subMonths(nu, maanden).toISOString()
  const { docs } = await payload.find({
    collection: 'meldingen',
    where: {
      and: [{ status: { in: [...MELDING_EINDSTATUSSEN] } }, { afgeslotenOp: { less_than: grens } }, { gewistOp: { exists: false } }],
    },
    sort: 'afgeslotenOp',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { nummer: true },
  })
  const resultaat: WisResultaat = { gewist: [], grens, maanden }
  if (!docs.length) return resultaat

  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  try {
    const leeg = { ...legeWaarden(payload), gewistOp: nu.toISOString() }
    for (const doc of docs) {
      // Straight to the database: the system wipes, so the melding's own checks (a phone number is required when
      // the melder wants a call) and hooks do not apply; the access log below records it instead. The whole
      // melding is written back (as Payload's own update does), with the personal fields emptied.
      const huidig = await payload.db.findOne({ collection: 'meldingen', where: { id: { equals: doc.id } }, req })
      if (!huidig) continue
      await payload.db.updateOne({ collection: 'meldingen', id: doc.id, data: { ...huidig, ...leeg }, req, returning: false } as any)
      resultaat.gewist.push(doc.nummer ?? String(doc.id))
    }
    await logboek(req, {
      actie: 'wissen',
      meldingen: resultaat.gewist,
      herkomst: 'systeem',
      details: `${resultaat.gewist.length} ${resultaat.gewist.length === 1 ? 'melding' : 'meldingen'}: contactgegevens, tekst en notities gewist (bewaartermijn ${maanden} maanden na afsluiten)`,
    })
    if (inTransaction) await commitTransaction(req)
  } catch (err) {
    if (inTransaction) await killTransaction(req)
    throw err
  }
  await leegWal(payload)
  return resultaat
}

/**
 * SQLite in WAL mode keeps changed pages in the -wal file until a checkpoint copies them into the database; older
 * versions of a page (with the values before the wipe) can stay there. TRUNCATE copies everything and empties the
 * file. MongoDB and a libSQL server: nothing to do here.
 */
export async function leegWal(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: any[] }> } }).client
  const { rows } = await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const busy = Number(rows[0]?.busy ?? rows[0]?.[0] ?? 0)
  // Another connection was reading: the next run (or SQLite's own checkpoint) finishes the job. No content in the log.
  if (busy) payload.logger.warn('Bewaartermijn meldingen: het write-ahead log kon nog niet helemaal worden geleegd.')
}
