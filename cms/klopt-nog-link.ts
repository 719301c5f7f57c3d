/**
 * "Klopt nog" from the reminder e-mail without logging in (issue 22; docs/besluiten/0009-klopt-nog-link-get-verandert-niets.md).
 * Each link carries a random token (256 bits, base64url); the CMS keeps only its SHA-256 hash (collection
 * herinnering-links), bound to the organisatie, the exact aanbod it names and the contact it was sent to. A link
 * works once and expires (Site global kloptNogLinkDagen).
 * - GET  KLOPT_NOG_PAD?t=… shows the items and one button "Ja, dit klopt nog". It changes nothing: mail scanners
 *   (Microsoft Safe Links and others) open every link in an e-mail before the person does.
 * - POST KLOPT_NOG_PAD (a plain form, the token in a hidden field; the token is the capability, so no other CSRF
 *   check) confirms exactly the items the link names that still belong to its organisatie and have no newer draft,
 *   through the same confirmation as the "Klopt nog" button (bevestigAanbod), stamped "via e-mail" with the contact.
 * Unknown, tampered, used and expired links get a page with what to do instead, and change nothing. Rate limited per
 * client. Every use is logged with the link record's id and the outcome (never the token, never personal data).
 */
import crypto from 'node:crypto'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { datumLang, KLOPT_NOG_PAD, KLOPT_NOG_STANDAARD } from '../content-schema'
import { esc } from '../content-schema/formulieren'
import { bevestigAanbod, CONCEPT_WACHT, heeftNieuwerConcept } from './collections/Aanbod/hooks'
import type { Aanbod, HerinneringLink } from './payload-types'
import { clientKey, limiter, take } from './rate-limit'
import { leesBody, meldpuntNummer, meldpuntVan, sitePaginaAntwoord } from './site-pagina'

/** Requests (GET and POST) per client per hour: a partner with a long list clicks every item's link and button. */
export const KLOPT_NOG_PER_UUR = 60
const MAX_BODY_BYTES = 2 * 1024
const TOKEN_VELD = 't'
const TOKEN_VORM = /^[A-Za-z0-9_-]{43}$/

type Id = number | string
const idVan = (v: unknown): Id => (v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id))

/** The hash that is stored of a token. */
export const tokenHash = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex')

/** A new token: 32 random bytes (256 bits), base64url (43 characters). */
const nieuwToken = () => crypto.randomBytes(32).toString('base64url')

/** The link of a token, on `basis` (the CMS's public address). */
export const kloptNogUrl = (basis: string, token: string) => `${basis}${KLOPT_NOG_PAD}?${TOKEN_VELD}=${token}`

/** How many days a new link works: the Site global's setting, else the default. */
export async function linkGeldigDagen(payload: Payload): Promise<number> {
  try {
    const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
    return site.kloptNogLinkDagen ?? KLOPT_NOG_STANDAARD.linkGeldigDagen
  } catch {
    return KLOPT_NOG_STANDAARD.linkGeldigDagen
  }
}

/** Days after its expiry that a link record (with the contact's name and address) is kept, then removed. */
export const LINK_BEWAREN_NA_VERLOPEN_DAGEN = 30

/**
 * Remove the records of links that expired more than LINK_BEWAREN_NA_VERLOPEN_DAGEN ago: after that they can only say
 * "verlopen", and they hold a contact's name and address. What was confirmed stays in `controles` and the aanbod.
 */
export async function ruimVerlopenLinksOp(payload: Payload, nu = new Date()): Promise<number> {
  const grens = new Date(nu.getTime() - LINK_BEWAREN_NA_VERLOPEN_DAGEN * 86400000).toISOString()
  const { docs } = await payload.delete({
    collection: 'herinnering-links',
    where: { verlooptOp: { less_than: grens } },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** Store a link for `aanbod` of `organisatie`, sent to `contact`; returns the token (only ever in the e-mail). */
export async function maakKloptNogLink(
  payload: Payload,
  {
    organisatie,
    aanbod,
    contact,
    verlooptOp,
  }: { organisatie: Id; aanbod: Id[]; contact: { naam: string; email: string }; verlooptOp: Date },
): Promise<string> {
  const token = nieuwToken()
  await payload.create({
    collection: 'herinnering-links',
    overrideAccess: true,
    depth: 0,
    data: {
      tokenHash: tokenHash(token),
      organisatie: organisatie as number,
      aanbod: aanbod as number[],
      contactNaam: contact.naam,
      contactEmail: contact.email,
      verlooptOp: verlooptOp.toISOString(),
    },
  })
  return token
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

const SITE_NAAM = 'Sociale Kaart Twenterand'
const adminPad = (id: Id) => `/admin/collections/aanbod/${encodeURIComponent(String(id))}`

const pagina = (req: PayloadRequest, titel: string, inhoud: string, status: number, headers: Record<string, string> = {}) =>
  sitePaginaAntwoord(req, { titel, achter: SITE_NAAM, inhoud, status, headers })

/** What to do instead: log in and click "Klopt nog", or phone or mail the Meldpunt. */
async function watNu(req: PayloadRequest): Promise<string> {
  const meldpunt = await meldpuntVan(req)
  const bel = meldpuntNummer(meldpunt)
  const mail = meldpunt.email ? `<a href="mailto:${esc(meldpunt.email)}">${esc(meldpunt.email)}</a>` : ''
  const contact = [bel && `bel ${bel}`, mail && `mail naar ${mail}`].filter(Boolean).join(' of ')
  return (
    `<h2>Wat kunt u doen?</h2><ul class="skt-lijst">` +
    `<li><a href="/admin">Log in op de Sociale Kaart</a>. Klik bij uw aanbod op ‘Klopt nog’.</li>` +
    (contact ? `<li>Of neem contact op met het Meldpunt Eenzaamheid: ${contact}.</li>` : '') +
    `</ul>`
  )
}

async function geweigerd(req: PayloadRequest, status: number, reden: string, headers: Record<string, string> = {}) {
  const inhoud = `<h1>Deze link werkt niet</h1><p class="skt-lead">${esc(reden)}</p><p>Er is niets veranderd.</p>${await watNu(req)}`
  return pagina(req, 'Deze link werkt niet', inhoud, status, headers)
}

const titelLijst = (items: Pick<Aanbod, 'titel'>[]) => `<ul class="skt-lijst">${items.map((a) => `<li>${esc(a.titel)}</li>`).join('')}</ul>`

const wijzigLinks = (items: { id: Id; titel: string }[]) =>
  `<ul class="skt-lijst">${items
    .map((a) => `<li><a href="${esc(adminPad(a.id))}">Pas ‘${esc(a.titel)}’ aan</a></li>`)
    .join('')}</ul><p>U logt dan eerst in.</p>`

// ---------------------------------------------------------------------------------------------------------------
// The link and its items

type Link = HerinneringLink & { id: Id }
type Controle = { ok: true; link: Link } | { ok: false; status: number; reden: string; uitkomst: string; link?: Link }

/** Find the link of a token and check that it still works. Changes nothing. */
async function zoekLink(req: PayloadRequest, token: string, nu: Date): Promise<Controle> {
  if (!TOKEN_VORM.test(token)) {
    return {
      ok: false,
      status: 404,
      uitkomst: 'onbekend',
      reden: 'Deze link kennen wij niet. Misschien is hij niet helemaal overgenomen uit de e-mail.',
    }
  }
  const { docs } = await req.payload.find({
    collection: 'herinnering-links',
    where: { tokenHash: { equals: tokenHash(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0] as Link | undefined
  if (!link) {
    return {
      ok: false,
      status: 404,
      uitkomst: 'onbekend',
      reden: 'Deze link kennen wij niet. Misschien is hij niet helemaal overgenomen uit de e-mail.',
    }
  }
  if (link.gebruiktOp) {
    return {
      ok: false,
      status: 410,
      uitkomst: 'al-gebruikt',
      link,
      reden: `Deze link is al gebruikt, op ${datumLang(link.gebruiktOp)}. Een link werkt maar één keer.`,
    }
  }
  if (new Date(link.verlooptOp).getTime() <= nu.getTime()) {
    return { ok: false, status: 410, uitkomst: 'verlopen', link, reden: `Deze link is verlopen, op ${datumLang(link.verlooptOp)}.` }
  }
  return { ok: true, link }
}

/** The items of a link: those that still exist and still belong to its organisatie, and the others. */
async function itemsVan(req: PayloadRequest, link: Link) {
  const ids = (link.aanbod ?? []).map(idVan)
  const { docs } = await req.payload.find({
    collection: 'aanbod',
    where: { id: { in: ids } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'titel',
  })
  const organisatie = String(idVan(link.organisatie))
  const eigen = docs.filter((a) => String(idVan(a.organisatie)) === organisatie)
  return { eigen, nietMeer: ids.length - eigen.length }
}

/** One log line per use: the link record's id (if any), the step and the outcome; never the token or the contact. */
const log = (req: PayloadRequest, link: Link | undefined, stap: 'bekijken' | 'bevestigen', uitkomst: string) =>
  req.payload.logger.info(`Klopt-nog-link gebruikt: herinnering-link ${link?.id ?? 'onbekend'}, ${stap}, ${uitkomst}`)

async function teVaak(req: PayloadRequest): Promise<Response | null> {
  const wacht = await take(limiter('klopt-nog-link', KLOPT_NOG_PER_UUR, 60), clientKey(req))
  if (wacht === null) return null
  log(req, undefined, req.method === 'POST' ? 'bevestigen' : 'bekijken', 'te-vaak')
  return geweigerd(req, 429, 'Vanaf uw internetadres is deze pagina te vaak geopend. Probeer het over een uur opnieuw.', {
    'retry-after': String(Math.ceil(wacht / 1000)),
  })
}

const NIET_MEER_VAN_U =
  'Dit aanbod hoort niet meer bij uw organisatie, of het bestaat niet meer. Daarom kunt u het met deze link niet bevestigen.'

// ---------------------------------------------------------------------------------------------------------------
// GET: show, change nothing

async function bekijken(req: PayloadRequest): Promise<Response> {
  const limiet = await teVaak(req)
  if (limiet) return limiet
  const token = req.searchParams.get(TOKEN_VELD) ?? ''
  const c = await zoekLink(req, token, new Date())
  if (!c.ok) {
    log(req, c.link, 'bekijken', c.uitkomst)
    return geweigerd(req, c.status, c.reden)
  }
  const { eigen } = await itemsVan(req, c.link)
  if (!eigen.length) {
    log(req, c.link, 'bekijken', 'niet-van-organisatie')
    return geweigerd(req, 403, NIET_MEER_VAN_U)
  }
  log(req, c.link, 'bekijken', 'getoond')
  const een = eigen.length === 1
  const inhoud =
    `<h1>Klopt uw aanbod nog?</h1>` +
    `<p class="skt-lead">${een ? 'Dit aanbod staat' : 'Deze aanbiedingen staan'} op de Sociale Kaart Twenterand. Kijk of ${een ? 'het' : 'alles'} nog klopt.</p>` +
    titelLijst(eigen) +
    `<form method="post" action="${esc(KLOPT_NOG_PAD)}" class="skt-formulier">` +
    `<input type="hidden" name="${TOKEN_VELD}" value="${esc(token)}">` +
    `<div class="skt-formulier__knoppen"><button class="utrecht-button utrecht-button--primary-action" type="submit">Ja, dit klopt nog</button></div>` +
    `</form>` +
    `<h2>Is er iets veranderd?</h2>` +
    wijzigLinks(eigen)
  return pagina(req, 'Klopt uw aanbod nog?', inhoud, 200)
}

// ---------------------------------------------------------------------------------------------------------------
// POST: confirm exactly the items of the link, once

/**
 * Links being confirmed right now, in this process: a second POST of the same link while the first is still busy
 * waits for nothing and is refused, so that the check "unused" and the claim below cannot interleave (the CMS is one
 * process; the database check stays for everything else).
 */
const BEZIG: Set<string> = ((globalThis as any)[Symbol.for('skt.kloptNogBezig')] ??= new Set<string>())

async function bevestigen(req: PayloadRequest): Promise<Response> {
  const limiet = await teVaak(req)
  if (limiet) return limiet
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') {
    log(req, undefined, 'bevestigen', 'geen-formulier')
    return geweigerd(req, 415, 'Dit adres neemt alleen de knop ‘Ja, dit klopt nog’ aan.')
  }
  const body = await leesBody(req, MAX_BODY_BYTES)
  const token = body === null ? '' : (new URLSearchParams(body).get(TOKEN_VELD) ?? '')
  const nu = new Date()
  const c = await zoekLink(req, token, nu)
  if (!c.ok) {
    log(req, c.link, 'bevestigen', c.uitkomst)
    return geweigerd(req, c.status, c.reden)
  }
  const link = c.link
  const sleutel = String(link.id)
  if (BEZIG.has(sleutel)) {
    log(req, link, 'bevestigen', 'al-bezig')
    return geweigerd(req, 409, 'Deze link wordt al gebruikt. Een link werkt maar één keer.')
  }
  BEZIG.add(sleutel)
  try {
    return await bevestigLink(req, link, nu)
  } finally {
    BEZIG.delete(sleutel)
  }
}

/** Confirm the items of a link that works (bevestigen holds the link, so no other request claims it meanwhile). */
async function bevestigLink(req: PayloadRequest, link: Link, nu: Date): Promise<Response> {
  const { eigen, nietMeer } = await itemsVan(req, link)
  if (!eigen.length) {
    log(req, link, 'bevestigen', 'niet-van-organisatie')
    return geweigerd(req, 403, NIET_MEER_VAN_U)
  }
  // With a newer draft waiting an item cannot be confirmed (as with the button). When that holds for all of them the
  // link stays unused: after the draft is published or removed, it still works.
  const wachten = new Set<Id>()
  for (const a of eigen) if (await heeftNieuwerConcept(req, a.id)) wachten.add(a.id)
  if (wachten.size === eigen.length) {
    log(req, link, 'bevestigen', 'concept')
    return geweigerd(req, 409, CONCEPT_WACHT)
  }
  // Single use: claim the link first (only while it is unused), then confirm.
  const claim = await req.payload.update({
    collection: 'herinnering-links',
    where: { and: [{ id: { equals: link.id } }, { gebruiktOp: { exists: false } }] },
    data: { gebruiktOp: nu.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  if (claim.docs.length !== 1) {
    log(req, link, 'bevestigen', 'al-gebruikt')
    return geweigerd(req, 410, 'Deze link is al gebruikt. Een link werkt maar één keer.')
  }
  const door = link.contactNaam ? `${link.contactNaam} (${link.contactEmail})` : link.contactEmail
  const bevestigd: Aanbod[] = []
  const nietBevestigd: { titel: string; id: Id; reden: string }[] = []
  for (const a of eigen) {
    const r = await bevestigAanbod(req, a.id, { namens: { door, via: 'e-mail' } })
    if (r.uitkomst === 'bevestigd') bevestigd.push(r.doc)
    else
      nietBevestigd.push({
        titel: a.titel,
        id: a.id,
        reden: r.uitkomst === 'concept' ? CONCEPT_WACHT : 'Bevestigen is bij ons niet gelukt. Probeer het in het beheer.',
      })
  }
  for (let i = 0; i < nietMeer; i++) nietBevestigd.push({ titel: 'Ander aanbod uit de e-mail', id: '', reden: NIET_MEER_VAN_U })
  const uitkomst = nietBevestigd.length === 0 ? 'bevestigd' : bevestigd.length ? 'deels' : 'niets'
  await req.payload.update({ collection: 'herinnering-links', id: link.id, data: { uitkomst }, overrideAccess: true, depth: 0 })
  log(req, link, 'bevestigen', uitkomst)

  const datum = datumLang(nu)
  const inhoud =
    (bevestigd.length
      ? `<h1>Bedankt! Uw aanbod is nagekeken</h1>` +
        `<p class="skt-lead">U hebt op ${esc(datum)} bevestigd dat dit nog klopt:</p>` +
        titelLijst(bevestigd) +
        `<p>Het aanbod staat nu als nagekeken. Op de site ziet u dat zodra de site weer is bijgewerkt.</p>`
      : `<h1>Uw aanbod is niet bevestigd</h1>`) +
    (nietBevestigd.length
      ? `<h2>Dit is niet bevestigd</h2><ul class="skt-lijst">${nietBevestigd
          .map((n) => `<li><strong>${esc(n.titel)}</strong>: ${esc(n.reden)}</li>`)
          .join('')}</ul>`
      : '') +
    `<h2>Is er toch iets veranderd?</h2>` +
    wijzigLinks([...bevestigd, ...nietBevestigd.filter((n) => n.id !== '')])
  return pagina(
    req,
    bevestigd.length ? 'Bedankt! Uw aanbod is nagekeken' : 'Uw aanbod is niet bevestigd',
    inhoud,
    bevestigd.length ? 200 : 409,
  )
}

export const kloptNogLinkEndpoints: Endpoint[] = [
  { path: KLOPT_NOG_PAD.replace(/^\/api/, ''), method: 'get', handler: bekijken },
  { path: KLOPT_NOG_PAD.replace(/^\/api/, ''), method: 'post', handler: bevestigen },
]
