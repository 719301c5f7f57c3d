/**
 * The Meldpunt dashboard (cms/components/MeldpuntDashboard.tsx) in real Chromium, logged in as the demo Meldpunt
 * worker on a CMS with the demo seed (cms/seed/demo-meldingen.ts): the three lists show the expected demo meldingen,
 * with no personal field in them, and axe finds no violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { DEMO_PASSWORD, startCmsServer, type CmsServer } from '../helpers/server'
import { launchChromium } from '../helpers/browser'
import { axeViolations } from '../helpers/axe'

let cms: CmsServer
let browser: Browser
let page: Page

/** The seed and this test run on the same day: the demo numbers are of this year. */
const nummer = (volgnummer: string) => `M-${new Date().getFullYear()}-${volgnummer}`

/** The rows of one list (the table with this caption): number, status, kern. */
async function rijen(caption: string) {
  const table = page.getByRole('table', { name: caption })
  const rows = await table.locator('tbody tr').all()
  return Promise.all(rows.map(async (r) => (await r.locator('th, td').allInnerTexts()).slice(0, 3)))
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', 'meldpunt@demo.local')
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  await page.getByRole('heading', { level: 2, name: 'Meldingen bij het Meldpunt' }).waitFor({ timeout: 30_000 })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('het Meldpunt-dashboard', () => {
  it('lists the new meldingen, the worker’s own open ones, and those waiting too long', async () => {
    expect(await rijen('Nieuwe meldingen')).toEqual([
      [nummer('0002'), 'Nieuw', 'Den Ham'],
      [nummer('0001'), 'Nieuw', 'Vriezenveen'],
    ])
    expect(await rijen('Mijn meldingen')).toEqual([
      [nummer('0004'), 'Doorverwezen', 'Westerhaar-Vriezenveensewijk'],
      [nummer('0003'), 'In behandeling', 'Vroomshoop'],
    ])
    expect(await rijen('Wachten te lang op antwoord')).toEqual([
      [nummer('0002'), 'Nieuw', 'Den Ham'],
      [nummer('0005'), 'In behandeling', 'Den Ham'],
    ])
    const tekst = await page.locator('.skt-meldpunt').innerText()
    expect(tekst).toContain('Wij beloven melders antwoord binnen 3 werkdagen.')
    expect(tekst).toContain('Contactgegevens, tekst en notities van een melding wist het systeem 12 maanden na het afsluiten.')
    // No personal field on the dashboard.
    for (const persoonlijk of ['Voorbeeld Melder', 'demo.example', '0546 0000', 'verzonnen melding'])
      expect(tekst).not.toContain(persoonlijk)
    // The staff dashboard about the kaart is not for this role.
    expect(await page.getByRole('heading', { name: 'Hoe actueel is de kaart?' }).count()).toBe(0)
  })

  it('has zero axe violations (WCAG 2.1 AA) in the Meldpunt dashboard', async () => {
    // Our part of the page. The whole page (with Payload's admin around it) is checked in beheeromgeving.test.ts.
    expect(await axeViolations(page, { include: '.skt-meldpunt', minPasses: 5 })).toEqual([])
  })

  it('opens a melding from its number', async () => {
    await page
      .getByRole('table', { name: 'Mijn meldingen' })
      .getByRole('link', { name: nummer('0003') })
      .click()
    await page.waitForURL(/\/admin\/collections\/meldingen\/\d+/)
    await page.locator('#field-nummer').waitFor()
    expect(await page.locator('#field-nummer').inputValue()).toBe(nummer('0003'))
  })

  it('is not shown to a redacteur (who has no access to meldingen)', async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await other.goto(`${cms.url}/admin/login`)
    await other.fill('input[name=email]', 'redacteur@demo.local')
    await other.fill('input[name=password]', DEMO_PASSWORD)
    await other.click('button[type=submit]')
    await other.getByRole('heading', { level: 2, name: 'Hoe actueel is de kaart?' }).waitFor({ timeout: 30_000 })
    expect(await other.getByRole('heading', { name: 'Meldingen bij het Meldpunt' }).count()).toBe(0)
    expect(await other.locator('.skt-meldpunt').count()).toBe(0)
    await other.close()
  })
})
