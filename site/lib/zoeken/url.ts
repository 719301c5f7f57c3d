/**
 * The zoekpagina's search in its URL (site/lib/zoeken/README.md): /zoeken/?q=maaltijd&kern=Den+Ham&kern=Vroomshoop.
 * Every search and every filter change is a history entry (the page's pushState), so the back button and a reload
 * give the same page. Within a filter group the values are alternatives (Den Ham or Vroomshoop); groups narrow each
 * other down. Browser only.
 */

import { INDELINGEN_IN_ZOEKVOLGORDE, type IndelingEnkelvoud } from '../../../content-schema/velden'

/**
 * The filter groups, as Pagefind's filters (site/components/ZoekindexFilters.astro) and as URL parameters: the soort,
 * then the indelingen (content-schema's INDELINGEN) in the order of the search filters.
 */
export type Groep = 'soort' | IndelingEnkelvoud
export const GROEPEN: readonly Groep[] = ['soort', ...INDELINGEN_IN_ZOEKVOLGORDE.map((i) => i.enkelvoud)]
export type Keuzes = Record<Groep, string[]>

/** A search: its words and the filter values ticked. */
export interface Staat {
  q: string
  keuzes: Keuzes
}

export const geenKeuzes = (): Keuzes => Object.fromEntries(GROEPEN.map((g) => [g, []])) as unknown as Keuzes
export const heeftKeuzes = (k: Keuzes) => GROEPEN.some((g) => k[g].length > 0)

/** The search in the page's address. */
export function leesUrl(): Staat {
  const p = new URLSearchParams(window.location.search)
  const keuzes = Object.fromEntries(
    GROEPEN.map((g) => [
      g,
      [
        ...new Set(
          p
            .getAll(g)
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as Keuzes
  return { q: (p.get('q') ?? '').trim(), keuzes }
}

/** The address of a search on this page. */
export function naarUrl({ q, keuzes }: Staat): string {
  const p = new URLSearchParams()
  if (q) p.set('q', q)
  for (const g of GROEPEN) for (const v of keuzes[g]) p.append(g, v)
  const s = p.toString()
  return `${window.location.pathname}${s ? `?${s}` : ''}`
}
