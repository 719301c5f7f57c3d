/**
 * The address of the client of a request, as far as it can be believed.
 * Next.js puts the connection's address in x-forwarded-for when the request has none; without a trusted proxy,
 * cms/instrumentation.ts replaces any x-forwarded-for a client sends itself by that address. Behind a reverse proxy,
 * set TRUST_PROXY=true (one proxy) or the number of proxies: the address is then the one the outermost trusted proxy
 * saw (counted from the right of x-forwarded-for), not one a client wrote there itself.
 * No imports: cms/instrumentation.ts loads this when the server starts.
 */
type Env = Record<string, string | undefined>

/** How many proxies in front of the CMS may be believed about the client's address (TRUST_PROXY). */
export function trustedProxies(env: Env = process.env): number {
  const v = env.TRUST_PROXY?.trim().toLowerCase()
  if (!v || ['0', 'false', 'nee', 'no', 'off'].includes(v)) return 0
  if (['1', 'true', 'ja', 'yes', 'on'].includes(v)) return 1
  const n = Number(v)
  if (Number.isInteger(n) && n > 0) return n
  throw new Error(`TRUST_PROXY "${env.TRUST_PROXY}" is onduidelijk: gebruik true, false of het aantal proxy's.`)
}

/** The client's address as far as it can be believed: see the top of this file. */
export function clientAddress(headers: Headers, env: Env = process.env): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!hops.length) return 'onbekend'
  const proxies = trustedProxies(env)
  // Without trusted proxies: the last entry (the connection's address when the client sent none).
  return hops[Math.max(0, hops.length - Math.max(proxies, 1))]!
}
