/** Where a test keeps its fresh database (no Payload import here: tests/global-setup.ts loads this in vitest's own process). */
import crypto from 'node:crypto'
import path from 'node:path'

/** A temporary SQLite file in `dir`, or a fresh database on TEST_MONGODB_URI when that is set. */
export function testDatabaseUri(dir: string): string {
  const mongo = process.env.TEST_MONGODB_URI?.trim()
  if (!mongo) return `file:${path.join(dir, 'test.db')}`
  const url = new URL(mongo)
  url.pathname = `/skt_test_${crypto.randomBytes(6).toString('hex')}`
  return url.toString()
}
