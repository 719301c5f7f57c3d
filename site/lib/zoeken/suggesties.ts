/**
 * The woordindex in the browser (site/lib/zoeken/README.md), for the snelzoeker's suggestions and the zoekpagina's
 * spelling help: its entries (/zoekhulp.json) loaded once per page, searched by woordindex.ts (fuse.js, loaded on
 * demand, only for typos), expanded with the Dutch synonym list from content-schema. Imports synonyms.ts directly,
 * not the content-schema index, to keep the bundle small.
 */
import { synoniemen, synoniemenVan } from '../../../content-schema/synonyms'
import { normaliseer, Woordindex, WOORDINDEX_PAD, type Suggestie, type WoordindexItem } from './woordindex'

export { normaliseer, type Suggestie } from './woordindex'

let items: Promise<WoordindexItem[]> | null = null
/** The woordindex's entries, fetched once per page. A failed fetch may be tried again. */
function laadItems(): Promise<WoordindexItem[]> {
  items ??= fetch(WOORDINDEX_PAD)
    .then((r) => {
      if (!r.ok) throw new Error(`${WOORDINDEX_PAD}: ${r.status}`)
      return r.json() as Promise<WoordindexItem[]>
    })
    .catch((err) => {
      items = null
      throw err
    })
  return items
}

const gespeld = new Map(synoniemen.flat().map((w) => [normaliseer(w), w]))
/** A synonym as the list spells it ("eetcafé"), for showing; synoniemenVan gives them normalised ("eetcafe"). */
export const zoalsGespeld = (w: string) => gespeld.get(w) ?? w

/** The other words a query should find: its synonyms (not the query itself). */
export const andereWoorden = (q: string) => {
  const eigen = normaliseer(q)
  return synoniemenVan(q).filter((w) => w !== eigen)
}

let woordindex: Promise<Woordindex> | null = null
/** The woordindex (and the synonym list, for spelling help), built once per page. */
function laadWoordindex(): Promise<Woordindex> {
  woordindex ??= Promise.all([laadItems(), import('fuse.js').then((m) => m.default)])
    .then(([lijst, FuseClass]) => new Woordindex(lijst, FuseClass, synoniemen.flat()))
    .catch((err) => {
      woordindex = null
      throw err
    })
  return woordindex
}

/**
 * Suggestions for what someone is typing: titles, organisations, kernen, taxonomy names and keywords, tolerant of
 * unfinished words and typos, plus what each synonym finds. One list, best first, each page once.
 */
export const maakSuggesties = (): Promise<(q: string) => Suggestie[]> =>
  laadWoordindex().then((w) => (q: string) => w.zoek(q, andereWoorden(q)))

/**
 * Spelling help for the search page: the closest known word for each word of a query (titles, organisations,
 * kernen, keywords, taxonomy names and the synonym list). Returns the corrected query, or null if nothing changed.
 */
export const maakVerbeteraar = (): Promise<(q: string) => string | null> => laadWoordindex().then((w) => (q: string) => w.verbeter(q))
