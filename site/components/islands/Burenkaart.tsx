/** @jsxImportSource react */
/**
 * The Burenkaart page's island: tick what you can help with and/or what you would like help with, fill in name,
 * address, phone and when you can, see the card as you type, and print it (four cards on one A4 sheet).
 *
 * Nothing typed leaves the browser and nothing is stored: the values live only in React state (gone when the page
 * closes). There is no <form> and no input has a name, so nothing can be submitted, not with Enter either, and
 * nothing ends up in the address bar; no fetch, no storage, no cookies; spellcheck is off (some browsers send text
 * to an online spelling service).
 *
 * Server-rendered (and before hydration, or without JavaScript): only the blank card. The fields appear once the
 * island has hydrated, because without JavaScript they could not fill in the card.
 */
import { useEffect, useRef, useState } from 'react'
import BurenkaartVel, { LEGE_KAART, type BurenkaartTekst, type KaartGegevens } from './BurenkaartVel'

type Lijst = 'kanHelpen' | 'zoektHulp'
type Tekstveld = 'naam' | 'adres' | 'telefoon' | 'wanneer'

const LIJSTEN: { lijst: Lijst; legend: string; uitleg: string }[] = [
  { lijst: 'kanHelpen', legend: 'Ik kan helpen met', uitleg: 'Kruis aan waarmee u uw buren wilt helpen. Niets aankruisen mag ook.' },
  { lijst: 'zoektHulp', legend: 'Ik zoek hulp bij', uitleg: 'Kruis aan waarbij u zelf graag hulp wilt. Niets aankruisen mag ook.' },
]

const VELDEN: { veld: Tekstveld; label: string; uitleg?: string; type: 'text' | 'tel'; autoComplete: string; max: number }[] = [
  { veld: 'naam', label: 'Naam', type: 'text', autoComplete: 'name', max: 60 },
  { veld: 'adres', label: 'Adres', uitleg: 'Straat en huisnummer.', type: 'text', autoComplete: 'address-line1', max: 80 },
  { veld: 'telefoon', label: 'Telefoonnummer', type: 'tel', autoComplete: 'tel', max: 20 },
  {
    veld: 'wanneer',
    label: 'Wanneer kunt u?',
    uitleg: 'Bijvoorbeeld: doordeweeks na 4 uur, of op zaterdag.',
    type: 'text',
    autoComplete: 'off',
    max: 100,
  },
]

export default function Burenkaart({ tekst }: { tekst: BurenkaartTekst }) {
  const [gegevens, setGegevens] = useState<KaartGegevens>(LEGE_KAART)
  /** False on the server and during hydration, so the first render matches the server's HTML exactly. */
  const [gereed, setGereed] = useState(false)
  const [melding, setMelding] = useState('')
  const eersteKeuze = useRef<HTMLInputElement>(null)

  useEffect(() => setGereed(true), [])

  function wijzig(nieuw: (g: KaartGegevens) => KaartGegevens) {
    setGegevens(nieuw)
    setMelding('')
  }

  function kruis(lijst: Lijst, slug: string, aan: boolean) {
    wijzig((g) => ({ ...g, [lijst]: aan ? [...g[lijst], slug] : g[lijst].filter((s) => s !== slug) }))
  }

  function wis() {
    setGegevens(LEGE_KAART)
    setMelding('Alles is gewist. De kaart is weer leeg.')
    eersteKeuze.current?.focus()
  }

  return (
    <div className="skt-bk" data-gereed={gereed ? '' : undefined}>
      {gereed && (
        <div className="skt-bk__invullen">
          <h2 id="bk-invullen">Vul de kaart in</h2>
          {LIJSTEN.map(({ lijst, legend, uitleg }) => (
            <fieldset key={lijst} className="skt-bk-groep" aria-describedby={`bk-${lijst}-uitleg`}>
              <legend>{legend}</legend>
              <p id={`bk-${lijst}-uitleg`} className="skt-bk-uitleg">
                {uitleg}
              </p>
              <ul className="skt-bk-keuzelijst">
                {tekst.categorieen.map((c, i) => {
                  const id = `bk-${lijst}-${c.slug}`
                  return (
                    <li key={c.slug}>
                      <label className="skt-bk-keuze" htmlFor={id}>
                        <input
                          ref={lijst === 'kanHelpen' && i === 0 ? eersteKeuze : undefined}
                          id={id}
                          type="checkbox"
                          checked={gegevens[lijst].includes(c.slug)}
                          onChange={(e) => kruis(lijst, c.slug, e.currentTarget.checked)}
                          aria-describedby={c.omschrijving ? `${id}-uitleg` : undefined}
                        />
                        <span>{c.naam}</span>
                      </label>
                      {c.omschrijving && (
                        <span id={`${id}-uitleg`} className="skt-bk-keuze__uitleg">
                          {c.omschrijving}
                        </span>
                      )}
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ))}
          <fieldset className="skt-bk-groep">
            <legend>Uw gegevens</legend>
            {VELDEN.map(({ veld, label, uitleg, type, autoComplete, max }) => (
              <div key={veld} className="utrecht-form-field utrecht-form-field--text">
                <label className="utrecht-form-field__label" htmlFor={`bk-${veld}`}>
                  {label}
                </label>
                {uitleg && (
                  <p id={`bk-${veld}-uitleg`} className="utrecht-form-field__description skt-bk-uitleg">
                    {uitleg}
                  </p>
                )}
                <input
                  id={`bk-${veld}`}
                  className="utrecht-textbox utrecht-form-field__input skt-bk-veld"
                  type={type}
                  inputMode={type === 'tel' ? 'tel' : undefined}
                  autoComplete={autoComplete}
                  spellCheck={false}
                  maxLength={max}
                  aria-describedby={uitleg ? `bk-${veld}-uitleg` : undefined}
                  value={gegevens[veld]}
                  onChange={(e) => {
                    const waarde = e.currentTarget.value
                    wijzig((g) => ({ ...g, [veld]: waarde }))
                  }}
                />
              </div>
            ))}
          </fieldset>
        </div>
      )}
      <div className="skt-bk__voorbeeld">
        <h2 id="bk-voorbeeld">{gereed ? 'Zo ziet uw kaart eruit' : 'Zo ziet de kaart eruit'}</h2>
        <BurenkaartVel tekst={tekst} gegevens={gegevens} label={gereed ? 'Uw Burenkaart' : 'De lege Burenkaart'} />
        {gereed && (
          <div className="skt-bk__knoppen">
            <p className="skt-bk-uitleg">U krijgt vier dezelfde kaarten op één vel A4. Knip ze los langs de stippellijnen.</p>
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
              Kaart printen
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={wis}>
              Alles wissen
            </button>
            <p className="skt-visually-hidden" role="status">
              {melding}
            </p>
          </div>
        )}
      </div>
    </div>
  )
}
