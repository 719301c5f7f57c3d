/**
 * Next.js calls register() once, when the server starts. Without a trusted reverse proxy (TRUST_PROXY off) a
 * client's own x-forwarded-for header is replaced by the address of its connection: Next.js only fills that header
 * when it is missing, so otherwise a client could choose its own address, and so its own rate-limit key
 * (cms/rate-limit.ts). Behind a proxy (TRUST_PROXY=true or a number) the header is left as the proxy wrote it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxies } = await import('./client-address')
  if (trustedProxies() > 0) return
  const http = await import('node:http')
  const emit = http.Server.prototype.emit
  if ((emit as { ownAddressOnly?: boolean }).ownAddressOnly) return
  const patched = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as { headers: Record<string, unknown>; socket?: { remoteAddress?: string } }
      const address = req?.socket?.remoteAddress
      if (address) req.headers['x-forwarded-for'] = address
      else delete req.headers['x-forwarded-for']
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  }
  ;(patched as { ownAddressOnly?: boolean }).ownAddressOnly = true
  http.Server.prototype.emit = patched as typeof emit
}
