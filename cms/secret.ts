import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir, privateDir } from './paths'

/**
 * PAYLOAD_SECRET from the environment, or else one generated once and kept in data/.payload-secret
 * (git-ignored; the file 0600 from its first byte, in the owner-only data/). Never in the repository.
 */
export function resolveSecret(dir: string = dataDir()): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  const file = path.join(dir, '.payload-secret')
  try {
    const kept = fs.readFileSync(file, 'utf8').trim()
    if (kept) return kept
  } catch {
    // not there yet
  }
  privateDir(dir)
  const secret = crypto.randomBytes(32).toString('hex')
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
    return secret
  } catch {
    // another process wrote it first: use theirs
    return fs.readFileSync(file, 'utf8').trim()
  }
}
