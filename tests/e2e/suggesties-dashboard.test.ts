/**
 * "Klopt er iets niet?" on the staff dashboard, in real Chromium on the demo CMS (cms/components/SuggestiesDashboard.tsx
 * and VersheidDashboard.tsx): a suggestion open 15 days shows in the part "Langer dan 14 dagen open", one of 13 days in
 * the other part; the freshness table says on the row of the item's organisatie (staff) and of the item itself
 * (partner) that a correction is waiting. Showing the dashboard reads no reporter's name or e-mail address, so it
 * leaves no line in the access log; opening a suggestion in the admin does (cms/logboek.ts).
 * The suggestions come from the public form; only their createdAt is set back, with payload.db (setting up time).
 */
import crypto from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAppConfig } from '../../cms/config'
import { chooseDatabase } from '../../cms/database'
import { launchChromium } from '../helpers/browser'
import { api, type CmsServer, DEMO_PASSWORD, login, startCmsServer } from '../helpers/server'

let cms: CmsServer
let browser: Browser
let beheerderToken: string
/** Three running aanbod (not gestopt: the staff table counts only those) of partner1's organisatie: one with a suggestion of 15 days, one of 13 days, one without. */
let oudItem: { id: number; titel: string }
let nieuwItem: { id: number; titel: string }
let zonderItem: { id: number; titel: string }
let organisatie: { id: number; naam: string }
let oud: number
let nieuw: number

const DAG = 86_400_000
const idVan = (v: any) => (v && typeof v === 'object' ? v.id : v)

let ip = 40
async function stuurSuggestie(aanbod: number): Promise<number> {
  const time = Date.now() - 60_000
  const sig = crypto.createHmac('sha256', cms.env.PAYLOAD_SECRET!).update(`suggestie-formulier\0${time}`).digest('base64url')
  const res = await fetch(`${cms.url}/api/suggesties/formulier`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.51.100.${ip++}` },
    body: new URLSearchParams({
      item: `aanbod:${aanbod}`,
      token: `${time}.${sig}`,
      soort: 'telefoonnummer',
      juist: 'Bel 0546 111222.',
      naam: 'Dashboard Testmelder',
      email: 'dashboard.testmelder@voorbeeld.nl',
      website: '',
    }).toString(),
    redirect: 'manual',
  })
  expect(res.status).toBe(303)
  return Number(/nummer=S-(\d+)/.exec(res.headers.get('location') ?? '')![1])
}

/** Set a suggestion's createdAt `dagen` days back, straight in the database (as the server stores a whole row). */
async function zetTerug(payload: Payload, id: number, dagen: number) {
  const huidig = await payload.db.findOne({ collection: 'suggesties', where: { id: { equals: id } } })
  expect(huidig).toBeTruthy()
  await payload.db.updateOne({
    collection: 'suggesties',
    id,
    data: { ...huidig, createdAt: new Date(Date.now() - dagen * DAG).toISOString() },
    returning: false,
  } as any)
}

async function loginPage(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Amsterdam' })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  await page.getByRole('heading', { level: 2 }).first().waitFor()
  await page.waitForLoadState('networkidle')
  return page
}

/** What follows a heading in its section (the list or "Geen." of that part). */
const deelNa = (region: Locator, kop: string) =>
  region.getByRole('heading', { name: kop, exact: true }).locator('xpath=following-sibling::*[1]')

const logregels = async (): Promise<any[]> => {
  const res = await api(cms, 'GET', '/api/redactie-logboek?limit=0&depth=0', { token: beheerderToken })
  expect(res.status).toBe(200)
  return res.body.docs
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true, env: { TRUST_PROXY: 'true' } })
  browser = await launchChromium()
  beheerderToken = (await login(cms, 'beheerder@demo.local')).token
  const { user } = await login(cms, 'partner1@demo.local')
  const orgId = idVan(user.organisaties[0])
  organisatie = (await api(cms, 'GET', `/api/organisaties/${orgId}?depth=0`)).body
  const docs = (
    await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${orgId}&where[status][not_equals]=gestopt&depth=0&limit=0&sort=id`)
  ).body.docs
  expect(docs.length, 'partner1 heeft minstens drie aanbod').toBeGreaterThanOrEqual(3)
  ;[oudItem, nieuwItem, zonderItem] = docs.map((d: any) => ({ id: d.id, titel: d.titel }))
  // Each item's title is unique among partner1's aanbod (rows are found by it).
  expect(new Set(docs.map((d: any) => d.titel)).size).toBe(docs.length)
  oud = await stuurSuggestie(oudItem.id)
  nieuw = await stuurSuggestie(nieuwItem.id)
  const payload = await getPayload({
    config: buildAppConfig({ database: chooseDatabase(cms.env.DATABASE_URI), secret: cms.env.PAYLOAD_SECRET! }),
    key: `suggesties-dashboard-${cms.url}`,
  })
  try {
    await zetTerug(payload, oud, 15)
    await zetTerug(payload, nieuw, 13)
  } finally {
    await payload.destroy()
  }
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('the staff dashboard', () => {
  it('shows the suggestion of 15 days under "Langer dan 14 dagen open", the one of 13 days under the other part', async () => {
    const page = await loginPage('redacteur@demo.local')
    const region = page.getByRole('region', { name: 'Klopt er iets niet? Suggesties van bezoekers' })
    await region.waitFor()
    const langer = deelNa(region, 'Langer dan 14 dagen open')
    const korter = deelNa(region, 'Korter dan 14 dagen open')
    expect(await langer.locator(`#suggestie-${oud}`).count()).toBe(1)
    expect(await langer.locator(`#suggestie-${nieuw}`).count()).toBe(0)
    expect(await korter.locator(`#suggestie-${nieuw}`).count()).toBe(1)
    expect(await korter.locator(`#suggestie-${oud}`).count()).toBe(0)
    // The item is named in its suggestion.
    expect(await langer.locator(`#suggestie-${oud}`).innerText()).toContain(oudItem.titel)
    expect(await korter.locator(`#suggestie-${nieuw}`).innerText()).toContain(nieuwItem.titel)
    await page.close()
  })

  it('the freshness table says on the organisatie’s row that two corrections wait', async () => {
    const page = await loginPage('redacteur@demo.local')
    const region = page.getByRole('region', { name: 'Hoe actueel is de kaart?' })
    const rij = region.getByRole('row').filter({ has: page.getByRole('link', { name: organisatie.naam, exact: true }) })
    expect(await rij.count()).toBe(1)
    const correctie = rij.locator('.skt-correctie')
    expect(await correctie.innerText()).toBe('Er wachten 2 correcties')
    expect(await correctie.getAttribute('href')).toBe('#suggesties')
    // Another organisation's row: none waits.
    const anders = region.getByRole('row').filter({ hasNot: page.getByRole('link', { name: organisatie.naam, exact: true }) })
    expect(await anders.locator('.skt-correctie').count()).toBe(0)
    await page.close()
  })

  it('showing the dashboard reads no reporter’s details: no line in the access log', async () => {
    const voor = await logregels()
    const page = await loginPage('redacteur@demo.local')
    await page.getByRole('region', { name: 'Klopt er iets niet? Suggesties van bezoekers' }).waitFor()
    await page.close()
    expect((await logregels()).length).toBe(voor.length)
  })

  it('opening the suggestion in the admin is a read of them: logged as "lezen" by the redacteur', async () => {
    const voor = new Set((await logregels()).map((r) => r.id))
    const page = await loginPage('redacteur@demo.local')
    await page.goto(`${cms.url}/admin/collections/suggesties/${oud}`)
    await page.locator('#field-naam').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.locator('#field-naam').inputValue()).toBe('Dashboard Testmelder')
    await page.close()
    const nieuweRegels = (await logregels()).filter((r) => !voor.has(r.id))
    const lezen = nieuweRegels.filter((r) => r.actie === 'lezen')
    expect(lezen.length).toBeGreaterThanOrEqual(1)
    for (const r of lezen)
      expect([r.bron, r.documenten, r.gebruikerNaam]).toEqual([
        'suggesties',
        String(oud),
        expect.stringContaining('<redacteur@demo.local>'),
      ])
    expect(JSON.stringify(nieuweRegels)).not.toContain('Testmelder')
  })
})

describe('the partner’s dashboard', () => {
  it('the freshness table says on each item’s row that a correction waits, not on the item without one', async () => {
    const page = await loginPage('partner1@demo.local')
    const region = page.getByRole('region', { name: 'Uw aanbod actueel houden' })
    const rij = (titel: string) => region.getByRole('row').filter({ has: page.getByRole('link', { name: titel, exact: true }) })
    for (const item of [oudItem, nieuwItem]) {
      expect(await rij(item.titel).count(), item.titel).toBe(1)
      expect(await rij(item.titel).locator('.skt-correctie').innerText()).toBe('Er wacht een correctie')
    }
    expect(await rij(zonderItem.titel).count()).toBe(1)
    expect(await rij(zonderItem.titel).locator('.skt-correctie').count()).toBe(0)
    // A partner's suggestion list has no 14-day part (that is for staff).
    const suggesties = page.getByRole('region', { name: 'Klopt er iets niet? Suggesties van bezoekers' })
    expect(await suggesties.getByRole('heading', { name: 'Langer dan 14 dagen open' }).count()).toBe(0)
    expect(await suggesties.locator(`#suggestie-${oud}`).count()).toBe(1)
    await page.close()
  })
})
