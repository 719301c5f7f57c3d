import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FieldHook, PayloadHandler, PayloadRequest, Where } from 'payload'
import { type ControleWijze, versheid } from '../../../content-schema'
import type { Aanbod } from '../../payload-types'

/** The freshness state ("actueel", "controle nodig", "verouderd") computed from the check date on every read. */
export const computeVersheid: FieldHook = ({ siblingData }) => versheid(siblingData?.datum ?? null)

/** Saving by a person (an edit, or "klopt nog") stamps "laatst gecontroleerd" with today, their name and "in het beheer". */
export const stampGecontroleerd: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && req.user.collection === 'users') {
    data.laatstGecontroleerd = {
      ...(data.laatstGecontroleerd ?? {}),
      datum: new Date().toISOString(),
      door: req.user.naam ?? req.user.email,
      via: 'beheer' satisfies ControleWijze,
    }
  }
  return data
}

/**
 * The history of checks (collection controles), written here only, for every way a check happens (an edit or "Klopt
 * nog" in the admin, a link in the reminder e-mail): a published save whose check date changed, with how and by whom.
 */
export const schrijfControle: CollectionAfterChangeHook<Aanbod> = async ({ doc, previousDoc, req }) => {
  const lg = doc.laatstGecontroleerd
  if (doc._status !== 'published' || !lg?.datum || !lg.via) return doc
  const vorige = previousDoc?._status === 'published' ? previousDoc.laatstGecontroleerd?.datum : null
  if (vorige && new Date(vorige).getTime() === new Date(lg.datum).getTime()) return doc
  await req.payload.create({
    collection: 'controles',
    overrideAccess: true,
    req,
    depth: 0,
    data: {
      aanbod: doc.id,
      organisatie: typeof doc.organisatie === 'object' ? doc.organisatie.id : doc.organisatie,
      datum: lg.datum,
      via: lg.via,
      door: lg.door ?? undefined,
    },
  })
  return doc
}

/** Whether the logged-in user may update aanbod `id`, by the collection's own update access rule. */
async function mayUpdate(req: PayloadRequest, id: string): Promise<boolean> {
  const rule = req.payload.collections.aanbod.config.access.update
  const access = await rule({ req, id: id as unknown as number })
  if (access === false) return false
  try {
    const where: Where = access === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, access] }
    const { totalDocs } = await req.payload.count({ collection: 'aanbod', where, overrideAccess: true, req })
    return totalDocs > 0
  } catch {
    return false // not an id at all
  }
}

/** Whether aanbod `id` has a draft newer than its published version (confirming now would pass over that draft). */
export async function heeftNieuwerConcept(req: PayloadRequest, id: number | string): Promise<boolean> {
  const { docs: latest } = await req.payload.findVersions({
    collection: 'aanbod',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (latest[0]?.version?._status !== 'draft') return false
  const published = await req.payload.count({
    collection: 'aanbod',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
  })
  return published.totalDocs > 0
}

export const CONCEPT_WACHT =
  'Er staat een concept klaar voor dit aanbod. Publiceer of verwijder dat concept eerst, dan kunt u bevestigen dat het klopt.'

export type Bevestiging =
  | { uitkomst: 'bevestigd'; doc: Aanbod }
  | { uitkomst: 'concept' }
  | { uitkomst: 'geweigerd' }
  | { uitkomst: 'fout'; status: number }

/**
 * Confirm that aanbod `id` is still right, without changing anything else: one save through Payload's update (so its
 * hooks run: the check stamp, the history in controles, the site's publication). Refused while a newer draft waits.
 * - by a logged-in user (`user`): with that user's own update rights; stampGecontroleerd stamps name and "in het beheer";
 * - by a link from the reminder e-mail (`namens`): the caller has checked the link; stamped with the contact and "via e-mail".
 */
export async function bevestigAanbod(
  req: PayloadRequest,
  id: number | string,
  wie: { user: NonNullable<PayloadRequest['user']> } | { namens: { door: string; via: ControleWijze } },
): Promise<Bevestiging> {
  if (await heeftNieuwerConcept(req, id)) return { uitkomst: 'concept' }
  try {
    const doc = await req.payload.update({
      collection: 'aanbod',
      id,
      depth: 0,
      context: { kloptNog: true },
      ...('user' in wie
        ? { data: {}, user: wie.user, overrideAccess: false }
        : { data: { laatstGecontroleerd: { datum: new Date().toISOString(), ...wie.namens } }, overrideAccess: true }),
    })
    return { uitkomst: 'bevestigd', doc }
  } catch (err: any) {
    return err?.status === 404 || err?.status === 403 ? { uitkomst: 'geweigerd' } : { uitkomst: 'fout', status: err?.status ?? 500 }
  }
}

/**
 * POST /api/aanbod/:id/klopt-nog: confirm that a listing is still right, in one action, without editing it.
 * Uses the caller's own update rights (a partner only for its own organisaties).
 */
export const kloptNog: PayloadHandler = async (req) => {
  const id = req.routeParams?.id as string
  if (!req.user) return Response.json({ message: 'Log eerst in.' }, { status: 401 })
  // First: may the caller change this aanbod at all? Before anything else is said about the document, and with
  // one answer for "does not exist" and "not yours" (as Payload's own update gives a partner).
  if (!(await mayUpdate(req, id))) return Response.json({ message: 'U mag dit aanbod niet bevestigen.' }, { status: 403 })
  const r = await bevestigAanbod(req, id, { user: req.user })
  switch (r.uitkomst) {
    case 'bevestigd':
      return Response.json({
        message: 'Bedankt! Het aanbod staat weer als nagekeken.',
        doc: { id: r.doc.id, laatstGecontroleerd: r.doc.laatstGecontroleerd },
      })
    case 'concept':
      return Response.json({ message: CONCEPT_WACHT }, { status: 409 })
    case 'geweigerd':
      return Response.json({ message: 'U mag dit aanbod niet bevestigen.' }, { status: 403 })
    default:
      return Response.json({ message: 'Bevestigen is niet gelukt.' }, { status: r.status })
  }
}
