/** Where a test keeps its fresh database (no Payload import here: tests/global-setup.ts loads this in vitest's own process). */
import crypto from 'node:crypto'
import path from 'node:path'
import { maskDatabaseUri, MONGODB_CONNECT_OPTIONS } from '../../cms/database-errors'

/** The prefix of every database the tests make on TEST_MONGODB_URI: only those are ever dropped. */
const MONGODB_TEST_PREFIX = 'skt_test_'

/** The MongoDB server of the CMS tests (TEST_MONGODB_URI), or undefined: then they run on temporary SQLite files. */
export const testMongodbUri = (): string | undefined => process.env.TEST_MONGODB_URI?.trim() || undefined

/** A temporary SQLite file in `dir`, or a fresh database on TEST_MONGODB_URI when that is set. */
export function testDatabaseUri(dir: string): string {
  const mongo = testMongodbUri()
  if (!mongo) return `file:${path.join(dir, 'test.db')}`
  const url = new URL(mongo)
  url.pathname = `/${MONGODB_TEST_PREFIX}${crypto.randomBytes(6).toString('hex')}`
  return url.toString()
}

/**
 * Drop a database that testDatabaseUri made on MongoDB (a SQLite file goes with its temporary folder). Refuses any
 * other database name, so a mistake never drops a real one.
 * Not tested here: no MongoDB server can be had on these machines (see docs/architectuur.md, TEST_MONGODB_URI).
 */
export async function dropTestDatabase(uri: string | undefined): Promise<void> {
  if (!uri || !/^mongodb(\+srv)?:\/\//i.test(uri)) return
  const name = new URL(uri).pathname.replace(/^\//, '')
  if (!name.startsWith(MONGODB_TEST_PREFIX)) throw new Error(`Geen testdatabase, dus niet verwijderd: ${name}`)
  const { default: mongoose } = await import('mongoose')
  const connection = mongoose.createConnection(uri, { ...MONGODB_CONNECT_OPTIONS, autoIndex: false })
  try {
    await connection.asPromise()
    await connection.dropDatabase()
  } finally {
    await connection.close()
  }
}

/** The closing line of a test run: whether the CMS tests ran on MongoDB, said plainly (a skipped MongoDB run is no silent gap). */
export function mongodbRunSummary(): string {
  const mongo = testMongodbUri()
  if (!mongo) return 'MongoDB-tests: NIET gedraaid (TEST_MONGODB_URI is niet gezet); de CMS-tests liepen op SQLite.'
  return `MongoDB-tests: gedraaid op ${maskDatabaseUri(mongo)} (TEST_MONGODB_URI); de testdatabases (${MONGODB_TEST_PREFIX}…) worden na elke testfile verwijderd.`
}
