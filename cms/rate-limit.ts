/**
 * Rate limits per client (on top of the per-account lockout of the users collection): the login and forgot-password
 * endpoints, and whatever else needs one. A client is known by its address, which is only hashed with a random salt of
 * this process (never stored, never logged, gone at a restart).
 *
 * The address: see ./client-address.ts.
 */
import crypto from 'node:crypto'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { headersWithCors, type PayloadRequest } from 'payload'
import { clientAddress } from './client-address'

const SALT: Buffer = ((globalThis as any)[Symbol.for('skt.rateLimitSalt')] ??= crypto.randomBytes(16))
/** A key for a value that must not be kept: a salted hash, truncated. */
export const hashKey = (value: string) => crypto.createHmac('sha256', SALT).update(value).digest('base64url').slice(0, 22)
export const clientKey = (req: Pick<PayloadRequest, 'headers'>) => hashKey(`client:${clientAddress(req.headers)}`)

/** One limiter per name for the whole process (also when the config is bundled more than once). */
export function limiter(name: string, points: number, minutes: number): RateLimiterMemory {
  const store = ((globalThis as any)[Symbol.for('skt.rateLimiters')] ??= new Map<string, RateLimiterMemory>())
  let l = store.get(name)
  if (!l) store.set(name, (l = new RateLimiterMemory({ keyPrefix: name, points, duration: minutes * 60 })))
  return l
}

/** Take one point; the milliseconds to wait when the limit is reached, else null. */
export async function take(l: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await l.consume(key)
    return null
  } catch (err) {
    if (err instanceof RateLimiterRes) return err.msBeforeNext
    throw err
  }
}

/** The 429 answer, in Payload's error format, with Retry-After. */
export function tooManyAttempts(req: PayloadRequest, msBeforeNext: number): Response {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000))
  return Response.json(
    {
      errors: [
        { message: `Te veel pogingen vanaf dit adres. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.` },
      ],
    },
    { status: 429, headers: headersWithCors({ headers: new Headers({ 'Retry-After': String(Math.ceil(msBeforeNext / 1000)) }), req }) },
  )
}
