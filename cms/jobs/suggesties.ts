/**
 * Suggestions (issue 24), every day in Payload's jobs queue "dagelijks" (cms/config.ts): at 07:00 the digest to the
 * partners (at most one a day), at 01:45 the wipe of reporters' names and e-mail addresses, and of the contact
 * persons of handled applications of new organisations (the same 30 days after handling). Only counts in the output.
 */
import type { TaskConfig } from 'payload'
import { stuurSuggestieOverzichten } from '../collections/Suggesties/berichten'
import { wisContactpersonen } from '../collections/Aanmeldingen/bewaartermijn'
import { wisMelderGegevens } from '../collections/Suggesties/bewaartermijn'

export const suggestieOverzichtTask = {
  slug: 'suggesties-overzicht',
  label: 'Elke ochtend de organisaties hun nieuwe suggesties mailen',
  retries: 0,
  schedule: [{ cron: '0 0 7 * * *', queue: 'dagelijks' }],
  outputSchema: [{ name: 'organisaties', type: 'number' }],
  handler: async ({ req }) => ({ output: { organisaties: (await stuurSuggestieOverzichten(req.payload)).verstuurd.length } }),
} as TaskConfig<any>

export const suggestieBewaartermijnTask = {
  slug: 'suggesties-bewaartermijn',
  label: 'Elke nacht gegevens van melders van suggesties en van contactpersonen van aanmeldingen wissen (30 dagen na afhandelen)',
  retries: 0,
  schedule: [{ cron: '0 45 1 * * *', queue: 'dagelijks' }],
  outputSchema: [
    { name: 'gewist', type: 'number' },
    { name: 'aanmeldingen', type: 'number' },
  ],
  handler: async ({ req }) => ({
    output: {
      gewist: (await wisMelderGegevens(req.payload, new Date())).gewist,
      aanmeldingen: (await wisContactpersonen(req.payload, new Date())).gewist,
    },
  }),
} as TaskConfig<any>
