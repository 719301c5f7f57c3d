/**
 * The one text normaliser: how two texts are compared. Lower case, no accents ("Café" = "cafe"), one space between
 * words, no spaces at the ends. Search (the word index, synonyms, spelling help), slugs, the import's matching of
 * names, options and headers, and the open data's matching of place names all start from it, so "Den  Ham",
 * "den ham" and "Dén Ham" are one name everywhere. Callers that need more (a slug, a column name) build on it.
 *
 * Kept free of imports: the search runs it in the browser.
 */
export const normaliseer = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
