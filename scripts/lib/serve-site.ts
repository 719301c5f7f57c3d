/**
 * Serves the built site (dist/) over HTTP with sirv. Files are looked up on every request, so a new build that
 * was swapped into dist/ is served at once. Unknown paths get the site's own 404 page. Scripts, styles and data files
 * go out compressed (brotli or gzip, whichever the browser accepts) from the copies the build made
 * (scripts/lib/compress.ts).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

export function serveSite(dir: string, port: number, host = '0.0.0.0'): Promise<http.Server> {
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(dir, '404.html')
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Niet gevonden')
  }
  const handler = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true, extensions: ['html'], onNoMatch: (_req, res) => notFound(res) })
  const server = http.createServer((req, res) => handler(req, res))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
