/**
 * npm run restore -- pad/naar/sociale-kaart-….tar.gz: put a backup from npm run backup into an EMPTY database
 * (DATABASE_URI, or the built-in SQLite file). The database is migrated first; a database with content is refused.
 */
import { getPayload } from 'payload'
import { scriptArguments } from '../cms/args'
import { buildAppConfig } from '../cms/config'
import { BackupError, openBackup, restoreBackup, type OpenedBackup } from './lib/backup'

process.env.DISABLE_PAYLOAD_HMR = 'true'

const VOORBEELD = 'npm run restore -- data/backups/sociale-kaart-20260101-120000.tar.gz'
const archive = scriptArguments(`Gebruik: ${VOORBEELD}`, {}, { maxPositionals: 1 }).positionals[0]
if (!archive) {
  console.error(`Geef de back-up op die u wilt terugzetten, bijvoorbeeld: ${VOORBEELD}`)
  process.exit(1)
}

let payload: Awaited<ReturnType<typeof getPayload>> | undefined
let backup: OpenedBackup | undefined
try {
  backup = await openBackup(archive)
  payload = await getPayload({ config: buildAppConfig() })
  const result = await restoreBackup(payload, backup)
  console.log(`Herstel klaar uit ${archive} (gemaakt op ${result.manifest.gemaakt}).`)
  console.log(
    `  ${result.documenten} documenten, ${result.versies} versies, ${result.globals} globals en ${result.bestanden} geüploade bestanden teruggezet.`,
  )
  console.log('  Gebruikers loggen in met hun oude wachtwoord.')
} catch (err) {
  console.error(`Herstellen mislukt: ${err instanceof Error ? err.message : err}`)
  if (!(err instanceof BackupError)) console.error(err)
  else console.error('Er is niets veranderd.')
  backup?.close()
  await payload?.destroy()
  process.exit(1)
}
backup.close()
await payload.destroy()
process.exit(0)
