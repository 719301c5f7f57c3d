/**
 * npm run beheerder -- --email adres@gemeente.nl [--naam "Voornaam Achternaam"] [--wachtwoord]
 *
 * Makes the first (or another) beheerder of an installation, on the server, by the operator: creates the account,
 * or makes an existing account beheerder, and prints a one-time link to choose a password (valid 24 hours). With
 * --wachtwoord it prints a generated password instead (shown once; change it after logging in).
 * The admin's "first user" screen does not create accounts in a real installation (DEMO_MODE off): this does.
 * Exits non-zero, saying why, when it did not do its work.
 */
import crypto from 'node:crypto'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { buildAppConfig } from '../cms/config'

process.env.DISABLE_PAYLOAD_HMR = 'true'

const LINK_HOURS = 24
const USAGE = 'Gebruik: npm run beheerder -- --email adres@gemeente.nl [--naam "Voornaam Achternaam"] [--wachtwoord]'

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(1)
}

let args: { email?: string; naam?: string; wachtwoord?: boolean }
try {
  args = parseArgs({
    options: { email: { type: 'string' }, naam: { type: 'string' }, wachtwoord: { type: 'boolean', default: false } },
    allowPositionals: false,
  }).values
} catch (err) {
  fail(`Beheerder: ${err instanceof Error ? err.message : err}`)
}
const email = args.email?.trim().toLowerCase() ?? ''
if (!email) fail('Beheerder: geef het e-mailadres op met --email.')
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`Beheerder: "${email}" is geen geldig e-mailadres (--email).`)
const naam = args.naam?.trim() || email.split('@')[0]!

const payload = await getPayload({ config: buildAppConfig() })
try {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true, depth: 0 })
  const existing = found.docs[0]
  const password = crypto.randomBytes(18).toString('base64url')
  let id: number | string
  if (existing) {
    id = existing.id
    await payload.update({
      collection: 'users',
      id,
      data: { rol: 'beheerder', ...(args.wachtwoord ? { password } : {}) },
      overrideAccess: true,
    })
    console.log(existing.rol === 'beheerder' ? `${email} is al beheerder.` : `${email} bestond al (${existing.rol}) en is nu beheerder.`)
  } else {
    // Without --wachtwoord nobody knows this random password: the link below sets the real one.
    const created = await payload.create({ collection: 'users', data: { email, naam, rol: 'beheerder', password }, overrideAccess: true })
    id = created.id
    console.log(`Beheerder ${email} (${naam}) is aangemaakt.`)
  }

  const check = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
  if (check.rol !== 'beheerder') throw new Error(`${email} is na afloop geen beheerder. Er is iets misgegaan.`)

  if (args.wachtwoord) {
    await payload.login({ collection: 'users', data: { email, password } }).catch(() => {
      throw new Error('Beheerder: met het nieuwe wachtwoord lukt inloggen niet. Er is iets misgegaan.')
    })
    console.log(`\nWachtwoord (eenmalig getoond, verander het na het inloggen): ${password}`)
  } else {
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
      expiration: LINK_HOURS * 60 * 60 * 1000,
    })
    if (!token) throw new Error('Beheerder: er kon geen link gemaakt worden. Er is iets misgegaan.')
    const base = (payload.config.serverURL || `http://localhost:${process.env.CMS_PORT || 3000}`).replace(/\/$/, '')
    const link = `${base}${payload.config.routes.admin}${payload.config.admin.routes.reset}/${token}`
    console.log(
      `\nOpen deze link en kies een wachtwoord (minstens 12 tekens). De link werkt één keer en ${LINK_HOURS} uur lang:\n  ${link}\n` +
        (payload.config.serverURL ? '' : '(CMS_PUBLIC_URL is niet gezet: pas het adres zo nodig aan.)\n'),
    )
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  await payload.destroy()
  process.exit(1)
}
await payload.destroy()
process.exit(0)
