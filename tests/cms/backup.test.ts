/**
 * Backup and restore round trip, with the real npm scripts (scripts/backup.ts, scripts/restore.ts) as child
 * processes: the demo content, a draft on top of a published aanbod, an uploaded image used as a logo and an admin
 * preference go into an archive; restored into a fresh, empty database everything is the same: every stored
 * document (drafts, users with their password hashes), every version, the globals and their versions, and the
 * uploaded files byte for byte. Users log in with their old password. A database with content is refused.
 *
 * What legitimately differs: the ids of version records (the adapter gives a restored version a new id; nothing
 * refers to them), and the database's own bookkeeping that is not backed up (payload-migrations: when the
 * migrations ran; payload-locked-documents: who has a document open right now).
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import type { Payload } from 'payload'
import { bin, payloadScriptEnv, root } from '../../scripts/lib/process'

const PASSWORD = 'wachtwoord-voor-de-backup-test'
const NOT_BACKED_UP = ['payload-migrations', 'payload-locked-documents']
const dirA = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-backup-a-'))
const dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-backup-b-'))
const archive = path.join(dirA, 'uit', 'sociale-kaart.tar.gz')
const secret = crypto.randomBytes(16).toString('hex')
// The uploads of this process (source A) go to dirA/data/media: set before the CMS config is loaded.
process.env.PROJECT_ROOT = dirA

let uriA: string
let uriB: string
let before: Dump
let draftAanbod: { id: number | string; titel: string }
let mediaFiles: string[]
let payloadB: Payload | undefined

type Dump = Awaited<ReturnType<typeof dump>>

async function openPayload(uri: string, dir: string): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { buildAppConfig } = await import('../../cms/config')
  const { chooseDatabase } = await import('../../cms/database')
  return getPayload({ config: buildAppConfig({ database: chooseDatabase(uri, dir), secret }), key: dir })
}

/** Everything stored, read through the adapter on its own (not with the backup code). */
async function dump(payload: Payload) {
  const stable = (docs: any[]) => [...docs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  const out = {
    collections: {} as Record<string, any[]>,
    versions: {} as Record<string, any[]>,
    globals: {} as Record<string, any>,
    globalVersions: {} as Record<string, any[]>,
  }
  for (const c of payload.config.collections) {
    if (NOT_BACKED_UP.includes(c.slug)) continue
    out.collections[c.slug] = stable((await payload.db.find({ collection: c.slug, limit: 0, pagination: false })).docs)
    if (c.versions) {
      const { docs } = await payload.db.findVersions({ collection: c.slug, limit: 0, pagination: false })
      out.versions[c.slug] = stable(docs.map(({ id: _id, ...v }: any) => v))
    }
  }
  for (const g of payload.config.globals) {
    out.globals[g.slug] = await payload.db.findGlobal({ slug: g.slug })
    if (g.versions) {
      const { docs } = await payload.db.findGlobalVersions({ global: g.slug, limit: 0, pagination: false })
      out.globalVersions[g.slug] = stable(docs.map(({ id: _id, ...v }: any) => v))
    }
  }
  return out
}

function runScript(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(bin('tsx'), [path.join('scripts', script), ...args], {
    cwd: root,
    env: payloadScriptEnv({ PAYLOAD_SECRET: secret, DEMO_MODE: 'false', JOBS_AUTORUN: 'false', ...env }),
    encoding: 'utf8',
    timeout: 420_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const filesIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    : []

beforeAll(async () => {
  const { testDatabaseUri } = await import('../helpers/payload')
  uriA = testDatabaseUri(dirA)
  uriB = testDatabaseUri(dirB)
  const payload = await openPayload(uriA, dirA)
  const { seed } = await import('../../cms/seed')
  await seed(payload, { demo: true, demoPassword: PASSWORD })

  // A draft on top of a published aanbod: the published version stays the stored document.
  const published = (await payload.find({ collection: 'aanbod', limit: 1, sort: 'slug', depth: 0, overrideAccess: true })).docs[0]!
  draftAanbod = { id: published.id, titel: `${published.titel} (concept)` }
  await payload.update({
    collection: 'aanbod',
    id: published.id,
    draft: true,
    overrideAccess: true,
    data: { titel: draftAanbod.titel, _status: 'draft' },
  })

  // An uploaded image (with its resized copy), used as an organisation's logo.
  const png = await sharp({ create: { width: 900, height: 300, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Logo van de test-organisatie' },
    file: { data: png, mimetype: 'image/png', name: 'logo-test.png', size: png.length },
  })
  const org = (await payload.find({ collection: 'organisaties', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  await payload.update({ collection: 'organisaties', id: org.id, overrideAccess: true, data: { logo: media.id } })

  // An admin preference of a user (a polymorphic relation to users), stored the way the admin stores them.
  const user = (await payload.find({ collection: 'users', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  await payload.db.create({
    collection: 'payload-preferences',
    data: {
      key: 'collection-aanbod',
      value: { columns: [{ accessor: 'titel', active: true }] },
      user: { relationTo: 'users', value: user.id },
    },
  })

  before = await dump(payload)
  mediaFiles = filesIn(path.join(dirA, 'data', 'media'))
  await payload.destroy()
}, 480_000)

afterAll(async () => {
  if (payloadB?.db.name === 'mongoose') await (payloadB.db as any).connection.dropDatabase()
  await payloadB?.destroy()
  if (uriA?.startsWith('mongodb')) {
    const a = await openPayload(uriA, `${dirA}-opruimen`)
    await (a.db as any).connection.dropDatabase()
    await a.destroy()
  }
  fs.rmSync(dirA, { recursive: true, force: true })
  fs.rmSync(dirB, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('the source has what the round trip must keep', () => {
    expect(before.collections.aanbod!.length).toBeGreaterThan(10)
    expect(before.collections.users!.every((u) => typeof u.hash === 'string' && u.hash.length > 20 && u.salt)).toBe(true)
    expect(before.collections.media).toHaveLength(1)
    expect(before.collections['payload-preferences']).toHaveLength(1)
    expect(mediaFiles.length).toBeGreaterThanOrEqual(2) // the original and its "kaart" size
    const draft = before.versions.aanbod!.filter((v) => String(v.parent) === String(draftAanbod.id))
    expect(draft.map((v) => v.version._status).sort()).toEqual(['draft', 'published'])
    expect(Object.values(before.globalVersions).flat().length).toBeGreaterThan(0)
  })

  it('writes one archive, readable only by its owner, and says where', () => {
    const result = runScript('backup.ts', ['--uit', archive], { DATABASE_URI: uriA, PROJECT_ROOT: dirA })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(`Back-up klaar: ${archive}`)
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
  }, 480_000)

  it('restores into an empty database: everything equal, same ids, drafts, versions, globals, files', async () => {
    const result = runScript('restore.ts', [archive], { DATABASE_URI: uriB, PROJECT_ROOT: dirB })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('Herstel klaar')

    payloadB = await openPayload(uriB, dirB)
    const after = await dump(payloadB)
    for (const slug of Object.keys(before.collections))
      expect(after.collections[slug], `collection ${slug}`).toEqual(before.collections[slug])
    for (const slug of Object.keys(before.versions)) expect(after.versions[slug], `versions of ${slug}`).toEqual(before.versions[slug])
    for (const slug of Object.keys(before.globals)) expect(after.globals[slug], `global ${slug}`).toEqual(before.globals[slug])
    for (const slug of Object.keys(before.globalVersions))
      expect(after.globalVersions[slug], `versions of global ${slug}`).toEqual(before.globalVersions[slug])

    // The files, byte for byte.
    const restored = path.join(dirB, 'data', 'media')
    expect(filesIn(restored)).toEqual(mediaFiles)
    for (const f of mediaFiles)
      expect(fs.readFileSync(path.join(restored, f)).equals(fs.readFileSync(path.join(dirA, 'data', 'media', f))), f).toBe(true)
  }, 480_000)

  it('keeps the draft on top of the published aanbod, and the relations', async () => {
    const payload = payloadB!
    const published = await payload.findByID({ collection: 'aanbod', id: draftAanbod.id, depth: 0, overrideAccess: true })
    const latest = await payload.findByID({ collection: 'aanbod', id: draftAanbod.id, depth: 0, draft: true, overrideAccess: true })
    expect(published._status).toBe('published')
    expect(published.titel).not.toBe(draftAanbod.titel)
    expect(latest.titel).toBe(draftAanbod.titel)
    const withLogo = await payload.find({ collection: 'organisaties', where: { logo: { exists: true } }, depth: 1, overrideAccess: true })
    expect(withLogo.docs).toHaveLength(1)
    expect((withLogo.docs[0]!.logo as any).alt).toBe('Logo van de test-organisatie')
  })

  it('users log in with their old password', async () => {
    const payload = payloadB!
    for (const email of ['beheerder@demo.local', 'redacteur@demo.local', 'partner1@demo.local', 'partner2@demo.local']) {
      const result = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
      expect(result.token, email).toBeTruthy()
    }
    await expect(
      payload.login({ collection: 'users', data: { email: 'beheerder@demo.local', password: 'een-ander-wachtwoord' } }),
    ).rejects.toThrow()
  })

  it('refuses a database that is not empty, with a clear Dutch message, and changes nothing', async () => {
    const counts = async () => (await payloadB!.count({ collection: 'aanbod', overrideAccess: true })).totalDocs
    const n = await counts()
    const result = runScript('restore.ts', [archive], { DATABASE_URI: uriB, PROJECT_ROOT: dirB })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Herstellen mislukt: De database is niet leeg: er staat al inhoud in \(aanbod: \d+/)
    expect(result.stderr).toContain('Er is niets veranderd.')
    expect(await counts()).toBe(n)
  }, 480_000)

  it('refuses a file that is not a backup, and asks for one when none is given', () => {
    const notABackup = path.join(dirA, 'geen-backup.tar.gz')
    fs.writeFileSync(notABackup, 'dit is geen archief')
    const bad = runScript('restore.ts', [notABackup], { DATABASE_URI: uriB, PROJECT_ROOT: dirB })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('is geen leesbaar archief')
    const none = runScript('restore.ts', [], { DATABASE_URI: uriB, PROJECT_ROOT: dirB })
    expect(none.status).toBe(1)
    expect(none.stderr).toContain('Geef de back-up op')
  }, 480_000)
})
