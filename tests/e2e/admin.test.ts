/**
 * The admin in real Chromium: each role sees what it may use. A partner lands on its own organisation's
 * listings, confirms one with "Klopt nog", and does not see users, taxonomies or globals; staff see the freshness overview.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { api, DEMO_PASSWORD, login, startCmsServer, type CmsServer } from '../helpers/server'
import { launchChromium } from '../helpers/browser'

let cms: CmsServer
let browser: Browser

async function loginPage(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  ;(page as any).errors = errors
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  await page.getByRole('heading', { level: 2 }).first().waitFor()
  return page
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('partner', () => {
  it('lands on its own listings, sees only what it may use, and confirms a listing with "Klopt nog"', async () => {
    const { user } = await login(cms, 'partner1@demo.local')
    const orgId = user.organisaties[0]?.id ?? user.organisaties[0]
    const own = (await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${orgId}&limit=0&depth=0`)).body.docs
    const page = await loginPage('partner1@demo.local')

    const heading = page.getByRole('heading', { level: 2, name: 'Uw aanbod actueel houden' })
    await heading.waitFor({ timeout: 15_000 })
    expect(await heading.isVisible()).toBe(true)
    const rows = page.locator('.skt-dashboard tbody tr')
    expect(await rows.count()).toBe(own.length)
    const titles = await page.locator('.skt-dashboard tbody tr td:first-child').allInnerTexts()
    expect(titles.sort()).toEqual(own.map((a: any) => a.titel).sort())

    // The menu offers content, not users, taxonomies or globals.
    const nav = (await page.locator('nav').allTextContents()).join(' ')
    expect(nav).toContain('Aanbod')
    for (const hidden of [
      'Gebruikers',
      'Kernen',
      'Meldpunt Eenzaamheid',
      'Placemat Jeugd',
      'Site-instellingen',
      'Herinneringen',
      'Publicaties',
    ]) {
      expect(nav, hidden).not.toContain(hidden)
    }

    // One click confirms the stalest listing.
    const first = rows.first()
    const title = await first.locator('td').first().innerText()
    const button = page.getByRole('button', { name: `Klopt nog: ${title}`, exact: true })
    await button.click()
    // The answer shows in that listing's row (which may move once the list refreshes).
    const status = rows.filter({ has: button }).getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Bedankt')
    const doc = own.find((a: any) => a.titel === title)
    // Who checked it is not public: read it as staff.
    const staff = (await login(cms, 'redacteur@demo.local')).token
    const after = (await api(cms, 'GET', `/api/aanbod/${doc.id}`, { token: staff })).body
    expect(after.laatstGecontroleerd.versheid).toBe('actueel')
    expect(after.laatstGecontroleerd.door).toBe(user.naam)

    // The aanbod list shows only the partner's own organisation.
    await page.goto(`${cms.url}/admin/collections/aanbod`)
    await page.locator('table tbody tr').first().waitFor()
    expect(await page.locator('table tbody tr').count()).toBe(own.length)
    expect((page as any).errors).toEqual([])
    await page.close()
  })

  it('cannot open another organisation’s listing for editing', async () => {
    const { user } = await login(cms, 'partner2@demo.local')
    const orgB = user.organisaties[0]?.id ?? user.organisaties[0]
    const docB = (await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${orgB}&limit=1&depth=0`)).body.docs[0]
    const page = await loginPage('partner1@demo.local')
    await page.goto(`${cms.url}/admin/collections/aanbod/${docB.id}`)
    await page.waitForLoadState('networkidle')
    // Published listings of others are readable (they are public), but not editable: read-only, no publish.
    const titel = page.locator('#field-titel')
    await titel.waitFor()
    expect(await titel.inputValue()).toBe(docB.titel)
    expect(await titel.isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: /Publiceer/ }).count()).toBe(0)
    await page.close()
  })
})

describe('redacteur', () => {
  it('sees per organisation how current its listings are, and what waits for review', async () => {
    const page = await loginPage('redacteur@demo.local')
    await page.getByRole('heading', { name: 'Hoe actueel is de kaart?' }).waitFor()
    // The freshness part of the dashboard (the gaps and the reminders have sections of their own).
    const versheid = page.getByRole('region', { name: 'Hoe actueel is de kaart?' })
    const text = await versheid.innerText()
    expect(text).toMatch(/Ter beoordeling: \d+ aanbod en \d+ activiteiten/)
    const headers = await versheid.locator('thead th').allInnerTexts()
    expect(headers).toEqual(['Organisatie', 'Actueel', 'Controle nodig', 'Verouderd'])
    expect(await versheid.locator('tbody tr').count()).toBeGreaterThanOrEqual(12)
    const nav = (await page.locator('nav').allTextContents()).join(' ')
    for (const shown of ['Kernen', 'Meldpunt Eenzaamheid', 'Placemat Algemeen']) expect(nav).toContain(shown)
    // A count links to the admin list filtered on that organisation and freshness state.
    const link = versheid.locator('tbody td:nth-child(3) a').first()
    const count = Number(await link.innerText())
    expect(count).toBeGreaterThan(0)
    await link.click()
    await page.waitForURL(/collections\/aanbod\?/)
    await page.locator('table tbody tr').first().waitFor()
    expect(await page.locator('table tbody tr').count()).toBe(count)
    expect(nav).not.toContain('Gebruikers')
    expect((page as any).errors).toEqual([])
    await page.close()
  })
})

describe('import from a spreadsheet', () => {
  it('staff check a CSV above the organisaties list, then import it; partners do not see the import', async () => {
    const page = await loginPage('redacteur@demo.local')
    await page.goto(`${cms.url}/admin/collections/organisaties`)
    await page.locator('.skt-import > summary').click()
    const csv = 'naam;korte_omschrijving\r\nBrowser Import (voorbeeld);Uit de browsertest.\r\n'
    await page.setInputFiles('.skt-import input[type=file]', { name: 'organisaties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Controleren', exact: true }).click()
    await page.locator('.skt-import__rijen tbody tr').first().waitFor()
    expect(await page.locator('.skt-import__rijen tbody tr td').allInnerTexts()).toEqual([
      '2',
      'Browser Import (voorbeeld)',
      'Wordt nieuw',
      '',
    ])
    const stored = async () => (await api(cms, 'GET', '/api/organisaties?where[slug][equals]=browser-import-voorbeeld')).body.totalDocs
    expect(await stored()).toBe(0)
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page.waitForFunction(() => document.querySelector('.skt-import__verslag')?.textContent?.includes('Klaar: 1 nieuw'))
    expect(await stored()).toBe(1)
    expect((page as any).errors).toEqual([])
    await page.close()

    const partner = await loginPage('partner1@demo.local')
    await partner.goto(`${cms.url}/admin/collections/aanbod`)
    await partner.locator('table tbody tr').first().waitFor()
    expect(await partner.locator('.skt-import').count()).toBe(0)
    await partner.close()
  })
})
