/**
 * What the servers send (issue 19), over real HTTP: the built-in site server (scripts/lib/serve-site.ts) on a small
 * build of our own, and the CMS (`next start`). Both send the agreed security headers; the site server serves nothing
 * outside the live build (not through `..`, encoded or not, nor through a symbolic link in the build), answers a
 * file that disappeared with its 404 page, and keeps serving while builds are switched under it. The CMS sends
 * Strict-Transport-Security only when its public address is https.
 *
 * The expected header values are written out here (the values agreed for the site server, the CMS and the nginx
 * example), not read from scripts/lib/security-headers.mjs.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { switchLive } from '../../scripts/lib/live-site'
import { serveSite } from '../../scripts/lib/serve-site'
import { startCmsServer, type CmsServer } from '../helpers/server'

const AGREED: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
}
const HSTS = 'max-age=31536000; includeSubDomains'
const SECRET = 'GEHEIM-BUITEN-DE-BUILD-91c2'

function expectAgreedHeaders(headers: http.IncomingHttpHeaders | Headers, what: string) {
  for (const [key, value] of Object.entries(AGREED)) {
    const got = headers instanceof Headers ? headers.get(key) : headers[key]
    expect(got, `${what}: ${key}`).toBe(value)
  }
}

/** One request exactly as written (the path is sent as is: no client normalises `..` away). */
function raw(
  base: string,
  pathname: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/`, { method, path: pathname, headers, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the built-in site server', () => {
  let top: string
  let work: string
  let dist: string
  let server: http.Server
  let base: string
  /** The big page of each build, by its label. */
  const bodies: Record<string, string> = {}

  /** A finished build in `work`: pages saying which build they are, a 404 page and a script. */
  function makeBuild(label: string) {
    const dir = fs.mkdtempSync(path.join(work, 'dist-'))
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    write('index.html', `<!doctype html><title>Home</title><p>${label}</p>`)
    write(
      'aanbod/samen-eten/index.html',
      `<!doctype html><title>Samen eten</title><p>${label}</p>${'<p>Samen eten in Vroomshoop.</p>'.repeat(200)}`,
    )
    write('404.html', '<!doctype html><title>Niet gevonden</title><p>Deze pagina bestaat niet.</p>')
    write('_astro/site.js', 'export const x = 1\n')
    write('.env', `PAYLOAD_SECRET=${SECRET}`)
    // Links inside the build to things outside it: a file and a folder.
    fs.symlinkSync(path.join(top, 'geheim.txt'), path.join(dir, 'link-naar-buiten.txt'))
    fs.symlinkSync(top, path.join(dir, 'map-naar-buiten'))
    bodies[label] = fs.readFileSync(path.join(dir, 'aanbod/samen-eten/index.html'), 'utf8')
    return dir
  }

  beforeAll(async () => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-headers-'))
    fs.writeFileSync(path.join(top, 'geheim.txt'), SECRET)
    work = path.join(top, '.site-build')
    fs.mkdirSync(work)
    dist = path.join(top, 'dist')
    switchLive(dist, makeBuild('build 1'), work)
    server = await serveSite(dist, 0, '127.0.0.1')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((r) => server?.close(r))
    fs.rmSync(top, { recursive: true, force: true })
  })

  it('sends the agreed security headers with every answer: pages, scripts, the 404 page, a refused method', async () => {
    for (const [pathname, method, status] of [
      ['/', 'GET', 200],
      ['/aanbod/samen-eten/', 'GET', 200],
      ['/_astro/site.js', 'GET', 200],
      ['/_astro/site.js', 'HEAD', 200],
      ['/bestaat-niet/', 'GET', 404],
      ['/', 'POST', 405],
    ] as const) {
      const res = await raw(base, pathname, method)
      expect(res.status, `${method} ${pathname}`).toBe(status)
      expectAgreedHeaders(res.headers, `${method} ${pathname}`)
    }
    // Types as a browser needs them with nosniff.
    expect((await raw(base, '/_astro/site.js')).headers['content-type']).toMatch(/^text\/javascript/)
    expect((await raw(base, '/')).headers['content-type']).toMatch(/^text\/html/)
  })

  it('serves nothing outside the live build: no `..` (plain or encoded), no symbolic link, no dotfile', async () => {
    const attempts = [
      '/../geheim.txt',
      '/../../geheim.txt',
      '/aanbod/../../geheim.txt',
      '/%2e%2e/geheim.txt',
      '/%2E%2E/%2E%2E/geheim.txt',
      '/..%2fgeheim.txt',
      '/..%2f..%2fgeheim.txt',
      '/aanbod/..%5c..%5cgeheim.txt',
      '/%2e%2e%5cgeheim.txt',
      '/link-naar-buiten.txt',
      '/map-naar-buiten/geheim.txt',
      '/map-naar-buiten/dist/index.html',
      '/.env',
      '/%2eenv',
      '/index.html%00.js',
      '/%',
    ]
    for (const attempt of attempts) {
      const res = await raw(base, attempt)
      expect(res.status, attempt).toBe(404)
      expect(res.body, attempt).not.toContain(SECRET)
    }
    // The server still answers normally.
    expect((await raw(base, '/')).status).toBe(200)
  })

  it('answers a file that disappeared from the live build with the 404 page, and goes on', async () => {
    const live = fs.realpathSync(dist)
    // Listed once the build was first served; now removed (as a switch removes the old build's files).
    expect((await raw(base, '/_astro/site.js')).status).toBe(200)
    fs.rmSync(path.join(live, '_astro', 'site.js'))
    const gone = await raw(base, '/_astro/site.js')
    expect(gone.status).toBe(404)
    expect(gone.body).toContain('Deze pagina bestaat niet.')
    // Even the 404 page gone: still a 404, in plain text.
    fs.rmSync(path.join(live, '404.html'))
    expect((await raw(base, '/bestaat-niet/')).status).toBe(404)
    expect((await raw(base, '/')).status).toBe(200)
  })

  it('keeps answering while builds are switched under it: every answer a whole page of one build, or a 404', async () => {
    const pages = new Set<string>()
    const seen = { ok: 0, notFound: 0 }
    let stop = false
    // Visitors asking for the big page, 4 at a time, while 25 new builds go live (each removing the one before).
    const visitor = async () => {
      while (!stop) {
        const res = await raw(base, '/aanbod/samen-eten/', 'GET')
        if (res.status === 200) {
          seen.ok++
          pages.add(res.body)
        } else {
          expect(res.status).toBe(404)
          seen.notFound++
        }
      }
    }
    const visitors = Array.from({ length: 4 }, visitor)
    for (let i = 2; i <= 26; i++) {
      const fresh = makeBuild(`build ${i}`)
      switchLive(dist, fresh, work)
      await new Promise((r) => setTimeout(r, 5))
    }
    stop = true
    await Promise.all(visitors)
    // Every 200 was one whole page of one build (never cut off, never a mix).
    const whole = new Set(Object.values(bodies))
    for (const page of pages) expect(whole.has(page)).toBe(true)
    expect(seen.ok).toBeGreaterThan(0)
    // After the last switch: the last build.
    const last = await raw(base, '/aanbod/samen-eten/')
    expect(last.status).toBe(200)
    expect(last.body).toBe(bodies['build 26'])
    // Only the live build is left on disk: the old ones were really removed while being served.
    expect(fs.readdirSync(work).filter((f) => f.startsWith('dist-'))).toEqual([path.basename(fs.realpathSync(dist))])
  })
})

describe('the CMS', () => {
  let plain: CmsServer
  let https: CmsServer

  beforeAll(async () => {
    ;[plain, https] = await Promise.all([
      startCmsServer({ demo: false }),
      // Its public address is https (behind a proxy that ends TLS); it still listens on 127.0.0.1 over http.
      startCmsServer({ demo: false, env: { CMS_PUBLIC_URL: 'https://cms.twenterand.example' } }),
    ])
  }, 240_000)
  afterAll(async () => {
    await Promise.all([plain?.close(), https?.close()])
  })

  const pathsToCheck = ['/api/kernen?limit=1', '/admin/login', '/api/bestaat-niet']

  it('sends the agreed security headers with the API and the admin, and no HSTS over http', async () => {
    for (const p of pathsToCheck) {
      const res = await fetch(plain.url + p, { redirect: 'manual' })
      expectAgreedHeaders(res.headers, p)
      expect(res.headers.get('strict-transport-security'), p).toBeNull()
    }
  })

  it('adds Strict-Transport-Security when its public address is https', async () => {
    for (const p of pathsToCheck) {
      const res = await fetch(https.url + p, { redirect: 'manual' })
      expect(res.status, p).toBeLessThan(500)
      expectAgreedHeaders(res.headers, p)
      expect(res.headers.get('strict-transport-security'), p).toBe(HSTS)
    }
  })
})
