/**
 * npm run reminders: run the reminder job now, through Payload's jobs queue (as the daily schedule does).
 * Prints what was sent and where (SMTP, or the outbox folder); exits non-zero when the job failed.
 */
import { getPayload } from 'payload'
import { buildAppConfig, optionsFromEnv } from '../config'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const options = optionsFromEnv()
const payload = await getPayload({ config: buildAppConfig({ ...options, jobsAutoRun: false }) })
let failed = false
try {
  const started = new Date().toISOString()
  const job = await payload.jobs.queue({ task: 'herinneringen', queue: 'handmatig', input: {} } as any)
  const run = await payload.jobs.run({ queue: 'handmatig' } as any)
  const status = run.jobStatus?.[String(job.id)]?.status
  if (status !== 'success') {
    failed = true
    console.error(`Herinneringen: de taak is mislukt (${status ?? 'niet uitgevoerd'}). Zie de melding hierboven.`)
  } else {
    const { docs } = await payload.find({
      collection: 'herinneringen',
      where: { verstuurdOp: { greater_than_equal: started } },
      depth: 1,
      limit: 0,
      overrideAccess: true,
    })
    const waar = options.email?.smtp ? `via SMTP (${options.email.smtp.host})` : `in de outbox: ${options.email?.outboxDir}`
    console.log(`Herinneringen verstuurd: ${docs.length} ${waar}`)
    for (const h of docs) {
      const org = typeof h.organisatie === 'object' ? h.organisatie.naam : h.organisatie
      console.log(`  ${org}: ${h.aantal} aanbod na te kijken, aan ${h.aan}`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
