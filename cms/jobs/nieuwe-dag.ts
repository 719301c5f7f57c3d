/**
 * The nightly publication: every night the public site is built again (or the build hook called), also when nobody
 * changed anything, so that it shows the new day (cms/publishing's publiceerNieuweDag says what depends on the day).
 */
import type { TaskConfig } from 'payload'
import { publiceerNieuweDag } from '../publishing'

/**
 * In Payload's jobs queue "dagelijks" (run every 5 minutes by the CMS server, cms/config.ts), queued at 00:05 server
 * time: on a server on Dutch time or UTC that is after midnight in Twenterand. The publication starts after the
 * publisher's quiet period, like one after a change, and is recorded in 'publicaties'.
 */
export const nieuweDagTask = {
  slug: 'nieuwe-dag',
  label: 'Elke nacht de site opnieuw publiceren (de agenda vanaf vandaag)',
  retries: 0,
  schedule: [{ cron: '0 5 0 * * *', queue: 'dagelijks' }],
  outputSchema: [{ name: 'gepland', type: 'checkbox' }],
  handler: async ({ req }) => ({ output: { gepland: publiceerNieuweDag(req.payload) } }),
} as TaskConfig<any>
