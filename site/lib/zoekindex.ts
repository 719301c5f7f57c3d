/**
 * Pagefind's search index in parts: one Pagefind run per part (scripts/build-site.ts), merged again by the search
 * page (site/components/islands/pagefind.ts, Pagefind's mergeIndex). Pagefind holds about 130 KB per page while it
 * indexes (measured: 4.2 GB for the 32,500 searchable pages of the region-sized bench content, L), and frees it only
 * when its run ends; in parts the largest part sets the peak (the activiteiten: 1.8 GB at L).
 *
 * The first part is the main index: the search page loads its pagefind.js, and its ZOEKDELEN_LIJST says which other
 * parts have pages (Pagefind cannot merge an empty index). Every searchable page (Base.astro's `zoekbaar`,
 * data-pagefind-body) must be in a folder of exactly one part: the build checks it and fails otherwise.
 *
 * The agenda's part is searched apart, after the first results (the search page's block "In de agenda"): at the size
 * of a region its page list alone is 108 KB, more than a third of what the first search may fetch (issue 8).
 */
export interface ZoekDeel {
  /** Where the part is on the site, e.g. '/pagefind-aanbod/'. */
  pad: string
  /** The top folders of the site whose searchable pages it holds. */
  mappen: string[]
  /** Searched apart, after the first results: the activiteiten, for the search page's block "In de agenda". */
  agenda?: true
}

export const ZOEKDELEN: readonly ZoekDeel[] = [
  { pad: '/pagefind/', mappen: ['organisatie', 'meldpunt', 'toegankelijkheid'] },
  { pad: '/pagefind-aanbod/', mappen: ['aanbod'] },
  { pad: '/pagefind-agenda/', mappen: ['activiteit'], agenda: true },
]

/** The part's pages as a Pagefind glob, relative to the site: "aanbod/**\/*.html", "{a,b}/**\/*.html". */
export const zoekGlob = ({ mappen }: ZoekDeel) => `${mappen.length === 1 ? mappen[0] : `{${mappen.join(',')}}`}/**/*.html`

/**
 * In the main part's folder, the other parts that have pages: {"delen": ["/pagefind-aanbod/"], "agenda":
 * ["/pagefind-agenda/"]}: those merged for the results, and those searched apart for the agenda.
 */
export const ZOEKDELEN_LIJST = 'delen.json'
export interface ZoekdelenLijst {
  delen: string[]
  agenda: string[]
}
/** The kind (Pagefind filter `soort`) of the agenda's pages. */
export const AGENDA_SOORT = 'activiteit'

/** The search page, which preloads every part's entry file and page list (scripts/build-site.ts). */
export const ZOEKPAGINA = 'zoeken/index.html'

/** A file of the search index (any part): /pagefind/…, /pagefind-aanbod/…. */
export const inZoekindex = (pathname: string) => ZOEKDELEN.some((d) => pathname.startsWith(d.pad))
