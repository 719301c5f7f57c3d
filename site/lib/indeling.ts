/**
 * Which aanbod belongs on which overview page (kern, levensgebeurtenis, doelgroep, thema). One definition, used by the
 * pages and the tests.
 */
import type { AanbodDoc, TaxonomyDoc } from '../../content-schema'

export type Indeling = 'kern' | 'levensgebeurtenis' | 'doelgroep' | 'thema'

export const INDELINGEN: Record<
  Indeling,
  { veld: 'kernen' | 'levensgebeurtenissen' | 'doelgroepen' | 'themas'; pad: string; meervoud: string; enkelvoud: string }
> = {
  kern: { veld: 'kernen', pad: '/kern/', meervoud: 'Kernen', enkelvoud: 'Kern' },
  levensgebeurtenis: {
    veld: 'levensgebeurtenissen',
    pad: '/levensgebeurtenis/',
    meervoud: 'Levensgebeurtenissen',
    enkelvoud: 'Levensgebeurtenis',
  },
  doelgroep: { veld: 'doelgroepen', pad: '/doelgroep/', meervoud: 'Doelgroepen', enkelvoud: 'Doelgroep' },
  thema: { veld: 'themas', pad: '/thema/', meervoud: "Thema's", enkelvoud: 'Thema' },
}

/** Overviews list what still runs: stopped aanbod keeps its own page but leaves the lists. */
export const inOverzicht = (a: AanbodDoc) => a.status !== 'gestopt'

/** The aanbod of one kern, levensgebeurtenis, doelgroep or thema. "Heel Twenterand" aanbod is in every kern. */
export function aanbodVoor(aanbod: AanbodDoc[], indeling: Indeling, slug: string): AanbodDoc[] {
  const veld = INDELINGEN[indeling].veld
  return aanbod.filter((a) => inOverzicht(a) && ((indeling === 'kern' && a.heelTwenterand) || (a[veld] ?? []).some((t) => t.slug === slug)))
}

export const taxonomyTiles = (terms: TaxonomyDoc[], indeling: Indeling, aanbod: AanbodDoc[]) =>
  terms.map((t) => ({
    href: `${INDELINGEN[indeling].pad}${t.slug}/`,
    label: t.naam,
    omschrijving: t.omschrijving,
    count: aanbodVoor(aanbod, indeling, t.slug).length,
  }))
