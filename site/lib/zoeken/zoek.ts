/**
 * The zoekpagina's searching (site/lib/zoeken/README.md), over the zoekindex (pagefind.ts) with the woordindex's
 * spelling help and the synonyms (suggesties.ts). Browser only; Zoeken.tsx shows what it finds.
 *
 * Finding more than the literal words: synonyms are in the index itself (site/layouts/Base.astro). When the query
 * itself finds nothing, the closest known word (titles, organisations, kernen, keywords, synonyms) is searched
 * instead, and the page says so.
 *
 * The results are the aanbod, the organisaties and the information pages; the activiteiten that match come after
 * them, in their own block "In de agenda", searched once the results are on screen (zoekAgenda, over pagefind.ts's
 * laadAgenda). So the offers themselves come first, not buried among their dates, and the first search does not wait
 * for the agenda's part of the index (at the size of a region: 20,000 activiteiten, 108 KB of page list).
 */
import { andereWoorden, maakVerbeteraar, normaliseer, zoalsGespeld } from './suggesties'
import { laadAgenda, type Pagefind, type PfData, type PfResult, type Tellingen } from './pagefind'
import { GROEPEN, heeftKeuzes, type Groep, type Keuzes, type Staat } from './url'
import { AGENDA_SOORT } from './zoekindex'

/** The first results whose text is checked for the words as typed (their details are loaded to show them anyway). */
const LETTERLIJK_IN = 10

export interface Uitkomst {
  staat: Staat
  treffers: PfResult[]
  /**
   * The activiteiten found, for the block "In de agenda": undefined while the agenda is searched (after the results
   * are on screen). Empty when a filter leaves no activiteiten (Soort without "Activiteit in de agenda").
   */
  agenda?: PfResult[]
  /**
   * Per group and value: how many results there would be with that value ticked (the other groups as they are).
   * Undefined while they are being counted (tel), after the results are on screen.
   */
  tellingen?: Tellingen
  /** The words searched for: the query, or the corrected word; null without words. */
  basis: string | null
  /** "Geen resultaten voor … We laten resultaten zien voor …" */
  melding?: string
  /** The synonyms the index holds for the words searched (content-schema/synonyms.ts), to say so. */
  ook: string[]
  /** What was searched for when it differs from the query: the corrected word. */
  gezocht?: string
}

/**
 * Whether a search has an agenda block: with words or filters, and filters that leave room for activiteiten (no Soort
 * ticked, or "Activiteit in de agenda" among them).
 */
export const metAgenda = ({ q, keuzes }: Staat) =>
  (!!q || heeftKeuzes(keuzes)) && (!keuzes.soort.length || keuzes.soort.includes(AGENDA_SOORT))
/** The agenda instance's filter (laadAgenda): only the activiteiten. */
const alleenAgenda = { soort: AGENDA_SOORT }

const woordenVan = (s: string) =>
  normaliseer(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3)
/** "eten" → "etentje" is a different form of the same word, not a typo. */
const verbuiging = (a: string, b: string) => {
  const x = woordenVan(a)
  const y = woordenVan(b)
  return x.length === y.length && x.every((w, i) => w.startsWith(y[i]!) || y[i]!.startsWith(w))
}

/**
 * The words to search for: the query, or a close known word when the query looks like a typo. Pagefind matches word
 * stems, and sometimes very loosely: a typo can find unrelated pages. So when none of the first results contains
 * the words as typed, a close known word is searched instead (if it is not just another form of it).
 */
async function kiesZoekwoorden(
  pf: Pagefind,
  q: string,
  laad: (r: PfResult) => Promise<PfData>,
): Promise<{ basis: string; melding?: string; treffers?: PfResult[] }> {
  /**
   * Whether the first results hold the words as typed: yes as soon as the details loaded so far hold all of them (the
   * first cards need not wait for the slowest of ten), no when none of the ten holds the last of them.
   */
  const letterlijk = (treffers: PfResult[]) =>
    new Promise<boolean>((antwoord, fout) => {
      const eerste = treffers.slice(0, LETTERLIJK_IN)
      const nog = new Set(woordenVan(q))
      if (!eerste.length || !nog.size) return antwoord(eerste.length > 0)
      let open = eerste.length
      for (const r of eerste) {
        laad(r).then((d) => {
          const tekst = normaliseer(`${d.meta.title ?? ''} ${d.content}`)
          for (const w of nog) if (tekst.includes(w)) nog.delete(w)
          if (!nog.size || --open === 0) antwoord(!nog.size)
        }, fout)
      }
    })
  // The results of this search without filters are those of the query: not searched again.
  const eerste = (await pf.search(q))?.results ?? []
  if (await letterlijk(eerste)) return { basis: q, treffers: eerste }
  // Perhaps only activiteiten have the words (only then does the agenda load before the results are on screen).
  const agenda = laadAgenda()
  const inAgenda = async (w: string) => (await (await agenda).search(w, { filters: alleenAgenda }))?.results ?? []
  if (await letterlijk(await inAgenda(q))) return { basis: q, treffers: eerste }
  const verbeterd = await maakVerbeteraar()
    .then((f) => f(q))
    .catch(() => null)
  if (
    verbeterd &&
    (eerste.length === 0 || !verbuiging(q, verbeterd)) &&
    ((await pf.search(verbeterd))?.results.length || (await inAgenda(verbeterd)).length)
  ) {
    return { basis: verbeterd, melding: `Geen resultaten voor '${q}'. We laten resultaten zien voor '${verbeterd}'.` }
  }
  return { basis: q }
}

/** The results' details (Pagefind's data): each loaded once, also when asked for again while it loads. */
export function maakDetails() {
  /** The details loaded, to render. */
  const geladen = new Map<string, PfData>()
  const bezig = new Map<string, Promise<PfData>>()
  const haal = (r: PfResult): Promise<PfData> => {
    let p = bezig.get(r.id)
    if (!p) {
      p = r.data().then((d) => {
        geladen.set(r.id, d)
        return d
      })
      p.catch(() => bezig.delete(r.id)) // after a failure (network), the next ask tries again
      bezig.set(r.id, p)
    }
    return p
  }
  return { geladen, haal }
}
export type Details = ReturnType<typeof maakDetails>

const pfFilters = (keuzes: Keuzes, behalve?: Groep) =>
  Object.fromEntries(GROEPEN.filter((g) => g !== behalve && keuzes[g].length).map((g) => [g, { any: keuzes[g] }]))

/**
 * One search with Pagefind's own filtering: only the details of the results in view are loaded, never those of every
 * result (at the size of a region that would be hundreds of files). Synonyms are in the index itself
 * (site/layouts/Base.astro), so one search finds them. The counts per filter come after (tel), from another
 * instance of the index (pagefind.ts): once Pagefind has loaded its whole filter index it counts every value in every
 * search, which takes a second or more at the size of a region.
 */
export async function zoek(pf: Pagefind, staat: Staat, details: Details): Promise<Uitkomst> {
  const { q, keuzes } = staat
  if (!q && !heeftKeuzes(keuzes)) return { staat, treffers: [], ook: [], basis: null }
  const gekozen = q ? await kiesZoekwoorden(pf, q, details.haal) : { basis: null, melding: undefined, treffers: undefined }
  const { basis, melding } = gekozen
  const filters = heeftKeuzes(keuzes)
  const treffers =
    !filters && gekozen.treffers
      ? gekozen.treffers
      : ((await pf.search(basis, filters ? { filters: pfFilters(keuzes) } : {}))?.results ?? [])
  const ook = basis ? andereWoorden(basis).map(zoalsGespeld) : []
  return { staat, basis, treffers, melding, ook, gezocht: basis && basis !== q ? `'${basis}'` : undefined }
}

/** The agenda's search for an outcome: the same words and filters, among the activiteiten. */
export async function zoekAgenda({ staat, basis }: Uitkomst): Promise<PfResult[]> {
  if (!metAgenda(staat)) return []
  const { keuzes } = staat
  const filters = { ...pfFilters(keuzes, 'soort'), ...alleenAgenda }
  return (await (await laadAgenda()).search(basis, { filters }))?.results ?? []
}

/**
 * The counts per filter value for an outcome, given the counts of the whole index (alle). A group with ticked values
 * is counted by a search without that group's filter: its other values then say how many results they would add.
 */
export async function tel(pf: Pagefind, { staat: { keuzes }, basis }: Uitkomst, alle: Tellingen): Promise<Tellingen> {
  if (!basis && !heeftKeuzes(keuzes)) return alle
  const tellingen: Tellingen = { ...((await pf.search(basis, { filters: pfFilters(keuzes) }))?.filters ?? {}) }
  for (const g of GROEPEN) {
    if (!keuzes[g].length) continue
    const zonder = pfFilters(keuzes, g)
    tellingen[g] = basis || Object.keys(zonder).length ? ((await pf.search(basis, { filters: zonder }))?.filters[g] ?? {}) : (alle[g] ?? {})
  }
  return tellingen
}
