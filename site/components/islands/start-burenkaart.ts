/**
 * Hydrates the Burenkaart island (the element with data-burenkaart, the card's texts as JSON). Loaded by
 * /burenkaart/ as a bundled module script (/_astro/…), not an inline script. What is typed stays in this page's memory.
 */
import { createElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import Burenkaart from './Burenkaart'

const el = document.querySelector<HTMLElement>('[data-burenkaart]')
if (el) hydrateRoot(el, createElement(Burenkaart, { tekst: JSON.parse(el.dataset.burenkaart || '{}') }))
