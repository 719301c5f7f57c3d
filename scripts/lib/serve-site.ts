/**
 * Serves the built site (dist/) over HTTP with sirv. Files are looked up on every request, so a new build that
 * was swapped into dist/ is served at once. Unknown paths get the site's own 404 page. Scripts, styles and data files
 * go out compressed (brotli or gzip, whichever the browser accepts) from the copies the build made
 * (scripts/lib/compress.ts); Pagefind's own gzip files say that they are.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { inZoekindex } from '../../site/lib/zoekindex'
import { PAGEFIND_GZIP } from './compress'

/**
 * Pagefind's index files and WebAssembly are gzip files already. Sent as what they are (Content-Encoding: gzip) to a
 * browser that accepts gzip, the browser unpacks them itself, off the page's thread, and Pagefind skips unpacking
 * them in JavaScript; the bytes over the network are the same. To a browser that accepts brotli, sirv sends the
 * brotli copy of those that have one (scripts/lib/compress.ts), with its own Content-Encoding: br.
 */
function pagefindEncoding(dir: string) {
  return (res: http.ServerResponse, pathname: string) => {
    if (!inZoekindex(pathname) || !PAGEFIND_GZIP.test(pathname)) return
    res.setHeader('Vary', 'Accept-Encoding')
    const accepts = String(res.req.headers['accept-encoding'] ?? '')
    // sirv sends the brotli copy, and a header set here would win over its own.
    if (/\bbr\b/.test(accepts) && fs.existsSync(path.join(dir, `${pathname}.br`))) return
    if (/\bgzip\b/.test(accepts)) res.setHeader('Content-Encoding', 'gzip')
  }
}

export function serveSite(dir: string, port: number, host = '0.0.0.0'): Promise<http.Server> {
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(dir, '404.html')
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Niet gevonden')
  }
  const handler = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true, setHeaders: pagefindEncoding(dir), extensions: ['html'], onNoMatch: (_req, res) => notFound(res) })
  const server = http.createServer((req, res) => handler(req, res))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
