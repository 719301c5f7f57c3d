/**
 * npm run suggesties -- overzicht | wissen [--nu=2027-01-31T12:00:00Z]: run the daily suggestion work now (the
 * digest to the partners, or the wipe of reporters' names and e-mail addresses and of the contact persons of handled
 * applications of new organisations), as the daily jobs do
 * (cms/jobs/suggesties.ts). --nu sets the clock (for the wipe: a moment past the 30 days). Prints only counts.
 */
import { getPayload } from 'payload'
import { scriptArguments } from '../args'
import { stuurSuggestieOverzichten } from '../collections/Suggesties/berichten'
import { wisContactpersonen } from '../collections/Aanmeldingen/bewaartermijn'
import { wisMelderGegevens } from '../collections/Suggesties/bewaartermijn'
import { buildAppConfig, optionsFromEnv } from '../config'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const USAGE = 'Gebruik: npm run suggesties -- overzicht | wissen [--nu=2027-01-31T12:00:00Z]'
const { values, positionals } = scriptArguments(USAGE, { nu: { type: 'string' } }, { maxPositionals: 1 })
const [wat] = positionals
const nu = values.nu ? new Date(values.nu) : new Date()
if (!['overzicht', 'wissen'].includes(wat ?? '') || Number.isNaN(nu.getTime())) {
  console.error(USAGE)
  process.exit(2)
}
const payload = await getPayload({ config: buildAppConfig({ ...optionsFromEnv(), jobsAutoRun: false }) })
try {
  if (wat === 'overzicht') {
    const r = await stuurSuggestieOverzichten(payload, { nu })
    console.log(`Overzichten verstuurd aan ${r.verstuurd.length} ${r.verstuurd.length === 1 ? 'organisatie' : 'organisaties'}.`)
  } else {
    const r = await wisMelderGegevens(payload, nu)
    console.log(`Naam en e-mailadres gewist bij ${r.gewist} ${r.gewist === 1 ? 'suggestie' : 'suggesties'}.`)
    const a = await wisContactpersonen(payload, nu)
    console.log(`Contactpersoon gewist bij ${a.gewist} ${a.gewist === 1 ? 'aanmelding' : 'aanmeldingen'}.`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
