/**
 * The Content-Security-Policy of the public site, as a <meta http-equiv> in every page (site/layouts/Base.astro), so
 * that it holds on any static host without server configuration. frame-ancestors cannot be set in a <meta>: the
 * servers send it as a header (scripts/lib/security-headers.mjs).
 *
 * - Scripts and styles only from the site itself: no inline script at all, no inline style except the exact ones a
 *   page names by their hash (a booklet's @page title, site/pages/kaart/[slug].astro).
 * - 'wasm-unsafe-eval': Pagefind (search) runs WebAssembly; it allows compiling WebAssembly, not eval() of text.
 * - connect-src 'self': search fetches its index and word lists from the site; worker-src 'self': Pagefind's worker.
 * - form-action: the site itself (the search forms) and the CMS (for the forms to come).
 * - A page without connections (the Burenkaart: what you type stays in the browser) gets connect-src 'none' and
 *   form-action 'none', and no WebAssembly or workers: the browser itself refuses to send anything.
 */
import crypto from 'node:crypto'
import { CMS_URL } from './cms'

export interface CspOptions {
  /** No fetch, no form, no worker, no WebAssembly: nothing typed on the page can leave the browser. */
  geenVerbindingen?: boolean
  /** The exact text of inline <style> elements the page has (each allowed by its SHA-256 hash). */
  inlineStyles?: string[]
}

/** The CMS's public address, where the site's forms will post to (CMS_PUBLIC_URL, else CMS_URL, at build time). */
export function cmsOrigin(env: Record<string, string | undefined> = process.env): string {
  const url = env.CMS_PUBLIC_URL?.trim() || CMS_URL
  return new URL(url).origin
}

/** The hash source of an inline style or script, as CSP wants it: 'sha256-…'. */
export const cspHash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`

export function contentSecurityPolicy({ geenVerbindingen = false, inlineStyles = [] }: CspOptions = {}, env = process.env): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(geenVerbindingen ? [] : ["'wasm-unsafe-eval'"])],
    ['style-src', "'self'", ...inlineStyles.map(cspHash)],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', geenVerbindingen ? "'none'" : "'self'"],
    ['worker-src', geenVerbindingen ? "'none'" : "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', ...(geenVerbindingen ? ["'none'"] : ["'self'", cmsOrigin(env)])],
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}
