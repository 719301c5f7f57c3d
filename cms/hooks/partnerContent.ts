/**
 * Hooks shared by the partner-owned collections with drafts (aanbod, activiteiten).
 */
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { isPartner, isStaff } from '../access'

/**
 * "Partners publiceren zelf" off (site global): a partner's publish is saved as a draft instead, marked
 * "ter beoordeling" for a redacteur to publish. The published version stays as it was until then.
 */
export const reviewPartnerPublish: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !isPartner(req.user) || req.context?.kloptNog) return args
  if ((args.data as { _status?: string } | undefined)?._status !== 'published') return args
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, req })
  if (site.partnersPublicerenZelf !== false) return args
  req.context.terBeoordeling = true
  return { ...args, draft: true, data: { ...args.data, _status: 'draft' } }
}

/** Keep the "ter beoordeling" mark right: set by a reviewed partner change, cleared when staff publish. */
export const markTerBeoordeling: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (isPartner(req.user)) data.terBeoordeling = Boolean(req.context?.terBeoordeling)
  else if (isStaff(req.user) && data._status === 'published') data.terBeoordeling = false
  else data.terBeoordeling = data.terBeoordeling ?? originalDoc?.terBeoordeling ?? false
  return data
}
