/**
 * The search page's start script (served as /zoekstart.<hash>.js, site/pages/zoekstart.[hash].js.ts): pagefind.ts's
 * startZoekindex as a classic script, loaded async from the search page's head, so Pagefind and the search in the
 * page's address start before the page's styles, React and the search app have loaded. Its name carries a hash of its
 * text, so a browser never keeps an old one; a file, not an inline script, so a Content-Security-Policy without
 * 'unsafe-inline' allows it. When it does not run, the app starts Pagefind itself (pagefind.ts's laadPagefind).
 */
import { createHash } from 'node:crypto'
import { startZoekindex, VROEG, zoekindexStart } from './pagefind'

const js = `"use strict";
(() => {
  const c = ${JSON.stringify(zoekindexStart(null))};
  c.versie = document.currentScript?.dataset.zoekindexVersie || null;
  const pf = (window.${VROEG} = (${startZoekindex.toString()})(c, true));
  pf.catch(() => undefined);
})();
`

export const STARTSCRIPT = { pad: `/zoekstart.${createHash('sha256').update(js).digest('hex').slice(0, 10)}.js`, js }
