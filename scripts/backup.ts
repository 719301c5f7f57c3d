/**
 * npm run backup [-- --uit pad/naar/bestand.tar.gz]: all content of the CMS in one archive (see scripts/lib/backup.ts).
 * Default: data/backups/sociale-kaart-<datum>-<tijd>.tar.gz. Prints the path; exits non-zero, saying why, when it fails.
 */
import path from 'node:path'
import { getPayload } from 'payload'
import { scriptArguments } from '../cms/args'
import { buildAppConfig } from '../cms/config'
import { projectRoot } from '../cms/paths'
import { BackupError, createBackup, defaultBackupFile } from './lib/backup'

process.env.DISABLE_PAYLOAD_HMR = 'true'

const { values: args } = scriptArguments('Gebruik: npm run backup [-- --uit /veilige/plek/sociale-kaart.tar.gz]', {
  uit: { type: 'string', short: 'o' },
  output: { type: 'string' },
})

let payload: Awaited<ReturnType<typeof getPayload>> | undefined
try {
  const out = args.uit ?? args.output
  const file = path.resolve(out ?? defaultBackupFile(projectRoot()))
  payload = await getPayload({ config: buildAppConfig() })
  const manifest = await createBackup(payload, file)
  const docs = Object.values(manifest.collecties).reduce((n, c) => n + c.documenten, 0)
  const versions = [...Object.values(manifest.collecties), ...Object.values(manifest.globals)].reduce((n, c) => n + (c.versies ?? 0), 0)
  const globals = Object.values(manifest.globals).filter((g) => g.opgeslagen).length
  const files = Object.values(manifest.uploads).reduce((n, u) => n + u.bestanden, 0)
  console.log(`Back-up klaar: ${file}`)
  console.log(`  ${docs} documenten, ${versions} versies, ${globals} globals en ${files} geüploade bestanden.`)
  console.log(
    '  Let op: de back-up bevat de wachtwoord-hashes van de gebruikers en de contactpersonen. Bewaar hem veilig en deel hem niet.',
  )
} catch (err) {
  console.error(`Back-up mislukt: ${err instanceof Error ? err.message : err}`)
  if (!(err instanceof BackupError)) console.error(err)
  await payload?.destroy()
  process.exit(1)
}
await payload?.destroy()
process.exit(0)
