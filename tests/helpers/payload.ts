/**
 * A real Payload instance on a fresh database for one test file: a temporary SQLite file (migrated with the
 * committed migrations, as in production), or a fresh database on TEST_MONGODB_URI when that is set.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import { buildAppConfig } from '../../cms/config'
import { chooseDatabase } from '../../cms/database'
import { testDatabaseUri } from './database-uri'

export { testDatabaseUri }

export interface TestCms {
  payload: Payload
  dir: string
  close: () => Promise<void>
}

export async function startCms(): Promise<TestCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-test-'))
  const config = buildAppConfig({
    database: chooseDatabase(testDatabaseUri(dir), dir),
    secret: crypto.randomBytes(16).toString('hex'),
  })
  const payload = await getPayload({ config, key: dir })
  return {
    payload,
    dir,
    close: async () => {
      if (payload.db.name === 'mongoose') await (payload.db as any).connection.dropDatabase()
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The ValidationError of a failing call: its Dutch message and the field errors ({ path, message }). */
export async function validationErrors(
  promise: Promise<unknown>,
): Promise<{ message: string; errors: { path: string; message: string }[] }> {
  try {
    await promise
  } catch (err: any) {
    if (err?.name !== 'ValidationError' && err?.status !== 400) throw err
    return { message: err.message, errors: err.data?.errors ?? [] }
  }
  throw new Error('Verwacht: een validatiefout. Maar de opslag is gelukt.')
}
