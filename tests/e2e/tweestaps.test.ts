/**
 * Tweestapsverificatie in the admin, in real Chromium, with TWEESTAPS_VERPLICHT=true: a redacteur who logs in
 * with the password lands on the setup page and cannot get past it; sets it up by typing the key shown into an
 * authenticator app (otpauth plays the app); after logging out, the admin asks for the code again. A beheerder
 * resets it for someone who lost their phone from that user's page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { TOTP } from 'otpauth'
import { DEMO_PASSWORD, login, startCmsServer, type CmsServer } from '../helpers/server'
import { launchChromium } from '../helpers/browser'

let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  cms = await startCmsServer({ demo: true, env: { TWEESTAPS_VERPLICHT: 'true' } })
  browser = await launchChromium()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

async function passwordLogin(page: Page, email: string) {
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin/tweestaps', { timeout: 30_000 })
  await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }).waitFor()
}

describe('tweestapsverificatie in the admin', () => {
  it('a redacteur sets it up at the first login, and gives the code at the next', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))

    await passwordLogin(page, 'redacteur@demo.local')
    // Before the second step the admin does not let it through to the content.
    await page.goto(`${cms.url}/admin/collections/aanbod`)
    await page.waitForURL((url) => url.pathname === '/admin/tweestaps', { timeout: 30_000 })

    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click()
    const qr = page.getByRole('img', { name: /QR-code/ })
    await qr.waitFor()
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    // The key as the person types it into the app.
    const key = (await page.locator('.skt-tweestaps__geheim').innerText()).trim()
    const app = new TOTP({ secret: key, digits: 6, period: 30, algorithm: 'SHA1' })

    await page.getByLabel('Vul de 6 cijfers uit uw app in').fill(app.generate())
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await page.getByRole('heading', { level: 2, name: 'Hoe actueel is de kaart?' }).waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe('/admin')

    // Log out, log in again: the code is asked for; the next code from the app lets it in.
    await page.goto(`${cms.url}/admin/logout`)
    await page.waitForURL((url) => url.pathname.endsWith('/login'), { timeout: 30_000 })
    await passwordLogin(page, 'redacteur@demo.local')
    await page.getByLabel('Vul de 6 cijfers uit uw app in').fill(app.generate({ timestamp: Date.now() + 30_000 }))
    await page.getByRole('button', { name: 'Controleren' }).click()
    await page.getByRole('heading', { level: 2, name: 'Hoe actueel is de kaart?' }).waitFor({ timeout: 30_000 })
    await page.goto(`${cms.url}/admin/collections/aanbod`)
    await page.locator('table tbody tr').first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/collections/aanbod')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a beheerder resets it for a redacteur who lost their phone, on the user page', async () => {
    const redacteurId = (await login(cms, 'redacteur@demo.local')).user.id
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await passwordLogin(page, 'beheerder@demo.local')
    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click()
    const key = (await page.locator('.skt-tweestaps__geheim').innerText()).trim()
    await page.getByLabel('Vul de 6 cijfers uit uw app in').fill(new TOTP({ secret: key }).generate())
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await page.getByRole('heading', { level: 2, name: 'Hoe actueel is de kaart?' }).waitFor({ timeout: 30_000 })

    await page.goto(`${cms.url}/admin/collections/users/${redacteurId}`)
    const veld = page.locator('.skt-tweestaps-veld')
    await expect.poll(() => veld.innerText(), { timeout: 15_000 }).toContain('Staat aan.')
    await veld.getByRole('button', { name: 'Tweestapsverificatie herstellen' }).click()
    await expect.poll(() => veld.getByRole('status').innerText(), { timeout: 15_000 }).toContain('Tweestapsverificatie is hersteld')
    await expect.poll(() => veld.innerText(), { timeout: 15_000 }).toContain('Staat uit.')
    // The redacteur's next login asks to set it up again.
    const redacteur = await login(cms, 'redacteur@demo.local')
    const status = await fetch(`${cms.url}/api/tweestaps/status`, { headers: { authorization: `JWT ${redacteur.token}` } })
    expect(await status.json()).toMatchObject({ actief: false, open: 'instellen' })
    expect(errors).toEqual([])
    await context.close()
  })
})
