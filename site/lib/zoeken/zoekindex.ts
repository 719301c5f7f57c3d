/**
 * The zoekindex (site/lib/zoeken/README.md): Pagefind's search index in parts: one Pagefind run per part
 * (scripts/build-site.ts), merged again by the search page (site/lib/zoeken/pagefind.ts, Pagefind's mergeIndex).
 * Pagefind holds every page while it indexes and frees it only when its run ends; in parts the largest part sets the
 * peak (figures: docs/benchmark.md).
 *
 * The first part is the main index: the search page loads its pagefind.js, and its ZOEKDELEN_LIJST says which other
 * parts have pages (Pagefind cannot merge an empty index). Every searchable page (Base.astro's `zoekbaar`,
 * data-pagefind-body) must be in a folder of exactly one part: the build checks it and fails otherwise.
 *
 * The agenda's parts are searched apart, after the first results (the search page's block "In de agenda"): at the size
 * of a region their page lists alone are more than a third of what the first search may fetch (issue 8). They are
 * two, by the first letter of the activiteit's slug, as the activiteiten are the most pages.
 */
export interface ZoekDeel {
  /** Where the part is on the site, e.g. '/pagefind-aanbod/'. */
  pad: string
  /** The top folders of the site whose searchable pages it holds. */
  mappen: string[]
  /**
   * Only the pages in those folders whose own folder (the slug) begins with one of these letters: a glob character
   * class, '[a-k]'. The other part of the same folders has its complement, '[!a-k]' (splitsMap).
   */
  beginletters?: string
  /** Searched apart, after the first results: the activiteiten, for the search page's block "In de agenda". */
  agenda?: true
}

/** A folder's pages in two parts, by the first letter of their own folder (the slug): the two ZoekDelen. */
const splitsMap = (deel: Omit<ZoekDeel, 'beginletters' | 'pad'>, paden: [string, string], letters: string): ZoekDeel[] => [
  { ...deel, pad: paden[0], beginletters: `[${letters}]` },
  { ...deel, pad: paden[1], beginletters: `[!${letters}]` },
]

export const ZOEKDELEN: readonly ZoekDeel[] = [
  { pad: '/pagefind/', mappen: ['organisatie', 'meldpunt', 'toegankelijkheid', 'privacy'] },
  { pad: '/pagefind-aanbod/', mappen: ['aanbod'] },
  ...splitsMap({ mappen: ['activiteit'], agenda: true }, ['/pagefind-agenda/', '/pagefind-agenda-2/'], 'a-k'),
]

/**
 * The part's pages as a Pagefind glob, relative to the site: "aanbod/**\/*.html", "{a,b}/**\/*.html",
 * "activiteit/[a-k]*\/**\/*.html".
 */
export const zoekGlob = ({ mappen, beginletters }: ZoekDeel) =>
  `${mappen.length === 1 ? mappen[0] : `{${mappen.join(',')}}`}/${beginletters ? `${beginletters}*/` : ''}**/*.html`

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
