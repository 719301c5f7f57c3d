/**
 * The public melding form's endpoint (issue 21): POST /api/meldingen/formulier and GET /api/meldingen/formulier/bevestiging.
 * The site's page /meldpunt/melden/ posts a plain HTML form here (application/x-www-form-urlencoded, no JavaScript):
 * - from the form: errors -> the form again with the error summary and all that was typed (400); else the check page,
 *   the answers in hidden fields plus a signed token with the time, "Wijzigen" and "Versturen";
 * - "Wijzigen": the filled-in form again; "Versturen": checked again, the token must be valid and at least
 *   MIN_INVULTIJD_MS (cms/formulier-endpoint.ts) old, then the melding is stored (kanaal website) and the browser goes (303) to the confirmation.
 * Abuse without third parties: a honeypot field, the token's minimum and maximum age, a rate limit per client (the
 * address only hashed, see cms/rate-limit.ts), a limit on the body and on each field. A refused post gets a page for a
 * person (what happened, and the Meldpunt's phone number) and nothing is stored. The form's contents are never logged.
 * The pages look like the site (cms/site-pagina.ts): the site's own built /meldpunt/melden/ with only the form's part
 * replaced; a plain page when the site has not been built.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { hulplijnen, KORT_NUMMER_113, meldingAfspraken, telHref } from '../../../content-schema'
import {
  controleHtml,
  esc,
  type FormFout,
  type FormOpties,
  type FormWaarden,
  FORMULIER_KADERS,
  formulierHtml,
  MELDING_BEVESTIGING_PAD,
  MELDING_FORMULIER_PAD,
  meldingData,
  meldingFormulier,
  meldingOpties,
  bevestigingHtml,
} from '../../../content-schema/formulieren'
import { type MeldpuntGegevens, meldpuntNummer, meldpuntVan, siteElders, sitePaginaAntwoord } from '../../site-pagina'
import { ACTIE, gelijk, hmac, ontvangFormulier, serverGeheim, TOKEN, tweeStappen, VERSTUREN, WIJZIGEN } from '../../formulier-endpoint'

/** The largest body accepted: the longest answers together are under 3 KB; room for encoding (%XX triples characters). */
export const MAX_BODY_BYTES = 20 * 1024
/** Per client and per hour: posts of any step, and meldingen stored. */
export const POSTS_PER_UUR = 30
export const MELDINGEN_PER_UUR = 5

const SITE_PAD = FORMULIER_KADERS.meldpunt
/** The purpose of the check page's token (cms/formulier-endpoint.ts). */
const TOKEN_DOEL = 'melding-formulier'

type Antwoord = 'telefoon' | 'e-mail' | 'anoniem'
const bevestigingHandtekening = (secret: string, nummer: string, antwoord: string) =>
  hmac(secret, 'melding-bevestiging', `${nummer}\0${antwoord}`)

// ---------------------------------------------------------------------------------------------------------------
// Pages

type Meldpunt = MeldpuntGegevens

const bewaartermijn = (m: Meldpunt) => meldingAfspraken(m).bewaartermijnMaanden
const werkdagen = (m: Meldpunt) => meldingAfspraken(m).antwoordBinnenWerkdagen

/** A page of the form, in the site's look (cms/site-pagina.ts). */
const pagina = (req: PayloadRequest, titel: string, inhoud: string, status: number, headers: Record<string, string> = {}) =>
  sitePaginaAntwoord(req, { titel, achter: 'Meldpunt Eenzaamheid', inhoud, status, headers, kader: 'meldpunt' })

/** The link back to the blank form on the site. */
const naarFormulier = (req: PayloadRequest) => `${siteElders(req) ?? ''}${SITE_PAD}`

/** A refused post: what happened, what to do instead. Nothing was stored. */
async function geweigerd(req: PayloadRequest, status: number, reden: string, headers: Record<string, string> = {}) {
  const meldpunt = await meldpuntVan(req)
  const bel = meldpuntNummer(meldpunt)
  const inhoud =
    `<h1>Uw melding is niet verstuurd</h1><p class="skt-lead">${esc(reden)}</p>` +
    (bel ? `<p>Wilt u toch iets melden? Bel het Meldpunt op ${bel}.</p>` : '') +
    `<p><a href="${esc(naarFormulier(req))}">Begin opnieuw met het formulier</a></p>` +
    dringendHtml()
  return pagina(req, 'Uw melding is niet verstuurd', inhoud, status, headers)
}

const dringendLijnen = () => {
  const lijn = (naam: string) => hulplijnen.find((h) => h.naam.startsWith(naam))
  const lijn113 = lijn('113')
  const luisterlijn = lijn('De Luisterlijn')
  return [
    ...(lijn113
      ? [{ naam: lijn113.naam, telefoon: KORT_NUMMER_113, tekst: `Of bel gratis ${lijn113.telefoon}. ${lijn113.bereikbaar}` }]
      : []),
    ...(luisterlijn
      ? [{ naam: luisterlijn.naam, telefoon: luisterlijn.telefoon, tekst: `${luisterlijn.omschrijving} ${luisterlijn.bereikbaar}` }]
      : []),
  ]
}

const dringendHtml = () => {
  const items = dringendLijnen()
    .map((d) => `<li><strong>${esc(d.naam)}</strong>: <a href="${esc(telHref(d.telefoon))}">${esc(d.telefoon)}</a><br>${esc(d.tekst)}</li>`)
    .join('')
  return `<h2>Kan het niet wachten?</h2><ul class="skt-lijst">${items}</ul>`
}

// ---------------------------------------------------------------------------------------------------------------
// The steps

async function opties(req: PayloadRequest): Promise<FormOpties> {
  const lijst = async (collection: 'kernen' | 'levensgebeurtenissen') =>
    (await req.payload.find({ collection, depth: 0, limit: 0, pagination: false, req, overrideAccess: false })).docs as {
      id: number | string
      naam: string
      volgorde?: number | null
    }[]
  return meldingOpties(await lijst('kernen'), await lijst('levensgebeurtenissen'))
}

async function formulierPagina(req: PayloadRequest, waarden: FormWaarden, fouten: FormFout[], optiesVanCms: FormOpties) {
  const meldpunt = await meldpuntVan(req)
  const titel = `${fouten.length ? 'Fout: ' : ''}Melden bij het Meldpunt`
  const bel = meldpuntNummer(meldpunt)
  const inhoud =
    `<h1>Melden bij het Meldpunt</h1>` +
    (bel ? `<p>Liever bellen? Bel het Meldpunt: ${bel}.</p>` : '') +
    `<p>Wat wij met uw gegevens doen, leest u in de <a href="${esc(`${siteElders(req) ?? ''}/privacy/`)}">privacyverklaring</a>.</p>` +
    formulierHtml({ def: meldingFormulier(bewaartermijn(meldpunt)), action: MELDING_FORMULIER_PAD, waarden, fouten, opties: optiesVanCms })
  return pagina(req, titel, inhoud, fouten.length ? 400 : 200)
}

function controlePagina(req: PayloadRequest, meldpunt: Meldpunt, waarden: FormWaarden, optiesVanCms: FormOpties, token: string) {
  const def = meldingFormulier(bewaartermijn(meldpunt))
  const inhoud =
    `<h1>Controleer uw melding</h1>` +
    `<p class="skt-lead">Klopt alles? Kies dan ‘Versturen’. Wilt u iets veranderen? Kies ‘Wijzigen’.</p>` +
    controleHtml({
      def,
      action: MELDING_FORMULIER_PAD,
      waarden,
      opties: optiesVanCms,
      verborgen: { [TOKEN]: token },
      actieVeld: ACTIE,
      wijzigen: WIJZIGEN,
      versturen: VERSTUREN,
    })
  return pagina(req, 'Controleer uw melding', inhoud, 200)
}

async function bewaar(req: PayloadRequest, waarden: FormWaarden): Promise<Response> {
  let nummer: string
  const data = meldingData(waarden)
  try {
    const doc = await req.payload.create({ collection: 'meldingen' as any, overrideAccess: true, req, data: data as any, depth: 0 })
    nummer = String((doc as { nummer?: string }).nummer ?? '')
  } catch (err) {
    // Only what kind of error: never the melding's contents.
    req.payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend' }, 'Een melding van het formulier is niet opgeslagen')
    return geweigerd(req, 500, 'Er ging bij ons iets mis. Uw melding is niet opgeslagen.')
  }
  const antwoord = data.contactWijze
  const query = new URLSearchParams({ nummer, antwoord, s: bevestigingHandtekening(serverGeheim(req), nummer, antwoord) })
  return new Response(null, { status: 303, headers: { location: `${MELDING_BEVESTIGING_PAD}?${query}`, 'cache-control': 'no-store' } })
}

async function post(req: PayloadRequest): Promise<Response> {
  const weiger = (status: number, reden: string, headers?: Record<string, string>) => geweigerd(req, status, reden, headers)
  const params = await ontvangFormulier(req, {
    naam: 'melding-formulier',
    maxBodyBytes: MAX_BODY_BYTES,
    postsPerUur: POSTS_PER_UUR,
    geweigerd: weiger,
    teLang: 'Uw melding is te lang om te versturen.',
  })
  if (params instanceof Response) return params
  const meldpunt = await meldpuntVan(req)
  const optiesVanCms = await opties(req)
  return tweeStappen(req, params, {
    def: meldingFormulier(bewaartermijn(meldpunt)),
    opties: optiesVanCms,
    tokenDoel: TOKEN_DOEL,
    wat: 'Uw melding',
    geweigerd: weiger,
    opslag: {
      naam: 'melding-opslaan',
      perUur: MELDINGEN_PER_UUR,
      reden: 'Er zijn vanaf uw internetadres al veel meldingen verstuurd. Probeer het later opnieuw.',
    },
    formulierPagina: (waarden, fouten) => formulierPagina(req, waarden, fouten, optiesVanCms),
    controlePagina: (waarden, token) => controlePagina(req, meldpunt, waarden, optiesVanCms, token),
    bewaar: (waarden) => bewaar(req, waarden),
  })
}

async function bevestiging(req: PayloadRequest): Promise<Response> {
  const nummer = req.searchParams.get('nummer') ?? ''
  const antwoord = (req.searchParams.get('antwoord') ?? '') as Antwoord
  const s = req.searchParams.get('s') ?? ''
  if (!['telefoon', 'e-mail', 'anoniem'].includes(antwoord) || !gelijk(s, bevestigingHandtekening(serverGeheim(req), nummer, antwoord))) {
    return pagina(
      req,
      'Pagina niet gevonden',
      `<h1>Deze pagina bestaat niet</h1><p><a href="${esc(naarFormulier(req))}">Naar het formulier om te melden</a></p>`,
      404,
    )
  }
  const meldpunt = await meldpuntVan(req)
  const n = werkdagen(meldpunt)
  const dagen = `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}`
  const bellen = `Bel het Meldpunt${meldpunt.telefoon ? ` op ${meldpunt.telefoon}` : ''} en noem uw meldingsnummer.`
  const volgende =
    antwoord === 'anoniem'
      ? [
          'Een medewerker van het Meldpunt Eenzaamheid leest uw melding.',
          'U bent anoniem. Daarom krijgt u geen antwoord van ons.',
          `Wilt u toch iets weten? ${bellen}`,
        ]
      : [
          'Een medewerker van het Meldpunt Eenzaamheid leest uw melding.',
          `We ${antwoord === 'telefoon' ? 'bellen' : 'mailen'} u binnen ${dagen}.`,
          `Wilt u zelf eerder contact? ${bellen}`,
        ]
  const inhoud =
    `<h1>Uw melding is verstuurd</h1>` +
    bevestigingHtml({ referentieLabel: 'Uw meldingsnummer', referentie: nummer, volgende, dringend: dringendLijnen(), telHref })
  return pagina(req, 'Uw melding is verstuurd', inhoud, 200)
}

export const formulierEndpoints: Endpoint[] = [
  { path: '/formulier', method: 'post', handler: post },
  { path: '/formulier/bevestiging', method: 'get', handler: bevestiging },
]
