/** @jsxImportSource react */
/**
 * The search page (/zoeken/): the quick finder as search box, filters with counts (soort, kern, doelgroep,
 * levensgebeurtenis, thema) and result cards, over Pagefind's index of the built site (Dutch; site/lib/zoekindex.ts).
 *
 * The query and filters live in the URL (?q=maaltijd&kern=Den+Ham&kern=Vroomshoop): every search and every filter
 * change is a history entry (pushState), the back button and a reload give the same page.
 * Within a filter group the values are alternatives (Den Ham or Vroomshoop); groups narrow each other down.
 *
 * Finding more than the literal words: the query is also searched as each of its synonyms (content-schema's list),
 * merged after the query's own results. When the query itself finds nothing, the closest known word (titles,
 * organisations, kernen, keywords, synonyms) is searched instead, and the page says so.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react'
import QuickFinder from './QuickFinder'
import { andereWoorden, maakVerbeteraar, normaliseer, zoalsGespeld } from './zoekhulp'
import { laadPagefind, laadTeller, type Pagefind, type PfData, type PfResult, type Tellingen } from './pagefind'

const GROEPEN = ['soort', 'kern', 'doelgroep', 'levensgebeurtenis', 'thema'] as const
type Groep = (typeof GROEPEN)[number]
type Keuzes = Record<Groep, string[]>

const LEGENDA: Record<Groep, string> = {
  soort: 'Soort',
  kern: 'Kern (dorp)',
  doelgroep: 'Voor wie?',
  levensgebeurtenis: 'Wat maakt u mee?',
  thema: 'Thema',
}
const SOORTEN: Record<string, string> = {
  aanbod: 'Aanbod',
  activiteit: 'Activiteit in de agenda',
  organisatie: 'Organisatie',
  informatie: 'Informatie',
}
const PER_KEER = 20
/** The first results whose text is checked for the words as typed (their details are loaded to show them anyway). */
const LETTERLIJK_IN = 10

// ---------- URL ----------

interface Staat {
  q: string
  keuzes: Keuzes
}

function leesUrl(): Staat {
  const p = new URLSearchParams(window.location.search)
  const keuzes = Object.fromEntries(
    GROEPEN.map((g) => [g, [...new Set(p.getAll(g).map((v) => v.trim()).filter(Boolean))]]),
  ) as Keuzes
  return { q: (p.get('q') ?? '').trim(), keuzes }
}

function naarUrl({ q, keuzes }: Staat): string {
  const p = new URLSearchParams()
  if (q) p.set('q', q)
  for (const g of GROEPEN) for (const v of keuzes[g]) p.append(g, v)
  const s = p.toString()
  return `${window.location.pathname}${s ? `?${s}` : ''}`
}

// ---------- Searching ----------

interface Uitkomst {
  staat: Staat
  treffers: PfResult[]
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

const heeftKeuzes = (k: Keuzes) => GROEPEN.some((g) => k[g].length > 0)

const woordenVan = (s: string) => normaliseer(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 3)
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
  const eerste = (await pf.search(q))?.results ?? []
  if (eerste.length) {
    const teksten = (await Promise.all(eerste.slice(0, LETTERLIJK_IN).map(laad))).map((d) => normaliseer(`${d.meta.title ?? ''} ${d.content}`))
    // The results of this search without filters are those of the query: not searched again.
    if (woordenVan(q).every((w) => teksten.some((t) => t.includes(w)))) return { basis: q, treffers: eerste }
  }
  const verbeterd = await maakVerbeteraar()
    .then((f) => f(q))
    .catch(() => null)
  if (verbeterd && (eerste.length === 0 || !verbuiging(q, verbeterd)) && ((await pf.search(verbeterd))?.results.length ?? 0) > 0) {
    return { basis: verbeterd, melding: `Geen resultaten voor '${q}'. We laten resultaten zien voor '${verbeterd}'.` }
  }
  return { basis: q }
}

const pfFilters = (keuzes: Keuzes, behalve?: Groep) =>
  Object.fromEntries(GROEPEN.filter((g) => g !== behalve && keuzes[g].length).map((g) => [g, { any: keuzes[g] }]))

/**
 * One search with Pagefind's own filtering: only the details of the results in view are loaded, never those of every
 * result (at the size of a region that would be hundreds of files). Synonyms are in the index itself
 * (site/layouts/Base.astro), so one search finds them. The counts per filter come after (tel), from another
 * instance of the index (pagefind.ts): once Pagefind has loaded its whole filter index it counts every value in every
 * search, which takes a second or more at the size of a region.
 */
async function zoek(pf: Pagefind, staat: Staat, cache: Map<string, PfData>): Promise<Uitkomst> {
  const { q, keuzes } = staat
  if (!q && !heeftKeuzes(keuzes)) return { staat, treffers: [], ook: [], basis: null }
  const laad = async (r: PfResult) => {
    const d = cache.get(r.id) ?? (await r.data())
    cache.set(r.id, d)
    return d
  }
  const gekozen = q ? await kiesZoekwoorden(pf, q, laad) : { basis: null, melding: undefined, treffers: undefined }
  const { basis, melding } = gekozen
  const filters = heeftKeuzes(keuzes)
  const treffers = !filters && gekozen.treffers ? gekozen.treffers : ((await pf.search(basis, filters ? { filters: pfFilters(keuzes) } : {}))?.results ?? [])
  const ook = basis ? andereWoorden(basis).map(zoalsGespeld) : []
  return { staat, basis, treffers, melding, ook, gezocht: basis && basis !== q ? `'${basis}'` : undefined }
}

/**
 * The counts per filter value for an outcome, given the counts of the whole index (alle). A group with ticked values
 * is counted by a search without that group's filter: its other values then say how many results they would add.
 */
async function tel(pf: Pagefind, { staat: { keuzes }, basis }: Uitkomst, alle: Tellingen): Promise<Tellingen> {
  if (!basis && !heeftKeuzes(keuzes)) return alle
  const tellingen: Tellingen = { ...((await pf.search(basis, { filters: pfFilters(keuzes) }))?.filters ?? {}) }
  for (const g of GROEPEN) {
    if (!keuzes[g].length) continue
    const zonder = pfFilters(keuzes, g)
    tellingen[g] = basis || Object.keys(zonder).length ? ((await pf.search(basis, { filters: zonder }))?.filters[g] ?? {}) : (alle[g] ?? {})
  }
  return tellingen
}

// ---------- Rendering ----------

const aantal = (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`)
const idVan = (g: string, v: string) => `filter-${g}-${normaliseer(v).replace(/[^a-z0-9]+/g, '-')}`
const waardeLabel = (g: Groep, v: string) => (g === 'soort' ? (SOORTEN[v] ?? v) : v)

function statusTekst(u: Uitkomst): string {
  const { q, keuzes } = u.staat
  const gekozen = GROEPEN.flatMap((g) => keuzes[g].map((v) => waardeLabel(g, v)))
  const filterTekst = gekozen.length ? `, met ${gekozen.length === 1 ? 'filter' : 'filters'}: ${gekozen.join(', ')}` : ''
  if (!q && !gekozen.length) return 'Typ een woord in het zoekvak, of kies hieronder een kern, doelgroep of thema.'
  const n = u.treffers.length
  if (n === 0) {
    return q
      ? `Geen resultaten voor '${q}'${filterTekst}. ${gekozen.length ? 'Haal een filter weg, of probeer' : 'Probeer'} een ander woord.`
      : `Geen resultaten${filterTekst}.`
  }
  return `${aantal(n)}${q ? ` voor ${u.gezocht ?? `'${q}'`}` : ''}${filterTekst}.`
}

/** Pagefind's excerpt (escaped text with <mark> around the found words) as React text: nothing else gets through. */
function Uittreksel({ html }: { html: string }) {
  const delen = useMemo(() => {
    const doc = new DOMParser().parseFromString(html, 'text/html')
    return [...doc.body.childNodes].map((n) => ({ mark: n.nodeName === 'MARK', tekst: n.textContent ?? '' }))
  }, [html])
  return <>{delen.map((d, i) => (d.mark ? <mark key={i}>{d.tekst}</mark> : <Fragment key={i}>{d.tekst}</Fragment>))}</>
}

function Kaart({ d, nr }: { d: PfData; nr: number }) {
  const soort = d.filters.soort?.[0]
  const waar = d.meta.waar || (soort === 'organisatie' ? d.filters.kern?.join(', ') : undefined)
  return (
    <article className="skt-card skt-resultaat" id={`resultaat-${nr}`}>
      <h3 className="skt-card__titel">
        <a href={d.url}>{d.meta.title || d.url}</a>
      </h3>
      {soort && <p className="skt-resultaat__soort">{SOORTEN[soort] ?? soort}</p>}
      <p className="skt-card__samenvatting">{d.meta.samenvatting || <Uittreksel html={d.excerpt} />}</p>
      <dl className="skt-meta">
        {d.meta.organisatie && (
          <div>
            <dt>Organisatie:</dt>
            <dd>{d.meta.organisatie}</dd>
          </div>
        )}
        {waar && (
          <div>
            <dt>Waar:</dt>
            <dd>{waar}</dd>
          </div>
        )}
        {d.meta.datum && (
          <div>
            <dt>Eerstvolgende keer:</dt>
            <dd>{d.meta.datum}</dd>
          </div>
        )}
      </dl>
    </article>
  )
}

function Overzichten() {
  return (
    <>
      <p>U kunt ook zoeken via deze overzichten:</p>
      <ul>
        <li><a href="/kern/">Per kern: wat is er in uw dorp?</a></li>
        <li><a href="/levensgebeurtenis/">Per levensgebeurtenis: wat maakt u mee?</a></li>
        <li><a href="/doelgroep/">Per doelgroep: voor wie zoekt u iets?</a></li>
        <li><a href="/thema/">Per thema</a></li>
        <li><a href="/aanbod/">Alle aanbod van A tot Z</a></li>
      </ul>
    </>
  )
}

export default function Zoeken() {
  const [staat, setStaat] = useState<Staat>(leesUrl)
  const [versie, setVersie] = useState(0)
  const [alle, setAlle] = useState<Tellingen | null>(null)
  const alleRef = useRef<Promise<Tellingen> | null>(null)
  const vorigeTellingen = useRef<Tellingen | null>(null)
  const [uitkomst, setUitkomst] = useState<Uitkomst | null>(null)
  const [fout, setFout] = useState(false)
  const [zichtbaar, setZichtbaar] = useState(PER_KEER)
  const [geladen, setGeladen] = useState(0)
  const cache = useRef(new Map<string, PfData>())
  const teller = useRef(0)
  const focusOp = useRef<number | null>(null)
  /** The filter value last ticked or unticked stays in view, even at 0, so keyboard focus is not lost. */
  const laatste = useRef('')
  const basisTitel = useRef('')

  function ga(nieuw: Staat) {
    const url = naarUrl(nieuw)
    if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url)
    setZichtbaar(PER_KEER)
    setStaat(nieuw)
  }

  useEffect(() => {
    basisTitel.current = document.title
    const terug = () => {
      setZichtbaar(PER_KEER)
      setStaat(leesUrl())
      setVersie((v) => v + 1)
    }
    window.addEventListener('popstate', terug)
    return () => window.removeEventListener('popstate', terug)
  }, [])

  useEffect(() => {
    document.title = staat.q ? `${staat.q} – ${basisTitel.current}` : basisTitel.current
    const nr = ++teller.current
    void (async () => {
      try {
        const u = await zoek(await laadPagefind(), staat, cache.current)
        if (nr !== teller.current) return
        setFout(false)
        setUitkomst(u)
        // Then the counts, by the counting instance: the whole index's once (it loads Pagefind's filter index), then
        // this outcome's.
        const pf = await laadTeller()
        alleRef.current ??= pf.filters().catch((err) => {
          alleRef.current = null
          throw err
        })
        const totaal = await alleRef.current
        setAlle(totaal)
        const tellingen = await tel(pf, u, totaal)
        if (nr !== teller.current) return
        setUitkomst({ ...u, tellingen })
      } catch (err) {
        console.error(err)
        if (nr === teller.current) setFout(true)
      }
    })()
  }, [staat])

  // Load the details of the results in view (already there after a search with words).
  useEffect(() => {
    if (!uitkomst) return
    const nodig = uitkomst.treffers.slice(0, zichtbaar).filter((r) => !cache.current.has(r.id))
    if (!nodig.length) return
    void Promise.all(nodig.map(async (r) => cache.current.set(r.id, await r.data())))
      .then(() => setGeladen((n) => n + 1))
      .catch(() => setFout(true))
  }, [uitkomst, zichtbaar])

  const u = uitkomst
  // The results in view whose details are loaded (in order: a card appears only when those before it are there).
  const getoond: PfResult[] = []
  for (const r of u?.treffers.slice(0, zichtbaar) ?? []) {
    if (!cache.current.has(r.id)) break
    getoond.push(r)
  }
  const bezig = !!u && getoond.length < Math.min(zichtbaar, u.treffers.length)

  // After "Toon meer resultaten": focus the first new result.
  useEffect(() => {
    if (focusOp.current === null || getoond.length <= focusOp.current) return
    document.querySelector<HTMLElement>(`#resultaat-${focusOp.current} a`)?.focus()
    focusOp.current = null
  }, [getoond.length, geladen])

  function wissel(g: Groep, v: string, aan: boolean) {
    laatste.current = `${g}:${v}`
    const keuzes = { ...staat.keuzes, [g]: aan ? [...staat.keuzes[g], v] : staat.keuzes[g].filter((x) => x !== v) }
    ga({ q: staat.q, keuzes })
  }

  const aantalKeuzes = GROEPEN.reduce((n, g) => n + staat.keuzes[g].length, 0)
  // While an outcome is being counted, the filters keep the last counts (so a ticked box stays where it is).
  if (u?.tellingen) vorigeTellingen.current = u.tellingen
  const tellingen = u?.tellingen ?? vorigeTellingen.current ?? {}
  // Counting until this outcome's counts are there (also before the first outcome); no number is shown before any.
  const telt = !u?.tellingen
  const geteld = !telt || vorigeTellingen.current !== null
  const lijstVoor = (g: Groep) => {
    const waarden = new Set([...Object.keys(alle?.[g] ?? {}), ...Object.keys(tellingen[g] ?? {}), ...staat.keuzes[g]])
    const volgorde = Object.keys(SOORTEN)
    return [...waarden]
      .filter((v) => (tellingen[g]?.[v] ?? 0) > 0 || staat.keuzes[g].includes(v) || laatste.current === `${g}:${v}`)
      .sort((a, b) => (g === 'soort' ? volgorde.indexOf(a) - volgorde.indexOf(b) : a.localeCompare(b, 'nl')))
  }
  const klaar = !!u && u.staat === staat
  const status = fout
    ? 'Zoeken lukt nu niet. Probeer het later opnieuw, of kies een overzicht hieronder.'
    : klaar
      ? statusTekst(u)
      : ''

  return (
    <div className="skt-zoekpagina">
      <QuickFinder
        id="zoekvak"
        label="Waar zoekt u iets over?"
        naam="Zoeken"
        hint="Bijvoorbeeld: koffieochtend, maaltijd, mantelzorg of Den Ham."
        waarde={staat.q}
        versie={versie}
        onZoek={(q) => ga({ q, keuzes: staat.keuzes })}
      />
      <div className="skt-zoek__uitslag" role="status" aria-live="polite" aria-atomic="true">
        {klaar && u.melding && !fout && (
          <div className="skt-zoek__melding">
            <p>{u.melding}</p>
          </div>
        )}
        <p className="skt-zoek__status">{status || (u || fout ? '' : 'Even geduld, het zoeken wordt geladen.')}</p>
      </div>
      {klaar && u.ook.length > 0 && !u.melding && (
        <p className="skt-zoek__ook">Ook gezocht op: {u.ook.join(', ')}.</p>
      )}
      <div className="skt-zoek">
        <section className="skt-zoek__filters" aria-labelledby="filters-kop" aria-busy={telt && !fout}>
          <h2 id="filters-kop">Filters</h2>
          {getoond.length > 0 && (
            <a className="skt-zoek__naar-resultaten" href="#resultaten-kop">
              Direct naar de resultaten
            </a>
          )}
          {telt && !fout && !vorigeTellingen.current && <p className="skt-zoek__tellen">De filters worden geteld …</p>}
          {GROEPEN.map((g) => {
            const waarden = lijstVoor(g)
            if (!waarden.length) return null
            return (
              <fieldset className="skt-filtergroep" key={g}>
                <legend>{LEGENDA[g]}</legend>
                <ul>
                  {waarden.map((v) => {
                    const n = tellingen[g]?.[v] ?? 0
                    return (
                      <li key={v}>
                        <label className="skt-keuze" htmlFor={idVan(g, v)}>
                          <input
                            type="checkbox"
                            id={idVan(g, v)}
                            name={g}
                            value={v}
                            checked={staat.keuzes[g].includes(v)}
                            onChange={(e) => wissel(g, v, e.currentTarget.checked)}
                          />
                          <span>
                            {waardeLabel(g, v)}{' '}
                            {/* Read as "Den Ham (12 resultaten)", shown as "Den Ham (12)". */}
                            {geteld && (
                              <span className="skt-telling">
                                ({n}
                                <span className="skt-visually-hidden">{n === 1 ? ' resultaat)' : ' resultaten)'}</span>
                                <span aria-hidden="true">)</span>
                              </span>
                            )}
                          </span>
                        </label>
                      </li>
                    )
                  })}
                </ul>
              </fieldset>
            )
          })}
          {aantalKeuzes > 0 && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action skt-zoek__wissen"
              onClick={() => ga({ q: staat.q, keuzes: Object.fromEntries(GROEPEN.map((g) => [g, []])) as unknown as Keuzes })}
            >
              Alle filters wissen
            </button>
          )}
        </section>
        <section className="skt-zoek__resultaten" aria-labelledby="resultaten-kop">
          <h2 id="resultaten-kop" tabIndex={-1}>
            Resultaten
          </h2>
          {getoond.length > 0 && (
            <ul className="skt-kaarten">
              {getoond.map((r, i) => (
                <li key={r.id}>
                  <Kaart d={cache.current.get(r.id)!} nr={i} />
                </li>
              ))}
            </ul>
          )}
          {u && !bezig && getoond.length < u.treffers.length && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action skt-zoek__meer"
              onClick={() => {
                focusOp.current = zichtbaar
                setZichtbaar(zichtbaar + PER_KEER)
              }}
            >
              Toon meer resultaten (nog {u.treffers.length - getoond.length})
            </button>
          )}
          {(fout || (klaar && getoond.length === 0 && u.treffers.length === 0)) && <Overzichten />}
        </section>
      </div>
    </div>
  )
}
