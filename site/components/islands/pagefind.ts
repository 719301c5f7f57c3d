/**
 * Pagefind, the search index of the built site (Dutch, in parts: site/lib/zoekindex.ts), in its web worker: loaded
 * once per page. Its own small module, so the search page can start loading the index (start-zoeken.ts) while React
 * and the search app still load.
 */

import { ZOEKDELEN, ZOEKDELEN_LIJST } from '../../lib/zoekindex'

export type Tellingen = Partial<Record<string, Record<string, number>>>

export interface PfData {
  url: string
  content: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}
export interface PfResult {
  id: string
  score: number
  data: () => Promise<PfData>
}
export interface PfZoek {
  results: PfResult[]
  filters: Tellingen
  totalFilters: Tellingen
  unfilteredResultCount: number
}
export interface Pagefind {
  options: (o: object) => Promise<void>
  mergeIndex: (path: string, o?: object) => Promise<void>
  init: () => Promise<void>
  search: (q: string | null, o?: { filters?: object }) => Promise<PfZoek | null>
  filters: () => Promise<Tellingen>
}

let pagefind: Promise<Pagefind> | null = null
export function laadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const hoofd = ZOEKDELEN[0]!.pad
    // Which other parts of the index have pages (site/lib/zoekindex.ts): fetched while pagefind.js loads.
    const delen = fetch(`${hoofd}${ZOEKDELEN_LIJST}`).then(async (r) => {
      if (!r.ok) throw new Error(`${r.status} bij ${hoofd}${ZOEKDELEN_LIJST}`)
      return ((await r.json()) as { delen: string[] }).delen
    })
    delen.catch(() => undefined) // awaited below; no unhandled rejection while pagefind.js loads
    const pad = `${hoofd}pagefind.js`
    const pf = (await import(/* @vite-ignore */ pad)) as Pagefind
    await pf.options({ excerptLength: 20 })
    // One search goes through all parts.
    await Promise.all((await delen).map((d) => pf.mergeIndex(d)))
    await pf.init()
    return pf
  })().catch((err) => {
    pagefind = null
    throw err
  })
  return pagefind
}
