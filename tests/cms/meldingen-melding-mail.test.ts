/**
 * The e-mail to the Meldpunt about a new website melding (cms/collections/Meldingen/melden.ts), on a real database
 * with the real outbox (.eml files): one per meldpunt account, only the number and the link, none of the content;
 * none for a melding staff entered after a phone call; and a failing e-mail does not lose the melding.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/payload'
import { parseEml } from '../helpers/eml'
import { meldingMailsKlaar } from '../../cms/collections/Meldingen/melden'

let cms: TestCms
let outboxDir: string
const before = { OUTBOX_DIR: process.env.OUTBOX_DIR, CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL }
let kern: number | string
let levensgebeurtenis: number | string

/** What the melder wrote: none of it may be in an e-mail. */
const INHOUD = {
  naam: 'Gerda Mailniet',
  telefoon: '0546 987654',
  email: 'gerda.mailniet@voorbeeld.example',
  bereikbaar: 'Dinsdagmiddag na drie uur',
  tekst: 'Mijn buurman komt al weken de deur niet meer uit sinds zijn vrouw overleed.',
}
const KERN = 'Westerhaar-Vriezenveensewijk'
const LEVENSGEBEURTENIS = 'Verlies van een partner'

const outboxFiles = () => (fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir).filter((f) => f.endsWith('.eml')) : [])
const readEml = (file: string) => parseEml(fs.readFileSync(path.join(outboxDir, file), 'utf8'))

async function nieuweMelding(kanaal: string) {
  const voor = new Set(outboxFiles())
  // As the form endpoint will: without a user, with the server's rights.
  const melding = await cms.payload.create({
    collection: 'meldingen',
    overrideAccess: true,
    data: {
      kanaal,
      melder: 'naaste',
      toestemmingBetrokkene: 'ja',
      kern,
      levensgebeurtenissen: [levensgebeurtenis],
      contactWijze: 'telefoon',
      ...INHOUD,
      doelAkkoord: true,
    } as any,
  })
  await meldingMailsKlaar()
  return { melding, nieuw: outboxFiles().filter((f) => !voor.has(f)) }
}

beforeAll(async () => {
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-outbox-'))
  // Read by emailSettingsFromEnv when the config is built (in startCms), and by the link when the e-mail is made.
  process.env.OUTBOX_DIR = outboxDir
  process.env.CMS_PUBLIC_URL = 'https://cms.twenterand.example'
  cms = await startCms()
  const maak = (email: string, rol: string) =>
    cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: 'Lang-genoeg-wachtwoord-1', naam: `Test ${rol}`, rol } as any,
    })
  await maak('ans@meldpunt.example', 'meldpunt')
  await maak('bert@meldpunt.example', 'meldpunt')
  await maak('beheer@test.example', 'beheerder')
  await maak('redactie@test.example', 'redacteur')
  kern = (await cms.payload.create({ collection: 'kernen', overrideAccess: true, data: { naam: KERN, slug: 'westerhaar' } as any })).id
  levensgebeurtenis = (
    await cms.payload.create({
      collection: 'levensgebeurtenissen',
      overrideAccess: true,
      data: { naam: LEVENSGEBEURTENIS, slug: 'verlies' } as any,
    })
  ).id
}, 120_000)

afterAll(async () => {
  await cms?.close()
  fs.rmSync(outboxDir, { recursive: true, force: true })
  for (const [k, v] of Object.entries(before)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

describe('e-mail over een nieuwe melding via de website', () => {
  it('goes to each meldpunt account once, with the number and the link, and nothing of the melding', async () => {
    const { melding, nieuw } = await nieuweMelding('website')
    expect(nieuw).toHaveLength(2)
    const mails = nieuw.map(readEml)
    expect(mails.map((m) => m.headers.get('to')).sort()).toEqual(['ans@meldpunt.example', 'bert@meldpunt.example'])
    const link = `https://cms.twenterand.example/admin/collections/meldingen/${melding.id}`
    for (const mail of mails) {
      expect(mail.headers.get('subject')).toBe(`Nieuwe melding ${melding.nummer} via de website`)
      expect(mail.text.trim()).toBe(
        [
          'Er is een nieuwe melding binnengekomen via het meldformulier op de website.',
          '',
          `Meldingnummer: ${melding.nummer}`,
          '',
          'Log in om de melding te lezen:',
          link,
          '',
          'In deze e-mail staat bewust niets over de melding zelf.',
        ].join('\n'),
      )
      expect(mail.html).toContain(`<a href="${link}">`)
      expect(mail.html).toContain(`<strong>${melding.nummer}</strong>`)
      // Nothing of the content, in any part of the message (headers included).
      const alles = [...mail.headers.values(), mail.text, mail.html].join('\n')
      for (const waarde of [...Object.values(INHOUD), KERN, LEVENSGEBEURTENIS, 'buurman', 'Gerda', 'Westerhaar', 'Verlies'])
        expect(alles, waarde).not.toContain(waarde)
    }
  })

  it('sends nothing for a melding staff entered after a phone call', async () => {
    const { melding, nieuw } = await nieuweMelding('telefoon')
    expect(melding.nummer).toMatch(/^M-\d{4}-0002$/)
    expect(nieuw).toEqual([])
  })

  it('keeps the melding when the e-mail fails, and logs the failure without content', async () => {
    // The outbox cannot be written: its folder is now a file.
    fs.rmSync(outboxDir, { recursive: true, force: true })
    fs.writeFileSync(outboxDir, 'geen map')
    const logged: string[] = []
    const logger = cms.payload.logger as any
    const error = logger.error
    logger.error = (...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
      return error.apply(logger, args)
    }
    try {
      const melding = await cms.payload.create({
        collection: 'meldingen',
        overrideAccess: true,
        data: { kanaal: 'website', melder: 'zelf', contactWijze: 'telefoon', ...INHOUD, doelAkkoord: true } as any,
      })
      await meldingMailsKlaar()
      const opgeslagen = await cms.payload.findByID({ collection: 'meldingen', id: melding.id, overrideAccess: true })
      expect(opgeslagen.tekst).toBe(INHOUD.tekst)
      expect(logged).toHaveLength(2)
      for (const regel of logged) {
        expect(regel).toContain(`Melding ${melding.nummer}: de e-mail aan een meldpunt-account is niet verstuurd`)
        for (const waarde of [...Object.values(INHOUD), 'ans@meldpunt.example', 'bert@meldpunt.example'])
          expect(regel).not.toContain(waarde)
      }
    } finally {
      logger.error = error
      fs.rmSync(outboxDir, { force: true })
      fs.mkdirSync(outboxDir)
    }
  })
})
