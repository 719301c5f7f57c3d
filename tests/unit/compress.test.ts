/**
 * Compressed copies of the built site's scripts, styles and data files (scripts/lib/compress.ts), sent by the site
 * server (scripts/lib/serve-site.ts) to browsers that accept them, and Pagefind's gzip files sent as gzip, or as
 * brotli where the build made a brotli copy of what they hold: checked over real HTTP, byte for byte.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compressForServing } from '../../scripts/lib/compress'
import { serveSite } from '../../scripts/lib/serve-site'

let dir: string
let server: http.Server
let base: string
const script = `export const woorden = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `koffieochtend ${i} in Den Ham`))}\n`
/** Like a Pagefind page list: a page hash and a word count per page (gzip makes 2 KB or more of it). */
const lijst = `pagefind_dcd${Array.from({ length: 600 }, (_, i) => `nl_${((i * 2654435761) % 2 ** 28).toString(16)}:${(i * 7919) % 300}`).join(',')}`
const page = `<!doctype html><html lang="nl"><head><title>Aanbod</title></head><body>${'<p>Samen eten in Vroomshoop.</p>'.repeat(100)}</body></html>`

function write(file: string, data: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), data)
}

/** One GET with exactly these headers: the raw body as sent, not decoded. */
function get(
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${pathname}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-compress-'))
  write('_astro/zoeken.js', script)
  write('_astro/klein.js', 'export {}\n')
  write('zoekhulp.json', JSON.stringify({ woorden: script }))
  write('aanbod/samen-eten/index.html', page)
  write('pagefind/wasm.nl.pagefind', zlib.gzipSync(Buffer.from(lijst)))
  write('pagefind-aanbod/pagefind.nl_1234abcd.pf_meta', zlib.gzipSync(Buffer.from(lijst)))
  write('pagefind-aanbod/fragment/nl_1234abc.pf_fragment', zlib.gzipSync(Buffer.from(lijst)))
  write('pagefind-aanbod/index/nl_1234abc.pf_index', zlib.gzipSync(Buffer.from(lijst)))
  // Not in a part of the search index: not Pagefind's.
  write('kaart/pagefind.nl_1234abcd.pf_meta', zlib.gzipSync(Buffer.from(lijst)))
  write('papier/placemat.pdf', Buffer.from(`%PDF-1.7\n${script}`))
  await compressForServing(dir)
  server = await serveSite(dir, 0, '127.0.0.1')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((r) => server?.close(r))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('compressed copies', () => {
  it('are made of scripts and data files of 1 KB or more, and hold exactly the original', () => {
    for (const file of ['_astro/zoeken.js', 'zoekhulp.json']) {
      const original = fs.readFileSync(path.join(dir, file))
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`))).equals(original), file).toBe(true)
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`))).equals(original), file).toBe(true)
      expect(fs.statSync(path.join(dir, `${file}.br`)).size).toBeLessThan(original.length / 4)
    }
  })

  it('of Pagefind’s page lists and WebAssembly: a brotli copy of what their gzip holds, smaller', () => {
    for (const file of ['pagefind/wasm.nl.pagefind', 'pagefind-aanbod/pagefind.nl_1234abcd.pf_meta']) {
      const gzip = fs.readFileSync(path.join(dir, file))
      const br = fs.readFileSync(path.join(dir, `${file}.br`))
      expect(zlib.brotliDecompressSync(br).equals(zlib.gunzipSync(gzip)), file).toBe(true)
      expect(br.length, file).toBeLessThan(gzip.length)
    }
  })

  it('are not made of pages, small files, or files that are compressed already (PDF, Pagefind’s other files)', () => {
    const copies = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.(br|gz|tmp)$/.test(f))
      .sort()
    expect(copies).toEqual([
      '_astro/zoeken.js.br',
      '_astro/zoeken.js.gz',
      'pagefind-aanbod/pagefind.nl_1234abcd.pf_meta.br',
      'pagefind/wasm.nl.pagefind.br',
      'zoekhulp.json.br',
      'zoekhulp.json.gz',
    ])
  })
})

describe('the site server', () => {
  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip, the file itself otherwise', async () => {
    const original = fs.readFileSync(path.join(dir, '_astro/zoeken.js'))
    const br = await get('/_astro/zoeken.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(br.headers.vary).toMatch(/Accept-Encoding/i)
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true)

    const gz = await get('/_astro/zoeken.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true)

    const plain = await get('/_astro/zoeken.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(original)).toBe(true)
  })

  it('says Pagefind’s files are gzip (the browser unpacks them, not Pagefind’s JavaScript), or sends their brotli copy', async () => {
    const file = fs.readFileSync(path.join(dir, 'pagefind/wasm.nl.pagefind'))
    const br = await get('/pagefind/wasm.nl.pagefind', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(lijst)
    const gz = await get('/pagefind/wasm.nl.pagefind', { 'accept-encoding': 'gzip, deflate' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.body.equals(file)).toBe(true)
    expect(zlib.gunzipSync(gz.body).toString()).toBe(lijst)
    const plain = await get('/pagefind/wasm.nl.pagefind')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(file)).toBe(true)
    // A fragment has no brotli copy: gzip, also to a browser that accepts brotli.
    const fragment = await get('/pagefind-aanbod/fragment/nl_1234abc.pf_fragment', { 'accept-encoding': 'gzip, deflate, br' })
    expect(fragment.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(fragment.body).toString()).toBe(lijst)
  })

  it('sends pages and files without a compressed copy as they are', async () => {
    const html = await get('/aanbod/samen-eten/', { 'accept-encoding': 'gzip, br' })
    expect(html.status).toBe(200)
    expect(html.headers['content-encoding']).toBeUndefined()
    expect(html.headers['content-type']).toMatch(/text\/html/)
    expect(html.body.toString()).toBe(page)
    const small = await get('/_astro/klein.js', { 'accept-encoding': 'gzip, br' })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(small.body.toString()).toBe('export {}\n')
    expect((await get('/bestaat-niet/', { 'accept-encoding': 'br' })).status).toBe(404)
  })
})
