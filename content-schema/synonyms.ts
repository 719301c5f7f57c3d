/**
 * Dutch synonyms for finding help: people type "maaltijd" when the listing says "Samen eten".
 * Each group holds words that should find each other. Used by the quick finder and the search page.
 */
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

const normalize = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()

/** The words that a query should also find: the query itself plus every synonym of a group it (partly) matches. */
export function synoniemenVan(query: string): string[] {
  const q = normalize(query)
  if (q.length < 3) return q ? [q] : []
  const words = new Set([q])
  for (const group of synoniemen) {
    const normalized = group.map(normalize)
    if (normalized.some((w) => w === q || (q.length >= 4 && (w.startsWith(q) || q.startsWith(w) && w.length >= 4)))) {
      for (const w of normalized) words.add(w)
    }
  }
  return [...words]
}
