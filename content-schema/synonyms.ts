/**
 * Dutch synonyms for finding help: people type "maaltijd" when the listing says "Samen eten".
 * Each group holds words that should find each other. Used by the quick finder and the search page.
 */
import { normaliseer } from './text'

export const synoniemen: readonly (readonly string[])[] = [
  ['eten', 'maaltijd', 'samen eten', 'eettafel', 'lunch', 'diner', 'koken', 'maaltijden', 'eetcafé'],
  ['rouw', 'verlies', 'overlijden', 'overleden', 'verdriet', 'rouwen', 'rouwverwerking', 'weduwe', 'weduwnaar'],
  ['maatje', 'gezelschap', 'bezoek', 'bezoekje', 'vriendschap', 'maatjes', 'aanspraak'],
  ['computer', 'digitaal', 'tablet', 'digid', 'internet', 'smartphone', 'mobiel', 'e-mail', 'laptop', 'klik & tik', 'digisterker'],
  ['vervoer', 'rijden', 'auto', 'taxi', 'automaatje', 'chauffeur', 'rijbewijs', 'vervoersdienst'],
  ['mantelzorg', 'mantelzorger', 'mantelzorgers', 'zorgen voor', 'respijt', 'even vrij'],
  ['eenzaam', 'eenzaamheid', 'alleen', 'alleen zijn', 'niemand'],
  ['bewegen', 'sport', 'gym', 'gymnastiek', 'wandelen', 'fit', 'stoelgym', 'fietsen', 'zwemmen'],
  ['geld', 'geldzaken', 'schulden', 'administratie', 'formulieren', 'post', 'rekeningen', 'toeslagen'],
  ['ontmoeten', 'ontmoeting', 'koffie', 'inloop', 'koffieochtend', 'gezellig', 'praatje', 'soos'],
  ['dementie', 'alzheimer', 'vergeetachtig', 'geheugen'],
  ['pensioen', 'gepensioneerd', 'stoppen met werken'],
  ['verhuizen', 'verhuizing', 'nieuw in', 'nieuwkomer', 'nieuwkomers'],
  ['scheiding', 'gescheiden', 'uit elkaar'],
  ['werk', 'baan', 'werkloos', 'ontslag', 'inkomen'],
  ['kinderen', 'kind', 'gezin', 'ouders', 'jeugd'],
  ['jongeren', 'jongere', 'tieners', 'join us'],
  ['ouderen', 'senioren', 'oudere', '75+', 'bejaarden'],
  ['taal', 'nederlands', 'taalcafé', 'inburgering'],
  ['klussen', 'repareren', 'repair', 'reparatie', 'kapot'],
  ['zingeving', 'geloof', 'kerk', 'levensvragen'],
  ['beperking', 'handicap', 'gehandicapt', 'rolstoel'],
  ['ziek', 'ziekte', 'kanker', 'chronisch', 'ziekenhuis'],
  ['hulp', 'helpen', 'steun', 'ondersteuning', 'advies', 'informatie'],
]

/**
 * What a query should also find: the query itself plus, for every synonym (or phrase of synonyms) that occurs in it,
 * the query with that part replaced by each other member of its group. So "eettafel den ham" also searches
 * "samen eten den ham" and "maaltijd den ham", keeping "den ham". A word matches a group member when it is the
 * same, a longer form of it ("mantelzorger": "mantelzorg"), or, as the last word, the start of it while typing
 * ("maalt": "maaltijd"); both need four letters.
 */
export function synoniemenVan(query: string, max = 24): string[] {
  const q = normaliseer(query)
  if (q.length < 3) return q ? [q] : []
  const woorden = q.split(' ')
  const uit = new Set([q])
  const past = (w: string, lid: string, laatste: boolean) =>
    w === lid || (w.length >= 4 && lid.length >= 4 && (w.startsWith(lid) || (laatste && lid.startsWith(w))))
  for (const group of synoniemen) {
    const leden = group.map((w) => normaliseer(w).split(' '))
    for (const lid of leden) {
      for (let i = 0; i + lid.length <= woorden.length; i++) {
        if (!lid.every((w, j) => past(woorden[i + j]!, w, i + j === woorden.length - 1))) continue
        for (const ander of leden) {
          if (ander !== lid) uit.add([...woorden.slice(0, i), ...ander, ...woorden.slice(i + lid.length)].join(' '))
        }
      }
    }
  }
  return [...uit].slice(0, max + 1)
}

/**
 * For the search index: the synonyms a text does not say itself. Every group of which a member occurs in the text
 * (as whole words) adds its other members. The search page indexes them with the page (hidden, with a low weight),
 * so "maaltijd" finds a page that says "samen eten" in one search, with the search engine's own filter counts.
 */
export function synoniemenIn(tekst: string): string[] {
  const alsWoorden = (t: string) =>
    normaliseer(t)
      .replace(/[^a-z0-9&]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  const woorden = ` ${alsWoorden(tekst)} `
  const extra = new Set<string>()
  for (const group of synoniemen) {
    const komtVoor = group.map((lid) => woorden.includes(` ${alsWoorden(lid)} `))
    if (komtVoor.some(Boolean)) for (const [i, lid] of group.entries()) if (!komtVoor[i]) extra.add(lid)
  }
  return [...extra]
}
