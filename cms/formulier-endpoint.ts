/**
 * What every public form's endpoint shares (the melding form, cms/collections/Meldingen/formulier.ts, the "Klopt er
 * iets niet?" form, cms/collections/Suggesties/formulier.ts, and the application of an organisation,
 * cms/collections/Aanmeldingen/formulier.ts): a signed token with the time the form or
 * check page was shown (a minimum and maximum fill-in time), and the checks before a post is read at all: only a
 * plain HTML form body, a size limit, a rate limit per client (the address only hashed, cms/rate-limit.ts) and the
 * honeypot. Each form gives its own words for a refusal (`geweigerd`); nothing is stored and nothing of the form's
 * contents is logged. And the flow of a form with a check page (tweeStappen).
 */
import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'
import {
  type FormDefinitie,
  type FormFout,
  type FormOpties,
  type FormWaarden,
  geldendeWaarden,
  HONINGPOT_VELD,
  leesWaarden,
  valideer,
} from '../content-schema/formulieren'
import { leesBody } from './site-pagina'
import { clientKey, limiter, take } from './rate-limit'

/**
 * A person reads a page before sending it: a token younger than this was not read by anyone (a bot posting straight
 * through). Short enough that nobody who read the page meets it.
 */
export const MIN_INVULTIJD_MS = 3_000
/** A page left open longer than this must be filled in again (the token expires). */
export const MAX_INVULTIJD_MS = 4 * 60 * 60 * 1000

export const hmac = (secret: string, doel: string, tekst: string) =>
  crypto.createHmac('sha256', secret).update(`${doel}\0${tekst}`).digest('base64url')
export const gelijk = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** The token of a page: its time and a signature over it, for one purpose (`doel`, e.g. "melding-formulier"). */
export const maakToken = (secret: string, doel: string, nu = Date.now()) => `${nu}.${hmac(secret, doel, String(nu))}`

export type TokenUitslag = 'ok' | 'ontbreekt' | 'ongeldig' | 'te-snel' | 'verlopen'

/** 'ok', or why the token does not count. */
export function controleerToken(secret: string, doel: string, token: string, nu = Date.now()): TokenUitslag {
  if (!token) return 'ontbreekt'
  const [tijd, handtekening] = token.split('.')
  if (!tijd || !handtekening || !/^\d{1,15}$/.test(tijd) || !gelijk(handtekening, hmac(secret, doel, tijd))) return 'ongeldig'
  const leeftijd = nu - Number(tijd)
  if (leeftijd < MIN_INVULTIJD_MS) return 'te-snel'
  if (leeftijd > MAX_INVULTIJD_MS) return 'verlopen'
  return 'ok'
}

/** The server's secret (cms/secret.ts), as configured (Payload's own payload.secret is a hash of it). */
export const serverGeheim = (req: PayloadRequest) => req.payload.config.secret

export type Weigering = (status: number, reden: string, headers?: Record<string, string>) => Promise<Response>

export interface OntvangOpties {
  /** The rate limiter's name. */
  naam: string
  maxBodyBytes: number
  postsPerUur: number
  geweigerd: Weigering
  /** Words for "too long" and "too often" in this form's terms. */
  teLang: string
}

/**
 * The posted fields, or the refusal page: not a form body (415), too large (413), too many posts from this client
 * (429, with Retry-After), the honeypot filled in (400).
 */
export async function ontvangFormulier(req: PayloadRequest, o: OntvangOpties): Promise<URLSearchParams | Response> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return o.geweigerd(415, 'Dit adres neemt alleen het formulier van de website aan.')
  if (Number(req.headers.get('content-length') ?? 0) > o.maxBodyBytes) return o.geweigerd(413, o.teLang)
  const wacht = await take(limiter(o.naam, o.postsPerUur, 60), clientKey(req))
  if (wacht !== null) {
    return o.geweigerd(429, 'Er is vanaf uw internetadres te vaak een formulier verstuurd. Probeer het over een uur opnieuw.', {
      'retry-after': String(Math.ceil(wacht / 1000)),
    })
  }
  const body = await leesBody(req, o.maxBodyBytes)
  if (body === null) return o.geweigerd(413, o.teLang)
  const params = new URLSearchParams(body)
  if ((params.get(HONINGPOT_VELD) ?? '') !== '') {
    return o.geweigerd(400, 'Het formulier is op een manier ingevuld die wij niet aannemen. Daarom is niets verstuurd.')
  }
  return params
}

/** The refusal for a token that does not count, or null when it does. */
export function tokenWeigering(
  uitslag: TokenUitslag,
  wat: string,
  geweigerd: Weigering,
  /** Where a real post comes from: "de controlepagina van het formulier". */
  via = 'het formulier van de website',
): Promise<Response> | null {
  if (uitslag === 'ok') return null
  if (uitslag === 'te-snel') {
    return geweigerd(400, `${wat} is te snel verstuurd: zo snel gaat dat alleen bij een computer. Daarom is niets verstuurd.`)
  }
  if (uitslag === 'verlopen') {
    return geweigerd(400, 'Het formulier stond te lang open. Daarom is niets verstuurd. Vul het formulier opnieuw in.')
  }
  return geweigerd(400, `${wat} kwam niet via ${via}. Daarom is niets verstuurd.`)
}

/** Take one point of a second, stricter limit (what is stored per hour); the refusal, or null. */
export async function opslagLimiet(req: PayloadRequest, naam: string, perUur: number, reden: string, geweigerd: Weigering) {
  const wacht = await take(limiter(naam, perUur, 60), clientKey(req))
  return wacht === null ? null : geweigerd(429, reden, { 'retry-after': String(Math.ceil(wacht / 1000)) })
}

/** The buttons of a check page (controleHtml): back to the form, or send. */
export const ACTIE = 'actie'
export const WIJZIGEN = 'wijzigen'
export const VERSTUREN = 'versturen'
export const TOKEN = 'token'

export interface TweeStappen {
  def: FormDefinitie
  opties: FormOpties
  /** The purpose of the check page's token (maakToken). */
  tokenDoel: string
  /** "Uw melding", for the refusals. */
  wat: string
  geweigerd: Weigering
  /** The limit of what is stored per client and hour: its name, number and the words of its refusal. */
  opslag: { naam: string; perUur: number; reden: string }
  formulierPagina: (waarden: FormWaarden, fouten: FormFout[]) => Promise<Response> | Response
  /** The check page: the answers that apply, with the token (made here) to carry along. */
  controlePagina: (waarden: FormWaarden, token: string) => Promise<Response> | Response
  /** Store the checked answers that apply; the answer (a 303 to the confirmation). */
  bewaar: (waarden: FormWaarden) => Promise<Response>
}

/**
 * A form with a check page (GOV.UK "check answers"), after ontvangFormulier: "Wijzigen" shows the filled-in form;
 * errors show it with the error summary; a valid form without "Versturen" shows the check page with a fresh token;
 * "Versturen" checks again, then the token (minimum and maximum age) and the storage limit, and stores.
 */
export async function tweeStappen(req: PayloadRequest, params: URLSearchParams, s: TweeStappen): Promise<Response> {
  const waarden = leesWaarden(s.def, params)
  const actie = params.get(ACTIE) ?? ''
  if (actie === WIJZIGEN) return s.formulierPagina(waarden, [])
  const fouten = valideer(s.def, waarden, s.opties)
  if (fouten.length) return s.formulierPagina(waarden, fouten)
  const geldend = geldendeWaarden(s.def, waarden)
  if (actie !== VERSTUREN) return s.controlePagina(geldend, maakToken(serverGeheim(req), s.tokenDoel))
  const tokenFout = tokenWeigering(
    controleerToken(serverGeheim(req), s.tokenDoel, params.get(TOKEN) ?? ''),
    s.wat,
    s.geweigerd,
    'de controlepagina van het formulier',
  )
  if (tokenFout) return tokenFout
  const opslaan = await opslagLimiet(req, s.opslag.naam, s.opslag.perUur, s.opslag.reden, s.geweigerd)
  if (opslaan) return opslaan
  return s.bewaar(geldend)
}
