/**
 * npm run seed: migrate the database and add the reference data (and, in demo mode, the demo content and accounts).
 * --if-empty: only on a database without content (what npm start uses).
 * With DEMO_MODE off it refuses (exit 2, changing nothing) a database with demo accounts or demo content.
 * Exits non-zero, saying why, when it did not do its work.
 */
import { getPayload } from 'payload'
import { scriptArguments } from '../args'
import { buildAppConfig } from '../config'
import { chooseDatabase } from '../database'
import { exitIfDatabaseUnreachable } from '../database-errors'
import { DEMO_ACCOUNTS, demoLeftovers, demoLeftoversMessage, demoPassword, isDemoMode } from '../demo'
import { isEmpty, seed } from '.'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const ifEmpty = scriptArguments('Gebruik: npm run seed [-- --if-empty]', { 'if-empty': { type: 'boolean' } }).values['if-empty'] === true

await exitIfDatabaseUnreachable(chooseDatabase(process.env.DATABASE_URI))
const payload = await getPayload({ config: buildAppConfig() })
try {
  // A real installation never starts on (or seeds next to) demo accounts or demo content: refuse, change nothing.
  if (!isDemoMode()) {
    const leftovers = await demoLeftovers(payload)
    if (leftovers.any) {
      console.error(`\n${demoLeftoversMessage(leftovers)}\n`)
      await payload.destroy()
      process.exit(2)
    }
  }
  if (ifEmpty && !(await isEmpty(payload))) {
    console.log('Seed: de database heeft al inhoud; er is niets toegevoegd.')
  } else {
    const demo = isDemoMode()
    const pw = demo ? demoPassword() : null
    const report = await seed(payload, { demo, demoPassword: pw?.password })
    const line = (r: Record<string, number>) =>
      Object.entries(r)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'niets'
    console.log(`Seed klaar. Nieuw: ${line(report.created)}. Bestond al: ${line(report.existing)}.`)
    const kernen = await payload.count({ collection: 'kernen', overrideAccess: true })
    if (kernen.totalDocs === 0) throw new Error('Seed: na het seeden zijn er geen kernen. Er is iets misgegaan.')
    if (demo) {
      const aanbod = await payload.count({ collection: 'aanbod', overrideAccess: true })
      if (aanbod.totalDocs === 0) throw new Error('Seed: na het seeden is er geen aanbod. Er is iets misgegaan.')
      if (report.created.users) {
        console.log('\nDemo-accounts (alleen in demo-modus):')
        for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email}  (${a.rol})`)
        if (pw?.generated) {
          console.log(`  Wachtwoord: ${pw.password}`)
          console.log(
            '  (Eenmalig getoond; ook te vinden in data/demo-wachtwoord.txt. Zet DEMO_PASSWORD om zelf een wachtwoord te kiezen.)',
          )
        } else console.log('  Wachtwoord: de waarde van DEMO_PASSWORD (of zie data/demo-wachtwoord.txt).')
      }
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
