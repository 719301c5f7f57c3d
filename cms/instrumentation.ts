/**
 * Next.js calls register() once, when the server starts. Two things every request needs before Next.js sees it, done
 * by wrapping Node's HTTP server:
 * - Without a trusted reverse proxy (TRUST_PROXY off) a client's own x-forwarded-for header is replaced by the
 *   address of its connection: Next.js only fills that header when it is missing, so otherwise a client could choose
 *   its own address, and so its own rate-limit key (cms/rate-limit.ts). Behind a proxy (TRUST_PROXY=true or a
 *   number) the header is left as the proxy wrote it.
 * - Strict-Transport-Security on every answer when the CMS is reached over https (CMS_PUBLIC_URL starts with
 *   https://), read when the server starts; the other security headers are fixed, so cms/next.config.mjs puts them
 *   into the build. Not in a Next.js proxy (middleware): with one, Next.js buffers every request body for it and cuts
 *   a body above 10 MB short, so an upload that is too big ended in a 500 instead of Payload's 413.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxies } = await import('./client-address')
  const { HSTS, servedOverHttps } = await import('../scripts/lib/security-headers.mjs')
  const ownAddressOnly = trustedProxies() === 0
  const hsts = servedOverHttps(process.env.CMS_PUBLIC_URL)
  if (!ownAddressOnly && !hsts) return
  const http = await import('node:http')
  const emit = http.Server.prototype.emit
  if ((emit as { wrappedForCms?: boolean }).wrappedForCms) return
  const patched = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as { headers: Record<string, unknown>; socket?: { remoteAddress?: string } }
      if (ownAddressOnly) {
        const address = req?.socket?.remoteAddress
        if (address) req.headers['x-forwarded-for'] = address
        else delete req.headers['x-forwarded-for']
      }
      if (hsts) (args[1] as { setHeader: (k: string, v: string) => void } | undefined)?.setHeader(HSTS.key, HSTS.value)
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  }
  ;(patched as { wrappedForCms?: boolean }).wrappedForCms = true
  http.Server.prototype.emit = patched as typeof emit
}
