/**
 * Metingen in the admin, in real Chromium, as the Meldpunt worker uses them: the melding's tab Metingen lists the
 * person's measurements (here the demo start measurement of melding 3), "Meting toevoegen" opens a new meting with the
 * melding number filled in, the CMS computes the scores on saving, and the melding then shows both, in order. The
 * list read is logged; axe finds nothing in our part of the page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { api, type CmsServer, DEMO_PASSWORD, login, startCmsServer } from '../helpers/server'

let cms: CmsServer
let browser: Browser
let page: Page
let meldpunt: { token: string; user: any }
let melding: { id: number; nummer: string }

const regels = async () => {
  const res = await api(cms, 'GET', '/api/meldingen-logboek?limit=1000&depth=0', { token: meldpunt.token })
  expect(res.status).toBe(200)
  return res.body.docs as any[]
}
const nieuwIn = (voor: any[], na: any[]) => {
  const oud = new Set(voor.map((r) => r.id))
  return na.filter((r) => !oud.has(r.id))
}

/** The rows of the melding's measurements table: moment, emotional, social, total, category (the date varies). */
async function metingRijen() {
  const table = page.getByRole('table', { name: 'Metingen van deze melding, de oudste eerst' })
  await table.waitFor({ timeout: 30_000 })
  const rows = await table.locator('tbody tr').all()
  return Promise.all(rows.map(async (r) => (await r.locator('th, td').allInnerTexts()).slice(1)))
}

async function openTab() {
  await page.goto(`${cms.url}/admin/collections/meldingen/${melding.id}`)
  await page
    .getByRole('tab', { name: 'Metingen' })
    .or(page.getByRole('button', { name: 'Metingen', exact: true }))
    .first()
    .click()
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
  meldpunt = await login(cms, 'meldpunt@demo.local')
  const jaar = new Date().getFullYear()
  const res = await api(cms, 'GET', `/api/meldingen?where[nummer][equals]=M-${jaar}-0003&depth=0`, { token: meldpunt.token })
  melding = res.body.docs[0]
  expect(melding?.nummer).toBe(`M-${jaar}-0003`)
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', 'meldpunt@demo.local')
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('metingen on the melding', () => {
  it('shows the demo start measurement, logged as a list read of that meting', async () => {
    const voor = await regels()
    await openTab()
    // Demo melding 3: items 1 and 4 "ja", 6 "nee" (emotional 2); items 2 and 5 "nee", 3 "min of meer" (social 3).
    expect(await metingRijen()).toEqual([['Startmeting', '2', '3', '5', 'Sterk eenzaam']])
    const nieuw = nieuwIn(voor, await regels())
    expect(nieuw.some((r) => r.actie === 'lijst' && /^meting \d+$/.test(r.meldingen))).toBe(true)
    expect(await axeViolations(page, { include: '.skt-metingen', minPasses: 3 })).toEqual([])
  })

  it('adds a tussenmeting with the number filled in; the CMS computes the scores', async () => {
    await page.getByRole('link', { name: 'Meting toevoegen' }).click()
    await page.waitForURL((url) => url.pathname.endsWith('/admin/collections/metingen/create'), { timeout: 30_000 })
    const veld = page.locator('#field-melding')
    await expect.poll(() => veld.inputValue(), { timeout: 15_000 }).toBe(melding.nummer)
    await page.locator('#field-moment').click()
    await page.locator('.rs__option', { hasText: 'Tussenmeting' }).click()
    // Least lonely, except item 4 "min of meer": emotional 1, social 0, total 1, niet eenzaam.
    const keuzes: Record<string, string> = {
      leegte: 'Nee',
      terugvallen: 'Ja',
      vertrouwen: 'Ja',
      mensenMissen: 'Min of meer',
      verbonden: 'Ja',
      inDeSteek: 'Nee',
    }
    for (const [naam, antwoord] of Object.entries(keuzes))
      await page.locator(`#field-antwoorden__${naam}`).getByText(antwoord, { exact: true }).click()
    await page.getByRole('button', { name: 'Bewaar', exact: true }).first().click()
    await page.waitForURL((url) => /\/admin\/collections\/metingen\/\d+$/.test(url.pathname), { timeout: 30_000 })
    await expect.poll(() => page.locator('#field-totaal').inputValue(), { timeout: 15_000 }).toBe('1')
    await expect
      .poll(() => page.locator('.skt-meting-melding').innerText(), { timeout: 15_000 })
      .toBe(`Hoort bij melding ${melding.nummer}.`)

    await openTab()
    expect(await metingRijen()).toEqual([
      ['Startmeting', '2', '3', '5', 'Sterk eenzaam'],
      ['Tussenmeting', '1', '0', '1', 'Niet eenzaam'],
    ])
  })
})
