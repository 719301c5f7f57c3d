/**
 * Pagefind, the search index of the built site (/pagefind/, Dutch), in its web worker: loaded once per page. Its own small module, so
 * the search page can start loading the index (start-zoeken.ts) while React and the search app still load.
 */

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
  init: () => Promise<void>
  search: (q: string | null, o?: { filters?: object }) => Promise<PfZoek | null>
  filters: () => Promise<Tellingen>
}

let pagefind: Promise<Pagefind> | null = null
export function laadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pad = '/pagefind/pagefind.js'
    const pf = (await import(/* @vite-ignore */ pad)) as Pagefind
    await pf.options({ excerptLength: 20 })
    await pf.init()
    return pf
  })().catch((err) => {
    pagefind = null
    throw err
  })
  return pagefind
}
