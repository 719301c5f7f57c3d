/**
 * Retention of applications (issue 24): the contact person's name, e-mail address and phone number are wiped for good
 * AANMELDING_AFSPRAKEN.wissenNaDagen days after the application was approved or declined (an approved contact person
 * lives on as the organisatie's contactpersoon and as an account, where the organisation keeps them current). What
 * remains (the organisation, the aanbod, the decision and its reason) holds no personal data. contactpersoon.gewistOp
 * records when. Run by the daily task with the suggestions' wipe (cms/jobs/suggesties.ts).
 */
import { subDays } from 'date-fns'
import type { Payload } from 'payload'
import { AANMELDING_AFSPRAKEN } from '../../../content-schema'
import { leegWal } from '../Meldingen/bewaartermijn'

/** Wipe as of `nu` (the daily job passes the clock, a test a moment past the period). Idempotent. */
export async function wisContactpersonen(payload: Payload, nu: Date, dagen: number = AANMELDING_AFSPRAKEN.wissenNaDagen) {
  const grens = subDays(nu, dagen).toISOString()
  const { docs } = await payload.find({
    collection: 'aanmeldingen',
    where: {
      and: [{ status: { not_equals: 'nieuw' } }, { behandeldOp: { less_than: grens } }, { 'contactpersoon.gewistOp': { exists: false } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of docs) {
    await payload.update({
      collection: 'aanmeldingen',
      id: doc.id,
      data: { contactpersoon: { naam: null, email: null, telefoon: null, gewistOp: nu.toISOString() } },
      overrideAccess: true,
      depth: 0,
    })
  }
  if (docs.length) await leegWal(payload)
  return { gewist: docs.length, grens }
}
