/**
 * Moderation in the admin, in real Chromium, with "Partners publiceren zelf" off: a partner's "Publiceer
 * wijzigingen" on its (demo, placemat) aanbod waits for a redacteur (the form sends the redactie's fields back
 * unchanged, which is allowed), and a change to the public part of its organisatie profile is refused with the
 * Dutch message, while its contactpersonen can still be saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { api, DEMO_PASSWORD, login, startCmsServer, type CmsServer } from '../helpers/server'
import { launchChromium } from '../helpers/browser'

let cms: CmsServer
let browser: Browser
let redacteur: string
let orgA: number

async function loginPage(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

/** Click a button and wait for the PATCH it sends to `path`. */
async function save(page: Page, button: string, path: string) {
  const response = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === path, { timeout: 30_000 })
  await page.getByRole('button', { name: button, exact: true }).click()
  return response
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
  redacteur = (await login(cms, 'redacteur@demo.local')).token
  const partner = await login(cms, 'partner1@demo.local')
  orgA = partner.user.organisaties[0]?.id ?? partner.user.organisaties[0]
  const off = await api(cms, 'POST', '/api/globals/site', { token: redacteur, body: { partnersPublicerenZelf: false } })
  expect(off.status).toBe(200)
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('partner in the admin, "Partners publiceren zelf" off', () => {
  it('"Publiceer wijzigingen" on its own demo aanbod on a placemat: saved, waiting for the redacteur, not public', async () => {
    const own = (await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${orgA}&limit=0&depth=0`)).body.docs as any[]
    const doc = own.find((a) => a.demo === true && a.placemats?.length > 0) ?? own.find((a) => a.demo === true)
    expect(doc, 'een voorbeeldaanbod van partner 1').toBeTruthy()
    const page = await loginPage('partner1@demo.local')
    await page.goto(`${cms.url}/admin/collections/aanbod/${doc.id}`)
    await page.locator('#field-titel').fill(`${doc.titel} (gewijzigd)`)
    const res = await save(page, 'Publiceer wijzigingen', `/api/aanbod/${doc.id}`)
    expect(res.status(), await res.text()).toBe(200)
    await page.close()

    expect((await api(cms, 'GET', `/api/aanbod/${doc.id}`)).body.titel).toBe(doc.titel)
    const waiting = (await api(cms, 'GET', `/api/aanbod/${doc.id}?draft=true&depth=0`, { token: redacteur })).body
    expect(waiting).toMatchObject({ titel: `${doc.titel} (gewijzigd)`, terBeoordeling: true, demo: true, placemats: doc.placemats })
  })

  it('its organisatie profile: a public field is refused with the Dutch message; the contactpersonen are saved', async () => {
    const before = (await api(cms, 'GET', `/api/organisaties/${orgA}?depth=0`)).body
    const page = await loginPage('partner1@demo.local')
    await page.goto(`${cms.url}/admin/collections/organisaties/${orgA}`)
    const omschrijving = page.locator('#field-korteOmschrijving')
    await omschrijving.fill('Zelf op de site gezet?')
    const refused = await save(page, 'Bewaar', `/api/organisaties/${orgA}`)
    expect(refused.status()).toBe(403)
    await page.getByText('Korte omschrijving: wijzigingen in het profiel van uw organisatie lopen via de redactie').first().waitFor()
    expect((await api(cms, 'GET', `/api/organisaties/${orgA}?depth=0`)).body.korteOmschrijving).toBe(before.korteOmschrijving)

    await page.reload()
    // The demo organisatie has one contactpersoon: the partner replaces it.
    expect(before.contactpersonen ?? []).toHaveLength(0) // not public
    await page.locator('#field-contactpersonen__0__naam').fill('Nieuwe contactpersoon')
    await page.locator('#field-contactpersonen__0__email').fill('nieuw-contact@demo.local')
    const saved = await save(page, 'Bewaar', `/api/organisaties/${orgA}`)
    expect(saved.status(), await saved.text()).toBe(200)
    await page.close()
    const after = (await api(cms, 'GET', `/api/organisaties/${orgA}?depth=0`, { token: redacteur })).body
    expect(after.contactpersonen.map((c: any) => c.email)).toContain('nieuw-contact@demo.local')
  })
})
