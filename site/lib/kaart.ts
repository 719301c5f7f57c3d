/** Which aanbod belongs on which overview page. One definition, used by the pages and the tests. */
import type { AanbodDoc, ActiviteitDoc, TaxonomyDoc } from '../../content-schema'
import { HEEL_TWENTERAND } from '../../content-schema'

export type Indeling = 'kern' | 'levensgebeurtenis' | 'doelgroep' | 'thema'

export const INDELINGEN: Record<Indeling, { veld: 'kernen' | 'levensgebeurtenissen' | 'doelgroepen' | 'themas'; pad: string; meervoud: string; enkelvoud: string }> = {
  kern: { veld: 'kernen', pad: '/kern/', meervoud: 'Kernen', enkelvoud: 'Kern' },
  levensgebeurtenis: { veld: 'levensgebeurtenissen', pad: '/levensgebeurtenis/', meervoud: 'Levensgebeurtenissen', enkelvoud: 'Levensgebeurtenis' },
  doelgroep: { veld: 'doelgroepen', pad: '/doelgroep/', meervoud: 'Doelgroepen', enkelvoud: 'Doelgroep' },
  thema: { veld: 'themas', pad: '/thema/', meervoud: "Thema's", enkelvoud: 'Thema' },
}

/** Overviews list what still runs: stopped aanbod keeps its own page but leaves the lists. */
export const inOverzicht = (a: AanbodDoc) => a.status !== 'gestopt'

/** The aanbod of one kern, levensgebeurtenis, doelgroep or thema. "Heel Twenterand" aanbod is in every kern. */
export function aanbodVoor(aanbod: AanbodDoc[], indeling: Indeling, slug: string): AanbodDoc[] {
  const veld = INDELINGEN[indeling].veld
  return aanbod.filter(
    (a) => inOverzicht(a) && ((indeling === 'kern' && a.heelTwenterand) || (a[veld] ?? []).some((t) => t.slug === slug)),
  )
}

export const waar = (a: AanbodDoc) => (a.heelTwenterand ? HEEL_TWENTERAND : (a.kernen ?? []).map((k) => k.naam).join(', '))

export const telHref = (telefoon: string) => `tel:${telefoon.replace(/[^\d+]/g, '')}`

/** Whether any of the lists holds demo content. Every page asks (the demo notice): worked out once per list. */
const demoPerLijst = new WeakMap<object, boolean>()
export const heeftDemo = (lists: { demo?: boolean | null }[][]) =>
  lists.some((list) => {
    let v = demoPerLijst.get(list)
    if (v === undefined) demoPerLijst.set(list, (v = list.some((d) => d.demo)))
    return v
  })

export const taxonomyTiles = (terms: TaxonomyDoc[], indeling: Indeling, aanbod: AanbodDoc[]) =>
  terms.map((t) => ({
    href: `${INDELINGEN[indeling].pad}${t.slug}/`,
    label: t.naam,
    omschrijving: t.omschrijving,
    count: aanbodVoor(aanbod, indeling, t.slug).length,
  }))

const groepen = new WeakMap<object, Map<string, Map<string | undefined, unknown[]>>>()
/**
 * A list grouped by a key, made once per list and key name: every page of a build reads the same content, and
 * filtering 20,000 activities again for each of 10,000 aanbod pages made those pages slower as the content grew.
 * The groups are shared: never change them.
 */
function groep<T>(list: T[], naam: string, sleutel: (x: T) => string | undefined, waarde: string): T[] {
  let perNaam = groepen.get(list)
  if (!perNaam) groepen.set(list, (perNaam = new Map()))
  let perSleutel = perNaam.get(naam) as Map<string | undefined, T[]> | undefined
  if (!perSleutel) {
    perSleutel = new Map()
    for (const x of list) {
      const k = sleutel(x)
      const lijst = perSleutel.get(k)
      if (lijst) lijst.push(x)
      else perSleutel.set(k, [x])
    }
    perNaam.set(naam, perSleutel as Map<string | undefined, unknown[]>)
  }
  return perSleutel.get(waarde) ?? []
}
export const activiteitenVanOrganisatie = (list: ActiviteitDoc[], slug: string) => groep(list, 'organisatie', (a) => a.organisatie.slug, slug)
export const activiteitenVanAanbod = (list: ActiviteitDoc[], slug: string) => groep(list, 'aanbod', (a) => a.aanbod?.slug, slug)
export const activiteitenInKern = (list: ActiviteitDoc[], slug: string) => groep(list, 'kern', (a) => a.kern.slug, slug)
export const aanbodVanOrganisatie = (list: AanbodDoc[], slug: string) => groep(list, 'organisatie', (a) => a.organisatie.slug, slug)
