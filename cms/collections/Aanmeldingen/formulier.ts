/**
 * The public application form's endpoint (issue 24, "Zet uw organisatie op de kaart"): POST /api/aanmeldingen/formulier
 * and GET /api/aanmeldingen/formulier/bevestiging. The site's page /organisatie-aanmelden/ posts a plain HTML form here
 * (no JavaScript); the same flow as the melding form (cms/formulier-endpoint.ts tweeStappen): errors -> the form
 * again with the error summary and all that was typed (400); else the check page with a signed token; "Versturen" ->
 * checked again, the token's age, a limit per client, then stored with status "nieuw" and the browser goes (303) to
 * the confirmation. The form's questions and checks are content-schema's (formulieren/aanmelding.ts): the CMS's own
 * rules for an organisatie and an aanbod. A refused post gets a page for a person; nothing is stored, nothing of the
 * contents is logged.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { AANMELDING_AFSPRAKEN, INDELINGEN } from '../../../content-schema'
import {
  AANMELDING_BEVESTIGING_PAD,
  AANMELDING_FORMULIER_PAD,
  AANMELDING_SITE_PAD,
  aanmeldingData,
  aanmeldingFormulier,
  aanmeldingOpties,
  bevestigingHtml,
  controleHtml,
  esc,
  type FormFout,
  type FormOpties,
  type FormWaarden,
  formulierHtml,
  type Term,
} from '../../../content-schema/formulieren'
import { telHref } from '../../../content-schema'
import { ACTIE, gelijk, hmac, ontvangFormulier, serverGeheim, TOKEN, tweeStappen, VERSTUREN, WIJZIGEN } from '../../formulier-endpoint'
import { siteElders, sitePaginaAntwoord } from '../../site-pagina'

/** The largest body accepted: all answers at their longest are under 6 KB; room for encoding (%XX triples characters). */
export const MAX_BODY_BYTES = 40 * 1024
/** Per client and per hour: posts of any step, and applications stored. */
export const POSTS_PER_UUR = 30
export const AANMELDINGEN_PER_UUR = 3

const TOKEN_DOEL = 'aanmelding-formulier'

const pagina = (req: PayloadRequest, titel: string, inhoud: string, status: number, headers: Record<string, string> = {}) =>
  sitePaginaAntwoord(req, { titel, achter: 'Sociale Kaart Twenterand', inhoud, status, headers })

const naarSite = (req: PayloadRequest, pad: string) => `${siteElders(req) ?? ''}${pad}`

async function geweigerd(req: PayloadRequest, status: number, reden: string, headers: Record<string, string> = {}) {
  const inhoud =
    `<h1>Uw aanmelding is niet verstuurd</h1><p class="skt-lead">${esc(reden)}</p>` +
    `<p><a href="${esc(naarSite(req, AANMELDING_SITE_PAD))}">Begin opnieuw met het formulier</a></p>`
  return pagina(req, 'Uw aanmelding is niet verstuurd', inhoud, status, headers)
}

/** The terms of the four indelingen, read as a visitor would. */
async function opties(req: PayloadRequest): Promise<FormOpties> {
  const lijsten = await Promise.all(
    INDELINGEN.map(
      async (i) =>
        (await req.payload.find({ collection: i.slug, depth: 0, limit: 0, pagination: false, overrideAccess: false, user: null }))
          .docs as Term[],
    ),
  )
  const [kernen, levensgebeurtenissen, doelgroepen, themas] = lijsten as [Term[], Term[], Term[], Term[]]
  return aanmeldingOpties({ kernen, levensgebeurtenissen, doelgroepen, themas })
}

const INLEIDING =
  `<p class="skt-lead">Organiseert uw kerk, club, buurtinitiatief of zorgorganisatie iets voor inwoners van Twenterand? ` +
  `Zet het dan op de Sociale Kaart.</p>`

function formulierPagina(req: PayloadRequest, waarden: FormWaarden, fouten: FormFout[], optiesVanCms: FormOpties) {
  const inhoud =
    `<h1>Zet uw organisatie op de kaart</h1>${INLEIDING}` +
    formulierHtml({ def: aanmeldingFormulier(), action: AANMELDING_FORMULIER_PAD, waarden, fouten, opties: optiesVanCms })
  return pagina(req, `${fouten.length ? 'Fout: ' : ''}Zet uw organisatie op de kaart`, inhoud, fouten.length ? 400 : 200)
}

function controlePagina(req: PayloadRequest, waarden: FormWaarden, optiesVanCms: FormOpties, token: string) {
  const inhoud =
    `<h1>Controleer uw aanmelding</h1>` +
    `<p class="skt-lead">Klopt alles? Kies dan ‘Versturen’. Wilt u iets veranderen? Kies ‘Wijzigen’.</p>` +
    controleHtml({
      def: aanmeldingFormulier(),
      action: AANMELDING_FORMULIER_PAD,
      waarden,
      opties: optiesVanCms,
      verborgen: { [TOKEN]: token },
      actieVeld: ACTIE,
      wijzigen: WIJZIGEN,
      versturen: VERSTUREN,
    })
  return pagina(req, 'Controleer uw aanmelding', inhoud, 200)
}

const bevestigingHandtekening = (secret: string, nummer: string) => hmac(secret, 'aanmelding-bevestiging', nummer)

async function bewaar(req: PayloadRequest, waarden: FormWaarden): Promise<Response> {
  let nummer: string
  try {
    const doc = await req.payload.create({
      collection: 'aanmeldingen',
      overrideAccess: true,
      req,
      depth: 0,
      data: { ...aanmeldingData(waarden), status: 'nieuw' } as any,
    })
    nummer = `A-${doc.id}`
  } catch (err) {
    // Only what kind of error: never the contents.
    req.payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend' }, 'Een aanmelding van het formulier is niet opgeslagen')
    return geweigerd(req, 500, 'Er ging bij ons iets mis. Uw aanmelding is niet opgeslagen.')
  }
  const query = new URLSearchParams({ nummer, s: bevestigingHandtekening(serverGeheim(req), nummer) })
  return new Response(null, { status: 303, headers: { location: `${AANMELDING_BEVESTIGING_PAD}?${query}`, 'cache-control': 'no-store' } })
}

async function post(req: PayloadRequest): Promise<Response> {
  const weiger = (status: number, reden: string, headers?: Record<string, string>) => geweigerd(req, status, reden, headers)
  const params = await ontvangFormulier(req, {
    naam: 'aanmelding-formulier',
    maxBodyBytes: MAX_BODY_BYTES,
    postsPerUur: POSTS_PER_UUR,
    geweigerd: weiger,
    teLang: 'Uw aanmelding is te lang om te versturen.',
  })
  if (params instanceof Response) return params
  const optiesVanCms = await opties(req)
  return tweeStappen(req, params, {
    def: aanmeldingFormulier(),
    opties: optiesVanCms,
    tokenDoel: TOKEN_DOEL,
    wat: 'Uw aanmelding',
    geweigerd: weiger,
    opslag: {
      naam: 'aanmelding-opslaan',
      perUur: AANMELDINGEN_PER_UUR,
      reden: 'Er zijn vanaf uw internetadres al veel aanmeldingen verstuurd. Probeer het later opnieuw.',
    },
    formulierPagina: (waarden, fouten) => formulierPagina(req, waarden, fouten, optiesVanCms),
    controlePagina: (waarden, token) => controlePagina(req, waarden, optiesVanCms, token),
    bewaar: (waarden) => bewaar(req, waarden),
  })
}

async function bevestiging(req: PayloadRequest): Promise<Response> {
  const nummer = req.searchParams.get('nummer') ?? ''
  const s = req.searchParams.get('s') ?? ''
  if (!gelijk(s, bevestigingHandtekening(serverGeheim(req), nummer))) {
    return pagina(
      req,
      'Pagina niet gevonden',
      `<h1>Deze pagina bestaat niet</h1><p><a href="${esc(naarSite(req, AANMELDING_SITE_PAD))}">Naar het formulier om uw organisatie aan te melden</a></p>`,
      404,
    )
  }
  const n = AANMELDING_AFSPRAKEN.antwoordBinnenWerkdagen
  const inhoud =
    `<h1>Uw aanmelding is verstuurd</h1>` +
    bevestigingHtml({
      referentieLabel: 'Uw nummer',
      referentie: nummer,
      volgende: [
        'De redactie van de Sociale Kaart leest uw aanmelding.',
        `Binnen ${n} werkdagen krijgt de contactpersoon een e-mail van ons.`,
        'Zetten wij uw organisatie op de kaart? Dan staat in die e-mail hoe u een wachtwoord kiest. Daarna houdt u uw aanbod zelf bij.',
      ],
      dringend: [],
      telHref,
    }) +
    `<p><a href="${esc(naarSite(req, '/'))}">Naar de Sociale Kaart</a></p>`
  return pagina(req, 'Uw aanmelding is verstuurd', inhoud, 200)
}

export const formulierEndpoints: Endpoint[] = [
  { path: '/formulier', method: 'post', handler: post },
  { path: '/formulier/bevestiging', method: 'get', handler: bevestiging },
]
