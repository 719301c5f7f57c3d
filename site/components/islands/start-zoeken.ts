/**
 * Starts the search page app in the element with data-zoeken. Rendered in the browser only: search needs
 * JavaScript (Pagefind), and without it the page shows its <noscript> text and the overviews instead.
 * A bundled module script (/_astro/…), not an inline one.
 */
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import Zoeken from './Zoeken'

const el = document.querySelector<HTMLElement>('[data-zoeken]')
if (el) createRoot(el).render(createElement(Zoeken))
