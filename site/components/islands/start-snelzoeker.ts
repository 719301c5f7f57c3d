/**
 * Hydrates every quick finder on the page: the server-rendered form in an element with data-snelzoeker (its props
 * as JSON) becomes the combobox. Loaded by the page as a bundled module script (/_astro/…), not an inline script,
 * so the site keeps working under a Content-Security-Policy without 'unsafe-inline'.
 */
import { createElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import QuickFinder from './QuickFinder'

for (const el of document.querySelectorAll<HTMLElement>('[data-snelzoeker]')) {
  hydrateRoot(el, createElement(QuickFinder, JSON.parse(el.dataset.snelzoeker || '{}')))
}
