/**
 * Pagefind, the search index of the built site (Dutch, in parts: site/lib/zoekindex.ts), loaded once per page as two
 * instances of the same index:
 * - laadPagefind: the results. On the page's own thread, so the first results do not wait for a web worker to start;
 *   it never loads the filter index as a whole, only the filters ticked. Once Pagefind has its whole filter index,
 *   it counts every filter value in every search (a second or more at the size of a region).
 * - laadTeller: the counts per filter value (Zoeken's tel), in Pagefind's web worker, started after the first results,
 *   so counting never holds up a search nor the page.
 * Its own small module, so the search page can start loading the index (start-zoeken.ts) while React and the search
 * app still load; the index's page lists are preloaded by the page itself (scripts/build-site.ts).
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

interface PagefindModule {
  createInstance: (o: { basePath: string; noWorker?: boolean; excerptLength?: number }) => Pagefind
}

const OPTIES = { excerptLength: 20 }
let module: Promise<PagefindModule> | null = null
let delen: Promise<string[]> | null = null

async function maak(noWorker: boolean): Promise<Pagefind> {
  const hoofd = ZOEKDELEN[0]!.pad
  // Which other parts of the index have pages (site/lib/zoekindex.ts): fetched while pagefind.js loads.
  delen ??= fetch(`${hoofd}${ZOEKDELEN_LIJST}`).then(async (r) => {
    if (!r.ok) throw new Error(`${r.status} bij ${hoofd}${ZOEKDELEN_LIJST}`)
    return ((await r.json()) as { delen: string[] }).delen
  })
  delen.catch(() => (delen = null)) // awaited below; no unhandled rejection while pagefind.js loads
  module ??= import(/* @vite-ignore */ `${hoofd}pagefind.js`) as Promise<PagefindModule>
  module.catch(() => (module = null))
  const pf = (await module).createInstance({ basePath: hoofd, noWorker, ...OPTIES })
  // One search goes through all parts.
  await Promise.all((await delen).map((d) => pf.mergeIndex(d, OPTIES)))
  await pf.init()
  return pf
}

/** Made once per page; after a failure (a network error) the next call tries again. */
function eenmaal(start: () => Promise<Pagefind>) {
  let bezig: Promise<Pagefind> | null = null
  return () =>
    (bezig ??= start().catch((err) => {
      bezig = null
      throw err
    }))
}

/** The instance that searches for results (on the page's thread). */
export const laadPagefind = eenmaal(() => maak(true))
/** The instance that counts the results per filter value (in Pagefind's web worker). */
export const laadTeller = eenmaal(() => maak(false))
