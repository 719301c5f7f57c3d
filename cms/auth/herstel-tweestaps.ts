/**
 * npm run tweestaps:herstellen -- e-mailadres: reset that user's tweestapsverificatie (cms/auth/tweestaps.ts) from
 * the server, without the admin: when the only beheerder lost their phone, or after PAYLOAD_SECRET changed. At the
 * next login the user sets it up again (if required). Exits non-zero when there is no such user.
 */
import { getPayload } from 'payload'
import { scriptArguments } from '../args'
import { buildAppConfig, optionsFromEnv } from '../config'
import { herstelTweestaps } from './tweestaps'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const USAGE = 'Gebruik: npm run tweestaps:herstellen -- e-mailadres'
const email = scriptArguments(USAGE, {}, { maxPositionals: 1 }).positionals[0]
if (!email) {
  console.error(USAGE)
  process.exit(2)
}
const payload = await getPayload({ config: buildAppConfig({ ...optionsFromEnv(), jobsAutoRun: false }) })
let found = false
try {
  const user = await herstelTweestaps(payload, email)
  found = Boolean(user)
  if (user) console.log(`Tweestapsverificatie hersteld voor ${user.email}. Bij de volgende keer inloggen stelt die het opnieuw in.`)
  else console.error(`Geen gebruiker met e-mailadres ${email}.`)
} finally {
  await payload.destroy()
}
process.exit(found ? 0 : 1)
