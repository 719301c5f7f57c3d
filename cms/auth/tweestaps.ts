/**
 * Tweestapsverificatie (two-factor login with a time-based code, TOTP, RFC 6238) for the users collection.
 *
 * - Each user's secret lives in its own hidden collection (tweestaps-gegevens), encrypted with a key derived from
 *   the Payload secret; no API can read it (every access rule is false; only this module uses overrideAccess).
 * - After the password, a session (Payload's session id, `sid` in the JWT) counts as verified only once a code was
 *   given in it. Until then the auth strategy below marks the user `tweestapsOpen` ('instellen': must set it up;
 *   'code': must enter a code), and cms/access treats such a user as having no role: no drafts, no users, no
 *   changes. Only the endpoints here (/api/tweestaps/...) and the admin page /admin/tweestaps work for them.
 * - TWEESTAPS_VERPLICHT=true: beheerder, redacteur and meldpunt (who read meldingen) must set it up at their first login. Otherwise anyone
 *   (partners too) may turn it on for themselves. A beheerder can reset it for someone who lost their phone.
 * - Wrong codes count: after 5 in a row, no code is accepted for 15 minutes (doubling on each new block, at most
 *   24 hours). A code that was used once is not accepted again (RFC 6238, 5.2).
 */
import crypto from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import {
  JWTAuthentication,
  type AuthStrategy,
  type CollectionConfig,
  type Endpoint,
  type Field,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { isBeheerder } from '../access'

export const TWEESTAPS_SLUG = 'tweestaps-gegevens'
export const ISSUER = 'Sociale Kaart Twenterand'
export const MAX_FOUTEN = 5
const BLOKKADE_MS = 15 * 60 * 1000
const MAX_BLOKKADE_MS = 24 * 60 * 60 * 1000

export type TweestapsOpen = 'instellen' | 'code'

/** Read TWEESTAPS_VERPLICHT (default off). */
export const tweestapsVerplichtFromEnv = (env: Record<string, string | undefined> = process.env) =>
  env.TWEESTAPS_VERPLICHT?.trim().toLowerCase() === 'true'

// ---------------------------------------------------------------------------------------------------------------
// The secret, encrypted at rest (AES-256-GCM, key derived from the Payload secret)

const keyFor = (payloadSecret: string) => crypto.createHash('sha256').update(`tweestaps\0${payloadSecret}`).digest()

export function encryptSecret(base32: string, payloadSecret: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(payloadSecret), iv)
  const data = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
}

export function decryptSecret(stored: string, payloadSecret: string): string {
  const [version, iv, tag, data] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('Tweestaps: onbekende opslag van het geheim')
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(payloadSecret), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}

/** The TOTP of one user: SHA-1, 6 digits, 30 seconds (what every authenticator app understands). */
export const totpFor = (secret: Secret | string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: typeof secret === 'string' ? Secret.fromBase32(secret) : secret,
  })

// ---------------------------------------------------------------------------------------------------------------
// Storage

interface Gegevens {
  id: number | string
  gebruiker: number | string | { id: number | string }
  geheim?: string | null
  actief?: boolean | null
  sessies?: unknown
  laatsteStap?: number | null
  fouten?: number | null
  blokkades?: number | null
  geblokkeerdTot?: string | null
}

const nooit = () => false

/** Hidden; nobody reads or writes it through any API (only this module, with overrideAccess). */
export const TweestapsGegevens: CollectionConfig = {
  slug: TWEESTAPS_SLUG,
  labels: { singular: 'Tweestapsverificatie', plural: 'Tweestapsverificatie' },
  admin: { hidden: true },
  access: { read: nooit, create: nooit, update: nooit, delete: nooit, readVersions: nooit, unlock: nooit },
  fields: [
    { name: 'gebruiker', type: 'relationship', relationTo: 'users', unique: true, index: true },
    { name: 'geheim', type: 'text' },
    { name: 'actief', type: 'checkbox', defaultValue: false },
    { name: 'sessies', type: 'json' },
    { name: 'laatsteStap', type: 'number' },
    { name: 'fouten', type: 'number', defaultValue: 0 },
    { name: 'blokkades', type: 'number', defaultValue: 0 },
    { name: 'geblokkeerdTot', type: 'date' },
  ],
}

async function gegevensVan(payload: Payload, userId: number | string): Promise<Gegevens | null> {
  const { docs } = await payload.find({
    collection: TWEESTAPS_SLUG as any,
    where: { gebruiker: { equals: userId } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (docs[0] as unknown as Gegevens) ?? null
}

async function bewaar(payload: Payload, userId: number | string, bestaand: Gegevens | null, data: Partial<Gegevens>) {
  if (bestaand) {
    await payload.update({ collection: TWEESTAPS_SLUG as any, id: bestaand.id, data: data as any, overrideAccess: true, depth: 0 })
  } else {
    await payload.create({ collection: TWEESTAPS_SLUG as any, data: { gebruiker: userId, ...data } as any, overrideAccess: true, depth: 0 })
  }
}

async function verwijder(payload: Payload, userId: number | string, req?: PayloadRequest) {
  await payload.delete({ collection: TWEESTAPS_SLUG as any, where: { gebruiker: { equals: userId } }, overrideAccess: true, req })
}

const sessiesVan = (g: Gegevens | null): string[] =>
  Array.isArray(g?.sessies) ? (g.sessies as unknown[]).filter((s): s is string => typeof s === 'string') : []

// ---------------------------------------------------------------------------------------------------------------
// Who still has to do what

type SessionUser = { id: number | string; rol?: string | null; collection?: string; _sid?: string; sessions?: { id: string }[] | null }

/** The roles that must set it up when the operator requires it: all but partners (BIO: multi-factor for admin accounts). */
const VERPLICHTE_ROLLEN = ['beheerder', 'redacteur', 'meldpunt']

/** Must this user set it up (when the operator requires it)? By the stored role. */
const moetInstellen = (user: SessionUser, verplicht: boolean) =>
  verplicht && (user.collection ?? 'users') === 'users' && VERPLICHTE_ROLLEN.includes(user.rol ?? '')

/** What this session still has to do before it counts as logged in, or undefined when nothing. */
export function openStap(user: SessionUser, gegevens: Gegevens | null, verplicht: boolean): TweestapsOpen | undefined {
  if (gegevens?.actief) return user._sid && sessiesVan(gegevens).includes(user._sid) ? undefined : 'code'
  return moetInstellen(user, verplicht) ? 'instellen' : undefined
}

/**
 * Payload's own JWT check (signature, session still open), then the second step. Runs before Payload's local-jwt
 * strategy and answers for every valid token, so the user is always marked; when the check itself fails, the
 * session counts as not verified (fail closed).
 */
export const tweestapsStrategy = (verplicht: boolean): AuthStrategy => ({
  name: 'tweestaps',
  authenticate: async (args) => {
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    const user = result.user as (SessionUser & { tweestapsOpen?: TweestapsOpen }) | null
    if (user?.collection !== 'users') return result
    try {
      const open = openStap(user, await gegevensVan(args.payload, user.id), verplicht)
      if (open) user.tweestapsOpen = open
    } catch (err) {
      args.payload.logger.error({ err }, 'Tweestaps: controle mislukt; de sessie telt als niet gecontroleerd')
      user.tweestapsOpen = 'code'
    }
    return result
  },
})

// ---------------------------------------------------------------------------------------------------------------
// Checking a code, with a limit on wrong codes

/** One attempt at a time per user, so parallel guesses cannot slip past the counter. */
const bezig = new Map<string, Promise<unknown>>()
function eenTegelijk<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const vorige = bezig.get(key) ?? Promise.resolve()
  const deze = vorige.catch(() => undefined).then(fn)
  const klaar = deze.catch(() => undefined)
  bezig.set(key, klaar)
  void klaar.then(() => {
    if (bezig.get(key) === klaar) bezig.delete(key)
  })
  return deze
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

const codeUit = (body: unknown): string | null => {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).code : null
  const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw).replace(/\s+/g, '') : ''
  return /^\d{6}$/.test(code) ? code : null
}

async function leesBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : {}
  } catch {
    return {}
  }
}

const minuten = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))
const geblokkeerd = (g: Gegevens) => {
  const tot = g.geblokkeerdTot ? Date.parse(g.geblokkeerdTot) : 0
  return tot > Date.now() ? tot - Date.now() : 0
}
const teVaakFout = (ms: number) =>
  json(429, { message: `Code: te vaak een verkeerde code. Probeer het over ${minuten(ms)} minuten opnieuw.` })

/**
 * Check `code` against the secret in `g`. A wrong code counts; the 5th in a row blocks for a while.
 * On success: the counters go back to 0 and `ok` is called with the time step that was used.
 */
async function controleer(
  payload: Payload,
  user: SessionUser & { email?: string },
  g: Gegevens,
  code: string | null,
  ok: (stap: number) => Partial<Gegevens>,
): Promise<Response | null> {
  const wacht = geblokkeerd(g)
  if (wacht) return teVaakFout(wacht)
  let stap: number | null = null
  if (code && g.geheim) {
    let geheim: string
    try {
      geheim = decryptSecret(g.geheim, payload.secret)
    } catch {
      // Another PAYLOAD_SECRET than when it was set up: only a reset helps.
      return json(409, { message: 'Tweestapsverificatie: uw sleutel is niet meer te lezen. Vraag een beheerder om het te herstellen.' })
    }
    const totp = totpFor(geheim, user.email ?? String(user.id))
    const delta = totp.validate({ token: code, window: 1 })
    if (delta !== null) {
      const gebruikt = totp.counter() + delta
      if (g.laatsteStap == null || gebruikt > g.laatsteStap) stap = gebruikt
    }
  }
  if (stap === null) {
    const fouten = (g.fouten ?? 0) + 1
    if (fouten >= MAX_FOUTEN) {
      const blokkades = (g.blokkades ?? 0) + 1
      const duur = Math.min(BLOKKADE_MS * 2 ** (blokkades - 1), MAX_BLOKKADE_MS)
      await bewaar(payload, user.id, g, { fouten: 0, blokkades, geblokkeerdTot: new Date(Date.now() + duur).toISOString() })
      payload.logger.warn(`Tweestaps: ${MAX_FOUTEN} verkeerde codes voor gebruiker ${user.id}; ${minuten(duur)} minuten geblokkeerd`)
      return teVaakFout(duur)
    }
    await bewaar(payload, user.id, g, { fouten })
    const over = MAX_FOUTEN - fouten
    return json(400, {
      message: `Code: deze code klopt niet. Vul de 6 cijfers in die uw app nu laat zien. U kunt het nog ${over} keer proberen.`,
    })
  }
  await bewaar(payload, user.id, g, { fouten: 0, blokkades: 0, geblokkeerdTot: null, laatsteStap: stap, ...ok(stap) })
  return null
}

/** Verified sessions: this one plus those of the user that are still open (closed ones are dropped). */
const metSessie = (g: Gegevens | null, user: SessionUser) => {
  const open = new Set((user.sessions ?? []).map((s) => s.id))
  return [...new Set([...sessiesVan(g).filter((s) => open.has(s)), ...(user._sid ? [user._sid] : [])])]
}

// ---------------------------------------------------------------------------------------------------------------
// Endpoints: /api/tweestaps/...

type Req = PayloadRequest & { user: (SessionUser & { email?: string; tweestapsOpen?: TweestapsOpen }) | null }
const nietIngelogd = () => json(401, { message: 'Log eerst in.' })

export function tweestapsEndpoints(verplicht: boolean): Endpoint[] {
  return [
    {
      // Status of the logged-in user; a beheerder may ask about someone else (?gebruiker=id).
      path: '/tweestaps/status',
      method: 'get',
      handler: async (req) => {
        const { user } = req as Req
        if (user?.collection !== 'users') return nietIngelogd()
        const ander = typeof req.query?.gebruiker === 'string' ? req.query.gebruiker : null
        if (ander && ander !== String(user.id)) {
          if (!isBeheerder(user as any)) return json(403, { message: 'Alleen een beheerder mag dit zien.' })
          const g = await gegevensVan(req.payload, ander)
          return json(200, { actief: Boolean(g?.actief) })
        }
        const g = await gegevensVan(req.payload, user.id)
        return json(200, {
          actief: Boolean(g?.actief),
          open: user.tweestapsOpen ?? null,
          verplicht: moetInstellen(user, verplicht),
        })
      },
    },
    {
      // Start setting it up: a new secret, as a QR code and as text. Not while it is on.
      path: '/tweestaps/instellen',
      method: 'post',
      handler: async (req) => {
        const { user } = req as Req
        if (user?.collection !== 'users') return nietIngelogd()
        return eenTegelijk(String(user.id), async () => {
          const g = await gegevensVan(req.payload, user.id)
          if (g?.actief) return json(409, { message: 'Tweestapsverificatie staat al aan.' })
          const secret = new Secret({ size: 20 })
          const totp = totpFor(secret, user.email ?? String(user.id))
          await bewaar(req.payload, user.id, g, { geheim: encryptSecret(secret.base32, req.payload.secret), actief: false, sessies: [] })
          const uri = totp.toString()
          return json(200, { geheim: secret.base32, uri, qr: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) })
        })
      },
    },
    {
      // Finish setting it up with the first code from the app. This session then counts as verified.
      path: '/tweestaps/bevestigen',
      method: 'post',
      handler: async (req) => {
        const { user } = req as Req
        if (user?.collection !== 'users') return nietIngelogd()
        const code = codeUit(await leesBody(req))
        return eenTegelijk(String(user.id), async () => {
          const g = await gegevensVan(req.payload, user.id)
          if (g?.actief) return json(409, { message: 'Tweestapsverificatie staat al aan.' })
          if (!g?.geheim) return json(409, { message: 'Begin eerst met instellen.' })
          const fout = await controleer(req.payload, user, g, code, () => ({ actief: true, sessies: metSessie(null, user) }))
          return (
            fout ?? json(200, { message: 'Tweestapsverificatie staat aan. Voortaan vragen we na het wachtwoord om de code uit uw app.' })
          )
        })
      },
    },
    {
      // The second step after the password.
      path: '/tweestaps/controleren',
      method: 'post',
      handler: async (req) => {
        const { user } = req as Req
        if (user?.collection !== 'users') return nietIngelogd()
        const code = codeUit(await leesBody(req))
        return eenTegelijk(String(user.id), async () => {
          const g = await gegevensVan(req.payload, user.id)
          if (!g?.actief) return json(409, { message: 'Tweestapsverificatie staat niet aan.' })
          const fout = await controleer(req.payload, user, g, code, () => ({ sessies: metSessie(g, user) }))
          return fout ?? json(200, { message: 'Gelukt. U bent ingelogd.' })
        })
      },
    },
    {
      // Turn it off for yourself: only in a verified session, and not when it is required for you.
      path: '/tweestaps/uitzetten',
      method: 'post',
      handler: async (req) => {
        const { user } = req as Req
        if (user?.collection !== 'users') return nietIngelogd()
        if (user.tweestapsOpen) return json(403, { message: 'Vul eerst de code uit uw app in.' })
        if (moetInstellen(user, verplicht))
          return json(403, { message: 'Tweestapsverificatie is verplicht voor uw rol. U kunt het niet uitzetten.' })
        await eenTegelijk(String(user.id), () => verwijder(req.payload, user.id))
        return json(200, { message: 'Tweestapsverificatie staat uit.' })
      },
    },
    {
      // A beheerder resets someone's (lost phone): at their next login they set it up again (if required).
      path: '/tweestaps/herstellen',
      method: 'post',
      handler: async (req) => {
        const { user } = req as Req
        if (user?.collection !== 'users') return nietIngelogd()
        if (!isBeheerder(user as any)) return json(403, { message: 'Alleen een beheerder mag tweestapsverificatie herstellen.' })
        const body = (await leesBody(req)) as Record<string, unknown>
        const id = body?.gebruiker
        if (typeof id !== 'number' && typeof id !== 'string') return json(400, { message: 'Gebruiker: kies wie u wilt herstellen.' })
        const ander = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
        if (!ander) return json(404, { message: 'Gebruiker: niet gevonden.' })
        await eenTegelijk(String(ander.id), () => verwijder(req.payload, ander.id))
        req.payload.logger.info(`Tweestaps: hersteld voor gebruiker ${ander.id} door ${user.email ?? user.id}`)
        return json(200, {
          message: `Tweestapsverificatie is hersteld voor ${(ander as any).naam ?? ander.email}. Bij de volgende keer inloggen stelt die het opnieuw in.`,
        })
      },
    },
  ]
}

/**
 * For the operator (npm run tweestaps:herstellen -- e-mailadres): reset someone's tweestaps without the admin, e.g.
 * when the only beheerder lost their phone, or after PAYLOAD_SECRET changed. Returns the user, or null if unknown.
 */
export async function herstelTweestaps(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = docs[0]
  if (!user) return null
  await verwijder(payload, user.id)
  return user
}

// ---------------------------------------------------------------------------------------------------------------
// Putting it into the config

/** In the sidebar of a user: the status, and for the beheerder the reset. */
const tweestapsVeld: Field = {
  name: 'tweestaps',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/Tweestaps#TweestapsVeld' } },
}

/** The users collection with the second step: strategy, sidebar field, clean-up before a user is deleted. */
export function withTweestaps(users: CollectionConfig, verplicht: boolean): CollectionConfig {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  return {
    ...users,
    auth: { ...auth, strategies: [tweestapsStrategy(verplicht), ...(auth.strategies ?? [])] },
    fields: [...users.fields, tweestapsVeld],
    hooks: {
      ...users.hooks,
      beforeDelete: [...(users.hooks?.beforeDelete ?? []), async ({ id, req }) => verwijder(req.payload, id, req)],
    },
  }
}

/** The admin: a page /admin/tweestaps, and a guard that sends a user there until the second step is done. */
export const tweestapsAdmin = {
  providers: ['/components/Tweestaps#TweestapsBewaker'],
  views: { tweestaps: { Component: '/components/TweestapsPagina#TweestapsPagina', path: '/tweestaps' as const } },
}
