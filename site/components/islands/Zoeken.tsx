/** @jsxImportSource react */
/**
 * The zoekpagina (/zoeken/, site/lib/zoeken/README.md): the snelzoeker as search box, filters with counts (soort,
 * kern, doelgroep, levensgebeurtenis, thema) and result cards. Thin UI: the search in the URL is site/lib/zoeken/url.ts,
 * the searching (zoekindex, spelling help, synonyms, the agenda's block, the counts) site/lib/zoeken/zoek.ts.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react'
import Snelzoeker from './Snelzoeker'
import { INDELINGEN } from '../../../content-schema/velden'
import { normaliseer } from '../../lib/zoeken/suggesties'
import { laadPagefind, laadTeller, type PfData, type PfResult, type Tellingen } from '../../lib/zoeken/pagefind'
import { geenKeuzes, GROEPEN, leesUrl, naarUrl, type Groep, type Staat } from '../../lib/zoeken/url'
import { maakDetails, metAgenda, tel, zoek, zoekAgenda, type Uitkomst } from '../../lib/zoeken/zoek'
import { aanbodSlugVan, KNOP_AAN, KNOP_UIT, LIJSTJE_OPSLAG, LIJSTJE_VOL, leesLijstje, wissel } from '../../lib/lijstje/lijstje'

const LEGENDA = {
  soort: 'Soort',
  ...Object.fromEntries(INDELINGEN.map((i) => [i.enkelvoud, i.zoekfilter.legenda])),
} as Record<Groep, string>
const SOORTEN: Record<string, string> = {
  aanbod: 'Aanbod',
  activiteit: 'Activiteit in de agenda',
  organisatie: 'Organisatie',
  informatie: 'Informatie',
}
const PER_KEER = 20
/** The agenda's results shown at first, and added by "Toon meer activiteiten". */
const AGENDA_PER_KEER = 10

const aantal = (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`)
const activiteiten = (n: number) => (n === 1 ? '1 activiteit' : `${n} activiteiten`)
const idVan = (g: string, v: string) => `filter-${g}-${normaliseer(v).replace(/[^a-z0-9]+/g, '-')}`
const waardeLabel = (g: Groep, v: string) => (g === 'soort' ? (SOORTEN[v] ?? v) : v)

/**
 * The status line: the results, then (once searched) the agenda's. "12 resultaten voor 'koffie'. In de agenda: 30
 * activiteiten." With only activiteiten: "30 activiteiten in de agenda voor 'koffie'."
 */
function statusTekst(u: Uitkomst): string {
  const { q, keuzes } = u.staat
  const gekozen = GROEPEN.flatMap((g) => keuzes[g].map((v) => waardeLabel(g, v)))
  const filterTekst = gekozen.length ? `, met ${gekozen.length === 1 ? 'filter' : 'filters'}: ${gekozen.join(', ')}` : ''
  if (!q && !gekozen.length) return 'Typ een woord in het zoekvak, of kies hieronder een kern, doelgroep of thema.'
  const voor = `${q ? ` voor ${u.gezocht ?? `'${q}'`}` : ''}${filterTekst}.`
  const n = u.treffers.length
  const m = u.agenda?.length
  if (n > 0) return `${aantal(n)}${voor}${m ? ` In de agenda: ${activiteiten(m)}.` : ''}`
  if (m === undefined) return 'Even geduld, de agenda wordt doorzocht.'
  if (m > 0) return `${activiteiten(m)} in de agenda${voor}`
  return q
    ? `Geen resultaten voor '${q}'${filterTekst}. ${gekozen.length ? 'Haal een filter weg, of probeer' : 'Probeer'} een ander woord.`
    : `Geen resultaten${filterTekst}.`
}

/** Pagefind's excerpt (escaped text with <mark> around the found words) as React text: nothing else gets through. */
function Uittreksel({ html }: { html: string }) {
  const delen = useMemo(() => {
    const doc = new DOMParser().parseFromString(html, 'text/html')
    // Each part's key: where it starts in the text (unique, as empty parts are left out).
    const delen: { mark: boolean; tekst: string; begin: number }[] = []
    let begin = 0
    for (const n of doc.body.childNodes) {
      const tekst = n.textContent ?? ''
      if (!tekst) continue
      delen.push({ mark: n.nodeName === 'MARK', tekst, begin })
      begin += tekst.length
    }
    return delen
  }, [html])
  return <>{delen.map((d) => (d.mark ? <mark key={d.begin}>{d.tekst}</mark> : <Fragment key={d.begin}>{d.tekst}</Fragment>))}</>
}

/** "Zet op mijn lijstje" on an aanbod's result card: the same toggle as on the site's cards (LijstjeKnop.astro). */
function LijstjeKnop({ slug, titel }: { slug: string; titel: string }) {
  const [stand, setStand] = useState<'aan' | 'uit' | 'vol'>('uit')
  useEffect(() => {
    const lees = () => setStand(leesLijstje().includes(slug) ? 'aan' : 'uit')
    lees()
    const opslag = (e: StorageEvent) => e.key === LIJSTJE_OPSLAG && lees()
    window.addEventListener('storage', opslag)
    return () => window.removeEventListener('storage', opslag)
  }, [slug])
  return (
    <p className="skt-lijstje-knop">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-pressed={stand === 'aan'}
        data-lijstje-resultaat={slug}
        onClick={() => setStand(wissel(slug))}
      >
        {stand === 'aan' ? KNOP_AAN : KNOP_UIT}
        <span className="skt-visually-hidden">: {titel}</span>
      </button>
      {/* Nothing added to a full list: this line says so (always there, so that it is read out when it changes). */}
      <span className="skt-lijstje-knop__vol" role="status">
        {stand === 'vol' ? LIJSTJE_VOL : ''}
      </span>
    </p>
  )
}

/** A result's card; in the agenda's block without its kind (they are all activiteiten). */
function Kaart({
  d,
  id,
  metSoort,
  linkRef,
}: {
  d: PfData
  id: string
  metSoort: boolean
  linkRef: (el: HTMLAnchorElement | null) => void
}) {
  const soort = d.filters.soort?.[0]
  const waar = d.meta.waar || (soort === 'organisatie' ? d.filters.kern?.join(', ') : undefined)
  const aanbodSlug = aanbodSlugVan(d.url)
  return (
    <article className="skt-card skt-resultaat" id={id}>
      <h3 className="skt-card__titel">
        <a href={d.url} ref={linkRef}>
          {d.meta.title || d.url}
        </a>
      </h3>
      {soort && metSoort && <p className="skt-resultaat__soort">{SOORTEN[soort] ?? soort}</p>}
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
      {soort === 'aanbod' && aanbodSlug && <LijstjeKnop slug={aanbodSlug} titel={d.meta.title || d.url} />}
    </article>
  )
}

/**
 * A list's cards (those in view whose details are loaded; ids `${naam}-0`, …) and, while it has more, its "Toon meer …"
 * button (not while the details of the cards in view still load).
 */
function Kaarten(p: {
  naam: string
  getoond: PfResult[]
  data: Map<string, PfData>
  totaal: number
  bezig: boolean
  metSoort: boolean
  knop: { className: string; tekst: (nog: number) => string; onClick: () => void }
  /** The ref of each card's link, by the card's id. */
  linkRef: (id: string) => (el: HTMLAnchorElement | null) => void
}) {
  return (
    <>
      {p.getoond.length > 0 && (
        <ul className="skt-kaarten">
          {p.getoond.map((r, i) => (
            <li key={r.id}>
              <Kaart d={p.data.get(r.id)!} id={`${p.naam}-${i}`} metSoort={p.metSoort} linkRef={p.linkRef(`${p.naam}-${i}`)} />
            </li>
          ))}
        </ul>
      )}
      {!p.bezig && p.getoond.length < p.totaal && (
        <button type="button" className={`utrecht-button utrecht-button--secondary-action ${p.knop.className}`} onClick={p.knop.onClick}>
          {p.knop.tekst(p.totaal - p.getoond.length)}
        </button>
      )}
    </>
  )
}

function Overzichten() {
  return (
    <>
      <p>U kunt ook zoeken via deze overzichten:</p>
      <ul>
        <li>
          <a href="/kern/">Per kern: wat is er in uw dorp?</a>
        </li>
        <li>
          <a href="/levensgebeurtenis/">Per levensgebeurtenis: wat maakt u mee?</a>
        </li>
        <li>
          <a href="/doelgroep/">Per doelgroep: voor wie zoekt u iets?</a>
        </li>
        <li>
          <a href="/thema/">Per thema</a>
        </li>
        <li>
          <a href="/aanbod/">Alle aanbod van A tot Z</a>
        </li>
      </ul>
    </>
  )
}

/**
 * Resolves once the browser has painted what was just rendered (a frame, then a task): what loads after the first
 * results does not compete with them. At the latest after 200 ms, as a hidden tab has no frames.
 */
const naVerf = () =>
  new Promise<void>((klaar) => {
    requestAnimationFrame(() => setTimeout(klaar, 0))
    setTimeout(klaar, 200)
  })

export default function Zoeken() {
  const [staat, setStaat] = useState<Staat>(leesUrl)
  const [versie, setVersie] = useState(0)
  const [alle, setAlle] = useState<Tellingen | null>(null)
  const alleRef = useRef<Promise<Tellingen> | null>(null)
  const vorigeTellingen = useRef<Tellingen | null>(null)
  const [uitkomst, setUitkomst] = useState<Uitkomst | null>(null)
  const [fout, setFout] = useState(false)
  const [zichtbaar, setZichtbaar] = useState(PER_KEER)
  const [zichtbaarAgenda, setZichtbaarAgenda] = useState(AGENDA_PER_KEER)
  /** Counts the details loaded: each one renders the cards again. */
  const [, setGeladen] = useState(0)
  const [details] = useState(maakDetails)
  const teller = useRef(0)
  /** After "Toon meer …": the id of the first new card, to focus once it is there. */
  const focusOp = useRef<string | null>(null)
  /** The filter value last ticked or unticked stays in view, even at 0, so keyboard focus is not lost. */
  const laatste = useRef('')
  const basisTitel = useRef('')

  function ga(nieuw: Staat) {
    const url = naarUrl(nieuw)
    if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url)
    setZichtbaar(PER_KEER)
    setZichtbaarAgenda(AGENDA_PER_KEER)
    setStaat(nieuw)
  }

  useEffect(() => {
    basisTitel.current = document.title
    const terug = () => {
      setZichtbaar(PER_KEER)
      setZichtbaarAgenda(AGENDA_PER_KEER)
      setStaat(leesUrl())
      setVersie((v) => v + 1)
    }
    window.addEventListener('popstate', terug)
    return () => window.removeEventListener('popstate', terug)
  }, [])

  useEffect(() => {
    document.title = staat.q ? `${staat.q} – ${basisTitel.current}` : basisTitel.current
    const nr = ++teller.current
    const actueel = () => nr === teller.current
    void (async () => {
      try {
        const u = await zoek(await laadPagefind(), staat, details)
        if (!actueel()) return
        setFout(false)
        setUitkomst(u)
        // Once the results are on screen: the agenda's block, then the counts per filter (by the counting instance:
        // the whole index's once, it loads Pagefind's filter index, then this outcome's). One after the other: the
        // counting instance then finds the agenda's part of the index in the browser's cache.
        await naVerf()
        if (!actueel()) return
        const erbij = (meer: Partial<Uitkomst>) => actueel() && setUitkomst((v) => (v?.staat === u.staat ? { ...v, ...meer } : v))
        erbij({ agenda: await zoekAgenda(u) })
        if (!actueel()) return
        const pf = await laadTeller()
        alleRef.current ??= pf.filters().catch((err) => {
          alleRef.current = null
          throw err
        })
        const totaal = await alleRef.current
        setAlle(totaal)
        erbij({ tellingen: await tel(pf, u, totaal) })
      } catch (err) {
        console.error(err)
        if (actueel()) setFout(true)
      }
    })()
  }, [staat, details])

  // Load the details of the results and activiteiten in view (after a search with words, the first results' are
  // loading already); each card shows as soon as its details and those before it are there.
  useEffect(() => {
    if (!uitkomst) return
    const inBeeld = [...uitkomst.treffers.slice(0, zichtbaar), ...(uitkomst.agenda ?? []).slice(0, zichtbaarAgenda)]
    for (const r of inBeeld.filter((x) => !details.geladen.has(x.id))) {
      details.haal(r).then(
        () => setGeladen((n) => n + 1),
        () => setFout(true),
      )
    }
  }, [uitkomst, zichtbaar, zichtbaarAgenda, details])

  const u = uitkomst
  // The results in view whose details are loaded (in order: a card appears only when those before it are there).
  const getoondVan = (treffers: PfResult[] | undefined, n: number) => {
    const getoond: PfResult[] = []
    for (const r of treffers?.slice(0, n) ?? []) {
      if (!details.geladen.has(r.id)) break
      getoond.push(r)
    }
    return getoond
  }
  const getoond = getoondVan(u?.treffers, zichtbaar)
  const getoondAgenda = getoondVan(u?.agenda, zichtbaarAgenda)
  const bezig = !!u && getoond.length < Math.min(zichtbaar, u.treffers.length)
  const bezigAgenda = !!u?.agenda && getoondAgenda.length < Math.min(zichtbaarAgenda, u.agenda.length)

  /** "Toon meer …": `stap` more cards in view; the focus moves to the first new one once it is there. */
  const meer = (naam: string, n: number, zet: (n: number) => void, stap: number) => () => {
    focusOp.current = `${naam}-${n}`
    zet(n + stap)
  }
  // After "Toon meer …": the first new card's link takes the focus as soon as the card is there.
  const linkRef = (id: string) => (el: HTMLAnchorElement | null) => {
    if (!el || focusOp.current !== id) return
    el.focus()
    focusOp.current = null
  }

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
  const nietsGevonden = klaar && u.treffers.length === 0 && u.agenda?.length === 0
  // The agenda's block: while it is searched, and with what it found; not when nothing at all was found.
  const agendaBlok = klaar && metAgenda(u.staat) && !nietsGevonden
  const status = fout ? 'Zoeken lukt nu niet. Probeer het later opnieuw, of kies een overzicht hieronder.' : klaar ? statusTekst(u) : ''

  return (
    <div className="skt-zoekpagina">
      <Snelzoeker
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
      {klaar && u.ook.length > 0 && !u.melding && <p className="skt-zoek__ook">Ook gezocht op: {u.ook.join(', ')}.</p>}
      <div className="skt-zoek">
        <section className="skt-zoek__filters" aria-labelledby="filters-kop" aria-busy={telt && !fout}>
          <h2 id="filters-kop">Filters</h2>
          {(getoond.length > 0 || getoondAgenda.length > 0) && (
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
                            {waardeLabel(g, v)} {/* Read as "Den Ham (12 resultaten)", shown as "Den Ham (12)". */}
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
              onClick={() => ga({ q: staat.q, keuzes: geenKeuzes() })}
            >
              Alle filters wissen
            </button>
          )}
        </section>
        <div className="skt-zoek__lijsten">
          <section className="skt-zoek__resultaten" aria-labelledby="resultaten-kop" aria-busy={bezig}>
            <h2 id="resultaten-kop" tabIndex={-1}>
              Resultaten
            </h2>
            <Kaarten
              naam="resultaat"
              getoond={getoond}
              data={details.geladen}
              totaal={u?.treffers.length ?? 0}
              bezig={bezig}
              metSoort
              knop={{
                className: 'skt-zoek__meer',
                tekst: (nog) => `Toon meer resultaten (nog ${nog})`,
                onClick: meer('resultaat', zichtbaar, setZichtbaar, PER_KEER),
              }}
              linkRef={linkRef}
            />
            {klaar && u.treffers.length === 0 && !!u.agenda?.length && (
              <p>Geen aanbod, organisaties of informatie gevonden. Wel activiteiten: zie hieronder, in de agenda.</p>
            )}
            {(fout || nietsGevonden) && <Overzichten />}
          </section>
          {agendaBlok && !fout && (
            <section className="skt-zoek__agenda" aria-labelledby="agenda-kop" aria-busy={!u.agenda || bezigAgenda}>
              <h2 id="agenda-kop">In de agenda</h2>
              {!u.agenda ? (
                <p className="skt-zoek__agenda-status">Even geduld, de agenda wordt doorzocht.</p>
              ) : u.agenda.length === 0 ? (
                <p className="skt-zoek__agenda-status">Geen activiteiten in de agenda gevonden.</p>
              ) : (
                <Kaarten
                  naam="agenda"
                  getoond={getoondAgenda}
                  data={details.geladen}
                  totaal={u.agenda.length}
                  bezig={bezigAgenda}
                  metSoort={false}
                  knop={{
                    className: 'skt-zoek__meer-agenda',
                    tekst: (nog) => `Toon meer activiteiten (nog ${nog})`,
                    onClick: meer('agenda', zichtbaarAgenda, setZichtbaarAgenda, AGENDA_PER_KEER),
                  }}
                  linkRef={linkRef}
                />
              )}
              <p>
                <a href="/agenda/">De hele agenda, dag voor dag</a>
              </p>
            </section>
          )}
        </div>
      </div>
    </div>
  )
}
