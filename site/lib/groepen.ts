/**
 * Lookups in the content lists that every page of a build asks again (an organisation's activiteiten, whether a list
 * holds demo content): worked out once per list, as the lists are the same for every page.
 */
import type { AanbodDoc, ActiviteitDoc } from '../../content-schema'

/** Whether any of the lists holds demo content. Every page asks (the demo notice): worked out once per list. */
const demoPerLijst = new WeakMap<object, boolean>()
export const heeftDemo = (lists: { demo?: boolean | null }[][]) =>
  lists.some((list) => {
    let v = demoPerLijst.get(list)
    if (v === undefined) demoPerLijst.set(list, (v = list.some((d) => d.demo)))
    return v
  })

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
export const activiteitenVanOrganisatie = (list: ActiviteitDoc[], slug: string) =>
  groep(list, 'organisatie', (a) => a.organisatie.slug, slug)
export const activiteitenVanAanbod = (list: ActiviteitDoc[], slug: string) => groep(list, 'aanbod', (a) => a.aanbod?.slug, slug)
export const activiteitenInKern = (list: ActiviteitDoc[], slug: string) => groep(list, 'kern', (a) => a.kern.slug, slug)
export const aanbodVanOrganisatie = (list: AanbodDoc[], slug: string) => groep(list, 'organisatie', (a) => a.organisatie.slug, slug)
