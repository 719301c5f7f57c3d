/**
 * Shared by the quick finder and the search page (browser only): the small static index /zoekhulp.json, loaded once,
 * searched with fuse.js (loaded on demand, so it is not in the first JavaScript of a page), expanded with the Dutch
 * synonym list from content-schema. Imports synonyms.ts directly, not the content-schema index, to keep the bundle small.
 */
import type Fuse from 'fuse.js'
import { synoniemen, synoniemenVan } from '../../../content-schema/synonyms'

/** One entry of /zoekhulp.json: t = title, u = url, s = soort, o = organisatie, w = where, k = keywords. */
export interface ZoekItem {
  t: string
  u: string
  s: string
  o?: string
  w?: string
  k?: string
}

export interface Suggestie extends ZoekItem {
  score: number
}

export const MAX_SUGGESTIES = 8

export const normaliseer = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

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

let fuseLib: Promise<typeof Fuse> | null = null
const laadFuse = () => (fuseLib ??= import('fuse.js').then((m) => m.default))

const gespeld = new Map(synoniemen.flat().map((w) => [normaliseer(w), w]))
/** A synonym as the list spells it ("eetcafé"), for showing; synoniemenVan gives them normalised ("eetcafe"). */
export const zoalsGespeld = (w: string) => gespeld.get(w) ?? w

/** The other words a query should find: its synonyms (not the query itself). */
export const andereWoorden = (q: string) => {
  const eigen = normaliseer(q)
  return synoniemenVan(q).filter((w) => w !== eigen)
}

let suggesties: Promise<(q: string) => Suggestie[]> | null = null
/**
 * Suggestions for what someone is typing: fuzzy (typos) over titles, organisations, kernen, taxonomy names and
 * keywords, plus near-exact matches for each synonym. One list, best score first, each page once.
 */
export function maakSuggesties(): Promise<(q: string) => Suggestie[]> {
  suggesties ??= Promise.all([laadZoekhulp(), laadFuse()])
    .then(([items, FuseClass]) => {
      const fuse = new FuseClass(items, {
        keys: [
          { name: 't', weight: 4 },
          { name: 'o', weight: 1.5 },
          { name: 'k', weight: 1 },
          { name: 's', weight: 1 },
          { name: 'w', weight: 0.75 },
        ],
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: 0.35,
        includeScore: true,
        minMatchCharLength: 2,
      })
      return (query: string) => {
        const q = query.trim()
        if (q.length < 2) return []
        const best = new Map<string, Suggestie>()
        const voegToe = (term: string, synoniem: boolean) => {
          for (const r of fuse.search(term, { limit: 40 })) {
            let score = r.score ?? 1
            // A synonym must (nearly) match as it is; typo tolerance is for what the visitor typed.
            if (synoniem) {
              if (score > 0.12) continue
              score += 0.05
            }
            const eerder = best.get(r.item.u)
            if (!eerder || score < eerder.score) best.set(r.item.u, { ...r.item, score })
          }
        }
        voegToe(q, false)
        for (const w of andereWoorden(q)) voegToe(w, true)
        return [...best.values()].sort((a, b) => a.score - b.score).slice(0, MAX_SUGGESTIES)
      }
    })
    .catch((err) => {
      suggesties = null
      throw err
    })
  return suggesties
}

let woorden: Promise<(q: string) => string | null> | null = null
/**
 * Spelling help for the search page: the closest known word for each word of a query (titles, organisations,
 * kernen, keywords, taxonomy names and the synonym list). Returns the corrected query, or null if nothing changed.
 */
export function maakVerbeteraar(): Promise<(q: string) => string | null> {
  woorden ??= Promise.all([laadZoekhulp(), laadFuse()])
    .then(([items, FuseClass]) => {
      const set = new Set<string>()
      const splits = (s: string | undefined) => normaliseer(s ?? '').split(/[^a-z0-9]+/).filter((w) => w.length >= 3)
      for (const i of items) for (const veld of [i.t, i.o, i.w, i.k]) for (const w of splits(veld)) set.add(w)
      for (const groep of synoniemen) for (const s of groep) for (const w of splits(s)) set.add(w)
      const lijst = [...set]
      const fuse = new FuseClass(lijst, { includeScore: true, threshold: 0.34, ignoreDiacritics: true })
      const verbeter = (w: string) => {
        if (w.length < 4 || set.has(w)) return w
        // Equal scores (maaltijt: maaltijd, maaltijden): the word closest in length wins.
        const [beste] = fuse
          .search(w, { limit: 10 })
          .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || Math.abs(a.item.length - w.length) - Math.abs(b.item.length - w.length))
        return beste && (beste.score ?? 1) <= 0.34 ? beste.item : w
      }
      return (q: string) => {
        const n = normaliseer(q)
        const beter = n.split(' ').map(verbeter).join(' ')
        return beter !== n ? beter : null
      }
    })
    .catch((err) => {
      woorden = null
      throw err
    })
  return woorden
}
