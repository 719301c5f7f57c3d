/**
 * Pages the CMS answers for people without an account, in the site's look: the melding form's pages
 * (cms/collections/Meldingen/formulier.ts), the "Klopt er iets niet?" form (cms/collections/Suggesties/formulier.ts)
 * and the "Klopt nog" link of the reminder e-mail (cms/klopt-nog-link.ts). A built page of the site (its frame,
 * FORMULIER_KADERS) with only the part between FORMULIER_BEGIN and FORMULIER_EIND replaced (header, footer, CSS and
 * Content-Security-Policy are the site's): /meldpunt/melden/ for the Meldpunt's pages (its breadcrumb, its section
 * in the menu), the neutral /formulier/ for the others. A plain page when the site has not been built.
 * Also what these pages share: the Meldpunt's number as a link and reading a form body with a limit.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import type { Meldpunt as MeldpuntGlobal } from './payload-types'
import { telHref } from '../content-schema'
import { esc, FORMULIER_BEGIN, FORMULIER_EIND, FORMULIER_KADERS, type FormulierKader } from '../content-schema/formulieren'
import { publicatieInstellingen } from './publishing'

/** What these pages use of the global meldpunt (its generated type; empty when it cannot be read). */
export type MeldpuntGegevens = Partial<Pick<MeldpuntGlobal, 'telefoon' | 'telefoonGeverifieerd' | 'email' | 'meldingen'>>

export async function meldpuntVan(req: PayloadRequest): Promise<MeldpuntGegevens> {
  try {
    return await req.payload.findGlobal({ slug: 'meldpunt', depth: 0, req })
  } catch {
    return {}
  }
}

/** The Meldpunt's number as a link, with "(voorbeeldnummer)" as long as it is not checked (as on the site). */
export const meldpuntNummer = (m: MeldpuntGegevens) =>
  m.telefoon ? `<a href="${esc(telHref(m.telefoon))}">${esc(m.telefoon)}</a>${m.telefoonGeverifieerd ? '' : ' (voorbeeldnummer)'}` : ''

/** The site's own address, when it is elsewhere than the CMS (not in production, where nginx serves both). */
export function siteElders(req: PayloadRequest): string | null {
  const site = process.env.SITE_URL?.trim()
  if (!site) return null
  try {
    const siteOrigin = new URL(site).origin
    const eigen = new URL(req.payload.config.serverURL || req.url || 'http://localhost').origin
    return siteOrigin === eigen ? null : siteOrigin
  } catch {
    return null
  }
}

/** The built site's frame page, or null when the site has not been built (or the page lacks the comments). */
function sitePagina(kader: FormulierKader): string | null {
  try {
    const { distDir } = publicatieInstellingen()
    const html = fs.readFileSync(path.join(distDir, FORMULIER_KADERS[kader], 'index.html'), 'utf8')
    return html.includes(FORMULIER_BEGIN) && html.includes(FORMULIER_EIND) ? html : null
  } catch {
    return null
  }
}

/**
 * When the site is on another origin (development, tests): its root-relative links and files point to the site, and
 * its policy allows the site's files. In production the site and the CMS share one origin and nothing changes.
 */
function voorAnderOrigin(html: string, site: string): string {
  return html
    .replace(/\b(href|src)="\/(?!\/)/g, `$1="${site}/`)
    .replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_m, begin: string, beleid: string) => {
      const aangepast = beleid
        .split(';')
        .map((d) => (/^\s*(script-src|style-src|img-src|font-src)\s/.test(d) ? `${d} ${site}` : d))
        .join(';')
      return `${begin}${aangepast}"`
    })
}

const MINIMAAL_BELEID = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"

/**
 * A page in the site's look: the site's page with the form's part replaced by `inhoud`, or a plain page.
 * `achter`: what follows the title in the browser's tab ("Meldpunt Eenzaamheid", "Sociale Kaart Twenterand").
 * `kader`: the frame (FORMULIER_KADERS): 'meldpunt' only for the Meldpunt's own pages, else the neutral 'kaart'.
 */
export function sitePaginaAntwoord(
  req: PayloadRequest,
  {
    titel,
    achter,
    inhoud,
    status,
    headers = {},
    kader = 'kaart',
  }: {
    titel: string
    achter: string
    inhoud: string
    status: number
    headers?: Record<string, string>
    kader?: FormulierKader
  },
): Response {
  const site = sitePagina(kader)
  const titelTekst = `${esc(titel)} – ${esc(achter)}`
  let html: string
  if (site) {
    const begin = site.indexOf(FORMULIER_BEGIN) + FORMULIER_BEGIN.length
    const eind = site.indexOf(FORMULIER_EIND)
    const elders = siteElders(req)
    const voor = site.slice(0, begin).replace(/<title>[^<]*<\/title>/, `<title>${titelTekst}</title>`)
    const na = site.slice(eind)
    html = elders ? `${voorAnderOrigin(voor, elders)}${inhoud}${voorAnderOrigin(na, elders)}` : `${voor}${inhoud}${na}`
  } else {
    html =
      `<!doctype html><html lang="nl"><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="${MINIMAAL_BELEID}">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${titelTekst}</title></head>` +
      `<body><main id="inhoud">${inhoud}</main></body></html>`
  }
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', ...headers },
  })
}

/** The body as text, or null when it is larger than `max` bytes (read no further than that). */
export async function leesBody(req: PayloadRequest, max: number): Promise<string | null> {
  const stream = (req as unknown as Request).body
  if (!stream) {
    const buf = req.arrayBuffer ? Buffer.from(await req.arrayBuffer()) : Buffer.alloc(0)
    return buf.byteLength > max ? null : buf.toString('utf8')
  }
  const reader = stream.getReader()
  const delen: Uint8Array[] = []
  let totaal = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    totaal += value.byteLength
    if (totaal > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    delen.push(value)
  }
  return Buffer.concat(delen).toString('utf8')
}
