/**
 * Monitoring in real Chromium (issue 23): /admin/monitoring as the meldpunt worker (axe on the page's own part, the
 * hand-counted set of tests/helpers/monitoring-seed.ts with Geerdijk's exactly 4 meldingen shown as "minder dan 5",
 * printed on A4 without the admin's menu), a partner gets no figures, the dashboards link to it; and the public page
 * "Het Meldpunt in cijfers" of a site built from that CMS: without JavaScript, tables with captions, no number below
 * 5, Geerdijk "minder dan 5", axe.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../scripts/lib/serve-site'
import { axeViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { PERIODE, seedMonitoring } from '../helpers/monitoring-seed'
import { api, type CmsServer, DEMO_PASSWORD, freePort, login, startCmsServer } from '../helpers/server'
import { buildFrom } from '../helpers/site'

let cms: CmsServer
let browser: Browser
let dist: string
let server: http.Server
let site: string
const contexts = new Map<string, BrowserContext>()
const q = `?van=${PERIODE.van}&tot=${PERIODE.tot}`

async function alsGebruiker(email: string) {
  let context = contexts.get(email)
  if (!context) {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('input[name=email]', email)
    await page.fill('input[name=password]', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    await page.close()
    contexts.set(email, context)
  }
  return context
}

/** The rows of the tables in some HTML: per table (data-tabel), per row header, the cells' text. */
function tabellen(html: string): Map<string, Map<string, string[]>> {
  const doc = parseDocument(html)
  const result = new Map<string, Map<string, string[]>>()
  for (const table of DomUtils.findAll((e) => e.name === 'table' && Boolean(e.attribs['data-tabel']), doc.children)) {
    const rijen = new Map<string, string[]>()
    for (const tr of DomUtils.findAll((e) => e.name === 'tr', [table])) {
      const th = DomUtils.findOne((e) => e.name === 'th' && e.attribs.scope === 'row', [tr])
      if (th)
        rijen.set(
          DomUtils.textContent(th).trim(),
          DomUtils.findAll((e) => e.name === 'td', [tr]).map((td) => DomUtils.textContent(td).trim()),
        )
    }
    result.set(table.attribs['data-tabel']!, rijen)
  }
  return result
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  await seedMonitoring(cms)
  browser = await launchChromium()
  dist = await buildFrom(cms)
  const port = await freePort()
  server = await serveSite(dist, port, '127.0.0.1')
  site = `http://127.0.0.1:${port}`
}, 900_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

describe('monitoring in the admin', () => {
  it('shows the meldpunt worker the period’s tables, Geerdijk as "minder dan 5"; no axe violations; prints on A4', async () => {
    const { token } = await login(cms, 'meldpunt@demo.local')
    const bekeken = async () =>
      ((await api(cms, 'GET', '/api/meldingen-logboek?limit=0&depth=0', { token })).body.docs as any[]).filter((r) =>
        String(r.details).startsWith('monitoring bekeken'),
      ).length
    const voor = await bekeken()
    const page = await (await alsGebruiker('meldpunt@demo.local')).newPage()
    await page.goto(`${cms.url}/admin/monitoring${q}`)
    await page.getByRole('heading', { level: 1, name: 'Het Meldpunt in cijfers' }).waitFor({ timeout: 30_000 })
    await page.locator('table[data-tabel="per-kern"]').waitFor()
    // One line in the access log for the view, not one per melding.
    expect(await bekeken()).toBe(voor + 1)
    const t = tabellen(await page.content())
    expect(t.get('per-kern')!.get('Vroomshoop')).toEqual(['6'])
    expect(t.get('per-kern')!.get('Geerdijk')).toEqual(['minder dan 5'])
    expect(t.get('per-kern')!.get('Totaal')).toEqual(['11'])
    expect(t.get('metingen-kern')!.get('Geerdijk')).toEqual(['minder dan 5', 'niet getoond', 'niet getoond', 'niet getoond'])
    // Every table has a caption with its n.
    expect(await page.locator('.skt-monitoring caption').count()).toBe(t.size)
    expect(await page.locator('.skt-monitoring caption').first().textContent()).toMatch(/\(n = 11 meldingen\)/)
    // The period form is a plain GET form with the period filled in.
    expect(await page.inputValue('input[name=van]')).toBe(PERIODE.van)
    expect(await page.getAttribute('a[href^="/api/monitoring/csv"]', 'href')).toBe(`/api/monitoring/csv${q}`)
    expect(await axeViolations(page, { include: '.skt-monitoring-pagina', minPasses: 5 })).toEqual([])

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-monitoring-'))
    const pdf = path.join(dir, 'monitoring.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    await page.close()
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!
    // A4 (the admin prints landscape: 842 x 595 points).
    expect([Math.round(Number(w)), Math.round(Number(h))].sort()).toEqual([595, 842])
    const tekst = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(tekst).toContain('Meldingen per kern')
    expect(tekst).toContain('Wat de eenzaamheidsschaal wel en niet laat zien')
    expect(tekst).not.toMatch(/Uitloggen|Toon deze periode|Download deze tabellen/)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('gives a partner no figures; the meldpunt and redacteur dashboards link to it', async () => {
    const partner = await (await alsGebruiker('partner1@demo.local')).newPage()
    await partner.goto(`${cms.url}/admin/monitoring${q}`)
    await partner.getByRole('heading', { level: 1, name: 'Het Meldpunt in cijfers' }).waitFor({ timeout: 30_000 })
    const html = await partner.content()
    expect(html).toContain('Deze pagina is voor het Meldpunt en de redactie.')
    expect(tabellen(html).size).toBe(0)
    expect(html).not.toMatch(/Vroomshoop|Geerdijk/)
    await partner.close()
    for (const [email, klaar] of [
      ['meldpunt@demo.local', '#skt-meldpunt'],
      ['redacteur@demo.local', '#skt-gaten'],
    ] as const) {
      const page = await (await alsGebruiker(email)).newPage()
      await page.goto(`${cms.url}/admin`)
      await page.locator(klaar).waitFor({ timeout: 30_000 })
      expect(await page.locator('a[href="/admin/monitoring"]').count(), email).toBeGreaterThan(0)
      await page.close()
    }
  })
})

describe('Het Meldpunt in cijfers on the site', () => {
  it('works without JavaScript, has captioned tables, no number below 5, Geerdijk "minder dan 5", and no axe violations', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const res = await page.goto(`${site}/meldpunt/in-cijfers/`)
    expect(res?.status()).toBe(200)
    const html = await page.content()
    await context.close()
    const t = tabellen(html)
    for (const id of ['per-kwartaal', 'per-kern', 'bezoekers-per-maand']) expect(t.has(id), id).toBe(true)
    // Geerdijk's 4 meldingen (April 2025; while that is in the last 8 quarters, else 0): never a number.
    expect(t.get('per-kern')!.get('Geerdijk')).toEqual(['minder dan 5'])
    for (const [id, rijen] of t) {
      for (const [label, cellen] of rijen) {
        for (const c of cellen) {
          if (/^\d+$/.test(c)) expect(Number(c), `${id} ${label}`).toBeGreaterThanOrEqual(5)
          else expect(['minder dan 5', 'niet getoond'], `${id} ${label}`).toContain(c)
        }
      }
    }
    const doc = parseDocument(html)
    expect(DomUtils.findAll((e) => e.name === 'caption', doc.children).length).toBe(
      DomUtils.findAll((e) => e.name === 'table', doc.children).length,
    )
    expect(html).toContain('minder dan 5')
    // Linked from the meldpunt page and the privacy page.
    for (const p of ['meldpunt/index.html', 'privacy/index.html'])
      expect(fs.readFileSync(path.join(dist, p), 'utf8')).toContain('href="/meldpunt/in-cijfers/"')

    const axePage = await browser.newPage()
    await axePage.goto(`${site}/meldpunt/in-cijfers/`)
    expect(await axeViolations(axePage, { label: '/meldpunt/in-cijfers/' })).toEqual([])
    await axePage.close()
  })
})
