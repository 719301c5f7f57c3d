/**
 * Which aanbod belongs on which overview page (kern, levensgebeurtenis, doelgroep, thema). One definition, used by the
 * pages and the tests. The indelingen themselves (names, labels, paths) are content-schema's INDELINGEN.
 */
import { type AanbodDoc, type IndelingEnkelvoud, indelingVan, type TaxonomyDoc } from '../../content-schema'

/** An indeling by its singular name, as in the site's paths (/kern/) and the search filters. */
export type Indeling = IndelingEnkelvoud

/** Overviews list what still runs: stopped aanbod keeps its own page but leaves the lists. */
export const inOverzicht = (a: AanbodDoc) => a.status !== 'gestopt'

/** The aanbod of one kern, levensgebeurtenis, doelgroep or thema. "Heel Twenterand" aanbod is in every kern. */
export function aanbodVoor(aanbod: AanbodDoc[], indeling: Indeling, slug: string): AanbodDoc[] {
  const veld = indelingVan(indeling).slug
  return aanbod.filter((a) => inOverzicht(a) && ((indeling === 'kern' && a.heelTwenterand) || (a[veld] ?? []).some((t) => t.slug === slug)))
}

/** The page of one term: /kern/den-ham/. */
export const termPad = (indeling: Indeling, slug: string) => `${indelingVan(indeling).pad}${slug}/`

export const taxonomyTiles = (terms: TaxonomyDoc[], indeling: Indeling, aanbod: AanbodDoc[]) =>
  terms.map((t) => ({
    href: termPad(indeling, t.slug),
    label: t.naam,
    omschrijving: t.omschrijving,
    count: aanbodVoor(aanbod, indeling, t.slug).length,
  }))
