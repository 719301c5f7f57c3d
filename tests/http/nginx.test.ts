/**
 * The example nginx configuration (deploy/nginx/sociale-kaart.conf), run as it is by Debian's nginx: only its names,
 * ports, certificate and folders are swapped for a test's (each swap must hit, or the test says so). It serves a small
 * hand-made build folder over https on a free loopback port, and passes /api to a stand-in for the CMS that echoes
 * what it was sent. Checked as a browser would see it: the status, the four agreed security headers on every answer
 * (also 404 and redirects), the site's own 404 page, /pagina/ -> pagina/index.html, the build's pre-compressed copies,
 * no directory listing, no dotfiles, and the headers the CMS gets.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../../scripts/lib/process'
import { freePort } from '../helpers/server'

const HOST = 'kaart.example.nl'
const NGINX = '/usr/sbin/nginx'
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

/** The headers agreed for the site (also the built-in site server's): exactly these values, once each. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
}

// The fixture: a tiny build as Astro (directory format) and scripts/lib/compress.ts leave it.
const CSS = `${'.utrecht-page { margin: 0 auto; max-width: 70rem; }\n'.repeat(60)}`
const FILES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><html lang="nl"><title>Home</title><h1>Sociale Kaart voorpagina</h1></html>',
  '404.html': '<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Deze pagina bestaat niet (eigen 404)</h1></html>',
  'pagina/index.html': '<!doctype html><html lang="nl"><title>Pagina</title><h1>Een gewone pagina</h1></html>',
  '_astro/site.Ab12Cd34.css': CSS,
  '_astro/site.Ab12Cd34.css.br': zlib.brotliCompressSync(CSS),
  '_astro/site.Ab12Cd34.css.gz': zlib.gzipSync(CSS),
  'agenda.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
  '.env': 'PAYLOAD_SECRET=geheim-uit-een-puntbestand',
  '.git/config': '[core]\n\tgeheim-uit-git = ja\n',
  'pagina/.verborgen': 'geheim-verborgen-bestand',
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

let dir: string
let nginx: ChildProcess | undefined
let nginxLog = ''
let upstream: http.Server
let httpPort: number
let httpsPort: number
let cert: Buffer

function request(port: number, secure: boolean, urlPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path: urlPath, headers: { host: HOST, ...headers }, agent: false as const }
    const req = secure ? https.request({ ...options, servername: HOST, ca: cert }) : http.request(options)
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}
const get = (urlPath: string, headers?: Record<string, string>) => request(httpsPort, true, urlPath, headers)

function expectSecurityHeaders(a: Answer, { hsts = true } = {}) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(a.headers[name], name).toBe(value)
  if (hsts) expect(a.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
}

/** The example file with this test's names, ports and folders; every swap must find its text. */
function renderExample(swaps: [string, string][]): string {
  let conf = fs.readFileSync(path.join(root, 'deploy', 'nginx', 'sociale-kaart.conf'), 'utf8')
  for (const [from, to] of swaps) {
    expect(conf.includes(from), `deploy/nginx/sociale-kaart.conf bevat "${from}" niet meer: pas deze test aan`).toBe(true)
    conf = conf.split(from).join(to)
  }
  return conf
}

async function waitForNginx() {
  for (let i = 0; i < 100; i++) {
    if (nginx!.exitCode !== null) throw new Error(`nginx stopte (code ${nginx!.exitCode}):\n${nginxLog}`)
    try {
      await get('/')
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`nginx antwoordde niet:\n${nginxLog}`)
}

beforeAll(async () => {
  // Debian's nginx and its brotli module: npm test installs them (scripts/ensure-tools.sh); so does this, when missing.
  if (!fs.existsSync(NGINX) || !fs.existsSync(BROTLI_MODULE))
    execFileSync('bash', [path.join(root, 'scripts', 'ensure-tools.sh'), '--test'], { stdio: 'inherit' })

  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-nginx-'))
  fs.chmodSync(dir, 0o755) // nginx's workers (user nobody when started as root) read the site from here
  const site = path.join(dir, 'site')
  for (const [file, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
    fs.writeFileSync(path.join(site, file), content)
  }
  fs.mkdirSync(path.join(dir, 'acme', '.well-known', 'acme-challenge'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'acme', '.well-known', 'acme-challenge', 'token123'), 'acme-antwoord')
  for (const d of ['acme', 'acme/.well-known', 'acme/.well-known/acme-challenge']) fs.chmodSync(path.join(dir, d), 0o755)
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${HOST}`,
      '-addext',
      `subjectAltName=DNS:${HOST}`,
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  cert = fs.readFileSync(path.join(dir, 'cert.pem'))

  // A stand-in for the CMS: echoes the request; /api/eigen-koppen answers with headers of its own.
  upstream = http.createServer((req, res) => {
    if (req.url === '/api/eigen-koppen') {
      res.setHeader('X-Frame-Options', 'SAMEORIGIN')
      res.setHeader('Cache-Control', 'private, no-store')
    }
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ url: req.url, headers: req.headers }))
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  const upstreamPort = (upstream.address() as AddressInfo).port
  httpPort = await freePort()
  httpsPort = await freePort()

  const site_conf = renderExample([
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['listen [::]:80;', ''],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`],
    ['listen [::]:443 ssl http2;', ''],
    [`/etc/letsencrypt/live/${HOST}/fullchain.pem`, path.join(dir, 'cert.pem')],
    [`/etc/letsencrypt/live/${HOST}/privkey.pem`, path.join(dir, 'key.pem')],
    ['root /srv/sociale-kaart/dist;', `root ${site};`],
    ['root /var/www/letsencrypt;', `root ${path.join(dir, 'acme')};`],
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`],
  ])
  fs.writeFileSync(path.join(dir, 'sociale-kaart.conf'), site_conf)
  // What Debian's /etc/nginx/nginx.conf gives the site file (modules, mime.types, gzip), with this test's own files.
  fs.mkdirSync(path.join(dir, 'tmp'))
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(dir, 'tmp', t)};`),
      `  include ${path.join(dir, 'sociale-kaart.conf')};`,
      '}',
    ].join('\n'),
  )
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf')]
  execFileSync(NGINX, [...args, '-t', '-q'], { stdio: 'inherit' })
  nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  nginx.stderr!.on('data', (d: Buffer) => (nginxLog = (nginxLog + d).slice(-4000)))
  await waitForNginx()
}, 120_000)

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r))
    nginx.kill('SIGQUIT') // nginx's graceful stop: the master ends its workers
    await exited
  }
  await new Promise((r) => upstream?.close(r))
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the static site', () => {
  it('serves the home page and /pagina/ (pagina/index.html) with the security headers and HSTS', async () => {
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toMatch(/^text\/html/)
    expect(home.body.toString()).toBe(FILES['index.html'])
    expectSecurityHeaders(home)
    expect(home.headers['cache-control']).toBe('no-cache')

    const page = await get('/pagina/')
    expect(page.status).toBe(200)
    expect(page.body.toString()).toBe(FILES['pagina/index.html'])
    expectSecurityHeaders(page)
  })

  it('sends /pagina on to /pagina/ (relative), with the headers', async () => {
    const a = await get('/pagina')
    expect(a.status).toBe(301)
    expect(a.headers.location).toBe('/pagina/')
    expectSecurityHeaders(a)
  })

  it("answers an unknown address with the site's own 404 page, status 404, with the headers", async () => {
    const a = await get('/bestaat-niet/')
    expect(a.status).toBe(404)
    expect(a.body.toString()).toBe(FILES['404.html'])
    expectSecurityHeaders(a)
  })

  it('lists no folder: a folder without index.html is the 404 page', async () => {
    const a = await get('/_astro/')
    expect(a.status).toBe(404)
    expect(a.body.toString()).toBe(FILES['404.html'])
    expect(a.body.toString()).not.toContain('site.Ab12Cd34.css')
    expectSecurityHeaders(a)
  })

  it('serves no dotfiles or dot folders', async () => {
    for (const p of ['/.env', '/.git/config', '/.git/', '/pagina/.verborgen']) {
      const a = await get(p)
      expect(a.status, p).toBe(404)
      expect(a.body.toString(), p).not.toMatch(/geheim/)
      expectSecurityHeaders(a)
    }
  })

  it("sends the build's brotli and gzip copies as they are, with the right Content-Encoding; hashed files are cached for a year", async () => {
    const file = '/_astro/site.Ab12Cd34.css'
    const br = await get(file, { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.body.equals(FILES['_astro/site.Ab12Cd34.css.br'] as Buffer)).toBe(true)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(CSS)
    expect(br.headers['content-type']).toMatch(/^text\/css/)
    expect(br.headers.vary).toMatch(/Accept-Encoding/i)
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expectSecurityHeaders(br)

    const gz = await get(file, { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.body.equals(FILES['_astro/site.Ab12Cd34.css.gz'] as Buffer)).toBe(true)
    expect(zlib.gunzipSync(gz.body).toString()).toBe(CSS)

    const plain = await get(file)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(CSS)
  })

  it('gives the agenda feed its type (text/calendar)', async () => {
    const a = await get('/agenda.ics')
    expect(a.status).toBe(200)
    expect(a.headers['content-type']).toMatch(/^text\/calendar/)
  })
})

describe('the CMS behind it', () => {
  it('passes /api to the CMS with the host, https and exactly the address nginx saw (not one the visitor made up)', async () => {
    const a = await get('/api/kernen?limit=1', { 'x-forwarded-for': '203.0.113.66' })
    expect(a.status).toBe(200)
    const seen = JSON.parse(a.body.toString())
    expect(seen.url).toBe('/api/kernen?limit=1')
    expect(seen.headers.host).toBe(HOST)
    expect(seen.headers['x-forwarded-proto']).toBe('https')
    expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1')
    expectSecurityHeaders(a)
    for (const p of ['/admin', '/admin/login', '/_next/static/x.js']) {
      expect(JSON.parse((await get(p)).body.toString()).url, p).toBe(p)
    }
  })

  it("keeps the CMS's own header when it sends one (never two)", async () => {
    const a = await get('/api/eigen-koppen')
    expect(a.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(a.headers['cache-control']).toBe('private, no-store')
    expect(a.headers['x-content-type-options']).toBe('nosniff')
  })
})

describe('plain http', () => {
  it("sends everything to https, with the headers, except Let's Encrypt's challenge", async () => {
    const a = await request(httpPort, false, '/pagina/?x=1')
    expect(a.status).toBe(301)
    expect(a.headers.location).toBe(`https://${HOST}/pagina/?x=1`)
    expectSecurityHeaders(a, { hsts: false })
    const acme = await request(httpPort, false, '/.well-known/acme-challenge/token123')
    expect(acme.status).toBe(200)
    expect(acme.body.toString()).toBe('acme-antwoord')
  })
})
