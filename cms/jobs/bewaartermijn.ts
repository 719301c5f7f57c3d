/**
 * The retention of meldingen (cms/collections/Meldingen/bewaartermijn.ts), every night in Payload's jobs queue
 * "dagelijks" (run every 5 minutes by the CMS server, cms/config.ts), queued at 01:30 server time.
 */
import type { TaskConfig } from 'payload'
import { wisVerlopenMeldingen } from '../collections/Meldingen/bewaartermijn'

export const bewaartermijnTask = {
  slug: 'meldingen-bewaartermijn',
  label: 'Elke nacht de persoonsgegevens van oude meldingen wissen (bewaartermijn)',
  retries: 0,
  schedule: [{ cron: '0 30 1 * * *', queue: 'dagelijks' }],
  // Only how many: the job's record holds no numbers and nothing personal (the access log has the numbers).
  outputSchema: [{ name: 'gewist', type: 'number' }],
  handler: async ({ req }) => ({ output: { gewist: (await wisVerlopenMeldingen(req.payload, new Date())).gewist.length } }),
} as TaskConfig<any>
