/**
 * "Bekijk op de site" and "Voorbeeld bekijken" in the admin, in real Chromium against `next start`: the sidebar of a
 * published aanbod, activiteit and organisatie links to its page on the site; a partner's draft opens as the site's
 * own page (cms/voorbeeld/, the site's page components) with the draft's text, while the published site does not show
 * it yet; another partner and an anonymous visitor get the same 403 page as for a document that does not exist.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../scripts/lib/serve-site'
import { axeViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { api, DEMO_PASSWORD, freePort, login, startCmsServer, type CmsServer } from '../helpers/server'
import { buildFrom, testBuildDir } from '../helpers/site'

/** SITE_URL of every test CMS (tests/helpers/server.ts). */
const SITE = 'http://localhost:4321'
const NIEUWE_TEKST = 'Nieuw: elke eerste vrijdag ook soep van het seizoen'

let cms: CmsServer
let browser: Browser
let dist: string
let site: http.Server
let siteUrl: string
let partner1: string
let partner2: string
let orgA: number
let aanbod: any
let activiteit: any
let partner1Context: BrowserContext

async function loginContext(email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  await page.close()
  return context
}

const sitePagina = async (p: string) => {
  const res = await fetch(siteUrl + p)
  return { status: res.status, html: await res.text() }
}

/** The sidebar link with this text, once the field has read the document's state. */
async function sidebarLink(page: Page, naam: string) {
  const link = page.getByRole('link', { name: naam })
  await link.waitFor({ timeout: 30_000 })
  return (await link.getAttribute('href'))!
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
  const p1 = await login(cms, 'partner1@demo.local')
  partner1 = p1.token
  partner2 = (await login(cms, 'partner2@demo.local')).token
  orgA = p1.user.organisaties[0]?.id ?? p1.user.organisaties[0]
  const own = `where[organisatie][equals]=${orgA}&where[_status][equals]=published&limit=1&depth=0&sort=id`
  aanbod = (await api(cms, 'GET', `/api/aanbod?${own}`)).body.docs[0]
  activiteit = (await api(cms, 'GET', `/api/activiteiten?${own}`)).body.docs[0]
  expect(aanbod, 'een gepubliceerd aanbod van partner 1').toBeTruthy()
  expect(activiteit, 'een gepubliceerde activiteit van partner 1').toBeTruthy()
  // The published site, built before any draft exists.
  dist = await buildFrom(cms, testBuildDir())
  const port = await freePort()
  site = await serveSite(dist, port, '127.0.0.1')
  siteUrl = `http://127.0.0.1:${port}`
  partner1Context = await loginContext('partner1@demo.local')
}, 400_000)
afterAll(async () => {
  site?.close()
  await browser?.close()
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

describe('"Bekijk op de site"', () => {
  it('a published aanbod, activiteit and organisatie link to their page on the site, which is there', async () => {
    const page = await partner1Context.newPage()
    const gevallen: [string, string][] = [
      [`/admin/collections/aanbod/${aanbod.id}`, `/aanbod/${aanbod.slug}/`],
      [`/admin/collections/activiteiten/${activiteit.id}`, `/activiteit/${activiteit.slug}/`],
      [`/admin/collections/organisaties/${orgA}`, `/organisatie/${(await api(cms, 'GET', `/api/organisaties/${orgA}`)).body.slug}/`],
    ]
    for (const [admin, pad] of gevallen) {
      await page.goto(cms.url + admin)
      expect(await sidebarLink(page, 'Bekijk op de site'), admin).toBe(SITE + pad)
      await page.getByText('ongeveer een halve minuut na het publiceren').waitFor()
      expect((await sitePagina(pad)).status, pad).toBe(200)
    }
    await page.close()
  })

  it('a new aanbod that was never published says it is not on the site yet, and offers the preview', async () => {
    const res = await api(cms, 'POST', '/api/aanbod?draft=true', {
      token: partner1,
      body: {
        titel: 'Nieuw concept van partner 1',
        samenvatting: 'Nog niet op de site.',
        organisatie: orgA,
        heelTwenterand: true,
        kosten: { soort: 'gratis' },
        meedoen: { manier: 'vrije-inloop' },
        _status: 'draft',
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const page = await partner1Context.newPage()
    await page.goto(`${cms.url}/admin/collections/aanbod/${res.body.doc.id}`)
    await page.getByText('Dit staat nog niet op de site.').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('link', { name: 'Bekijk op de site' }).count()).toBe(0)
    expect(await sidebarLink(page, 'Voorbeeld bekijken')).toBe(`/api/aanbod/${res.body.doc.id}/voorbeeld`)
    await page.close()
  })
})

describe('"Voorbeeld bekijken"', () => {
  let voorbeeldUrl: string

  it("a partner's draft: the preview shows its text as the site's own page; the site does not yet", async () => {
    const page = await partner1Context.newPage()
    await page.goto(`${cms.url}/admin/collections/aanbod/${aanbod.id}`)
    await page.locator('#field-samenvatting').fill(NIEUWE_TEKST)
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/aanbod/${aanbod.id}`,
      { timeout: 30_000 },
    )
    await page.getByRole('button', { name: 'Bewaar concept', exact: true }).click()
    expect((await saved).status()).toBe(200)
    const href = await sidebarLink(page, 'Voorbeeld bekijken')
    expect(href).toBe(`/api/aanbod/${aanbod.id}/voorbeeld`)
    voorbeeldUrl = cms.url + href

    const geweigerd: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) geweigerd.push(m.text())
    })
    const res = await page.goto(voorbeeldUrl)
    expect(res!.status()).toBe(200)
    const headers = res!.headers()
    expect(headers['cache-control']).toBe('no-store')
    expect(headers['x-robots-tag']).toBe('noindex, nofollow')
    const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content')
    expect(csp).toContain("script-src 'none'")
    expect(csp).toContain("form-action 'none'")
    await expect(page.locator('main h1').textContent()).resolves.toBe(aanbod.titel)
    await expect(page.locator('main .skt-lead').textContent()).resolves.toBe(NIEUWE_TEKST)
    await page.getByText('Voorbeeld – nog niet gepubliceerd.').waitFor()
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex, nofollow')
    // The site's own page: its layout (header, footer) and its sections, styled (the inline styles are allowed).
    expect(await page.locator('header.skt-header').count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'Hoe doet u mee?' }).count()).toBe(1)
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).not.toMatch(/^"?Times/)
    // Its styles are allowed (by their hashes); the site's scripts are not loaded.
    expect(geweigerd.filter((t) => /style/i.test(t))).toEqual([])
    expect(await axeViolations(page, { label: 'het voorbeeld' })).toEqual([])
    await page.close()

    // Not published: not in the public API, not on the built site.
    expect((await api(cms, 'GET', `/api/aanbod/${aanbod.id}`)).body.samenvatting).not.toBe(NIEUWE_TEKST)
    const opSite = await sitePagina(`/aanbod/${aanbod.slug}/`)
    expect(opSite.status).toBe(200)
    expect(opSite.html).toContain(aanbod.titel)
    expect(opSite.html).not.toContain(NIEUWE_TEKST)
  })

  it('another partner and an anonymous visitor get 403, the same as for a document that does not exist', async () => {
    expect(voorbeeldUrl).toBeTruthy()
    const partner2Context = await loginContext('partner2@demo.local')
    const anoniem = await browser.newContext()
    const antwoorden: { wie: string; status: number; tekst: string }[] = []
    for (const [wie, context] of [
      ['partner 2', partner2Context],
      ['anoniem', anoniem],
    ] as const) {
      const page = await context.newPage()
      for (const url of [voorbeeldUrl, `${cms.url}/api/aanbod/999999/voorbeeld`]) {
        const res = await page.goto(url)
        antwoorden.push({ wie, status: res!.status(), tekst: await page.locator('body').innerText() })
      }
      await page.close()
    }
    await partner2Context.close()
    await anoniem.close()
    for (const a of antwoorden) {
      expect(a.status, a.wie).toBe(403)
      expect(a.tekst, a.wie).toContain('U kunt dit voorbeeld niet bekijken')
      expect(a.tekst, a.wie).not.toContain(NIEUWE_TEKST)
      expect(a.tekst, a.wie).not.toContain(aanbod.titel)
    }
    // Missing and not allowed: one answer.
    expect(new Set(antwoorden.map((a) => a.tekst)).size).toBe(1)
  })

  it('over HTTP: an activiteit draft, with the partner token; a token of another partner gets 403', async () => {
    const titel = `${activiteit.titel} (concept)`
    const saved = await api(cms, 'PATCH', `/api/activiteiten/${activiteit.id}?draft=true`, {
      token: partner1,
      body: { titel, _status: 'draft' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const eigen = await api(cms, 'GET', `/api/activiteiten/${activiteit.id}/voorbeeld`, { token: partner1 })
    expect(eigen.status).toBe(200)
    expect(eigen.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(eigen.body).toContain(`<h1>${titel}</h1>`)
    expect(eigen.body).toContain('Voorbeeld – nog niet gepubliceerd.')
    const ander = await api(cms, 'GET', `/api/activiteiten/${activiteit.id}/voorbeeld`, { token: partner2 })
    expect(ander.status).toBe(403)
    expect(ander.body).not.toContain(titel)
  })
})
