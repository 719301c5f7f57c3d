/**
 * The security headers that every answer of our servers carries: the built-in site server (scripts/lib/serve-site.ts)
 * and the CMS (cms/next.config.mjs, cms/instrumentation.ts for HSTS). One list, so the two cannot drift apart; docs/nginx example
 * configs use the same values. Plain JavaScript (.mjs), because cms/next.config.mjs is loaded by Node itself.
 *
 * - nosniff: a browser never guesses a file's type (an uploaded text file is never run as a script).
 * - strict-origin-when-cross-origin: another site sees only our address (https://…/), never the page or the search.
 * - DENY and frame-ancestors 'none': no other site shows our pages in a frame (clickjacking). frame-ancestors works
 *   only as a header, not in a <meta> tag: the rest of the site's Content-Security-Policy is in each page's <meta>
 *   (site/lib/csp.ts), so that it holds on any static host too. The CMS's admin (Payload/Next) needs inline scripts
 *   and styles, so it gets no stricter policy than frame-ancestors.
 */

/** @typedef {{ readonly key: string, readonly value: string }} SecurityHeader */

/** @type {readonly SecurityHeader[]} */
export const SECURITY_HEADERS = Object.freeze([
  Object.freeze({ key: 'X-Content-Type-Options', value: 'nosniff' }),
  Object.freeze({ key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' }),
  Object.freeze({ key: 'X-Frame-Options', value: 'DENY' }),
  Object.freeze({ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }),
])

/** HTTPS only from now on, for a year, also for subdomains: only sent when the CMS is reached over https. */
/** @type {SecurityHeader} */
export const HSTS = Object.freeze({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })

/**
 * Whether the CMS is served over https: its public address (CMS_PUBLIC_URL) starts with https://.
 * @param {string | undefined} publicUrl
 * @returns {boolean}
 */
export function servedOverHttps(publicUrl) {
  return /^https:\/\//i.test((publicUrl ?? '').trim())
}
