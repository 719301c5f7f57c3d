/**
 * "Waar ontbreekt aanbod?" (cms/components/AanbodGaten.tsx) in real Chromium: the admin page's tables as a logged-in
 * redacteur sees them (the admin renders them in the browser), checked cell by cell against the REST API's own counts
 * (what an anonymous visitor, and so the site, can read), and against a hand-counted case: a new levensgebeurtenis
 * with aanbod for heel Twenterand, for one kern, (temporarily) stopped ones and a draft. Printed: landscape A4, the
 * tables without the admin's menu (read back with poppler). axe on the page.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { api, DEMO_PASSWORD, login, startCmsServer, type CmsServer } from '../helpers/server'

let cms: CmsServer
let browser: Browser
let redacteur: { token: string; user: any }
const contexts = new Map<string, BrowserContext>()

/** A browser logged in as this demo user (through the login form, as a person does). */
async function alsGebruiker(email: string) {
  let context = contexts.get(email)
  if (!context) {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
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

interface Cel {
  tekst: string
  admin: string
  site: string
}
type Tabel = { kolommen: string[]; rijen: Map<string, Map<string, Cel>> }

/** An admin page as the user's browser shows it, once `klaar` (a CSS selector) is there. */
async function adminHtml(pad: string, email?: string, klaar = 'h1') {
  const context = email ? await alsGebruiker(email) : await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto(cms.url + pad)
    await page.locator(klaar).first().waitFor({ timeout: 30_000 })
    return { html: await page.content(), url: page.url() }
  } finally {
    await page.close()
    if (!email) await context.close()
  }
}

/** The tables of the page: per caption, the cells by kern (row header) and term (column header). */
function tabellen(html: string): Map<string, Tabel> {
  const doc = parseDocument(html)
  const result = new Map<string, Tabel>()
  for (const table of DomUtils.findAll((e) => e.name === 'table' && /skt-gaten/.test(e.attribs.class ?? ''), doc.children)) {
    const caption = DomUtils.textContent(DomUtils.findOne((e) => e.name === 'caption', [table])!)
    const kolommen = DomUtils.findAll((e) => e.name === 'th' && e.attribs.scope === 'col', [table]).map((th) => DomUtils.textContent(th))
    const rijen = new Map<string, Map<string, Cel>>()
    for (const tr of DomUtils.findAll((e) => e.name === 'tr', [table])) {
      const th = DomUtils.findOne((e) => e.name === 'th' && e.attribs.scope === 'row', [tr])
      if (!th) continue
      const cellen = DomUtils.findAll((e) => e.name === 'td', [tr])
      const rij = new Map<string, Cel>()
      cellen.forEach((td, i) => {
        const [admin, site] = DomUtils.findAll((e) => e.name === 'a', [td])
        rij.set(kolommen[i + 1]!, { tekst: DomUtils.textContent(admin!).trim(), admin: admin!.attribs.href!, site: site!.attribs.href! })
      })
      rijen.set(DomUtils.textContent(th), rij)
    }
    result.set(caption, { kolommen: kolommen.slice(1), rijen })
  }
  return result
}

const tabelVan = (t: Map<string, Tabel>, indeling: string) =>
  [...t.entries()].find(([caption]) => caption.includes(`kern en ${indeling}`))![1]
const getal = (tekst: string) => (tekst === 'geen' ? 0 : Number(tekst))

async function termen(collection: string) {
  return (await api(cms, 'GET', `/api/${collection}?limit=0&depth=0`)).body.docs as { id: number; naam: string }[]
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  redacteur = await login(cms, 'redacteur@demo.local')
  browser = await launchChromium()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('waar ontbreekt aanbod', () => {
  it('every cell equals the REST API’s count of published, active aanbod in that kern (or heel Twenterand)', async () => {
    const t = tabellen((await adminHtml('/admin/aanbod-gaten', 'redacteur@demo.local')).html)
    const kernen = await termen('kernen')
    for (const [indeling, collection, veld] of [
      ['levensgebeurtenis', 'levensgebeurtenissen', 'levensgebeurtenissen'],
      ['doelgroep', 'doelgroepen', 'doelgroepen'],
    ] as const) {
      const tabel = tabelVan(t, indeling)
      const kolomTermen = await termen(collection)
      expect(tabel.rijen.size).toBe(kernen.length)
      expect(new Set(tabel.kolommen)).toEqual(new Set(kolomTermen.map((k) => k.naam)))
      for (const kern of kernen) {
        for (const term of kolomTermen) {
          // Anonymous: only published aanbod, as the site reads it.
          const q =
            `where[and][0][status][equals]=actief&where[and][1][or][0][kernen][in]=${kern.id}` +
            `&where[and][1][or][1][heelTwenterand][equals]=true&where[and][2][${veld}][in]=${term.id}&limit=1&depth=0`
          const expected = (await api(cms, 'GET', `/api/aanbod?${q}`)).body.totalDocs as number
          const cel = tabel.rijen.get(kern.naam)!.get(term.naam)!
          expect(getal(cel.tekst), `${kern.naam} × ${term.naam}`).toBe(expected)
          // The cell's site link: the zoekpagina with both filters ticked, by name.
          const site = new URL(cel.site)
          expect(site.pathname).toBe('/zoeken/')
          expect(site.searchParams.get('kern')).toBe(kern.naam)
          expect(site.searchParams.get(indeling)).toBe(term.naam)
        }
      }
    }
  })

  it('counts a hand-made case: heel Twenterand in every kern, stopped aanbod and drafts not at all', async () => {
    const auth = { token: redacteur.token }
    const term = (await api(cms, 'POST', '/api/levensgebeurtenissen', { ...auth, body: { naam: 'Testgebeurtenis gaten', volgorde: 99 } }))
      .body.doc
    expect(term?.id).toBeTruthy()
    const kernen = await termen('kernen')
    const [eerste, tweede] = kernen
    const org = (await api(cms, 'GET', '/api/organisaties?limit=1&depth=0')).body.docs[0].id
    const maak = async (titel: string, extra: Record<string, unknown>, draft = false) => {
      const res = await api(cms, 'POST', `/api/aanbod${draft ? '?draft=true' : ''}`, {
        ...auth,
        body: {
          titel,
          samenvatting: 'Een aanbod om de tabel mee na te tellen.',
          organisatie: org,
          levensgebeurtenissen: [term.id],
          _status: draft ? 'draft' : 'published',
          ...extra,
        },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
    }
    const kolom = async () => {
      const t = tabelVan(tabellen((await adminHtml('/admin/aanbod-gaten', 'redacteur@demo.local')).html), 'levensgebeurtenis')
      return Object.fromEntries(kernen.map((k) => [k.naam, t.rijen.get(k.naam)!.get('Testgebeurtenis gaten')!.tekst]))
    }
    expect(Object.values(await kolom())).toEqual(kernen.map(() => 'geen'))

    await maak('Gaten: voor iedereen', { heelTwenterand: true })
    await maak('Gaten: gestopt', { kernen: [eerste!.id], status: 'gestopt' })
    await maak('Gaten: tijdelijk gestopt', { kernen: [eerste!.id], status: 'tijdelijk-gestopt' })
    await maak('Gaten: concept', { kernen: [eerste!.id] }, true)
    await maak('Gaten: in één kern', { kernen: [tweede!.id] })
    // Hand-counted: 1 everywhere (heel Twenterand), 2 in the second kern; the (temporarily) stopped ones and the draft count nowhere.
    expect(await kolom()).toEqual(Object.fromEntries(kernen.map((k) => [k.naam, k.id === tweede!.id ? '2' : '1'])))

    // The admin link of a cell lists exactly what the cell counts.
    const t = tabelVan(tabellen((await adminHtml('/admin/aanbod-gaten', 'redacteur@demo.local')).html), 'levensgebeurtenis')
    const admin = t.rijen.get(tweede!.naam)!.get('Testgebeurtenis gaten')!.admin
    const where = new URL(admin, cms.url).search
    const listed = (await api(cms, 'GET', `/api/aanbod${where}&depth=0&limit=0`, auth)).body.docs.map((d: any) => d.titel)
    expect(listed.sort()).toEqual(['Gaten: in één kern', 'Gaten: voor iedereen'])
  })

  it('is on the redacteur’s dashboard, not on a partner’s; the page tells a partner it is for the redactie', async () => {
    const dashboard = await adminHtml('/admin', 'redacteur@demo.local', '#skt-gaten')
    expect(tabellen(dashboard.html).size).toBe(2)
    // The partner's dashboard, once its own part is there.
    expect(tabellen((await adminHtml('/admin', 'partner1@demo.local', '#skt-versheid')).html).size).toBe(0)
    const page = await adminHtml('/admin/aanbod-gaten', 'partner1@demo.local')
    expect(tabellen(page.html).size).toBe(0)
    expect(page.html).toContain('Deze pagina is voor de redactie.')
    const anon = await adminHtml('/admin/aanbod-gaten', undefined, 'input[name=email]')
    expect(tabellen(anon.html).size).toBe(0)
    expect(new URL(anon.url).pathname).toBe('/admin/login')
  })

  it('has no axe violations, and prints on landscape A4 with the tables and without the admin menu', async () => {
    const context = await alsGebruiker('redacteur@demo.local')
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/aanbod-gaten`)
    await page.getByRole('heading', { level: 1, name: 'Waar ontbreekt aanbod?' }).waitFor({ timeout: 30_000 })
    expect(await axeViolations(page, { include: '.skt-gaten-pagina', minPasses: 5 })).toEqual([])
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-gaten-'))
    const pdf = path.join(dir, 'gaten.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    await page.close()
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!
    // A4 landscape: 842 x 595 points.
    expect(Math.round(Number(w))).toBe(842)
    expect(Math.round(Number(h))).toBe(595)
    const tekst = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(tekst).toContain('Waar ontbreekt aanbod?')
    expect(tekst).toContain('Aanbod per kern en levensgebeurtenis')
    expect(tekst).toContain('Aanbod per kern en doelgroep')
    // The admin's menu (its collection links) stays off the paper.
    expect(tekst).not.toMatch(/Organisaties|Herinneringen|Uitloggen/)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
