import type { CollectionBeforeChangeHook, FieldHook, PayloadHandler } from 'payload'
import { versheid } from '../../../content-schema'

/** The freshness state ("actueel", "controle nodig", "verouderd") computed from the check date on every read. */
export const computeVersheid: FieldHook = ({ siblingData }) => versheid(siblingData?.datum ?? null)

/** Saving by a person (an edit, or "klopt nog") stamps "laatst gecontroleerd" with today and their name. */
export const stampGecontroleerd: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && req.user.collection === 'users') {
    data.laatstGecontroleerd = { ...(data.laatstGecontroleerd ?? {}), datum: new Date().toISOString(), door: req.user.naam ?? req.user.email }
  }
  return data
}

/**
 * POST /api/aanbod/:id/klopt-nog: confirm that a listing is still right, in one action, without editing it.
 * Uses the caller's own update rights (a partner only for its own organisaties).
 */
export const kloptNog: PayloadHandler = async (req) => {
  const id = req.routeParams?.id as string
  if (!req.user) return Response.json({ message: 'Log eerst in.' }, { status: 401 })
  const { docs: latest } = await req.payload.findVersions({
    collection: 'aanbod',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (latest[0]?.version?._status === 'draft') {
    const published = await req.payload.count({ collection: 'aanbod', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, overrideAccess: true })
    if (published.totalDocs > 0) {
      return Response.json(
        { message: 'Er staat een concept klaar voor dit aanbod. Publiceer of verwijder dat concept eerst, dan kunt u bevestigen dat het klopt.' },
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
    return Response.json({ message: 'Bedankt! Het aanbod staat weer als nagekeken.', doc: { id: doc.id, laatstGecontroleerd: doc.laatstGecontroleerd } })
  } catch (err: any) {
    const status = err?.status === 404 || err?.status === 403 ? 403 : (err?.status ?? 500)
    return Response.json({ message: status === 403 ? 'U mag dit aanbod niet bevestigen.' : 'Bevestigen is niet gelukt.' }, { status })
  }
}
