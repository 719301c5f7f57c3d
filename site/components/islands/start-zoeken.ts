/**
 * Starts the search page app in the element with data-zoeken. Rendered in the browser only: search needs
 * JavaScript (Pagefind), and without it the page shows its <noscript> text and the overviews instead.
 * A bundled module script (/_astro/…), not an inline one.
 *
 * Pagefind (its worker, WebAssembly and index) starts loading at once; React and the app load meanwhile, so the
 * first results do not wait for one and then the other.
 */
import { laadPagefind } from './pagefind'

void laadPagefind().catch(() => undefined) // the app shows the error when it asks for Pagefind itself
const el = document.querySelector<HTMLElement>('[data-zoeken]')
if (el) {
  void Promise.all([import('react'), import('react-dom/client'), import('./Zoeken')]).then(([{ createElement }, { createRoot }, { default: Zoeken }]) =>
    createRoot(el).render(createElement(Zoeken)),
  )
}
