/**
 * The "Zet op mijn lijstje" buttons on aanbod cards and pages (site/components/LijstjeKnop.astro). Without JavaScript
 * they stay hidden; this module (loaded by the loader in site/layouts/Base.astro when a page has them) shows them and
 * makes each a toggle (aria-pressed) that adds its aanbod to, or takes it off, the list in this browser. On a full list
 * nothing is added: the button's own status line says so (LIJSTJE_VOL).
 */
import { KNOP_AAN, KNOP_UIT, LIJSTJE_MAX, LIJSTJE_OPSLAG, LIJSTJE_VOL, leesLijstje, wissel } from './lijstje'

function toon(knop: HTMLButtonElement, lijst: string[]) {
  const aan = lijst.includes(knop.dataset.lijstje ?? '')
  knop.setAttribute('aria-pressed', String(aan))
  const tekst = knop.querySelector<HTMLElement>('[data-lijstje-tekst]')
  if (tekst) tekst.textContent = aan ? KNOP_AAN : KNOP_UIT
}

/** The status line next to a button (in its block). */
const meldingBij = (knop: HTMLButtonElement) => knop.closest('[data-lijstje-blok]')?.querySelector<HTMLElement>('[data-lijstje-vol]')

export default function startLijstjeKnoppen(root: ParentNode = document) {
  const knoppen = [...root.querySelectorAll<HTMLButtonElement>('button[data-lijstje]')]
  /** Show each button's state; the "full" line only next to `vol`, and only while the list is still full. */
  const bijwerken = (vol?: HTMLButtonElement) => {
    const lijst = leesLijstje()
    for (const k of knoppen) {
      toon(k, lijst)
      const melding = meldingBij(k)
      if (melding && (k !== vol || lijst.length < LIJSTJE_MAX)) melding.textContent = ''
    }
    const melding = vol && meldingBij(vol)
    if (melding && lijst.length >= LIJSTJE_MAX) melding.textContent = LIJSTJE_VOL
  }
  for (const knop of knoppen) {
    knop.addEventListener('click', () => bijwerken(wissel(knop.dataset.lijstje ?? '') === 'vol' ? knop : undefined))
  }
  bijwerken()
  for (const blok of root.querySelectorAll<HTMLElement>('[data-lijstje-blok]')) blok.hidden = false
  // The same list in another tab, or this page back from the browser's history.
  window.addEventListener('storage', (e) => e.key === LIJSTJE_OPSLAG && bijwerken())
  window.addEventListener('pageshow', () => bijwerken())
}
