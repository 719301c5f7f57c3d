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
