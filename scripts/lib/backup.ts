/**
 * Backup and restore of all content through Payload's database adapter (payload.db), so the same code works on
 * SQLite and MongoDB: every collection with its drafts and versions, the globals and their versions, the users
 * with their password hashes, and the uploaded files. One .tar.gz archive:
 *
 *   manifest.json                  what is inside (format, database kind, counts)
 *   collections/<slug>.json        the stored documents, as the adapter returns them (ids included)
 *   versions/<slug>.json           the versions (drafts too) of collections with versions
 *   globals/<slug>.json            the stored global (null when it was never saved)
 *   global-versions/<slug>.json    the versions of a global
 *   uploads/<slug>/…               the files of an upload collection (its staticDir)
 *
 * Not in the backup: payload-migrations (the restore migrates the empty database itself) and
 * payload-locked-documents (who has a document open in the admin right now).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { pipeline } from 'node:stream/promises'
import type { Collection, CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import { rollen } from '../../content-schema'
import { privateDir } from '../../cms/paths'

export const BACKUP_FORMAT = 'sociale-kaart-backup'
export const BACKUP_VERSION = 1
export const SKIPPED_COLLECTIONS = ['payload-migrations', 'payload-locked-documents']

type Doc = Record<string, any>
type Req = Partial<PayloadRequest>

export interface Manifest {
  formaat: typeof BACKUP_FORMAT
  versie: number
  gemaakt: string
  /** payload.db.name: "sqlite" or "mongoose". A backup goes back into the same kind of database. */
  database: string
  collecties: Record<string, { documenten: number; versies: number | null }>
  globals: Record<string, { opgeslagen: boolean; versies: number | null }>
  uploads: Record<string, { bestanden: number }>
}

/** A problem the person running the script can fix, in Dutch. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

const collectionsOf = (payload: Payload) => payload.config.collections.filter((c) => !SKIPPED_COLLECTIONS.includes(c.slug))
const collectionBySlug = (payload: Payload, slug: string): Collection | undefined =>
  (payload.collections as Record<string, Collection>)[slug]

/** The folder of an upload collection's files. */
const uploadDirOf = (payload: Payload, slug: string): string | null => {
  const upload = collectionBySlug(payload, slug)?.config.upload
  if (!upload) return null
  const dir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : slug
  return path.resolve(dir)
}

const globalSaved = (doc: Doc | null | undefined) => Boolean(doc && (doc.id !== undefined || doc.createdAt))

/** Read all of it in one (read) transaction where the adapter has them: a consistent snapshot. */
async function withTransaction<T>(payload: Payload, fn: (req: Req) => Promise<T>, { commit }: { commit: boolean }): Promise<T> {
  const transactionID = (await payload.db.beginTransaction?.()) ?? null
  const req: Req = transactionID ? { transactionID, payload } : { payload }
  try {
    const result = await fn(req)
    if (transactionID) await (commit ? payload.db.commitTransaction(transactionID) : payload.db.rollbackTransaction(transactionID))
    return result
  } catch (err) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}

const writeJson = (file: string, value: unknown) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(value))
}
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? listFiles(full, base) : e.isFile() ? [path.relative(base, full)] : []
  })
}

export const defaultBackupFile = (root: string, now = new Date()) => {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-')
  return path.join(root, 'data', 'backups', `sociale-kaart-${stamp}.tar.gz`)
}

/** Write everything to `file` (a .tar.gz, readable only by its owner from its first byte: it holds password hashes). */
export async function createBackup(payload: Payload, file: string): Promise<Manifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-backup-'))
  try {
    const manifest: Manifest = {
      formaat: BACKUP_FORMAT,
      versie: BACKUP_VERSION,
      gemaakt: new Date().toISOString(),
      database: payload.db.name,
      collecties: {},
      globals: {},
      uploads: {},
    }
    await withTransaction(
      payload,
      async (req) => {
        for (const { slug, versions } of collectionsOf(payload)) {
          const { docs } = await payload.db.find({ collection: slug, limit: 0, pagination: false, sort: 'id', req })
          writeJson(path.join(work, 'collections', `${slug}.json`), docs)
          let versies: number | null = null
          if (versions) {
            const found = await payload.db.findVersions({ collection: slug, limit: 0, pagination: false, sort: 'createdAt', req })
            writeJson(path.join(work, 'versions', `${slug}.json`), found.docs)
            versies = found.docs.length
          }
          manifest.collecties[slug] = { documenten: docs.length, versies }
        }
        for (const { slug, versions } of payload.config.globals) {
          const doc = await payload.db.findGlobal({ slug, req })
          writeJson(path.join(work, 'globals', `${slug}.json`), globalSaved(doc) ? doc : null)
          let versies: number | null = null
          if (versions) {
            const found = await payload.db.findGlobalVersions({ global: slug, limit: 0, pagination: false, sort: 'createdAt', req })
            writeJson(path.join(work, 'global-versions', `${slug}.json`), found.docs)
            versies = found.docs.length
          }
          manifest.globals[slug] = { opgeslagen: globalSaved(doc), versies }
        }
      },
      { commit: false },
    )
    for (const { slug } of collectionsOf(payload)) {
      const dir = uploadDirOf(payload, slug)
      if (!dir) continue
      const files = listFiles(dir)
      if (files.length) fs.cpSync(dir, path.join(work, 'uploads', slug), { recursive: true })
      manifest.uploads[slug] = { bestanden: files.length }
    }
    writeJson(path.join(work, 'manifest.json'), manifest)

    privateDir(path.dirname(file))
    // Owner-only from the first byte, whatever the umask: opened by us with 0600, never an existing file or link
    // (O_EXCL), then renamed into place only when complete.
    const partial = `${file}.deels`
    fs.rmSync(partial, { force: true })
    const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 })
    try {
      await pipeline(tar.c({ gzip: true, cwd: work, portable: true }, fs.readdirSync(work).sort()), out)
    } catch (err) {
      fs.rmSync(partial, { force: true })
      throw err
    }
    fs.renameSync(partial, file)
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------- restore

/** The collections a collection's relationship and upload fields point to. */
function targetsOf(fields: Field[], out = new Set<string>()): Set<string> {
  for (const field of fields as any[]) {
    if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo) {
      for (const to of [field.relationTo].flat()) out.add(to)
    }
    if (Array.isArray(field.fields)) targetsOf(field.fields, out)
    for (const tab of field.tabs ?? []) targetsOf(tab.fields ?? [], out)
    for (const block of field.blocks ?? []) if (typeof block === 'object') targetsOf(block.fields ?? [], out)
  }
  return out
}

/**
 * Collections in an order where every document's relations already exist when it is written (the SQLite
 * schema has foreign keys). Cycles (none today) keep the configuration's order.
 */
export function restoreOrder(payload: Payload): string[] {
  const slugs: string[] = collectionsOf(payload).map((c) => c.slug)
  const deps = new Map<string, string[]>(
    slugs.map((s) => [s, [...targetsOf(collectionBySlug(payload, s)!.config.fields)].filter((t) => t !== s && slugs.includes(t))]),
  )
  const order: string[] = []
  const visiting = new Set<string>()
  const visit = (s: string) => {
    if (order.includes(s) || visiting.has(s)) return
    visiting.add(s)
    for (const d of deps.get(s) ?? []) visit(d)
    visiting.delete(s)
    order.push(s)
  }
  slugs.forEach(visit)
  return order
}

/** What the database already holds ("12 aanbod, 5 kernen"), or an empty list when it is empty. */
export async function contentInDatabase(payload: Payload): Promise<string[]> {
  const found: string[] = []
  for (const { slug } of collectionsOf(payload)) {
    const { totalDocs } = await payload.db.count({ collection: slug as CollectionSlug })
    if (totalDocs > 0) found.push(`${slug}: ${totalDocs}`)
  }
  for (const { slug } of payload.config.globals) {
    if (globalSaved(await payload.db.findGlobal({ slug }))) found.push(`global ${slug}`)
  }
  return found
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json')
  if (!fs.existsSync(file)) throw new BackupError('Dit is geen back-up van de Sociale Kaart: manifest.json ontbreekt in het archief.')
  const manifest = readJson(file) as Manifest
  if (manifest.formaat !== BACKUP_FORMAT) throw new BackupError('Dit is geen back-up van de Sociale Kaart (onbekend formaat).')
  if (manifest.versie > BACKUP_VERSION) {
    throw new BackupError(
      `Deze back-up heeft versie ${manifest.versie} van het formaat; dit programma kent versie ${BACKUP_VERSION}. Werk het programma eerst bij.`,
    )
  }
  return manifest
}

/** A stored version as the adapter's createVersion / createGlobalVersion take it back (its id is new). */
const versionRecord = (v: Doc) => ({
  versionData: v.version,
  autosave: Boolean(v.autosave),
  createdAt: v.createdAt,
  updatedAt: v.updatedAt,
  publishedLocale: v.publishedLocale ?? undefined,
  snapshot: v.snapshot ?? undefined,
})

export interface RestoreResult {
  manifest: Manifest
  documenten: number
  globals: number
  versies: number
  bestanden: number
}

/** An unpacked backup, checked to be one (before the CMS is even started). */
export interface OpenedBackup {
  dir: string
  manifest: Manifest
  close: () => void
}

/** What an archive entry may be: a plain file or folder, inside the archive's own folder. Else why not, in Dutch. */
function entryProblem(entry: { path: string; type: string; linkpath?: string }): string | null {
  const p = entry.path
  const parts = p.split(/[\\/]+/)
  if (p.startsWith('/') || p.startsWith('\\') || /^[a-z]:/i.test(p) || parts.includes('..')) {
    return `"${p}" wijst naar een plek buiten de map van de back-up (een pad vanaf de schijf of met "..").`
  }
  if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
    return `"${p}" is een koppeling (link) naar "${entry.linkpath ?? ''}". Een back-up bevat alleen gewone bestanden en mappen.`
  }
  if (!['File', 'OldFile', 'ContiguousFile', 'Directory'].includes(entry.type)) {
    return `"${p}" is geen gewoon bestand of map (soort: ${entry.type}). Een back-up bevat alleen gewone bestanden en mappen.`
  }
  return null
}

const HASH = /^(pbkdf2-sha256-v1:[0-9a-f]{64}|[0-9a-f]{1024})$/
const SALT = /^[0-9a-f]{64}$/
const EMAIL = /^[^\s@]+@[^\s@]+$/

/**
 * The users in a backup come back with the rights of their rol and log in with their stored password hash, so a
 * restore takes only users it can check, each with:
 * - an e-mail address;
 * - a rol that exists (content-schema's rollen): not one nobody can give in the CMS;
 * - a password hash and salt in the form Payload makes them (pbkdf2: "pbkdf2-sha256-v1:" and 64 hex characters, or
 *   the older 1024 hex characters; a salt of 64 hex characters). Without them, nobody can tell how this user logs in.
 * And as many users as the manifest says. A backup from npm run backup always passes; a hand-made or changed one
 * with such a user is refused, naming the user and what is wrong. The password itself cannot be checked (only its
 * owner knows it), nor whether an e-mail address is really that person's.
 */
function checkUsers(dir: string, manifest: Manifest) {
  const file = path.join(dir, 'collections', 'users.json')
  const expected = manifest.collecties?.users?.documenten ?? 0
  let users: unknown
  try {
    users = fs.existsSync(file) ? readJson(file) : []
  } catch {
    throw new BackupError('Het archief is geweigerd: collections/users.json (de gebruikers) is geen leesbare lijst.')
  }
  if (!Array.isArray(users)) throw new BackupError('Het archief is geweigerd: collections/users.json (de gebruikers) is geen lijst.')
  if (users.length !== expected) {
    throw new BackupError(
      `Het archief is geweigerd: er staan ${users.length} gebruikers in, maar volgens manifest.json ${expected}. Is het archief veranderd?`,
    )
  }
  const rolNamen = rollen.map((r) => r.value as string)
  for (const [i, user] of (users as Doc[]).entries()) {
    const wie = typeof user?.email === 'string' && user.email ? user.email : `gebruiker nummer ${i + 1}`
    const problemen: string[] = []
    if (!user || typeof user !== 'object') problemen.push('geen gegevens')
    else {
      if (typeof user.email !== 'string' || !EMAIL.test(user.email)) problemen.push('geen geldig e-mailadres')
      if (!rolNamen.includes(user.rol)) problemen.push(`de rol "${user.rol ?? ''}" bestaat niet (wel: ${rolNamen.join(', ')})`)
      if (typeof user.hash !== 'string' || !HASH.test(user.hash)) problemen.push('de wachtwoord-hash ontbreekt of heeft een onbekende vorm')
      if (typeof user.salt !== 'string' || !SALT.test(user.salt))
        problemen.push('de salt van het wachtwoord ontbreekt of heeft een onbekende vorm')
    }
    if (problemen.length)
      throw new BackupError(`Het archief is geweigerd: gebruiker ${wie} is niet te controleren: ${problemen.join('; ')}.`)
  }
}

/**
 * Unpack a backup into a private temporary folder, after checking every entry in the archive first (nothing is
 * written before that): only plain files and folders, all inside the archive's folder. Then its manifest and its
 * users (checkUsers). Any problem is a BackupError saying which entry or user and why.
 */
export async function openBackup(archive: string): Promise<OpenedBackup> {
  if (!fs.existsSync(archive))
    throw new BackupError(`Het bestand ${archive} bestaat niet. Geef het pad van een back-up (een .tar.gz uit npm run backup).`)
  const unreadable = () =>
    new BackupError(`Het bestand ${archive} is geen leesbaar archief (.tar.gz). Is het wel een back-up uit npm run backup?`)
  const problems: string[] = []
  try {
    await tar.t({ file: archive, strict: true, onReadEntry: (entry) => void problems.push(entryProblem(entry) ?? '') })
  } catch {
    throw unreadable()
  }
  const problem = problems.find(Boolean)
  if (problem) throw new BackupError(`Het archief is geweigerd: ${problem}`)

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-restore-'))
  const close = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    // The same check again while unpacking (nothing unsafe is written): the file could have changed since it was read.
    const late: string[] = []
    const safe = (entry: { path: string; type: string; linkpath?: string }) => {
      const p = entryProblem(entry)
      if (p) late.push(p)
      return !p
    }
    try {
      await tar.x({ file: archive, cwd: dir, strict: true, filter: (_p, entry) => !('type' in entry) || safe(entry) })
    } catch {
      throw unreadable()
    }
    if (late.length) throw new BackupError(`Het archief is geweigerd: ${late[0]}`)
    const manifest = readManifest(dir)
    checkUsers(dir, manifest)
    return { dir, manifest, close }
  } catch (err) {
    close()
    throw err
  }
}

/**
 * Put a backup into an EMPTY database (migrated first), with the same ids, so relations hold. Refuses a
 * database with content, and uploaded files that would overwrite different ones. The database part runs in one
 * transaction where the adapter has them: a failure leaves the database empty.
 */
export async function restoreBackup(payload: Payload, { dir: work, manifest }: OpenedBackup): Promise<RestoreResult> {
  const written: string[] = []
  try {
    if (manifest.database !== payload.db.name) {
      const naam = (n: string) => (n === 'mongoose' ? 'MongoDB' : n === 'sqlite' ? 'SQLite' : n)
      throw new BackupError(
        `Deze back-up komt uit een ${naam(manifest.database)}-database; de database nu is ${naam(payload.db.name)}. Herstel in hetzelfde soort database.`,
      )
    }
    const unknown = [
      ...Object.keys(manifest.collecties).filter((s) => !collectionBySlug(payload, s)),
      ...Object.keys(manifest.globals).filter((s) => !payload.config.globals.some((g) => g.slug === s)),
    ]
    if (unknown.length)
      throw new BackupError(
        `De back-up bevat ${unknown.join(', ')}, maar dit CMS kent dat niet. Herstel met de versie van het CMS waarmee de back-up is gemaakt.`,
      )

    const present = await contentInDatabase(payload)
    if (present.length) {
      throw new BackupError(
        `De database is niet leeg: er staat al inhoud in (${present.join(', ')}). Herstellen kan alleen in een lege database, zodat er niets verloren gaat. ` +
          'Maak een nieuwe, lege database (bijvoorbeeld DATABASE_URI=file:data/hersteld.db) en herstel daarin.',
      )
    }

    // Uploaded files: never overwrite a different file.
    const copies: { from: string; to: string }[] = []
    for (const slug of Object.keys(manifest.uploads)) {
      const dir = uploadDirOf(payload, slug)
      const from = path.join(work, 'uploads', slug)
      if (!dir) continue
      for (const rel of listFiles(from)) {
        const to = path.join(dir, rel)
        if (fs.existsSync(to)) {
          if (!fs.readFileSync(to).equals(fs.readFileSync(path.join(from, rel)))) {
            throw new BackupError(
              `Het bestand ${to} bestaat al en is anders dan in de back-up. Zet het eerst ergens anders neer; herstellen overschrijft geen bestanden.`,
            )
          }
        } else copies.push({ from: path.join(from, rel), to })
      }
    }
    for (const { from, to } of copies) {
      fs.mkdirSync(path.dirname(to), { recursive: true })
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL)
      written.push(to)
    }

    const counts = { documenten: 0, globals: 0, versies: 0 }
    await withTransaction(
      payload,
      async (req) => {
        for (const slug of restoreOrder(payload)) {
          const file = path.join(work, 'collections', `${slug}.json`)
          if (!fs.existsSync(file)) continue
          for (const doc of readJson(file) as Doc[]) {
            await payload.db.create({ collection: slug as CollectionSlug, data: doc, customID: doc.id, req, returning: false })
            counts.documenten++
          }
        }
        for (const { slug } of collectionsOf(payload)) {
          const file = path.join(work, 'versions', `${slug}.json`)
          if (!fs.existsSync(file)) continue
          for (const v of readJson(file) as Doc[]) {
            await payload.db.createVersion({
              collectionSlug: slug as CollectionSlug,
              parent: v.parent,
              ...versionRecord(v),
              req,
              returning: false,
            })
            counts.versies++
          }
        }
        for (const { slug } of payload.config.globals) {
          const file = path.join(work, 'globals', `${slug}.json`)
          const doc = fs.existsSync(file) ? (readJson(file) as Doc | null) : null
          if (doc) {
            // createGlobal stamps createdAt with now (SQLite); the update puts the stored one back.
            await payload.db.createGlobal({ slug, data: structuredClone(doc), req, returning: false })
            await payload.db.updateGlobal({ slug, data: doc, req, returning: false })
            counts.globals++
          }
          const versionsFile = path.join(work, 'global-versions', `${slug}.json`)
          if (!fs.existsSync(versionsFile)) continue
          for (const v of readJson(versionsFile) as Doc[]) {
            await payload.db.createGlobalVersion({ globalSlug: slug, ...versionRecord(v), req, returning: false })
            counts.versies++
          }
        }
      },
      { commit: true },
    )
    return { manifest, ...counts, bestanden: copies.length }
  } catch (err) {
    for (const f of written) fs.rmSync(f, { force: true })
    throw err
  }
}
