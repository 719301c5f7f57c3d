/**
 * Our own login, forgot-password and first-register endpoints for the users collection, in front of Payload's
 * operations (collection endpoints come before Payload's own auth endpoints, so these answer):
 * - login: at most LOGIN_FAILURES failed attempts per client per 15 minutes (429 after that); a locked or unknown
 *   account answers exactly like a wrong password, after the same password-hashing work;
 * - forgot-password: at most FORGOT_PER_CLIENT requests per client per hour (429), at most FORGOT_PER_ADDRESS
 *   e-mails per address per hour (silently); the same answer for every address, sent before the work is done,
 *   so neither the answer nor its timing tells whether an address has an account;
 * - first-register: only in demo mode; a real installation gets its first beheerder from `npm run beheerder`.
 */
import crypto from 'node:crypto'
import {
  addDataAndFileToRequest,
  AuthenticationError,
  forgotPasswordOperation,
  headersWithCors,
  LockedAuth,
  loginOperation,
  registerFirstUserOperation,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { generatePayloadCookie, isNumber } from 'payload/shared'
import { isDemoMode } from '../../demo'
import { clientKey, hashKey, limiter, take, tooManyAttempts } from '../../rate-limit'
import { resetEmailHTML, resetEmailSubject } from './reset-email'

export const LOGIN_FAILURES = 20
export const FORGOT_PER_CLIENT = 5
export const FORGOT_PER_ADDRESS = 3

const limits = () => ({
  login: limiter('login', LOGIN_FAILURES, 15),
  forgotClient: limiter('forgot-client', FORGOT_PER_CLIENT, 60),
  forgotAddress: limiter('forgot-address', FORGOT_PER_ADDRESS, 60),
})

export const FORGOT_PASSWORD_ANSWER =
  'Als dit e-mailadres bij ons bekend is, krijgt u binnen een paar minuten een e-mail met een link om een nieuw wachtwoord te kiezen.'
export const FIRST_REGISTER_REFUSED =
  'Een eerste beheerder maakt u niet hier aan, maar op de server: npm run beheerder -- --email uw.adres@gemeente.nl (zie de handleiding voor productie).'

const usersCollection = (req: PayloadRequest) => req.payload.collections.users
const stringField = (req: PayloadRequest, name: string) => (typeof req.data?.[name] === 'string' ? (req.data[name] as string) : '')
const json = (req: PayloadRequest, body: unknown, status = 200, headers = new Headers()) =>
  Response.json(body, { status, headers: headersWithCors({ headers, req }) })

/** The work of checking a password (Payload: PBKDF2-SHA256, 600,000 rounds), for an account that is not checked. */
const equalWork = (password: string) =>
  new Promise<void>((resolve) => crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve()))

/**
 * The answer to a wrong password, an unknown address and a locked account alike (Payload's AuthenticationError
 * and LockedAuth differ). Answered here, not thrown: an error thrown from this file came out of the production build
 * as "An unknown error occurred.".
 */
const wrongCredentials = (req: PayloadRequest) => json(req, { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] }, 401)

const isLocked = (lockUntil: unknown) => Boolean(lockUntil) && new Date(String(lockUntil)).getTime() > Date.now()

export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const client = clientKey(req)
    const { login } = limits()
    const wait = await take(login, client)
    if (wait !== null) return tooManyAttempts(req, wait)

    const email = stringField(req, 'email')
    const password = stringField(req, 'password')
    const collection = usersCollection(req)
    // An unknown or locked account: the same answer as a wrong password, after the same work.
    const sanitized = email.toLowerCase().trim()
    if (sanitized && password.trim()) {
      const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
        collection: 'users',
        where: { email: { equals: sanitized } },
        req,
      })
      if (!account || isLocked(account.lockUntil)) {
        await equalWork(password)
        return wrongCredentials(req)
      }
    }
    let result: Awaited<ReturnType<typeof loginOperation>>
    try {
      const depth = req.searchParams.get('depth')
      result = await loginOperation({ collection, data: { email, password }, depth: isNumber(depth) ? Number(depth) : undefined, req })
    } catch (err) {
      // A wrong password, or locked by this attempt (or in between): the one answer.
      // (By status too: the error classes need not be the same module instance as this file's import.)
      if (err instanceof AuthenticationError || err instanceof LockedAuth || (err as { status?: number })?.status === 401)
        return wrongCredentials(req)
      throw err
    }
    // A successful login does not count against the client.
    await login.reward(client, 1)
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    if (collection.config.auth.removeTokenFromResponses) delete result.token
    return json(req, { message: req.t('authentication:passed'), ...result }, 200, new Headers({ 'Set-Cookie': cookie }))
  },
}

/**
 * A reset token for the account of `email` (if there is one) and the e-mail with the link. Payload's operation with
 * disableEmail: it stores the token inside its own transaction; its own sending would first write a reservation
 * outside that transaction, which SQLite makes wait for the transaction's write lock (a deadlock until the busy
 * timeout: "database is locked"). The per-address limit above replaces that reservation.
 */
async function sendResetEmail(req: PayloadRequest, email: string) {
  const collection = usersCollection(req)
  const token = await forgotPasswordOperation({ collection, data: { email } as any, disableEmail: true, req })
  if (!token) return
  const user = await req.payload.db.findOne<{ id: number | string; email: string; naam?: string }>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (!user?.email) return
  await req.payload.sendEmail({
    to: user.email,
    subject: resetEmailSubject(),
    html: resetEmailHTML({ req, token, user }),
  })
}

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const { forgotClient, forgotAddress } = limits()
    const wait = await take(forgotClient, clientKey(req))
    if (wait !== null) return tooManyAttempts(req, wait)
    const email = stringField(req, 'email').toLowerCase().trim()
    if (!email) return json(req, { errors: [{ message: 'E-mailadres: vul uw e-mailadres in.' }] }, 400)

    // Past the limit for this address nothing is sent, and the answer is the same.
    if ((await take(forgotAddress, hashKey(`address:${email}`))) === null) {
      // Not awaited: the answer must not wait for the database or the mail server (that would tell which
      // addresses have an account). A failure is logged, never shown.
      void sendResetEmail(req, email).catch((err) =>
        req.payload.logger.error({ err, msg: 'Wachtwoord vergeten: de e-mail kon niet worden gemaakt of verstuurd.' }),
      )
    }
    return json(req, { message: FORGOT_PASSWORD_ANSWER })
  },
}

export const firstRegisterEndpoint: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: async (req) => {
    if (!isDemoMode()) return json(req, { errors: [{ message: FIRST_REGISTER_REFUSED }] }, 403)
    await addDataAndFileToRequest(req)
    const collection = usersCollection(req)
    const result = await registerFirstUserOperation({
      collection,
      data: { ...req.data, email: stringField(req, 'email'), password: stringField(req, 'password') } as any,
      req,
    })
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    return json(
      req,
      { exp: result.exp, message: req.t('authentication:successfullyRegisteredFirstUser'), token: result.token, user: result.user },
      200,
      new Headers({ 'Set-Cookie': cookie }),
    )
  },
}

export const authEndpoints: Endpoint[] = [loginEndpoint, forgotPasswordEndpoint, firstRegisterEndpoint]
