/**
 * The "Zet op mijn lijstje" buttons on aanbod cards and pages (site/components/LijstjeKnop.astro). Without JavaScript
 * they stay hidden; this module (loaded by the loader in site/layouts/Base.astro when a page has them) shows them and
 * makes each a toggle (aria-pressed) that adds its aanbod to, or takes it off, the list in this browser.
 */
import { bewaarLijstje, LIJSTJE_MAX, LIJSTJE_OPSLAG, leesLijstje } from './lijstje'

export const KNOP_UIT = 'Zet op mijn lijstje'
export const KNOP_AAN = 'Op mijn lijstje ✓ (haal eraf)'
export const KNOP_VOL = `Uw lijstje is vol (${LIJSTJE_MAX}): haal eerst iets eraf`

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
      const slug = knop.dataset.lijstje ?? ''
      const lijst = leesLijstje()
      if (lijst.includes(slug)) bewaarLijstje(lijst.filter((s) => s !== slug))
      else if (lijst.length >= LIJSTJE_MAX) return toon(knop, lijst, true)
      else bewaarLijstje([...lijst, slug])
      bijwerken()
    })
  }
  bijwerken()
  for (const blok of root.querySelectorAll<HTMLElement>('[data-lijstje-blok]')) blok.hidden = false
  // The same list in another tab, or this page back from the browser's history.
  window.addEventListener('storage', (e) => e.key === LIJSTJE_OPSLAG && bijwerken())
  window.addEventListener('pageshow', bijwerken)
}
