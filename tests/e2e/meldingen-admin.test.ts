/**
 * Meldingen in the admin, in real Chromium, as the Meldpunt worker uses them: opening the list and a melding is
 * logged (once each), the melding's edit view offers "Inzage downloaden" (a file, logged as 'exporteren'), and the lock
 * the admin puts on the open melding is not visible to other roles.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { api, type CmsServer, DEMO_PASSWORD, login, startCmsServer } from '../helpers/server'

const GEHEIM = 'Kwispelstaart-Beheer-5529'

let cms: CmsServer
let browser: Browser
let meldpunt: { token: string; user: any }

const regels = async () => {
  const res = await api(cms, 'GET', '/api/meldingen-logboek?limit=1000&depth=0', { token: meldpunt.token })
  expect(res.status).toBe(200)
  return res.body.docs as any[]
}
const nieuwIn = (voor: any[], na: any[]) => {
  const oud = new Set(voor.map((r) => r.id))
  return na.filter((r) => !oud.has(r.id))
}

async function loginPage(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
  meldpunt = await login(cms, 'meldpunt@demo.local')
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('meldingen in the admin', () => {
  it('logs the list and the opened melding, offers the inzage download, and hides the lock from others', async () => {
    const m = await api(cms, 'POST', '/api/meldingen', {
      token: meldpunt.token,
      body: {
        kanaal: 'telefoon',
        melder: 'zelf',
        contactWijze: 'telefoon',
        telefoon: '0546 111222',
        tekst: `Alleen. ${GEHEIM}`,
        doelAkkoord: true,
      },
    })
    expect(m.status, JSON.stringify(m.body)).toBe(201)
    const { id, nummer } = m.body.doc
    const page = await loginPage('meldpunt@demo.local')

    let voor = await regels()
    await page.goto(`${cms.url}/admin/collections/meldingen`)
    await page.getByRole('link', { name: nummer }).first().waitFor({ timeout: 30_000 })
    let nieuw = nieuwIn(voor, await regels())
    // One line for the list view, with the numbers shown (the six demo meldingen and this one), however many calls
    // the admin makes to draw it.
    expect(nieuw.map((r) => [r.actie, r.gebruiker])).toEqual([['lijst', meldpunt.user.id]])
    const jaar = new Date().getFullYear()
    expect(nieuw[0].meldingen.split(', ').sort()).toEqual(
      ['0001', '0002', '0003', '0004', '0005', '0006', '0007'].map((n) => `M-${jaar}-${n}`),
    )
    expect(nummer).toBe(`M-${jaar}-0007`)

    voor = await regels()
    await page.goto(`${cms.url}/admin/collections/meldingen/${id}`)
    const knop = page.getByRole('button', { name: 'Inzage downloaden' })
    await knop.waitFor({ timeout: 30_000 })
    nieuw = nieuwIn(voor, await regels())
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.gebruiker])).toEqual([['lezen', nummer, meldpunt.user.id]])
    // The admin puts its lock on the melding once the worker starts typing (not saved).
    await page.locator('#field-tekst').fill(`Alleen. ${GEHEIM} en meer`)
    await expect
      .poll(async () => (await api(cms, 'GET', '/api/payload-locked-documents?depth=0', { token: meldpunt.token })).body.totalDocs, {
        timeout: 15_000,
      })
      .toBe(1)

    voor = await regels()
    const [download] = await Promise.all([page.waitForEvent('download'), knop.click()])
    expect(download.suggestedFilename()).toBe(`inzage-${nummer}.txt`)
    const file = await download.path()
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(file!, 'utf8')).toContain(`Wat de melder vertelt: Alleen. ${GEHEIM}`)
    nieuw = nieuwIn(voor, await regels())
    expect(nieuw.map((r) => [r.actie, r.meldingen])).toEqual([['exporteren', nummer]])

    // Other roles do not see the lock on the open melding, nor anything of it.
    for (const email of ['partner1@demo.local', 'redacteur@demo.local', 'beheerder@demo.local']) {
      const { token } = await login(cms, email)
      for (const depth of [0, 1, 2]) {
        const res = await api(cms, 'GET', `/api/payload-locked-documents?depth=${depth}`, { token })
        expect(res.status, email).toBe(200)
        expect(res.body.totalDocs, email).toBe(0)
        expect(JSON.stringify(res.body)).not.toContain(GEHEIM)
      }
      const prefs = await api(cms, 'GET', '/api/payload-preferences?depth=2', { token })
      expect(JSON.stringify(prefs.body)).not.toContain(GEHEIM)
    }
    await page.close()
  })
})
