/**
 * Hydrates one snelzoeker (the element with data-snelzoeker, its props as JSON): in the page header, on the home page.
 * Not loaded with the page: the tiny loader in Base.astro imports this module (React + the snelzoeker) only when that
 * box first gets focus or input. Hydration keeps the server-rendered input, so what was typed and the focus stay.
 */
import { createElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import Snelzoeker from './Snelzoeker'
import { maakSuggesties } from '../../lib/zoeken/suggesties'

export default function startSnelzoeker(el: HTMLElement) {
  hydrateRoot(el, createElement(Snelzoeker, JSON.parse(el.dataset.snelzoeker || '{}')))
  // The box has focus already (its onFocus ran before hydration): fetch the woordindex now.
  void maakSuggesties().catch(() => undefined)
}
