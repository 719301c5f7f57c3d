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
  { email: 'meldpunt@demo.local', naam: 'Demo Meldpunt', rol: 'meldpunt' },
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

/** Demo accounts (…@demo.local) and demo content (marked "demo") in a database: what a real installation must not keep. */
export async function demoLeftovers(payload: import('payload').Payload) {
  const count = async (collection: 'users' | 'organisaties' | 'aanbod' | 'activiteiten', where: import('payload').Where) =>
    (await payload.count({ collection, where, overrideAccess: true })).totalDocs
  const demo = { demo: { equals: true } }
  const [accounts, organisaties, aanbod, activiteiten] = await Promise.all([
    count('users', { email: { like: '@demo.local' } }),
    count('organisaties', demo),
    count('aanbod', demo),
    count('activiteiten', demo),
  ])
  return { accounts, organisaties, aanbod, activiteiten, any: accounts + organisaties + aanbod + activiteiten > 0 }
}

/** Why a real installation (DEMO_MODE off) does not start on this database, in Dutch. */
export function demoLeftoversMessage(l: Awaited<ReturnType<typeof demoLeftovers>>): string {
  const parts = [
    l.accounts && `${l.accounts} demo-accounts (…@demo.local)`,
    l.organisaties && `${l.organisaties} demo-organisaties`,
    l.aanbod && `${l.aanbod} keer demo-aanbod`,
    l.activiteiten && `${l.activiteiten} demo-activiteiten`,
  ].filter(Boolean)
  return (
    `Deze database bevat nog demo-inhoud: ${parts.join(', ')}. DEMO_MODE staat uit (een echte installatie), en die ` +
    'start niet met demo-accounts of demo-inhoud: de demo-accounts hebben een bekend wachtwoord. Er is niets veranderd.\n' +
    'Kies één van deze:\n' +
    '  - begin met een lege database (een nieuwe DATABASE_URI, of verplaats data/sociale-kaart.db) en maak de eerste ' +
    'beheerder met: npm run beheerder -- --email uw.adres@gemeente.nl\n' +
    '  - of bekijk de demo: zet DEMO_MODE=true.'
  )
}
