/**
 * Shared by the quick finder and the search page (browser only): the small static index /zoekhulp.json, loaded once,
 * searched by the word index in snelzoeker.ts (fuse.js, loaded on demand, only for typos), expanded with the Dutch
 * synonym list from content-schema. Imports synonyms.ts directly, not the content-schema index, to keep the bundle small.
 */
import { synoniemen, synoniemenVan } from '../../../content-schema/synonyms'
import { normaliseer, Snelzoeker, type Suggestie, type ZoekItem } from './snelzoeker'

export { MAX_SUGGESTIES, normaliseer, type Suggestie, type ZoekItem } from './snelzoeker'

let zoekhulp: Promise<ZoekItem[]> | null = null
/** /zoekhulp.json, fetched once per page. A failed fetch may be tried again. */
export function laadZoekhulp(): Promise<ZoekItem[]> {
  zoekhulp ??= fetch('/zoekhulp.json')
    .then((r) => {
      if (!r.ok) throw new Error(`zoekhulp.json: ${r.status}`)
      return r.json() as Promise<ZoekItem[]>
    })
    .catch((err) => {
      zoekhulp = null
      throw err
    })
  return zoekhulp
}

const gespeld = new Map(synoniemen.flat().map((w) => [normaliseer(w), w]))
/** A synonym as the list spells it ("eetcafé"), for showing; synoniemenVan gives them normalised ("eetcafe"). */
export const zoalsGespeld = (w: string) => gespeld.get(w) ?? w

/** The other words a query should find: its synonyms (not the query itself). */
export const andereWoorden = (q: string) => {
  const eigen = normaliseer(q)
  return synoniemenVan(q).filter((w) => w !== eigen)
}

let zoeker: Promise<Snelzoeker> | null = null
/** The word index over /zoekhulp.json (and the synonym list, for spelling help), built once per page. */
function laadZoeker(): Promise<Snelzoeker> {
  zoeker ??= Promise.all([laadZoekhulp(), import('fuse.js').then((m) => m.default)])
    .then(([items, FuseClass]) => new Snelzoeker(items, FuseClass, synoniemen.flat()))
    .catch((err) => {
      zoeker = null
      throw err
    })
  return zoeker
}

/**
 * Suggestions for what someone is typing: titles, organisations, kernen, taxonomy names and keywords, tolerant of
 * unfinished words and typos, plus what each synonym finds. One list, best first, each page once.
 */
export const maakSuggesties = (): Promise<(q: string) => Suggestie[]> =>
  laadZoeker().then((z) => (q: string) => z.zoek(q, andereWoorden(q)))

/**
 * Spelling help for the search page: the closest known word for each word of a query (titles, organisations,
 * kernen, keywords, taxonomy names and the synonym list). Returns the corrected query, or null if nothing changed.
 */
export const maakVerbeteraar = (): Promise<(q: string) => string | null> => laadZoeker().then((z) => (q: string) => z.verbeter(q))
