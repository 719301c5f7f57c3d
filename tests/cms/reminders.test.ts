/**
 * The freshness reminders (cms/jobs/herinneringen.ts) through Payload's Local API on a real, fresh database:
 * which aanbod is selected, the 14-day limit, the record in 'herinneringen', the e-mails in the outbox (one per
 * contactpersoon, with "Klopt nog" links of their own, stored only as hashes), and the task run through Payload's
 * jobs queue. And the dashboard's monthly count of how reminded aanbod was then checked (hand-counted).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { startCms, type TestCms } from '../helpers/payload'
import { parseEml } from '../helpers/eml'
import { HERINNERING_INTERVAL_DAGEN, adminUrl, stuurHerinneringen } from '../../cms/jobs/herinneringen'
import { maandOverzicht } from '../../cms/collections/Controles/overzicht'
import { maakKloptNogLink, ruimVerlopenLinksOp } from '../../cms/klopt-nog-link'
import { versheid } from '../../content-schema'

let cms: TestCms
let payload: Payload
let outboxDir: string
let previousOutbox: string | undefined
let kern: number | string

/** The fixed "now" of the selection and interval tests, well in the past (the job test uses the real clock). */
const NOW = new Date('2025-03-10T09:00:00.000Z')
const BASIS = 'https://cms.twenterand.example'
const DAG = 86_400_000

/** An instant `months` calendar months before `now` (UTC), as an ISO string. */
function monthsBefore(now: Date, months: number): string {
  const d = new Date(now.getTime())
  d.setUTCMonth(d.getUTCMonth() - months)
  return d.toISOString()
}

const outboxFiles = () =>
  fs.existsSync(outboxDir)
    ? fs
        .readdirSync(outboxDir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
    : []
const readEml = (file: string) => parseEml(fs.readFileSync(path.join(outboxDir, file), 'utf8'))

/** Run `fn` and return the .eml files it added to the outbox. */
async function newMail<T>(fn: () => Promise<T>): Promise<{ result: T; files: string[] }> {
  const before = new Set(outboxFiles())
  const result = await fn()
  return { result, files: outboxFiles().filter((f) => !before.has(f)) }
}

async function maakOrganisatie(naam: string, contactpersonen: { naam: string; email: string }[] = []) {
  return payload.create({ collection: 'organisaties', overrideAccess: true, data: { naam, contactpersonen } as any })
}

/** An aanbod created without a user (so laatstGecontroleerd is not stamped): checked at `datum`. */
async function maakAanbod(organisatie: number | string, titel: string, datum: string | null, over: Record<string, any> = {}) {
  return payload.create({
    collection: 'aanbod',
    overrideAccess: true,
    draft: over._status === 'draft',
    data: {
      titel,
      samenvatting: `${titel}: een voorbeeld voor de herinneringen.`,
      organisatie,
      kernen: [kern],
      kosten: { soort: 'gratis' },
      meedoen: { manier: 'vrije-inloop' },
      status: 'actief',
      _status: 'published',
      laatstGecontroleerd: datum ? { datum } : undefined,
      ...over,
    } as any,
  })
}

const herinneringenVan = async (organisatie: number | string) =>
  (
    await payload.find({
      collection: 'herinneringen',
      where: { organisatie: { equals: organisatie } },
      sort: 'verstuurdOp',
      depth: 0,
      limit: 0,
      overrideAccess: true,
    })
  ).docs

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : v)

// The organisaties and aanbod of the selection and interval tests.
const linde = {
  naam: 'Buurthuis De Linde (voorbeeld)',
  contacten: [
    { naam: 'Marieke Hofman', email: 'marieke.hofman@linde.example' },
    { naam: 'Gerrit Jansen', email: 'gerrit.jansen@linde.example' },
  ],
}
let lindeId: number | string
let zevenMaanden: { id: number | string; slug?: string | null; titel: string }
let dertienMaanden: { id: number | string; slug?: string | null; titel: string }
let versId: number | string
let conceptId: number | string
let gestoptId: number | string
let versOrgId: number | string
let zonderContactId: number | string
let lindeTokens: string[] = []

beforeAll(async () => {
  previousOutbox = process.env.OUTBOX_DIR
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-outbox-'))
  // Read by emailSettingsFromEnv when the config is built (in startCms).
  process.env.OUTBOX_DIR = outboxDir
  cms = await startCms()
  payload = cms.payload
  kern = (await payload.create({ collection: 'kernen', overrideAccess: true, data: { naam: 'Vriezenveen', slug: 'vriezenveen' } as any }))
    .id

  lindeId = (await maakOrganisatie(linde.naam, linde.contacten)).id
  // Sorted by titel in the job: "Koffieochtend" before "Taalcafé".
  zevenMaanden = (await maakAanbod(lindeId, 'Koffieochtend in De Linde', monthsBefore(NOW, 7))) as any
  dertienMaanden = (await maakAanbod(lindeId, 'Taalcafé voor nieuwkomers', monthsBefore(NOW, 13))) as any
  versId = (await maakAanbod(lindeId, 'Wandelclub op woensdag', monthsBefore(NOW, 1))).id
  gestoptId = (await maakAanbod(lindeId, 'Gestopte breiclub', monthsBefore(NOW, 13), { status: 'gestopt' })).id
  conceptId = (await maakAanbod(lindeId, 'Concept zonder publicatie', monthsBefore(NOW, 13), { _status: 'draft' })).id

  versOrgId = (await maakOrganisatie('Sportvereniging Vers (voorbeeld)', [{ naam: 'Henk Mulder', email: 'henk@vers.example' }])).id
  await maakAanbod(versOrgId, 'Bewegen voor ouderen', monthsBefore(NOW, 2))
  await maakAanbod(versOrgId, 'Fietsmaatjes', monthsBefore(NOW, 5))

  zonderContactId = (await maakOrganisatie('Stichting Zonder Contact (voorbeeld)')).id
  await maakAanbod(zonderContactId, 'Repaircafé Westerhaar', monthsBefore(NOW, 8))
}, 120_000)

afterAll(async () => {
  await cms?.close()
  if (previousOutbox === undefined) delete process.env.OUTBOX_DIR
  else process.env.OUTBOX_DIR = previousOutbox
  if (outboxDir) fs.rmSync(outboxDir, { recursive: true, force: true })
})

describe('the test data', () => {
  it('is not stamped with a check date when created without a user, and has the intended freshness', async () => {
    const a = await payload.findByID({ collection: 'aanbod', id: zevenMaanden.id, depth: 0, overrideAccess: true })
    expect(a.laatstGecontroleerd?.datum).toBe(monthsBefore(NOW, 7))
    expect(versheid(a.laatstGecontroleerd?.datum, NOW)).toBe('controle-nodig')
    const b = await payload.findByID({ collection: 'aanbod', id: dertienMaanden.id, depth: 0, overrideAccess: true })
    expect(versheid(b.laatstGecontroleerd?.datum, NOW)).toBe('verouderd')
    const vers = await payload.findByID({ collection: 'aanbod', id: versId, depth: 0, overrideAccess: true })
    expect(versheid(vers.laatstGecontroleerd?.datum, NOW)).toBe('actueel')
    const concept = await payload.findByID({ collection: 'aanbod', id: conceptId, depth: 0, draft: true, overrideAccess: true })
    expect(concept._status).toBe('draft')
    expect(versheid(concept.laatstGecontroleerd?.datum, NOW)).toBe('verouderd')
    const gestopt = await payload.findByID({ collection: 'aanbod', id: gestoptId, depth: 0, overrideAccess: true })
    expect([gestopt.status, gestopt._status]).toEqual(['gestopt', 'published'])
  })
})

describe('stuurHerinneringen: selection', () => {
  let result: Awaited<ReturnType<typeof stuurHerinneringen>>
  let files: string[]

  beforeAll(async () => {
    ;({ result, files } = await newMail(() => stuurHerinneringen(payload, { now: NOW, basis: BASIS })))
  })

  it('sends one e-mail per contactpersoon, only for the organisatie with stale aanbod, listing exactly its two stale titles', () => {
    expect(result.verstuurd).toHaveLength(1)
    const [sent] = result.verstuurd
    expect(sent!.organisatie).toBe(linde.naam)
    expect(sent!.aan).toEqual(linde.contacten.map((c) => c.email))
    expect(sent!.aanbod).toEqual([zevenMaanden.slug, dertienMaanden.slug])
    expect(files).toHaveLength(2)
  })

  it('gives no e-mail to an organisatie whose aanbod is all fresh', () => {
    expect(result.verstuurd.map((v) => v.organisatie)).not.toContain('Sportvereniging Vers (voorbeeld)')
    expect(result.overgeslagen.map((v) => v.organisatie)).not.toContain('Sportvereniging Vers (voorbeeld)')
  })

  it('skips an organisatie with stale aanbod but no contactpersonen, with reason geen-contactpersoon', async () => {
    expect(result.overgeslagen).toEqual([{ organisatie: 'Stichting Zonder Contact (voorbeeld)', reden: 'geen-contactpersoon' }])
    expect(await herinneringenVan(zonderContactId)).toHaveLength(0)
    expect(await herinneringenVan(versOrgId)).toHaveLength(0)
  })

  it('records the reminder in the herinneringen collection', async () => {
    const records = await herinneringenVan(lindeId)
    expect(records).toHaveLength(1)
    const [r] = records
    expect(idOf(r!.organisatie)).toEqual(lindeId)
    expect(r!.aan).toBe(linde.contacten.map((c) => c.email).join(', '))
    expect((r!.aanbod ?? []).map(idOf)).toEqual([zevenMaanden.id, dertienMaanden.id])
    expect(r!.aantal).toBe(2)
    expect(new Date(r!.verstuurdOp).toISOString()).toBe(NOW.toISOString())
    expect(r!.onderwerp).toBe('Klopt uw aanbod op de Sociale Kaart nog? (2 om na te kijken)')
  })

  it('writes an e-mail to each contactpersoon: Dutch subject, stale titles, a "Klopt nog" and an edit link per item, "Alles klopt nog"', () => {
    const mails = files.map(readEml)
    expect(mails.map((m) => m.headers.get('to')).sort()).toEqual(linde.contacten.map((c) => c.email).sort())
    const tokens: string[] = []
    for (const c of linde.contacten) {
      const mail = mails.find((m) => m.headers.get('to') === c.email)!
      expect(mail.headers.get('subject')).toBe('Klopt uw aanbod op de Sociale Kaart nog? (2 om na te kijken)')
      const text = mail.text
      const lines = text.split('\n')
      expect(text).toContain(`Beste ${c.naam},`)
      expect(text).toContain(linde.naam)
      const at = (titel: string) => lines.findIndex((l) => l.startsWith(`- ${titel} (`))
      expect(lines[at('Koffieochtend in De Linde')]).toMatch(/laatst nagekeken: \d{1,2} \w+ \d{4}; controle nodig\)$/)
      expect(lines[at('Taalcafé voor nieuwkomers')]).toMatch(/laatst nagekeken: \d{1,2} \w+ \d{4}; verouderd\)$/)
      expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(2)
      for (const [titel, id] of [
        ['Koffieochtend in De Linde', zevenMaanden.id],
        ['Taalcafé voor nieuwkomers', dertienMaanden.id],
      ] as const) {
        const i = at(titel)
        expect(lines[i + 1]).toMatch(/^ {2}Klopt nog: https:\/\/cms\.twenterand\.example\/api\/klopt-nog\?t=[A-Za-z0-9_-]{43}$/)
        expect(lines[i + 2]).toBe(`  Er is iets veranderd: https://cms.twenterand.example/admin/collections/aanbod/${id}`)
        tokens.push(lines[i + 1]!.split('?t=')[1]!)
      }
      const alles = lines[lines.findIndex((l) => l.startsWith('Klopt alles nog?')) + 1]!
      expect(alles).toMatch(/^https:\/\/cms\.twenterand\.example\/api\/klopt-nog\?t=[A-Za-z0-9_-]{43}$/)
      tokens.push(alles.split('?t=')[1]!)
      expect(text).toContain('Om te bevestigen hoeft u niet in te loggen.')
      expect(text).toContain('30 dagen lang')
      expect(lines).toContain('Inloggen: https://cms.twenterand.example/admin')
      for (const absent of [
        'Wandelclub op woensdag',
        'Gestopte breiclub',
        'Concept zonder publicatie',
        'Repaircafé Westerhaar',
        'Bewegen voor ouderen',
      ])
        expect(text).not.toContain(absent)
      // The html alternative carries the same titles and links (escaped), and "Alles klopt nog".
      expect(mail.html).toContain('Taalcafé voor nieuwkomers')
      expect(mail.html).toContain(`href="https://cms.twenterand.example/admin/collections/aanbod/${zevenMaanden.id}"`)
      for (const t of tokens.slice(-3)) expect(mail.html).toContain(`href="https://cms.twenterand.example/api/klopt-nog?t=${t}"`)
      expect(mail.html).toContain('>Alles klopt nog</a>')
    }
    // Every link has a token of its own: 3 per contactpersoon.
    expect(new Set(tokens).size).toBe(6)
    lindeTokens = tokens
  })

  it('stores each link only as the SHA-256 hash of its token, bound to the organisatie, its items and its contact, for 30 days', async () => {
    const { docs } = await payload.find({ collection: 'herinnering-links', limit: 0, depth: 0, overrideAccess: true, sort: 'id' })
    expect(docs).toHaveLength(6)
    const sha = (t: string) => crypto.createHash('sha256').update(t).digest('hex')
    const byHash = new Map(docs.map((d: any) => [d.tokenHash, d]))
    for (const t of lindeTokens) expect(byHash.has(sha(t))).toBe(true)
    for (const d of docs as any[]) {
      expect(JSON.stringify(d)).not.toMatch(new RegExp(lindeTokens.join('|')))
      expect(idOf(d.organisatie)).toEqual(lindeId)
      expect(d.gebruiktOp ?? null).toBeNull()
      expect(new Date(d.verlooptOp).toISOString()).toBe(new Date(NOW.getTime() + 30 * DAG).toISOString())
    }
    // Per contact: one link per item and one for both (hand-listed).
    const gebonden = (docs as any[]).map((d) => `${d.contactNaam}|${d.contactEmail}|${(d.aanbod ?? []).map(idOf).join(',')}`).sort()
    const [m, g] = linde.contacten
    const [a, b] = [zevenMaanden.id, dertienMaanden.id]
    expect(gebonden).toEqual(
      [
        `${m!.naam}|${m!.email}|${a}`,
        `${m!.naam}|${m!.email}|${b}`,
        `${m!.naam}|${m!.email}|${a},${b}`,
        `${g!.naam}|${g!.email}|${a}`,
        `${g!.naam}|${g!.email}|${b}`,
        `${g!.naam}|${g!.email}|${a},${b}`,
      ].sort(),
    )
  })

  it('leaves out stopped aanbod and unpublished drafts', async () => {
    const [r] = await herinneringenVan(lindeId)
    const titels = (
      await payload.find({
        collection: 'aanbod',
        where: { id: { in: (r!.aanbod ?? []).map(idOf) } },
        depth: 0,
        overrideAccess: true,
        limit: 0,
      })
    ).docs.map((a) => a.titel)
    expect(titels.sort()).toEqual(['Koffieochtend in De Linde', 'Taalcafé voor nieuwkomers'])
  })
})

describe(`stuurHerinneringen: at most one reminder per ${HERINNERING_INTERVAL_DAGEN} days`, () => {
  const at = (days: number) => new Date(NOW.getTime() + days * DAG)

  it.each([1, 13])('sends nothing to the organisatie %i day(s) later (recent-herinnerd)', async (days) => {
    const { result, files } = await newMail(() => stuurHerinneringen(payload, { now: at(days), basis: BASIS }))
    expect(result.verstuurd).toEqual([])
    expect(result.overgeslagen).toContainEqual({ organisatie: linde.naam, reden: 'recent-herinnerd' })
    expect(result.overgeslagen).toContainEqual({ organisatie: 'Stichting Zonder Contact (voorbeeld)', reden: 'geen-contactpersoon' })
    expect(files).toEqual([])
    expect(await herinneringenVan(lindeId)).toHaveLength(1)
  })

  it('sends again 15 days later, and records it', async () => {
    const { result, files } = await newMail(() => stuurHerinneringen(payload, { now: at(15), basis: BASIS }))
    expect(result.verstuurd.map((v) => v.organisatie)).toEqual([linde.naam])
    expect(result.verstuurd[0]!.aanbod).toEqual([zevenMaanden.slug, dertienMaanden.slug])
    expect(result.overgeslagen).not.toContainEqual({ organisatie: linde.naam, reden: 'recent-herinnerd' })
    expect(files).toHaveLength(2)
    expect(readEml(files[0]!).headers.get('to')).toContain(linde.contacten[0]!.email)
    const records = await herinneringenVan(lindeId)
    expect(records).toHaveLength(2)
    expect(new Date(records[1]!.verstuurdOp).toISOString()).toBe(at(15).toISOString())
    expect(records[1]!.aantal).toBe(2)
  })

  it('then again holds back one day after that second reminder', async () => {
    const { result, files } = await newMail(() => stuurHerinneringen(payload, { now: at(16), basis: BASIS }))
    expect(result.verstuurd).toEqual([])
    expect(result.overgeslagen).toContainEqual({ organisatie: linde.naam, reden: 'recent-herinnerd' })
    expect(files).toEqual([])
  })
})

describe("the 'herinneringen' task through Payload's jobs queue", () => {
  it('runs, sends and records a reminder, and completes without error', async () => {
    const now = new Date()
    const org = await maakOrganisatie('Bibliotheek Wachtrij (voorbeeld)', [{ naam: 'Femke de Wit', email: 'femke@bibliotheek.example' }])
    const stale = await maakAanbod(org.id, 'Voorleesochtend', monthsBefore(now, 8))
    await maakAanbod(org.id, 'Leesclub', monthsBefore(now, 1))

    const job: any = await payload.jobs.queue({ task: 'herinneringen', queue: 'test' } as any)
    expect(await herinneringenVan(org.id)).toHaveLength(0)
    const queued: any = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, overrideAccess: true })
    expect(queued.completedAt ?? null).toBeNull()
    expect(queued.taskSlug).toBe('herinneringen')

    const { result: run, files } = await newMail(() => payload.jobs.run({ queue: 'test' } as any) as Promise<any>)
    expect(run.jobStatus?.[job.id]?.status).toBe('success')
    expect(run.remainingJobsFromQueried).toBe(0)

    const records = await herinneringenVan(org.id)
    expect(records).toHaveLength(1)
    expect(records[0]!.aan).toBe('femke@bibliotheek.example')
    expect((records[0]!.aanbod ?? []).map(idOf)).toEqual([stale.id])
    expect(records[0]!.aantal).toBe(1)
    expect(Math.abs(new Date(records[0]!.verstuurdOp).getTime() - now.getTime())).toBeLessThan(5 * 60_000)

    const mail = files.map(readEml).find((m) => (m.headers.get('to') ?? '').includes('femke@bibliotheek.example'))
    expect(mail, `an e-mail to the contactpersoon among ${files.length} new outbox files`).toBeTruthy()
    expect(mail!.headers.get('subject')).toBe('Klopt uw aanbod op de Sociale Kaart nog? (1 om na te kijken)')
    expect(mail!.text).toContain('- Voorleesochtend (')
    expect(mail!.text).not.toContain('Leesclub')
    // The job uses the default address: this CMS.
    expect(mail!.text.split('\n')).toContain(`Inloggen: ${adminUrl()}/admin`)
    expect(mail!.text).toContain(`  Klopt nog: ${adminUrl()}/api/klopt-nog?t=`)

    // Payload's default jobs.deleteJobOnComplete (true; not changed in cms/config.ts) removes a job that completed
    // without error, so completedAt cannot be read back: the job is gone, and no job in the queue has an error.
    const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0, overrideAccess: true })
    expect(left.docs).toEqual([])
    const failed = await payload.count({ collection: 'payload-jobs', where: { hasError: { equals: true } }, overrideAccess: true })
    expect(failed.totalDocs).toBe(0)
  })
})

describe('controles: one history of checks, written by the aanbod itself', () => {
  const controlesVan = async (aanbod: number | string) =>
    (
      await payload.find({
        collection: 'controles',
        where: { aanbod: { equals: aanbod } },
        depth: 0,
        limit: 0,
        overrideAccess: true,
        sort: 'datum',
      })
    ).docs

  it('a published save by a person writes one controle "in het beheer" with their name; a draft or a save without a person none', async () => {
    const redacteur = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: 'redacteur.controles@voorbeeld.example',
        password: 'een-lang-wachtwoord-voor-de-test',
        naam: 'Rita Redacteur',
        rol: 'redacteur',
      } as any,
    })
    const org = await maakOrganisatie('Controles Organisatie (voorbeeld)')
    const a = await maakAanbod(org.id, 'Soep op vrijdag', monthsBefore(new Date(), 8))
    expect(await controlesVan(a.id)).toEqual([])

    await payload.update({
      collection: 'aanbod',
      id: a.id,
      data: { samenvatting: 'Alleen een concept.' },
      draft: true,
      user: redacteur,
      overrideAccess: true,
    })
    expect(await controlesVan(a.id)).toEqual([])
    await payload.update({ collection: 'aanbod', id: a.id, data: { status: 'tijdelijk-gestopt' }, overrideAccess: true })
    expect(await controlesVan(a.id)).toEqual([])

    const saved = await payload.update({
      collection: 'aanbod',
      id: a.id,
      data: { samenvatting: 'Nagekeken.', _status: 'published' },
      user: redacteur,
      overrideAccess: true,
    })
    const rows = await controlesVan(a.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ via: 'beheer', door: 'Rita Redacteur' })
    expect(idOf(rows[0]!.organisatie)).toEqual(org.id)
    expect(new Date(rows[0]!.datum).toISOString()).toBe(new Date(saved.laatstGecontroleerd!.datum!).toISOString())
    expect(saved.laatstGecontroleerd?.via).toBe('beheer')
  })
})

describe('maandOverzicht: per month, how the aanbod named in reminders was checked afterwards (hand-counted)', () => {
  it('counts each aanbod once per month from its first reminder there, by the first check at or after it; months in Amsterdam time', () => {
    const rows = maandOverzicht(
      [
        { verstuurdOp: '2026-03-02T09:00:00.000Z', aanbod: [1, 2, 3] },
        { verstuurdOp: '2026-03-20T09:00:00.000Z', aanbod: [3, 4] },
        { verstuurdOp: '2026-04-01T09:00:00.000Z', aanbod: [1] },
        // 00:30 on 1 April in Amsterdam (summer time): April.
        { verstuurdOp: '2026-03-31T22:30:00.000Z', aanbod: [5] },
      ],
      [
        { aanbod: 1, datum: '2026-02-20T10:00:00.000Z', via: 'beheer' }, // before any reminder
        { aanbod: 1, datum: '2026-03-05T10:00:00.000Z', via: 'e-mail' },
        { aanbod: 1, datum: '2026-04-03T10:00:00.000Z', via: 'beheer' },
        { aanbod: 3, datum: '2026-03-10T10:00:00.000Z', via: 'beheer' },
        { aanbod: 4, datum: '2026-03-19T10:00:00.000Z', via: 'e-mail' }, // before its reminder of 20 March
        { aanbod: 5, datum: '2026-04-02T10:00:00.000Z', via: 'e-mail' },
      ],
    )
    expect(rows).toEqual([
      { maand: '2026-04', herinneringen: 2, viaEmail: 1, inBeheer: 1, niet: 0 },
      { maand: '2026-03', herinneringen: 2, viaEmail: 1, inBeheer: 1, niet: 2 },
    ])
  })
})

describe('ruimVerlopenLinksOp: link records go 30 days after they expired', () => {
  it('removes a link that expired 31 days ago and keeps one that expired 29 days ago', async () => {
    const nu = new Date('2027-03-01T12:00:00Z')
    const a = (await payload.find({ collection: 'aanbod', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const link = (dagenVerlopen: number) =>
      maakKloptNogLink(payload, {
        organisatie: idOf(a.organisatie) as number,
        aanbod: [a.id],
        contact: { naam: 'Test Opruimen', email: 'opruimen@example.org' },
        verlooptOp: new Date(nu.getTime() - dagenVerlopen * DAG),
      })
    const oud = await link(31)
    const jong = await link(29)
    const sha = (t: string) => crypto.createHash('sha256').update(t).digest('hex')
    const bestaat = async (t: string) =>
      (await payload.count({ collection: 'herinnering-links', where: { tokenHash: { equals: sha(t) } }, overrideAccess: true })).totalDocs
    // Every link of the reminders above expires 30 days after NOW (long before `nu` minus 30 days): those go too.
    const voor = (await payload.count({ collection: 'herinnering-links', overrideAccess: true })).totalDocs
    const weg = await ruimVerlopenLinksOp(payload, nu)
    expect(await bestaat(oud)).toBe(0)
    expect(await bestaat(jong)).toBe(1)
    expect((await payload.count({ collection: 'herinnering-links', overrideAccess: true })).totalDocs).toBe(1)
    expect(weg).toBe(voor - 1)
  })
})
