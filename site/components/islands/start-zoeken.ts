/**
 * Starts the zoekpagina's app (Zoeken.tsx) in the element with data-zoeken. Rendered in the browser only: search needs
 * JavaScript (Pagefind), and without it the page shows its <noscript> text and the overviews instead.
 * A bundled module script (/_astro/…), not an inline one.
 *
 * Pagefind is started by the page's head already (zoeken.astro, site/lib/zoeken/startscript.ts): React and the app load
 * meanwhile, so the first results do not wait for one and then the other.
 */
const el = document.querySelector<HTMLElement>('[data-zoeken]')
if (el) {
  void Promise.all([import('react'), import('react-dom/client'), import('./Zoeken')]).then(
    ([{ createElement }, { createRoot }, { default: Zoeken }]) => createRoot(el).render(createElement(Zoeken)),
  )
}
