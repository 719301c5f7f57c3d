/**
 * The "Klopt er iets niet?" form (issue 24): GET /api/suggesties/formulier?item=aanbod:12 shows the form for one
 * published item, POST /api/suggesties/formulier stores it, GET /api/suggesties/formulier/bevestiging confirms.
 * Each page on the site links here (content-schema/formulieren/suggestie.ts, suggestieHref). Plain HTML, no
 * JavaScript. Sent directly (the form is short): errors -> the form again with the error summary and what was typed
 * (400); else the suggestion is stored and the browser goes (303) to the confirmation.
 * The same machinery as the melding form (cms/formulier-endpoint.ts): the form page carries a signed token with its
 * time (minimum and maximum fill-in time), a honeypot, rate limits per client, a body size limit; a refused post gets
 * a page for a person and nothing is stored. The pages look like the site (cms/site-pagina.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { SUGGESTIE_ONDERWERPEN, type SuggestieOnderwerp } from '../../../content-schema'
import {
  bevestigingHtml,
  esc,
  type FormFout,
  type FormWaarden,
  formulierHtml,
  leesWaarden,
  SUGGESTIE_BEVESTIGING_PAD,
  SUGGESTIE_FORMULIER_PAD,
  SUGGESTIE_ITEM,
  suggestieData,
  suggestieDoel,
  suggestieFormulier,
  suggestieItem,
  valideer,
} from '../../../content-schema/formulieren'
import { telHref } from '../../../content-schema'
import {
  controleerToken,
  gelijk,
  hmac,
  maakToken,
  ontvangFormulier,
  opslagLimiet,
  serverGeheim,
  tokenWeigering,
} from '../../formulier-endpoint'
import { siteElders, sitePaginaAntwoord } from '../../site-pagina'

export const MAX_BODY_BYTES = 8 * 1024
/** Per client and per hour: posts, and suggestions stored. */
export const POSTS_PER_UUR = 30
export const SUGGESTIES_PER_UUR = 10

const TOKEN = 'token'
const TOKEN_DOEL = 'suggestie-formulier'

interface Item {
  onderwerp: SuggestieOnderwerp
  id: number | string
  naam: string
  /** The item's page on the site. */
  pad: string
}

const SITE_MAP: Record<SuggestieOnderwerp, string> = { aanbod: 'aanbod', activiteiten: 'activiteit', organisaties: 'organisatie' }

/** The item named by "aanbod:12", if it is published (read as an anonymous visitor would). */
async function leesItem(req: PayloadRequest, waarde: string): Promise<Item | null> {
  const m = /^([a-z]+):([0-9a-f]{1,24})$/.exec(waarde)
  if (!m || !(SUGGESTIE_ONDERWERPEN as readonly string[]).includes(m[1]!)) return null
  const onderwerp = m[1] as SuggestieOnderwerp
  const id = /^\d+$/.test(m[2]!) ? Number(m[2]) : m[2]!
  try {
    const { docs } = await req.payload.find({
      collection: onderwerp,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: null,
      draft: false,
    } as any)
    const doc: any = docs[0]
    if (!doc) return null
    return { onderwerp, id: doc.id, naam: String(doc.titel ?? doc.naam ?? ''), pad: `/${SITE_MAP[onderwerp]}/${doc.slug}/` }
  } catch {
    return null
  }
}

const pagina = (req: PayloadRequest, titel: string, inhoud: string, status: number, headers: Record<string, string> = {}) =>
  sitePaginaAntwoord(req, { titel, achter: 'Sociale Kaart Twenterand', inhoud, status, headers })

const site = (req: PayloadRequest, pad: string) => `${siteElders(req) ?? ''}${pad}`

async function geweigerd(req: PayloadRequest, status: number, reden: string, headers: Record<string, string> = {}) {
  const inhoud =
    `<h1>Uw bericht is niet verstuurd</h1><p class="skt-lead">${esc(reden)}</p>` +
    `<p><a href="${esc(site(req, '/'))}">Naar de Sociale Kaart</a></p>`
  return pagina(req, 'Uw bericht is niet verstuurd', inhoud, status, headers)
}

const nietGevonden = (req: PayloadRequest) =>
  pagina(
    req,
    'Pagina niet gevonden',
    `<h1>Deze pagina bestaat niet</h1><p>Wij kunnen niet vinden waar uw bericht over gaat.</p><p><a href="${esc(site(req, '/'))}">Naar de Sociale Kaart</a></p>`,
    404,
  )

function formulierPagina(req: PayloadRequest, item: Item, waarden: FormWaarden, fouten: FormFout[], token: string) {
  const titel = `${fouten.length ? 'Fout: ' : ''}Klopt er iets niet?`
  const inhoud =
    `<h1>Klopt er iets niet?</h1>` +
    `<p class="skt-lead">Over: <a href="${esc(site(req, item.pad))}">${esc(item.naam)}</a></p>` +
    `<p>Ziet u iets wat niet (meer) klopt? Laat het ons weten. De organisatie en de redactie passen het dan aan.</p>` +
    `<h2>Wat doen wij met uw bericht?</h2><p>${esc(suggestieDoel())}</p>` +
    formulierHtml({
      def: suggestieFormulier(),
      action: SUGGESTIE_FORMULIER_PAD,
      waarden,
      fouten,
      verborgen: { [SUGGESTIE_ITEM]: suggestieItem(item.onderwerp, item.id), [TOKEN]: token },
    })
  return pagina(req, titel, inhoud, fouten.length ? 400 : 200)
}

async function toon(req: PayloadRequest): Promise<Response> {
  const item = await leesItem(req, req.searchParams.get(SUGGESTIE_ITEM) ?? '')
  if (!item) return nietGevonden(req)
  return formulierPagina(req, item, {}, [], maakToken(serverGeheim(req), TOKEN_DOEL))
}

const bevestigingHandtekening = (secret: string, nummer: string, item: string) =>
  hmac(secret, 'suggestie-bevestiging', `${nummer}\0${item}`)

async function post(req: PayloadRequest): Promise<Response> {
  const weiger = (status: number, reden: string, headers?: Record<string, string>) => geweigerd(req, status, reden, headers)
  const params = await ontvangFormulier(req, {
    naam: 'suggestie-formulier',
    maxBodyBytes: MAX_BODY_BYTES,
    postsPerUur: POSTS_PER_UUR,
    geweigerd: weiger,
    teLang: 'Uw bericht is te lang om te versturen.',
  })
  if (params instanceof Response) return params
  const item = await leesItem(req, params.get(SUGGESTIE_ITEM) ?? '')
  if (!item) return nietGevonden(req)
  const def = suggestieFormulier()
  const waarden = leesWaarden(def, params)
  const token = params.get(TOKEN) ?? ''
  const fouten = valideer(def, waarden)
  if (fouten.length) return formulierPagina(req, item, waarden, fouten, token)

  const tokenFout = tokenWeigering(controleerToken(serverGeheim(req), TOKEN_DOEL, token), 'Uw bericht', weiger)
  if (tokenFout) return tokenFout
  const opslaan = await opslagLimiet(
    req,
    'suggestie-opslaan',
    SUGGESTIES_PER_UUR,
    'Er zijn vanaf uw internetadres al veel berichten verstuurd. Probeer het later opnieuw.',
    weiger,
  )
  if (opslaan) return opslaan

  let nummer: string
  try {
    const doc = await req.payload.create({
      collection: 'suggesties',
      overrideAccess: true,
      req,
      depth: 0,
      data: { ...suggestieData(waarden), item: { relationTo: item.onderwerp, value: item.id }, status: 'open' } as any,
    })
    nummer = `S-${doc.id}`
  } catch (err) {
    // Only what kind of error: never the contents.
    req.payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend' }, 'Een suggestie van het formulier is niet opgeslagen')
    return weiger(500, 'Er ging bij ons iets mis. Uw bericht is niet opgeslagen.')
  }
  const itemTekst = suggestieItem(item.onderwerp, item.id)
  const query = new URLSearchParams({
    nummer,
    [SUGGESTIE_ITEM]: itemTekst,
    s: bevestigingHandtekening(serverGeheim(req), nummer, itemTekst),
  })
  return new Response(null, { status: 303, headers: { location: `${SUGGESTIE_BEVESTIGING_PAD}?${query}`, 'cache-control': 'no-store' } })
}

async function bevestiging(req: PayloadRequest): Promise<Response> {
  const nummer = req.searchParams.get('nummer') ?? ''
  const itemTekst = req.searchParams.get(SUGGESTIE_ITEM) ?? ''
  const s = req.searchParams.get('s') ?? ''
  if (!gelijk(s, bevestigingHandtekening(serverGeheim(req), nummer, itemTekst))) return nietGevonden(req)
  const item = await leesItem(req, itemTekst)
  const inhoud =
    `<h1>Dank u wel voor uw bericht</h1>` +
    bevestigingHtml({
      referentieLabel: 'Uw nummer',
      referentie: nummer,
      volgende: [
        'De organisatie en de redactie van de Sociale Kaart lezen uw bericht. Meestal binnen twee weken kijken zij het na.',
        'Liet u uw e-mailadres achter? Dan mailen wij u als uw bericht is behandeld.',
      ],
      dringend: [],
      telHref,
    }) +
    (item ? `<p><a href="${esc(site(req, item.pad))}">Terug naar ${esc(item.naam)}</a></p>` : '')
  return pagina(req, 'Dank u wel voor uw bericht', inhoud, 200)
}

export const formulierEndpoints: Endpoint[] = [
  { path: '/formulier', method: 'get', handler: toon },
  { path: '/formulier', method: 'post', handler: post },
  { path: '/formulier/bevestiging', method: 'get', handler: bevestiging },
]
