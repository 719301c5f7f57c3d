import type { CollectionSlug, Payload } from 'payload'

export interface SeedReport {
  created: Record<string, number>
  existing: Record<string, number>
}

export const emptyReport = (): SeedReport => ({ created: {}, existing: {} })

/** Create a document unless one with this slug exists (the seed never overwrites an editor's changes). */
export async function ensureBySlug(
  payload: Payload,
  report: SeedReport,
  collection: CollectionSlug,
  slug: string,
  data: Record<string, unknown>,
  options: { publish?: boolean } = {},
): Promise<number | string> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  if (found.docs[0]) {
    report.existing[collection] = (report.existing[collection] ?? 0) + 1
    return found.docs[0].id
  }
  const doc = await payload.create({
    collection,
    data: options.publish ? { ...data, _status: 'published' } : data,
    overrideAccess: true,
    depth: 0,
  } as any)
  report.created[collection] = (report.created[collection] ?? 0) + 1
  return doc.id
}
