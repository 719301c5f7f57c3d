import path from 'node:path'
import fs from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { maskDatabaseUri, MONGODB_CONNECT_OPTIONS } from './database-errors'
import { dataDir, privateDir, projectRoot } from './paths'

export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string | null } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = 'sociale-kaart.db'

/**
 * DATABASE_URI decides the database:
 * - nothing set: the embedded SQLite file data/sociale-kaart.db (created and migrated on first start);
 * - file:… (or libsql:/http(s) for a libSQL server): SQLite;
 * - mongodb:// or mongodb+srv://: MongoDB, the production database.
 */
export function chooseDatabase(uri: string | undefined, dir: string = dataDir()): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    const file = path.join(dir, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value }
  if (/^file:/i.test(value)) return { kind: 'sqlite', url: value, file: value.replace(/^file:(\/\/)?/i, '') }
  if (/^(libsql|wss?|https?):\/\//i.test(value)) return { kind: 'sqlite', url: value, file: null }
  throw new Error(
    `DATABASE_URI "${maskDatabaseUri(value)}" wordt niet ondersteund. ` +
      'Gebruik mongodb://… of mongodb+srv://… voor MongoDB, file:pad/naar/bestand.db voor SQLite, of laat DATABASE_URI leeg voor de ingebouwde SQLite-database in data/.',
  )
}

/**
 * The SQLite file is made here, owner-only (0600), before libSQL opens it: libSQL would make it with the umask's rights
 * (often 0644). SQLite gives its -wal and -shm files the rights of the database file. Its folder, when made here, is
 * owner-only too (data/ always). A file that is already there keeps its rights (data/ around it is owner-only).
 */
function createPrivateFile(file: string) {
  const full = path.resolve(file)
  privateDir(path.dirname(full))
  fs.closeSync(fs.openSync(full, 'a', 0o600))
}

const BUSY_TIMEOUT_MS = 10_000

export function databaseAdapter(
  choice: DatabaseChoice,
  migrations?: Parameters<typeof sqliteAdapter>[0]['prodMigrations'],
): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    // Transactions when the address names a replica set (…?replicaSet=rs0): Payload's adapter turns them off by itself
    // for a single server, which has none (node_modules/@payloadcms/db-mongodb/dist/connect.js).
    return mongooseAdapter({ url: choice.url, connectOptions: MONGODB_CONNECT_OPTIONS })
  }
  if (choice.file) createPrivateFile(choice.file)
  const adapter = sqliteAdapter({
    client: { url: choice.url },
    // Schema changes come only from the committed migrations in cms/migrations (never a dev "push"):
    // the same path in development, tests and production.
    push: false,
    migrationDir: path.join(projectRoot(), 'cms', 'migrations'),
    prodMigrations: migrations,
    // Real transactions: a failed create or update stores nothing.
    transactionOptions: {},
    busyTimeout: BUSY_TIMEOUT_MS,
    wal: Boolean(choice.file),
  })
  if (!choice.file) return adapter
  // Once connected: every connection to the file wipes what it deletes (see perVerbinding).
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as ReturnType<typeof adapter.init> & { client?: unknown }
      const connect = db.connect!
      db.connect = async function (this: typeof db, options) {
        await connect.call(this, options)
        perVerbinding(this.client as LibsqlClient)
      }
      return db
    },
  }
}

/**
 * What every connection to the SQLite file must do first. secure_delete: SQLite overwrites deleted content (a wiped
 * melding's text, a deleted row) with zeros instead of leaving it in free space of the file, so "wiped" means gone
 * from disk once the write-ahead log is checkpointed (cms/collections/Meldingen/bewaartermijn.ts). busy_timeout:
 * wait for another writer instead of failing at once.
 */
export const SQLITE_PRAGMAS = [`PRAGMA secure_delete = ON`, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`] as const

type LibsqlClient = {
  execute: (...a: any[]) => Promise<any>
  batch: (...a: any[]) => Promise<any>
  migrate: (...a: any[]) => Promise<any>
  executeMultiple: (...a: any[]) => Promise<any>
  transaction: (...a: any[]) => Promise<any>
  protocol?: string
}

/**
 * These PRAGMAs hold per connection, and libSQL's local client opens a new connection after every transaction (it
 * hands its open one to the transaction: node_modules/@libsql/client/lib-esm/sqlite3.js), where @payloadcms/db-sqlite
 * sets its PRAGMAs only on the first. So the client is wrapped: the first statement on a fresh connection is preceded
 * by the PRAGMAs. libSQL runs each statement synchronously inside its async methods, so nothing can slip in between.
 */
function perVerbinding(client: LibsqlClient) {
  if (client?.protocol !== 'file' || (client as any).__perVerbinding) return
  ;(client as any).__perVerbinding = true
  const execute = client.execute.bind(client)
  let nieuw = true
  const eerst = () => {
    if (!nieuw) return
    nieuw = false
    // These PRAGMAs cannot fail on an open connection; a connection that cannot be opened fails the statement itself.
    for (const pragma of SQLITE_PRAGMAS) execute(pragma).catch(() => {})
  }
  for (const name of ['execute', 'batch', 'migrate', 'executeMultiple'] as const) {
    if (typeof client[name] !== 'function') continue
    const original = client[name].bind(client)
    client[name] = (...a: any[]) => {
      eerst()
      return original(...a)
    }
  }
  const transaction = client.transaction.bind(client)
  client.transaction = (...a: any[]) => {
    eerst()
    const tx = transaction(...a)
    // The client's connection now belongs to the transaction: the next statement gets a new one.
    nieuw = true
    return tx
  }
}
