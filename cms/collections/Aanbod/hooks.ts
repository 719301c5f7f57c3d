import type { CollectionBeforeChangeHook, FieldHook, PayloadHandler, PayloadRequest, Where } from 'payload'
import { versheid } from '../../../content-schema'

/** The freshness state ("actueel", "controle nodig", "verouderd") computed from the check date on every read. */
export const computeVersheid: FieldHook = ({ siblingData }) => versheid(siblingData?.datum ?? null)

/** Saving by a person (an edit, or "klopt nog") stamps "laatst gecontroleerd" with today and their name. */
export const stampGecontroleerd: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && req.user.collection === 'users') {
    data.laatstGecontroleerd = {
      ...(data.laatstGecontroleerd ?? {}),
      datum: new Date().toISOString(),
      door: req.user.naam ?? req.user.email,
    }
  }
  return data
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
  const { docs: latest } = await req.payload.findVersions({
    collection: 'aanbod',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (latest[0]?.version?._status === 'draft') {
    const published = await req.payload.count({
      collection: 'aanbod',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    if (published.totalDocs > 0) {
      return Response.json(
        {
          message:
            'Er staat een concept klaar voor dit aanbod. Publiceer of verwijder dat concept eerst, dan kunt u bevestigen dat het klopt.',
        },
        { status: 409 },
      )
    }
  }
  try {
    const doc = await req.payload.update({
      collection: 'aanbod',
      id,
      data: {},
      user: req.user,
      overrideAccess: false,
      context: { kloptNog: true },
      depth: 0,
    })
    return Response.json({
      message: 'Bedankt! Het aanbod staat weer als nagekeken.',
      doc: { id: doc.id, laatstGecontroleerd: doc.laatstGecontroleerd },
    })
  } catch (err: any) {
    const status = err?.status === 404 || err?.status === 403 ? 403 : (err?.status ?? 500)
    return Response.json({ message: status === 403 ? 'U mag dit aanbod niet bevestigen.' : 'Bevestigen is niet gelukt.' }, { status })
  }
}
