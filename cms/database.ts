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
  return sqliteAdapter({
    client: { url: choice.url },
    // Schema changes come only from the committed migrations in cms/migrations (never a dev "push"):
    // the same path in development, tests and production.
    push: false,
    migrationDir: path.join(projectRoot(), 'cms', 'migrations'),
    prodMigrations: migrations,
    // Real transactions: a failed create or update stores nothing.
    transactionOptions: {},
    busyTimeout: 10_000,
    wal: Boolean(choice.file),
  })
}
