/**
 * The end-measurement reminders of the Meldpunt dashboard (issue 23): meldingen closed with a start measurement and
 * without an end measurement, and open meldingen whose end measurement is due (the Meldpunt's setting
 * eindmetingNaMaanden after the start measurement). Queried on the melding's own dates (startmetingOp, eindmetingOp,
 * kept by ./koppeling.ts), read as the user so that the access log records the lists.
 */
import { subMonths } from 'date-fns'
import type { Payload, Where } from 'payload'
import { MELDING_EINDSTATUSSEN, metingAfspraken } from '../../../content-schema'

/** The Meldpunt's setting in use (the global meldpunt, else the default). */
export async function eindmetingNaMaanden(payload: Payload) {
  return metingAfspraken(await payload.findGlobal({ slug: 'meldpunt', depth: 0, overrideAccess: true })).eindmetingNaMaanden
}

/**
 * Closed (afgesloten, not geannuleerd) with a start and no end measurement; not yet wiped (after the wipe nobody
 * can be asked any more).
 */
export const afgeslotenZonderEindmeting: Where = {
  and: [
    { status: { equals: 'afgesloten' } },
    { startmetingOp: { exists: true } },
    { eindmetingOp: { exists: false } },
    { gewistOp: { exists: false } },
  ],
}

/** Open, with a start measurement at least `maanden` months before `nu`, and no end measurement yet. */
export const eindmetingNodig = (nu: Date, maanden: number): Where => ({
  and: [
    { status: { not_in: [...MELDING_EINDSTATUSSEN] } },
    { startmetingOp: { less_than_equal: subMonths(nu, maanden).toISOString() } },
    { eindmetingOp: { exists: false } },
  ],
})
