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
