/**
 * Pagefind's search index in parts: one Pagefind run per part (scripts/build-site.ts), merged again by the search
 * page (site/components/islands/pagefind.ts, Pagefind's mergeIndex). Pagefind holds about 130 KB per page while it
 * indexes (measured: 4.2 GB for the 32,500 searchable pages of the region-sized bench content, L), and frees it only
 * when its run ends; in parts the largest part sets the peak (the activiteiten: 1.8 GB at L).
 *
 * The first part is the main index: the search page loads its pagefind.js, and its ZOEKDELEN_LIJST says which other
 * parts have pages (Pagefind cannot merge an empty index). Every searchable page (Base.astro's `zoekbaar`,
 * data-pagefind-body) must be in a folder of exactly one part: the build checks it and fails otherwise.
 */
export interface ZoekDeel {
  /** Where the part is on the site, e.g. '/pagefind-aanbod/'. */
  pad: string
  /** The top folders of the site whose searchable pages it holds. */
  mappen: string[]
}

export const ZOEKDELEN: readonly ZoekDeel[] = [
  { pad: '/pagefind/', mappen: ['organisatie', 'meldpunt', 'toegankelijkheid'] },
  { pad: '/pagefind-aanbod/', mappen: ['aanbod'] },
  { pad: '/pagefind-agenda/', mappen: ['activiteit'] },
]

/** The part's pages as a Pagefind glob, relative to the site: "aanbod/**\/*.html", "{a,b}/**\/*.html". */
export const zoekGlob = ({ mappen }: ZoekDeel) => `${mappen.length === 1 ? mappen[0] : `{${mappen.join(',')}}`}/**/*.html`

/** In the main part's folder: {"delen": ["/pagefind-aanbod/", …]}, the other parts that have pages. */
export const ZOEKDELEN_LIJST = 'delen.json'

/** The search page, which preloads every part's entry file and page list (scripts/build-site.ts). */
export const ZOEKPAGINA = 'zoeken/index.html'

/** A file of the search index (any part): /pagefind/…, /pagefind-aanbod/…. */
export const inZoekindex = (pathname: string) => ZOEKDELEN.some((d) => pathname.startsWith(d.pad))
