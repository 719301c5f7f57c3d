/**
 * The woordindex (site/lib/zoeken/README.md; browser and Node, no DOM), the snelzoeker's engine: an inverted word
 * index over /zoekhulp.json, built once when the index loads, so that a keystroke costs a few map lookups instead
 * of a fuzzy scan of every entry.
 *
 * - Every word of a title, organisation, place, keywords and soort points to the entries that hold it, with the
 *   weight of its best field (title counts most).
 * - A query word matches a known word exactly, as the start of a word (typing "maalt" finds "maaltijd"), or, when
 *   neither finds anything, as a typo: fuse.js compares it with the few known words that share most letter pairs
 *   with it (a bigram index keeps that list short), never with the whole vocabulary.
 * - An entry must match every query word; its score adds up the matches. Synonyms (content-schema) are looked up
 *   the same way, a little lower. Results per word are cached: typing one more letter only looks up the last word.
 */
import type Fuse from 'fuse.js'
import { normaliseer } from '../../../content-schema/text'

/** Where the site serves the woordindex's entries (site/pages/zoekhulp.json.ts). */
export const WOORDINDEX_PAD = '/zoekhulp.json'

/** One entry of /zoekhulp.json: t = title, u = url, s = soort, o = organisatie, w = where, k = keywords. */
export interface WoordindexItem {
  t: string
  u: string
  s: string
  o?: string
  w?: string
  k?: string
}

export interface Suggestie extends WoordindexItem {
  /** Lower is better (0 < score ≤ 1). */
  score: number
}

export const MAX_SUGGESTIES = 8

export { normaliseer }

/** The words of a text as the index knows them: normalised, split on anything that is not a letter or digit. */
export const woordenIn = (s: string | undefined, min = 2) =>
  normaliseer(s ?? '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= min)

/** Fields and their weights, best first. */
const VELDEN = [
  ['t', 4],
  ['o', 1.5],
  ['k', 1],
  ['s', 1],
  ['w', 0.75],
] as const

/** How well a query word matches a known word (1 = exactly). */
const EXACT = 1
const BEGIN = 0.6 // plus up to 0.3 for how much of the word was typed
const TYPFOUT = 0.5 // times fuse's closeness
const SYNONIEM = 0.9
/** At most this many known words per prefix ("sa" starts many words): the shortest, the likeliest. */
const MAX_BEGIN = 200
/** At most this many known words are compared by fuse for a typo. */
const MAX_KANDIDATEN = 300
const FUSE_DREMPEL = 0.34

interface WoordTreffer {
  woord: string
  kwaliteit: number
}

const paren = (w: string) => {
  const p = `^${w}$`
  const uit = new Set<string>()
  for (let i = 0; i < p.length - 1; i++) uit.add(p.slice(i, i + 2))
  return [...uit]
}

export class Woordindex {
  private readonly woorden: string[]
  private readonly index = new Map<string, Map<number, number>>() // woord -> item -> field weight
  private readonly paarIndex = new Map<string, number[]>() // letter pair -> indices in woorden
  private readonly bekend: Set<string>
  private readonly cache = new Map<string, Map<number, number>>()
  private readonly titels: string[]

  constructor(
    private readonly items: readonly WoordindexItem[],
    private readonly FuseClass: typeof Fuse,
    /** Extra known words for spelling help (e.g. the synonym list); they find nothing themselves. */
    extraWoorden: Iterable<string> = [],
  ) {
    this.titels = items.map((item) => normaliseer(item.t))
    items.forEach((item, i) => {
      for (const [veld, gewicht] of VELDEN) {
        for (const w of woordenIn(item[veld])) {
          let m = this.index.get(w)
          if (!m) this.index.set(w, (m = new Map()))
          if ((m.get(i) ?? 0) < gewicht) m.set(i, gewicht)
        }
      }
    })
    this.bekend = new Set(this.index.keys())
    for (const w of extraWoorden) for (const d of woordenIn(w)) this.bekend.add(d)
    this.woorden = [...this.bekend].sort()
    this.woorden.forEach((w, i) => {
      for (const p of paren(w)) {
        let l = this.paarIndex.get(p)
        if (!l) this.paarIndex.set(p, (l = []))
        l.push(i)
      }
    })
  }

  /** Number of distinct words the index knows. */
  get omvang() {
    return this.woorden.length
  }

  /** Known words that start with w (not w itself), shortest first. */
  private beginnendMet(w: string): string[] {
    let lo = 0
    let hi = this.woorden.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.woorden[mid]! < w) lo = mid + 1
      else hi = mid
    }
    const uit: string[] = []
    for (let i = lo; i < this.woorden.length && this.woorden[i]!.startsWith(w); i++) if (this.woorden[i] !== w) uit.push(this.woorden[i]!)
    return uit.length > MAX_BEGIN ? uit.sort((a, b) => a.length - b.length).slice(0, MAX_BEGIN) : uit
  }

  /** Known words close to w (a typo), best first: fuse.js over the words sharing most letter pairs with w. */
  lijktOp(w: string, limit = 10): WoordTreffer[] {
    const p = paren(w)
    const telling = new Map<number, number>()
    for (const paar of p) for (const i of this.paarIndex.get(paar) ?? []) telling.set(i, (telling.get(i) ?? 0) + 1)
    const minimaal = Math.max(2, p.length - 4)
    const kandidaten = [...telling]
      .filter(([, n]) => n >= minimaal)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_KANDIDATEN)
      .map(([i]) => this.woorden[i]!)
    if (!kandidaten.length) return []
    const fuse = new this.FuseClass(kandidaten, { includeScore: true, threshold: FUSE_DREMPEL, ignoreDiacritics: true })
    return (
      fuse
        .search(w, { limit: limit * 2 })
        // Equal scores (maaltijt: maaltijd, maaltijden): the word closest in length wins.
        .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || Math.abs(a.item.length - w.length) - Math.abs(b.item.length - w.length))
        .slice(0, limit)
        .map((r) => ({ woord: r.item, kwaliteit: 1 - (r.score ?? 1) }))
    )
  }

  /** The known words a query word stands for, and how well. */
  private treffersVoor(w: string, { begin, typfout }: { begin: boolean; typfout: boolean }): WoordTreffer[] {
    const uit: WoordTreffer[] = []
    if (this.index.has(w)) uit.push({ woord: w, kwaliteit: EXACT })
    if (begin && w.length >= 2) {
      for (const b of this.beginnendMet(w)) if (this.index.has(b)) uit.push({ woord: b, kwaliteit: BEGIN + 0.3 * (w.length / b.length) })
    }
    if (!uit.length && typfout && w.length >= 4) {
      for (const t of this.lijktOp(w)) if (this.index.has(t.woord)) uit.push({ woord: t.woord, kwaliteit: TYPFOUT * t.kwaliteit })
    }
    return uit
  }

  /** Entries matching one query word: item -> best (match quality × field weight). Cached. */
  private scoresVoor(w: string, opties: { begin: boolean; typfout: boolean }): Map<number, number> {
    const sleutel = `${opties.begin ? 'b' : '-'}${opties.typfout ? 't' : '-'}${w}`
    const eerder = this.cache.get(sleutel)
    if (eerder) return eerder
    const scores = new Map<number, number>()
    for (const { woord, kwaliteit } of this.treffersVoor(w, opties)) {
      for (const [item, gewicht] of this.index.get(woord)!) {
        const s = kwaliteit * gewicht
        if ((scores.get(item) ?? 0) < s) scores.set(item, s)
      }
    }
    if (this.cache.size > 1000) this.cache.clear()
    this.cache.set(sleutel, scores)
    return scores
  }

  /**
   * Entries matching every word of a phrase (score = sum over words). The last word may be unfinished
   * (prefix) when `typen` is set; typo tolerance applies when `typfout` is set.
   */
  private zoekZin(zin: string, { typen, typfout }: { typen: boolean; typfout: boolean }): Map<number, number> {
    const woorden = woordenIn(zin, 1)
    // A single letter at the end is being typed: it narrows nothing yet.
    const bruikbaar = woorden.filter((w, i) => w.length >= 2 || (i < woorden.length - 1 && /\d/.test(w)))
    if (!bruikbaar.length) return new Map()
    const perWoord = bruikbaar.map((w, i) =>
      this.scoresVoor(w, { begin: typen ? i === bruikbaar.length - 1 || w.length >= 4 : false, typfout }),
    )
    perWoord.sort((a, b) => a.size - b.size)
    const [kleinste, ...rest] = perWoord
    const uit = new Map<number, number>()
    for (const [item, s] of kleinste!) {
      let totaal = s
      for (const m of rest) {
        const t = m.get(item)
        if (t === undefined) {
          totaal = -1
          break
        }
        totaal += t
      }
      if (totaal > 0) uit.set(item, totaal)
    }
    return uit
  }

  /** Suggestions for what someone is typing, best first, each page once. */
  zoek(query: string, synoniemen: readonly string[] = [], max = MAX_SUGGESTIES): Suggestie[] {
    const q = normaliseer(query)
    if (q.length < 2) return []
    const totaal = this.zoekZin(q, { typen: true, typfout: true })
    for (const s of synoniemen) {
      for (const [item, score] of this.zoekZin(s, { typen: false, typfout: false })) {
        const v = score * SYNONIEM
        if ((totaal.get(item) ?? 0) < v) totaal.set(item, v)
      }
    }
    // Only the best few are sorted in full: a short list kept in order while going through all matches.
    const nodig = max * 3
    const top: { i: number; r: number; lengte: number }[] = []
    const beter = (a: (typeof top)[number], b: (typeof top)[number]) => b.r - a.r || a.lengte - b.lengte
    for (const [i, score] of totaal) {
      // The title starting with the whole query (a kern, a thema, an exact name) goes first.
      const kandidaat = { i, r: score + (this.titels[i]!.startsWith(q) ? 2 : 0), lengte: this.titels[i]!.length }
      if (top.length >= nodig && beter(kandidaat, top[top.length - 1]!) >= 0) continue
      let plek = top.length
      while (plek > 0 && beter(kandidaat, top[plek - 1]!) < 0) plek--
      top.splice(plek, 0, kandidaat)
      if (top.length > nodig) top.pop()
    }
    top.sort((a, b) => beter(a, b) || this.items[a.i]!.t.localeCompare(this.items[b.i]!.t, 'nl'))
    const gezien = new Set<string>()
    const uit: Suggestie[] = []
    for (const { i, r } of top) {
      const item = this.items[i]!
      if (gezien.has(item.u)) continue
      gezien.add(item.u)
      uit.push({ ...item, score: 1 / (1 + r) })
      if (uit.length >= max) break
    }
    return uit
  }

  /** Spelling help: the query with each unknown word (≥ 4 letters) replaced by the closest known word, or null. */
  verbeter(query: string): string | null {
    const n = normaliseer(query)
    const beter = n
      .split(' ')
      .map((w) => (w.length < 4 || this.bekend.has(w) ? w : (this.lijktOp(w, 1)[0]?.woord ?? w)))
      .join(' ')
    return beter !== n ? beter : null
  }
}
