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

/**
 * Pagefind's index files and WebAssembly are gzip files already. Sent as what they are (Content-Encoding: gzip) to a
 * browser that accepts gzip, the browser unpacks them itself, off the page's thread, and Pagefind skips unpacking
 * them in JavaScript; the bytes over the network are the same.
 */
const PAGEFIND_GZIP = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/
function pagefindEncoding(res: http.ServerResponse, pathname: string) {
  if (!inZoekindex(pathname) || !PAGEFIND_GZIP.test(pathname)) return
  res.setHeader('Vary', 'Accept-Encoding')
  if (/\bgzip\b/.test(String(res.req.headers['accept-encoding'] ?? ''))) res.setHeader('Content-Encoding', 'gzip')
}

export function serveSite(dir: string, port: number, host = '0.0.0.0'): Promise<http.Server> {
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(dir, '404.html')
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Niet gevonden')
  }
  const handler = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true, setHeaders: pagefindEncoding, extensions: ['html'], onNoMatch: (_req, res) => notFound(res) })
  const server = http.createServer((req, res) => handler(req, res))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
