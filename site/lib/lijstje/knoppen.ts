/**
 * The "Zet op mijn lijstje" buttons on aanbod cards and pages (site/components/LijstjeKnop.astro). Without JavaScript
 * they stay hidden; this module (loaded by the loader in site/layouts/Base.astro when a page has them) shows them and
 * makes each a toggle (aria-pressed) that adds its aanbod to, or takes it off, the list in this browser.
 */
import { KNOP_AAN, KNOP_UIT, KNOP_VOL, LIJSTJE_OPSLAG, leesLijstje, wissel } from './lijstje'

function toon(knop: HTMLButtonElement, lijst: string[], vol = false) {
  const aan = lijst.includes(knop.dataset.lijstje ?? '')
  knop.setAttribute('aria-pressed', String(aan))
  const tekst = knop.querySelector<HTMLElement>('[data-lijstje-tekst]')
  if (tekst) tekst.textContent = aan ? KNOP_AAN : vol ? KNOP_VOL : KNOP_UIT
}

export default function startLijstjeKnoppen(root: ParentNode = document) {
  const knoppen = [...root.querySelectorAll<HTMLButtonElement>('button[data-lijstje]')]
  const bijwerken = () => {
    const lijst = leesLijstje()
    for (const k of knoppen) toon(k, lijst)
  }
  for (const knop of knoppen) {
    knop.addEventListener('click', () => {
      if (wissel(knop.dataset.lijstje ?? '') === 'vol') toon(knop, leesLijstje(), true)
      else bijwerken()
    })
  }
  bijwerken()
  for (const blok of root.querySelectorAll<HTMLElement>('[data-lijstje-blok]')) blok.hidden = false
  // The same list in another tab, or this page back from the browser's history.
  window.addEventListener('storage', (e) => e.key === LIJSTJE_OPSLAG && bijwerken())
  window.addEventListener('pageshow', bijwerken)
}
