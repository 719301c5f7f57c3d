/** One entry of a reference taxonomy: a stable slug, a Dutch label and a one-line description in B1 Dutch. */
export interface TaxonomyTerm {
  slug: string
  naam: string
  omschrijving: string
}

export interface PostcodeRange {
  /** First four digits, inclusive. */
  van: number
  /** First four digits, inclusive. */
  tot: number
}

/**
 * A kern as the seed writes it the first time (with where each fact comes from). It is one of three shapes of a kern,
 * each for its own reader: this one for the seed (cms/seed/reference.ts turns it into CMS data: postcodes as
 * "7670-7672", the centre as latitude/longitude), the CMS collection (cms/collections/Taxonomies, editable), and
 * KernDoc (schemas.ts), what the site reads from the CMS. Only KernDoc describes what the site shows.
 */
export interface Kern extends TaxonomyTerm {
  /** Other names people use for the kern. */
  andereNamen: string[]
  buurtschappen: string[]
  /** Postcode ranges (four digits) that belong to the kern; empty when not verified. */
  postcodes: PostcodeRange[]
  /** Centre of the kern; null when not verified. */
  centrum: { latitude: number; longitude: number } | null
  /** Approximate number of inwoners; null when unknown. */
  inwoners: number | null
  /** True when postcode and centre were checked against public sources (../shared/domain.md). */
  geverifieerd: boolean
}
