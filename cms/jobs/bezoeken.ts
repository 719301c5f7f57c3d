/**
 * Every hour: the built-in site server's visitor counts (data/bezoeken/<dag>.json) into the collection `bezoeken`
 * (cms/collections/Bezoeken/tellingen.ts). A site on another web server counts from its access log instead:
 * `npm run bezoeken -- <logbestand> …` (cms/jobs/run-bezoeken.ts).
 */
import type { TaskConfig } from 'payload'
import { bewaarDagbestanden } from '../collections/Bezoeken/tellingen'

export const bezoekenTask = {
  slug: 'bezoeken-tellen',
  label: 'Elk uur de bezoeken van de site opslaan (zonder cookies)',
  retries: 1,
  schedule: [{ cron: '0 10 * * * *', queue: 'dagelijks' }],
  outputSchema: [{ name: 'dagen', type: 'number' }],
  handler: async ({ req }) => ({ output: { dagen: (await bewaarDagbestanden(req.payload)).dagen.length } }),
} as TaskConfig<any>
