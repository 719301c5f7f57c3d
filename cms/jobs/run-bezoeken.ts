/**
 * npm run bezoeken -- <logbestand> [<logbestand> …] [--domein www.example.nl]: count the site's page views from a web
 * server's access logs (Common or Combined Log Format, as nginx and Apache write by default; .gz is read too) and store
 * them per day and page (content-schema/bezoeken.ts: no address, no cookie, bots and files that are not pages left
 * out). The counts of each day in the logs replace what was stored for that day: give all files that hold a day
 * (after a log rotation: access.log.1 and access.log together), and reading a log twice counts nothing twice.
 * Without arguments: the built-in site server's day files (as the hourly job does).
 */
import fs from 'node:fs'
import { getPayload } from 'payload'
import { scriptArguments } from '../args'
import { bewaarDagbestanden, bewaarTellingen, telLogbestanden } from '../collections/Bezoeken/tellingen'
import { buildAppConfig, optionsFromEnv } from '../config'

const USAGE = 'Gebruik: npm run bezoeken -- <logbestand> [<logbestand> …] [--domein www.voorbeeld.nl]'
const { values, positionals } = scriptArguments(USAGE, { domein: { type: 'string', multiple: true } }, { maxPositionals: 1000 })
for (const bestand of positionals) {
  if (!fs.existsSync(bestand)) {
    console.error(`Het logbestand ${bestand} bestaat niet. ${USAGE}`)
    process.exit(2)
  }
}
// The site's own addresses: a click from one page to another is no referral.
const eigen = [...(values.domein ?? []), ...[process.env.SITE_URL].filter(Boolean).map((u) => new URL(u!).hostname)]

process.env.DISABLE_PAYLOAD_HMR = 'true'
const payload = await getPayload({ config: buildAppConfig({ ...optionsFromEnv(), jobsAutoRun: false }) })
let code = 0
try {
  if (positionals.length === 0) {
    const r = await bewaarDagbestanden(payload)
    console.log(`Bezoeken van de ingebouwde site-server opgeslagen: ${r.dagen.length} dagen, ${r.rijen} regels.`)
  } else {
    const { teller, regels, geteld, onleesbaar } = await telLogbestanden(positionals, eigen)
    const r = await bewaarTellingen(payload, teller.tellingen)
    console.log(
      `${regels} logregels gelezen: ${geteld} paginabezoeken geteld` +
        (onleesbaar ? `, ${onleesbaar} regels niet in Common/Combined Log Format (overgeslagen)` : '') +
        `. Opgeslagen voor ${r.dagen.length} dagen${r.dagen.length ? ` (${r.dagen[0]} tot en met ${r.dagen.at(-1)})` : ''}.`,
    )
  }
} catch (err) {
  code = 1
  console.error(`Bezoeken tellen is mislukt: ${err instanceof Error ? err.message : err}`)
} finally {
  await payload.destroy()
}
process.exit(code)
