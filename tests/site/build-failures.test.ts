/**
 * The failure modes of the site build: the CMS is down, the CMS has no published aanbod, or a document the CMS
 * serves is invalid. Each one fails the build, with a message that says what is wrong (naming the document and the
 * field for an invalid one), and leaves the previously built site byte for byte as it was, with no half-built
 * folders left behind.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { root } from '../../scripts/lib/process'
import { api, startCmsServer, type CmsServer } from '../helpers/server'
import { buildFrom, filesIn } from '../helpers/site'

const usesSqlite = !process.env.TEST_MONGODB_URI?.trim()

/** A port nothing listens on (port 9 would not do: fetch refuses it as a "bad port" before connecting). */
let DOWN: string
let cms: CmsServer
let empty: CmsServer
let base: string
let outDir: string
let before: Record<string, string> | undefined

beforeAll(async () => {
  // Two CMSes: one with the demo content, one with only the reference data (no aanbod).
  ;[cms, empty] = await Promise.all([startCmsServer({ demo: true }), startCmsServer({ demo: false })])
  DOWN = `http://127.0.0.1:${await closedPort()}`
  // Inside the project (in the git-ignored .site-build/): Astro puts its intermediate server bundle in the output
  // folder only when that lies inside the working directory; for an outDir elsewhere (os.tmpdir()) it uses the
  // shared ./.astro/ folder, and two builds running at the same time break each other there.
  fs.mkdirSync(path.join(root, '.site-build'), { recursive: true })
  base = fs.mkdtempSync(path.join(root, '.site-build', 'test-failures-'))
  outDir = path.join(base, 'dist')
}, 180_000)
afterAll(async () => {
  await Promise.all([cms?.close(), empty?.close()])
  if (base) fs.rmSync(base, { recursive: true, force: true })
})

async function closedPort(): Promise<number> {
  const srv = net.createServer()
  await new Promise<void>((resolve, reject) => srv.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = srv.address() as net.AddressInfo
  await new Promise((resolve) => srv.close(resolve))
  return port
}

/** Every file under dir (relative path) with the SHA-256 of its content. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesIn(dir).map((p) => [path.relative(dir, p), crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex')]),
  )
}

/** The previous site is exactly as it was, and the build left nothing behind in .site-build next to it. */
function expectUntouched() {
  if (!before) throw new Error('Er is geen eerdere site gebouwd (zie de eerste test).')
  const now = snapshot(outDir)
  expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort())
  expect(now['index.html']).toBe(before['index.html'])
  expect(now).toEqual(before)
  // dist is a link to the one live build; nothing else is left in the build folder (no lock, no half build).
  expect(fs.lstatSync(outDir).isSymbolicLink()).toBe(true)
  expect(fs.readdirSync(path.join(base, '.site-build'))).toEqual([path.basename(fs.readlinkSync(outDir))])
  expect(fs.readdirSync(base).sort()).toEqual(['.site-build', 'dist'])
}

/** The site's content loader, fresh (it reads CMS_URL when imported and caches the content per import). */
async function loader(url: string) {
  const previous = process.env.CMS_URL
  process.env.CMS_URL = url
  try {
    vi.resetModules()
    return await import('../../site/lib/cms')
  } finally {
    if (previous === undefined) delete process.env.CMS_URL
    else process.env.CMS_URL = previous
  }
}

describe('a good build first', () => {
  it('builds the site from the demo CMS and records what it built', async () => {
    await buildFrom(cms, outDir)
    before = snapshot(outDir)
    expect(before['index.html']).toMatch(/^[0-9a-f]{64}$/)
    expect(Object.keys(before).length).toBeGreaterThan(50)
    // dist is a link to the one finished build; nothing else is left next to it.
    expect(fs.readdirSync(path.join(base, '.site-build'))).toEqual([path.basename(fs.readlinkSync(outDir))])
  }, 120_000)
})

describe('CMS down', () => {
  it('the loader says the CMS is not reachable', async () => {
    const { getContent, ContentError } = await loader(DOWN)
    const err = await getContent().then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(ContentError)
    expect((err as Error).message).toContain(`Het CMS op ${DOWN} is niet bereikbaar`)
    expect((err as Error).message).toMatch(/ECONNREFUSED/)
    expect((err as Error).message).toMatch(/De site is niet gebouwd/)
  })

  it('fails the build and leaves the previous site untouched', async () => {
    await expect(buildFrom({ url: DOWN }, outDir)).rejects.toThrow(/astro build stopte met code/)
    expectUntouched()
  }, 120_000)
})

describe('CMS without aanbod', () => {
  it('the second CMS has the reference data but no aanbod', async () => {
    expect((await api(empty, 'GET', '/api/aanbod?limit=0')).body.totalDocs).toBe(0)
    expect((await api(empty, 'GET', '/api/kernen?limit=0')).body.totalDocs).toBeGreaterThan(0)
  })

  it('the loader refuses the content of a CMS without aanbod', async () => {
    const { getContent, ContentError } = await loader(empty.url)
    await expect(getContent()).rejects.toBeInstanceOf(ContentError)
  })

  it('the loader says there is no published aanbod', async () => {
    const { getContent } = await loader(empty.url)
    await expect(getContent()).rejects.toThrow(/geen gepubliceerd aanbod/)
  })

  it('fails the build and leaves the previous site untouched', async () => {
    await expect(buildFrom(empty, outDir)).rejects.toThrow(/astro build stopte met code/)
    expectUntouched()
  }, 120_000)
})

describe.skipIf(!usesSqlite)('an invalid document in the CMS', () => {
  let slug: string

  it('a published aanbod, corrupted in the database, is served with the bad value', async () => {
    const doc = (await api(cms, 'GET', '/api/aanbod?limit=1&depth=0&sort=id')).body.docs[0]
    slug = doc.slug
    const db = createClient({ url: cms.env.DATABASE_URI! })
    try {
      const columns = (await db.execute('PRAGMA table_info(aanbod)')).rows.map((r) => String(r.name))
      expect(columns).toContain('contact_telefoon')
      // The CMS validates what editors type; the site's check is the last line for what gets past it anyway.
      const res = await db.execute({ sql: 'UPDATE aanbod SET contact_telefoon = ? WHERE id = ?', args: ['bel ons maar', doc.id] })
      expect(res.rowsAffected).toBe(1)
    } finally {
      db.close()
    }
    const served = await api(cms, 'GET', `/api/aanbod/${doc.id}`)
    expect(served.status).toBe(200)
    expect(served.body.contact.telefoon).toBe('bel ons maar')
  })

  it('the loader names the document and the field', async () => {
    const { getContent } = await loader(cms.url)
    const err = await getContent().then(
      () => null,
      (e: unknown) => e as Error,
    )
    expect(err?.message).toMatch(new RegExp(`aanbod "${slug}".*contact\\.telefoon`))
    expect(err?.message).toMatch(/geen geldig Nederlands telefoonnummer/)
  })

  it('fails the build and leaves the previous site untouched', async () => {
    await expect(buildFrom(cms, outDir)).rejects.toThrow(/astro build stopte met code/)
    expectUntouched()
  }, 120_000)
})
