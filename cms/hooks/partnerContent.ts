/**
 * Moderation of partners' changes: hooks shared by the partner-owned collections (aanbod, activiteiten with
 * drafts; organisaties without). With "Partners publiceren zelf" off (site global), nothing a partner sends goes
 * live without a redacteur: every way to publish is turned into a draft "ter beoordeling".
 */
import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, FieldHook, PayloadRequest } from 'payload'
import { isPartner, isStaff } from '../access'

/** The site setting "Partners publiceren zelf" (on unless a redacteur turned it off). */
export async function partnersPublicerenZelf(req: PayloadRequest): Promise<boolean> {
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, req })
  return site.partnersPublicerenZelf !== false
}

/**
 * "Partners publiceren zelf" off: a partner's create, update (with `_status: 'published'`, or without any
 * `_status`, which Payload would write straight into the published document), duplicate and restore of an old
 * version are all saved as a draft (`draft: true`), so the published version stays as it was until a redacteur
 * publishes. A request to publish is marked "ter beoordeling". Restoring a published version is only possible as
 * a draft ("Herstellen als concept").
 * Left as it is: an update that itself says `_status: 'draft'` (saving a draft, or taking the aanbod offline:
 * less public, never more), and "klopt nog" (changes only the check date, see Aanbod/hooks.ts).
 */
export const reviewPartnerPublish: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  if (!isPartner(req.user) || req.context?.kloptNog) return args
  const data = ((args as { data?: unknown }).data ?? {}) as { _status?: unknown }
  if (operation === 'update' && data._status === 'draft') return args
  if (operation === 'restoreVersion' && args.draft) return args
  if (await partnersPublicerenZelf(req)) return args
  if (operation === 'restoreVersion') {
    // Payload reads `draft` before this hook runs, so a restore cannot be turned into a draft here: a restore that
    // would publish is refused, with what to do instead. (Restoring a draft version only takes it offline.)
    const version = await req.payload.db
      .findVersions({ collection: args.collection.config.slug, where: { id: { equals: args.id } }, limit: 1, pagination: false, req })
      .then((r) => r.docs[0] as { version?: { _status?: string } } | undefined)
      .catch(() => undefined)
    if (version?.version?._status === 'published') {
      throw new APIError(
        'Herstellen: kies "Herstellen als concept" en publiceer daarna. Een redacteur bekijkt de wijziging en zet haar op de site.',
        403,
        { herstellen: 'alleen-als-concept' },
        true,
      )
    }
    return args
  }
  const publishRequest =
    data._status === 'published' || (data._status !== 'draft' && !args.draft && (operation === 'update' || args.duplicateFromID != null))
  if (publishRequest) req.context.terBeoordeling = true
  return { ...args, draft: true, publishAllLocales: undefined, publishSpecificLocale: undefined, data: { ...data, _status: 'draft' } }
}

/** Keep the "ter beoordeling" mark right: set by a reviewed partner change, cleared when staff publish. */
export const markTerBeoordeling: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (isPartner(req.user)) data.terBeoordeling = Boolean(req.context?.terBeoordeling)
  else if (isStaff(req.user) && data._status === 'published') data.terBeoordeling = false
  else data.terBeoordeling = data.terBeoordeling ?? originalDoc?.terBeoordeling ?? false
  return data
}

/** A value in a comparable form: no value is null; a related document is its id; lists and groups in order. */
function comparable(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null
  if (Array.isArray(v)) return v.map(comparable)
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('id' in o && 'createdAt' in o) return String(o.id)
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, comparable(o[k])])
        .filter(([, value]) => value !== null),
    )
  }
  return typeof v === 'number' ? String(v) : v
}
const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

/**
 * A field only the redactie sets (the demo flag, the placemats): a partner who sends a different value gets a
 * 400 naming the field, and nothing is stored (Payload's field access would drop it without a word). Sending the
 * value it already has is fine (the admin sends the whole form). Restoring an old version keeps today's value.
 */
export const alleenRedactie =
  (label: string, defaultValue: unknown, sorted = false): FieldHook =>
  ({ value, previousValue, originalDoc, req, path }) => {
    if (!isPartner(req.user)) return value
    const before = originalDoc && Object.keys(originalDoc).length > 0 ? previousValue : defaultValue
    if (req.context?.isRestoringVersion) return before
    const norm = (v: unknown) => (v === undefined || v === null ? defaultValue : sorted && Array.isArray(v) ? [...v].sort() : v)
    if (same(norm(value), norm(before))) return value
    throw new ValidationError(
      { errors: [{ path: (path ?? []).join('.'), label, message: `${label}: alleen de redactie mag dit veld wijzigen.` }], req },
      req.t,
    )
  }

/** Fields of an organisatie profile that never appear on the site: a partner keeps them up to date itself. */
const NIET_OPENBAAR = new Set(['id', 'createdAt', 'updatedAt', 'contactpersonen'])

/**
 * Organisatie profiles have no drafts. With "Partners publiceren zelf" off, a partner may not change the public
 * part of its profile itself (it would be on the site at once): 403 with a Dutch message naming the fields, and
 * nothing is stored. The contactpersonen (never public) stay the partner's own to change.
 */
export const reviewPartnerProfiel: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || !isPartner(req.user) || !originalDoc) return data
  const changed = Object.keys(data).filter((k) => !NIET_OPENBAAR.has(k) && !same(data[k], originalDoc[k]))
  if (changed.length === 0 || (await partnersPublicerenZelf(req))) return data
  const labelOf = (name: string) => {
    const field = collection.flattenedFields.find((f) => f.name === name) as { label?: unknown } | undefined
    return typeof field?.label === 'string' ? field.label : name
  }
  throw new APIError(
    `${changed.map(labelOf).join(', ')}: wijzigingen in het profiel van uw organisatie lopen via de redactie. Stuur de wijziging naar de redactie van de Sociale Kaart; zij zetten het op de site.`,
    403,
    { velden: changed },
    true,
  )
}
