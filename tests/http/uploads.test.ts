/**
 * Uploads over real HTTP (as a redacteur, who may upload anything a user may): the size limit and the list of
 * image types hold, whatever a file is called, with a Dutch message naming "Bestand".
 */
import crypto from 'node:crypto'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'

let cms: CmsServer
let token: string

async function upload(bytes: Uint8Array, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name)
  form.append('_payload', JSON.stringify({ alt: `Testbestand ${name}` }))
  const res = await fetch(`${cms.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const text = await res.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body, text }
}

const mediaCount = async () => (await api(cms, 'GET', '/api/media?limit=0')).body.totalDocs as number

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  token = (await login(cms, 'redacteur@demo.local')).token
}, 180_000)
afterAll(async () => cms?.close())

describe('uploads', () => {
  it('a real small PNG is accepted and served as an image', async () => {
    const png = await sharp({ create: { width: 120, height: 40, channels: 3, background: { r: 20, g: 90, b: 160 } } })
      .png()
      .toBuffer()
    const res = await upload(png, 'logo.png', 'image/png')
    expect(res.status, res.text).toBe(201)
    const file = await fetch(new URL(res.body.doc.url, cms.url))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).format).toBe('png')
  })

  it('a file of 30 MB is refused with 413 and a Dutch message; nothing is stored', async () => {
    const before = await mediaCount()
    const res = await upload(crypto.randomBytes(30 * 1024 * 1024), 'groot.png', 'image/png')
    expect(res.status).toBe(413)
    expect(res.text).toContain('Bestand: dit bestand is te groot. Een afbeelding mag hooguit 10 MB zijn.')
    expect(await mediaCount()).toBe(before)
  })

  const refused: [string, Uint8Array | (() => Promise<Uint8Array>), string, string][] = [
    [
      'an HTML page named .png',
      new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      'plaatje.png',
      'image/png',
    ],
    [
      'an SVG with a script',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'),
      'logo.svg',
      'image/svg+xml',
    ],
    [
      'a harmless SVG',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'),
      'logo.svg',
      'image/svg+xml',
    ],
    [
      'an SVG named .png',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'),
      'logo.png',
      'image/png',
    ],
    [
      'a GIF',
      () =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
          .gif()
          .toBuffer(),
      'logo.gif',
      'image/gif',
    ],
  ]
  for (const [what, bytes, name, type] of refused) {
    it(`${what} is refused with 400 and a Dutch message naming "Bestand"; nothing is stored`, async () => {
      const before = await mediaCount()
      const res = await upload(typeof bytes === 'function' ? await bytes() : bytes, name, type)
      expect(res.status, res.text).toBe(400)
      expect(res.text).toContain('Bestand: dit is geen afbeelding die we kunnen gebruiken. Kies een JPG-, PNG- of WebP-bestand (geen SVG).')
      expect(await mediaCount()).toBe(before)
    })
  }
})
