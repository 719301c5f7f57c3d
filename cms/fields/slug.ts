import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Where } from 'payload'
import { checks, firstError, slugify } from '../../content-schema'

const LABEL = 'Slug (webadres)'

async function slugTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, id?: number | string) {
  const where: Where = { slug: { equals: slug } }
  if (id !== undefined && id !== null) where.id = { not_equals: id }
  const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
  return totalDocs > 0
}

/**
 * The slug of a document: generated from a title field when left empty (made unique with -2, -3, …),
 * editable, and validated for format and uniqueness with a Dutch message.
 */
export function slugField(collection: CollectionSlug, fromField: string): TextField {
  const generate: FieldHook = async ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[fromField] ?? originalDoc?.[fromField]
    if (typeof source !== 'string' || source.trim() === '') return value
    const base = slugify(source) || 'item'
    const id = originalDoc?.id
    let candidate = base
    for (let n = 2; await slugTaken(req, collection, candidate, id); n++) candidate = `${base}-${n}`
    return candidate
  }
  return {
    name: 'slug',
    type: 'text',
    label: LABEL,
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: 'Het laatste deel van het webadres. Laat leeg: dan maken we het van de titel.',
    },
    // A duplicate gets its own slug, made from its title (Payload's default would append " - Copy": not a slug).
    hooks: { beforeValidate: [generate], beforeDuplicate: [() => null] },
    validate: async (value, { req, id }) => {
      const format = firstError(checks.required(LABEL, value), checks.slug(LABEL, value))
      if (format !== true) return format
      if (await slugTaken(req, collection, String(value), id)) {
        return `${LABEL}: "${value}" wordt al gebruikt. Kies een ander webadres.`
      }
      return true
    },
  }
}
