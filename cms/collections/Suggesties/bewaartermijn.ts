/**
 * Retention of suggestions (issue 24): the reporter's name and e-mail address are wiped for good
 * SUGGESTIE_AFSPRAKEN.wissenNaDagen days after the suggestion was handled; what remains (the item, what was wrong,
 * the status) is anonymous. gewistOp records when. On SQLite the write-ahead log is emptied after (as for meldingen).
 */
import { subDays } from 'date-fns'
import type { Payload } from 'payload'
import { SUGGESTIE_AFSPRAKEN } from '../../../content-schema'
import { leegWal } from '../Meldingen/bewaartermijn'
import { schrijfDirect } from './berichten'

/** Wipe as of `nu` (the daily job passes the clock, a test a moment past the period). Idempotent. */
export async function wisMelderGegevens(payload: Payload, nu: Date, dagen: number = SUGGESTIE_AFSPRAKEN.wissenNaDagen) {
  const grens = subDays(nu, dagen).toISOString()
  const { docs } = await payload.find({
    collection: 'suggesties',
    where: {
      and: [
        { status: { not_equals: 'open' } },
        { afgehandeldOp: { less_than: grens } },
        { gewistOp: { exists: false } },
        { or: [{ naam: { exists: true } }, { email: { exists: true } }] },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of docs) await schrijfDirect(payload, doc.id, { naam: null, email: null, gewistOp: nu.toISOString() })
  if (docs.length) await leegWal(payload)
  return { gewist: docs.length, grens }
}
