/**
 * What a searchable page puts in the zoekindex (site/lib/zoeken/README.md): what it says about itself. Pages also
 * show other pages' content: an organisation lists its aanbod and activities, an aanbod its coming activities. Those
 * lists are marked data-pagefind-ignore="all" (ANDERE_INHOUD): Pagefind leaves them out, so a search for
 * "koffieochtend" finds the koffieochtend itself rather than every page that links to it, and the index stays small
 * (at the size of a region an organisation page held 800 words, most of them its aanbod's). The synonyms a page
 * carries (layouts/Base.astro) come from the same text.
 */
import { Parser } from 'htmlparser2'

/** Spread on an element that shows other pages' content: Pagefind skips it and everything in it. */
export const ANDERE_INHOUD = { 'data-pagefind-ignore': 'all' } as const

/** The text of an HTML fragment without the elements that show other pages' content (ANDERE_INHOUD). */
export function eigenTekst(html: string): string {
  const tekst: string[] = []
  // Depth of the open elements, and the depth at which a skipped element opened (0: not skipping).
  let diepte = 0
  let overslaanVanaf = 0
  const parser = new Parser(
    {
      onopentag(_name, attribs) {
        diepte++
        if (!overslaanVanaf && attribs['data-pagefind-ignore'] === ANDERE_INHOUD['data-pagefind-ignore']) overslaanVanaf = diepte
      },
      onclosetag() {
        if (overslaanVanaf === diepte) overslaanVanaf = 0
        diepte--
      },
      ontext(t) {
        if (!overslaanVanaf) tekst.push(t)
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  return tekst.join(' ')
}
