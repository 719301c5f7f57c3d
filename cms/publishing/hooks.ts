/**
 * Hooks that tell the publisher about changes the public can see: published content created, changed, unpublished
 * or deleted, and any change to a global. Saving a draft (also a partner's publish held for review) changes
 * nothing public, so it publishes nothing.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'
import { publisherFor } from '.'

const tekst = (v: unknown, anders: string) => (typeof v === 'string' && v ? v : anders)
const naamVan = (collection: CollectionConfig) => tekst(collection.labels?.singular, collection.slug)
const titelVan = (collection: CollectionConfig, doc: Record<string, unknown>) =>
  tekst(doc[collection.admin?.useAsTitle ?? 'id'], `#${String(doc.id)}`)

const meld = (req: PayloadRequest, omschrijving: string) => publisherFor(req.payload)?.planner.meld(omschrijving)

const heeftDrafts = (collection: CollectionConfig) => Boolean(typeof collection.versions === 'object' && collection.versions?.drafts)

const naChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (!publisherFor(req.payload)) return doc
  let wat = operation === 'create' ? 'toegevoegd' : 'gewijzigd'
  if (heeftDrafts(collection) && doc._status !== 'published') {
    if (previousDoc?._status !== 'published') return doc
    // Unpublished, or only a draft saved on top of the published version? The document itself says which.
    const hoofd = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
    if ((hoofd as { _status?: string } | null)?._status === 'published') return doc
    wat = 'offline gehaald'
  } else if (heeftDrafts(collection) && previousDoc?._status !== 'published') wat = 'gepubliceerd'
  meld(req, `${naamVan(collection)} '${titelVan(collection, doc)}' ${wat}`)
  return doc
}

const naDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!publisherFor(req.payload)) return
  if (heeftDrafts(collection) && doc._status !== 'published') return
  meld(req, `${naamVan(collection)} '${titelVan(collection, doc)}' verwijderd`)
}

const naGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  meld(req, `${tekst(global.label, global.slug)} gewijzigd`)
  return doc
}

/** The collection, with the hooks that keep the public site up to date. */
export const metPublicatie = (c: CollectionConfig): CollectionConfig => ({
  ...c,
  hooks: { ...c.hooks, afterChange: [...(c.hooks?.afterChange ?? []), naChange], afterDelete: [...(c.hooks?.afterDelete ?? []), naDelete] },
})

export const globalMetPublicatie = (g: GlobalConfig): GlobalConfig => ({
  ...g,
  hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), naGlobalChange] },
})
