import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir, privateDir } from './paths'

/**
 * Demo mode: demo content and demo accounts may exist. DEMO_MODE=true/false decides; when it is not set,
 * demo mode is on for the embedded SQLite database (a local install) and off when DATABASE_URI is configured.
 */
type Env = Record<string, string | undefined>

export function isDemoMode(env: Env = process.env): boolean {
  const v = env.DEMO_MODE?.trim().toLowerCase()
  if (v) {
    if (['1', 'true', 'ja', 'on', 'yes'].includes(v)) return true
    if (['0', 'false', 'nee', 'off', 'no'].includes(v)) return false
    throw new Error(`DEMO_MODE "${env.DEMO_MODE}" is onduidelijk: gebruik true of false.`)
  }
  return !env.DATABASE_URI?.trim()
}

export const DEMO_ACCOUNTS = [
  { email: 'beheerder@demo.local', naam: 'Demo Beheerder', rol: 'beheerder' },
  { email: 'redacteur@demo.local', naam: 'Demo Redacteur', rol: 'redacteur' },
  { email: 'partner1@demo.local', naam: 'Demo Partner 1', rol: 'partner' },
  { email: 'partner2@demo.local', naam: 'Demo Partner 2', rol: 'partner' },
] as const

/**
 * The password of the demo accounts: DEMO_PASSWORD when set; otherwise one generated when the accounts are made,
 * kept in data/demo-wachtwoord.txt (git-ignored, owner-only) so it can be looked up again.
 */
export function demoPassword(env: Env = process.env, dir: string = dataDir()): { password: string; generated: boolean } {
  const fromEnv = env.DEMO_PASSWORD?.trim()
  if (fromEnv) return { password: fromEnv, generated: false }
  const file = path.join(dir, 'demo-wachtwoord.txt')
  try {
    const kept = fs.readFileSync(file, 'utf8').trim()
    if (kept) return { password: kept, generated: false }
  } catch {
    // none yet
  }
  const password = crypto.randomBytes(12).toString('base64url')
  privateDir(dir)
  fs.writeFileSync(file, password + '\n', { mode: 0o600 })
  // An empty file that was already there keeps its old rights otherwise.
  fs.chmodSync(file, 0o600)
  return { password, generated: true }
}
