/**
 * Hydrates the quick finder in the page header (the element with data-kopzoeker, its props as JSON). Not loaded with
 * the page: the tiny loader in Base.astro imports this module (React + QuickFinder) only when the header search box
 * first gets focus or input. Hydration keeps the server-rendered input, so what was typed and the focus stay.
 */
import { createElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import QuickFinder from './QuickFinder'
import { maakSuggesties } from './zoekhulp'

export default function startKopzoeker(el: HTMLElement) {
  hydrateRoot(el, createElement(QuickFinder, JSON.parse(el.dataset.kopzoeker || '{}')))
  // The box has focus already (its onFocus ran before hydration): fetch the index now.
  void maakSuggesties().catch(() => undefined)
}
