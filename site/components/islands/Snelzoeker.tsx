/** @jsxImportSource react */
/**
 * The snelzoeker (site/lib/zoeken/README.md), the quick finder: a search box with suggestions while typing (WAI-ARIA
 * combobox with a listbox popup, "list autocomplete", no automatic selection). Without JavaScript, or before it has
 * loaded, it is a plain GET form to /zoeken/. Enter opens the chosen suggestion, or searches for the text; on the
 * search page (onZoek) it searches in place. Keys: ArrowDown/ArrowUp (also open the list), Home/End (first/last
 * suggestion while one is chosen), Escape (close), Tab (close). The woordindex (site/lib/zoeken/suggesties.ts) and
 * fuse.js are loaded on first focus or input.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { maakSuggesties, type Suggestie } from '../../lib/zoeken/suggesties'

interface Props {
  /** Id of the input; the listbox, options and status derive theirs from it. */
  id?: string
  /** The visible label of the search box. */
  label?: string
  /** Name of the search landmark. */
  naam?: string
  /** A short visible example under the label. */
  hint?: string
  /** Text to put in the box (the search page passes its query); applied again whenever `versie` changes. */
  waarde?: string
  versie?: number
  /** On the search page: search in place instead of going to /zoeken/. */
  onZoek?: (q: string) => void
}

const meervoud = (n: number) => (n === 1 ? '1 suggestie' : `${n} suggesties`)
/** The id of the i-th option of the snelzoeker with this id. */
const optieIdVan = (id: string, i: number) => `${id}-suggestie-${i}`

export default function Snelzoeker({
  id = 'snelzoeken',
  label = 'Waar zoekt u iets over?',
  naam = 'Snel zoeken',
  hint,
  waarde,
  versie = 0,
  onZoek,
}: Props) {
  const invoer = useRef<HTMLInputElement>(null)
  const teller = useRef(0)
  const meldTimer = useRef<number | undefined>(undefined)
  const [lijst, setLijst] = useState<Suggestie[]>([])
  const [open, setOpen] = useState(false)
  const [actief, setActief] = useState(-1)
  const [melding, setMelding] = useState('')
  /** Set once hydrated: the form then carries data-gereed (tests and styles can tell the combobox is live). */
  const [gereed, setGereed] = useState(false)
  const lijstId = `${id}-suggesties`
  const optieId = (i: number) => optieIdVan(id, i)

  // The search page sets the text (from its URL, also after the back button). versie: set it again even when the
  // text is the same (the back button to the same words), so it is a dependency without being read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: versie is the signal to apply waarde again
  useEffect(() => {
    if (waarde !== undefined && invoer.current) invoer.current.value = waarde
    setOpen(false)
    setActief(-1)
  }, [waarde, versie])

  // Once, on hydration: text typed before this island was hydrated gets suggestions as well.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on hydration; zoek reads only refs and setters
  useEffect(() => {
    setGereed(true)
    const el = invoer.current
    if (el?.value && document.activeElement === el) void zoek(el.value)
    return () => window.clearTimeout(meldTimer.current)
  }, [])

  useEffect(() => {
    if (open && actief >= 0) document.getElementById(optieIdVan(id, actief))?.scrollIntoView({ block: 'nearest' })
  }, [open, actief, id])

  function meld(tekst: string) {
    window.clearTimeout(meldTimer.current)
    // Wait until typing pauses, so a screen reader is not interrupted at every letter.
    meldTimer.current = window.setTimeout(() => setMelding(tekst), 350)
  }

  function sluit() {
    setOpen(false)
    setActief(-1)
  }

  async function zoek(tekst: string) {
    const nr = ++teller.current
    if (tekst.trim().length < 2) {
      setLijst([])
      sluit()
      meld('')
      return
    }
    let gevonden: Suggestie[]
    try {
      gevonden = (await maakSuggesties())(tekst)
    } catch {
      if (nr === teller.current) meld('Suggesties zijn nu niet beschikbaar. Druk op Enter om te zoeken.')
      return
    }
    if (nr !== teller.current) return
    setLijst(gevonden)
    setOpen(gevonden.length > 0)
    setActief(-1)
    meld(gevonden.length ? `${meervoud(gevonden.length)}. Gebruik pijltje omlaag om te kiezen.` : 'Geen suggesties')
  }

  function kies(s: Suggestie) {
    teller.current++
    sluit()
    window.location.assign(s.u)
  }

  function toets(e: KeyboardEvent<HTMLInputElement>) {
    const n = lijst.length
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!n) return
        e.preventDefault()
        const omlaag = e.key === 'ArrowDown'
        if (!open || actief < 0) {
          setOpen(true)
          setActief(omlaag ? 0 : n - 1)
        } else setActief((actief + (omlaag ? 1 : n - 1)) % n)
        return
      }
      case 'Home':
      case 'End':
        if (open && actief >= 0) {
          e.preventDefault()
          setActief(e.key === 'Home' ? 0 : n - 1)
        }
        return
      case 'ArrowLeft':
      case 'ArrowRight':
        setActief(-1)
        return
      case 'Escape':
        if (open) {
          e.preventDefault()
          sluit()
          meld('Suggesties gesloten')
        }
        return
      case 'Enter':
        if (open && actief >= 0 && lijst[actief]) {
          e.preventDefault()
          kies(lijst[actief])
        }
        return // otherwise the form is submitted
      case 'Tab':
        sluit()
        return
    }
  }

  function verstuur(e: FormEvent<HTMLFormElement>) {
    teller.current++ // suggestions still on their way are not shown any more
    sluit()
    if (!onZoek) return // a normal GET to /zoeken/?q=…
    e.preventDefault()
    onZoek(invoer.current?.value.trim() ?? '')
  }

  const hintId = hint ? `${id}-hint` : undefined
  return (
    <search className="skt-qf" aria-label={naam}>
      <form action="/zoeken/" method="get" onSubmit={verstuur} data-gereed={gereed ? '' : undefined}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={hintId} className="skt-qf__hint">
            {hint}
          </p>
        )}
        <div className="skt-qf__rij">
          <div className="skt-qf__veld">
            <input
              ref={invoer}
              id={id}
              name="q"
              type="text"
              className="utrecht-textbox skt-qf__invoer"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={lijstId}
              aria-activedescendant={open && actief >= 0 ? optieId(actief) : undefined}
              aria-describedby={hintId}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              enterKeyHint="search"
              defaultValue={waarde}
              onChange={(e) => void zoek(e.currentTarget.value)}
              onFocus={() => void maakSuggesties().catch(() => undefined)}
              onKeyDown={toets}
              // The focus never leaves the box for the list (aria-activedescendant): leaving the box closes the list.
              onBlur={sluit}
            />
            {/* WAI-ARIA combobox pattern: the focus stays on the input, which handles every key (toets) and points at the
              active option with aria-activedescendant; the options are only clicked. A mouse press on the list does
              not take the focus from the input. */}
            <div
              className="skt-qf__lijst"
              id={lijstId}
              role="listbox"
              aria-label="Suggesties"
              hidden={!open}
              tabIndex={-1}
              onMouseDown={(e) => e.preventDefault()}
            >
              {lijst.map((s, i) => {
                const extra = [s.o, s.w].filter(Boolean).join(' · ')
                return (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are handled on the input (combobox pattern above)
                  // biome-ignore lint/a11y/useFocusableInteractive: options are reached by aria-activedescendant, not by focus
                  <div
                    key={s.u}
                    id={optieId(i)}
                    role="option"
                    aria-selected={i === actief}
                    className="skt-qf__optie"
                    onClick={() => kies(s)}
                  >
                    <span className="skt-qf__titel">{s.t}</span>
                    <span className="skt-visually-hidden">, </span>
                    <span className="skt-qf__info">
                      <span className="skt-qf__soort">{s.s}</span>
                      {extra && ` · ${extra}`}
                    </span>
                  </div>
                )
              })}
            </div>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action skt-qf__knop">
            Zoek
          </button>
        </div>
        <div className="skt-visually-hidden" aria-live="polite" aria-atomic="true" id={`${id}-status`}>
          {melding}
        </div>
      </form>
    </search>
  )
}
