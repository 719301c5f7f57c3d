/**
 * The zoekindex in the browser (site/lib/zoeken/README.md): Pagefind, the search index of the built site (Dutch, in
 * parts: zoekindex.ts), loaded once per page as three
 * instances:
 * - laadPagefind: the results, from every part but the agenda's. On the page's own thread, so the first results do
 *   not wait for a web worker to start; it never loads the filter index as a whole, only the filters ticked. Once
 *   Pagefind has its whole filter index, it counts every filter value in every search (a second or more at the size
 *   of a region).
 * - laadAgenda: the activiteiten, for the block "In de agenda", started after the first results. The main part with
 *   the agenda's parts merged in, searched with the filter soort=activiteit (the main part's pages are never that):
 *   so it uses the main part's WebAssembly, which the page already has.
 * - laadTeller: the counts per filter value (zoek.ts's tel), over every part, in Pagefind's web worker, started after
 *   the first results, so counting never holds up a search nor the page.
 *
 * The results instance is started by the search page itself, from a small script in its head (startscript.ts:
 * `startZoekindex` as a file of its own): Pagefind loads while the page's styles, React and the search app still load,
 * and a search in the page's address (/zoeken/?q=…) is already under way when the app asks for it.
 */

import { ZOEKDELEN, ZOEKDELEN_LIJST, type ZoekdelenLijst } from './zoekindex'

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

export interface ZoekindexStart {
  /** The main part (its pagefind.js, WebAssembly and list of the other parts). */
  hoofd: string
  /** The list of the other parts, in the main part's folder. */
  lijst: string
  /** Which of the list's parts to merge into the main part. */
  welke: (keyof ZoekdelenLijst)[]
  /** Pagefind's options for every part. */
  opties: { excerptLength: number }
  /**
   * The index's version (the build's, scripts/build-site.ts), as Pagefind's metaCacheTag: Pagefind then asks for each
   * part's pagefind-entry.json under a fixed name, which the page preloads. Without it (astro dev) Pagefind adds the
   * time, so the browser never uses an old index.
   */
  versie: string | null
  /** How many of the first results' details to load with the search of the page's address; 0: no such search. */
  vooraf: number
}

/** The window property the search page's head script puts the results instance on. */
export const VROEG = 'sktZoekindex'

/**
 * Loads Pagefind and merges the parts into one instance. Self-contained (no imports, no outside names): its source
 * text is the search page's start script (startscript.ts), which runs while the page still loads.
 * With a query in the page's address, the instance starts that search at once (and loads the first results'
 * details); the app's own first search for it gets that same search.
 */
export function startZoekindex(c: ZoekindexStart, noWorker: boolean): Promise<Pagefind> {
  const delen: Promise<string[]> = fetch(c.hoofd + c.lijst).then(async (r) => {
    if (!r.ok) throw new Error(`${r.status} bij ${c.hoofd}${c.lijst}`)
    const lijst = (await r.json()) as ZoekdelenLijst
    return c.welke.flatMap((w) => lijst[w] ?? [])
  })
  delen.catch(() => undefined) // awaited below; no unhandled rejection while pagefind.js loads
  const opties = c.versie ? { ...c.opties, metaCacheTag: c.versie } : c.opties
  const laden = import(/* @vite-ignore */ `${c.hoofd}pagefind.js`) as Promise<{
    createInstance: (o: object) => Pagefind
  }>
  return laden.then(async ({ createInstance }) => {
    const pf = createInstance({ basePath: c.hoofd, noWorker, ...opties })
    // One search goes through all parts.
    await Promise.all((await delen).map((d) => pf.mergeIndex(d, opties)))
    await pf.init()
    const q = noWorker && c.vooraf > 0 ? (new URLSearchParams(window.location.search).get('q') ?? '').trim() : ''
    if (!q) return pf
    let vooraf: Promise<PfZoek | null> | null = pf.search(q)
    void vooraf.then(
      (z) => z?.results.slice(0, c.vooraf).forEach((r) => void r.data().catch(() => undefined)),
      () => undefined,
    )
    const zoek = pf.search
    return {
      ...pf,
      search: (term, o) => {
        const eerder = vooraf
        vooraf = null
        return eerder && term === q && !o ? eerder : zoek(term, o)
      },
    } satisfies Pagefind
  })
}

/** The search page's settings for startZoekindex: by default those of the results instance, which its head starts. */
export const zoekindexStart = (versie: string | null, welke: ZoekindexStart['welke'] = ['delen'], vooraf = 10): ZoekindexStart => ({
  hoofd: ZOEKDELEN[0]!.pad,
  lijst: ZOEKDELEN_LIJST,
  welke,
  opties: { excerptLength: 20 },
  versie,
  vooraf,
})

/** The version the build wrote on the search page's head script (empty before the build's last step, astro dev). */
const versieOpPagina = () => document.querySelector<HTMLElement>('script[data-zoekindex-versie]')?.dataset.zoekindexVersie || null

/** Made once per page; after a failure (a network error) the next call tries again. */
function eenmaal(start: () => Promise<Pagefind>) {
  let bezig: Promise<Pagefind> | null = null
  return () =>
    (bezig ??= start().catch((err) => {
      bezig = null
      throw err
    }))
}

declare global {
  interface Window {
    [VROEG]?: Promise<Pagefind>
  }
}

/** The instance that searches for results (on the page's thread): the one the page's head started, if it did. */
export const laadPagefind = eenmaal(() => {
  const vroeg = window[VROEG]
  window[VROEG] = undefined // after a failure, a new start
  return vroeg ?? startZoekindex(zoekindexStart(versieOpPagina()), true)
})
/** The instance that searches the agenda (on the page's thread; with the filter soort=activiteit). */
export const laadAgenda = eenmaal(() => startZoekindex(zoekindexStart(versieOpPagina(), ['agenda'], 0), true))
/** The instance that counts the results per filter value, the agenda's included (in Pagefind's web worker). */
export const laadTeller = eenmaal(() => startZoekindex(zoekindexStart(versieOpPagina(), ['delen', 'agenda'], 0), false))
