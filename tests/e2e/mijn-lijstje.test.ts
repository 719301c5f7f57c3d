/**
 * Mijn lijstje in real Chromium, on the site built from the demo CMS (tests/helpers/shared-site.ts): "Zet op mijn
 * lijstje" on the cards of a kern page, used with the keyboard only; the list in /mijn-lijstje/ after a reload; its
 * shared link (#a=…) in a fresh browser with no storage; the printed list (page.pdf, read with poppler: A4, one or two
 * pages, each item's name, a QR code per item); a full list (the six aanbod with the longest texts) still on two pages,
 * and one more refused with a message; no request that carries a chosen item; axe; and without JavaScript no
 * buttons, and /mijn-lijstje/ says how to print a single aanbod.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { serveSite } from '../../scripts/lib/serve-site'
import { pdfInfo } from '../../scripts/lib/pdf'
import { api, freePort } from '../helpers/server'
import { SHARED_DRAFT_SECRET, sharedSite } from '../helpers/shared-site'
import { launchChromium } from '../helpers/browser'
import { axeViolations } from '../helpers/axe'

let cms: { url: string }
let dist: string
let server: http.Server
let base: string
let browser: Browser
/** A kern page with at least four aanbod cards. */
let kernPad: string
let aanbod: any[]
let meldpunt: any

beforeAll(async () => {
  ;({ cms, dist } = await sharedSite())
  aanbod = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=1')).body.docs
  meldpunt = (await api(cms, 'GET', '/api/globals/meldpunt?depth=0')).body
  const port = await freePort()
  server = await serveSite(dist, port, '127.0.0.1')
  base = `http://127.0.0.1:${port}`
  browser = await launchChromium()
  const kernen = (await api(cms, 'GET', '/api/kernen?limit=0&depth=0')).body.docs
  // The kern with the most aanbod of its own (heel-Twenterand aanbod is on every kern page too).
  const eigen = (k: any) => aanbod.filter((a) => (a.kernen ?? []).some((x: any) => (x.slug ?? x) === k.slug || x.id === k.id)).length
  const kern = [...kernen].sort((a, b) => eigen(b) - eigen(a))[0]
  kernPad = `/kern/${kern.slug}/`
}, 1_200_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
})

const norm = (s: string) => s.replace(/\s+/g, ' ').trim()
const AAN = 'Op mijn lijstje ✓ (haal eraf)'
const UIT = 'Zet op mijn lijstje'
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A button's accessible name: its visible text, then ": " and the aanbod's name (the hidden part may add a space). */
const naam = (tekst: string, titel: string) => new RegExp(`^${esc(tekst)}\\s?: ${esc(titel)}$`)

/** A fresh browser (no storage) that records every request it makes: URL (without the fragment, never sent) and body. */
async function fresh(javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } })
  const requests: string[] = []
  const problems: string[] = []
  context.on('request', (r) => requests.push(`${r.method()} ${r.url().split('#')[0]} ${r.postData() ?? ''}`))
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(`JavaScript error: ${e.message}`))
  return { context, page, requests, problems }
}

/** Tab (forward) until the focused element matches, at most `max` times; returns how many Tabs it took. */
async function tabTo(page: Page, selector: string, max = 200): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i
  }
  throw new Error(`Tab bereikt ${selector} niet`)
}

/** The titles of the items shown on /mijn-lijstje/, in order. */
const shownTitles = (page: Page) => page.locator('[data-lijstje-items] h2').allTextContents()

/** The first cards of the kern page: slug and title. */
async function cards(page: Page, n: number) {
  await page.goto(base + kernPad)
  await page.locator('button[data-lijstje]').first().waitFor({ state: 'visible' })
  const all = await page.locator('.skt-card:has(button[data-lijstje])').evaluateAll((els) =>
    els.map((e) => ({
      slug: e.querySelector('button[data-lijstje]')!.getAttribute('data-lijstje')!,
      titel: e.querySelector('h2, h3')!.textContent!.trim(),
    })),
  )
  expect(all.length, kernPad).toBeGreaterThanOrEqual(n)
  return all.slice(0, n)
}

/** A list made by the keyboard on the kern page: three items. */
let gekozen: { slug: string; titel: string }[] = []
let gedeeldeLink = ''

describe('Zet op mijn lijstje', () => {
  it('adds aanbod from a kern page with the keyboard only; each button says its aanbod and whether it is on the list', async () => {
    const { context, page, problems } = await fresh()
    const [a, b, c, d] = await cards(page, 4)
    gekozen = [a!, b!, c!]
    // The accessible name of each button ends with its aanbod's name.
    for (const x of [a, b, c, d]) {
      const knop = page.getByRole('button', { name: naam(UIT, x!.titel) })
      expect(await knop.count(), await page.locator(`button[data-lijstje="${x!.slug}"]`).evaluate((e) => e.textContent)).toBe(1)
      expect(await knop.getAttribute('aria-pressed')).toBe('false')
    }
    // From the top of the page: Tab to each button in turn, Enter for one, Space for the next.
    await page.locator('body').focus()
    for (const [i, x] of [a, b, c, d].entries()) {
      await tabTo(page, `button[data-lijstje="${x!.slug}"]`)
      await page.keyboard.press(i % 2 ? 'Space' : 'Enter')
      const knop = page.locator(`button[data-lijstje="${x!.slug}"]`)
      expect(await knop.getAttribute('aria-pressed')).toBe('true')
      expect(await knop.locator('[data-lijstje-tekst]').innerText()).toBe(AAN)
    }
    // The fourth one off again (a toggle), still with the keyboard: it says so.
    await page.keyboard.press('Enter')
    const vierde = page.getByRole('button', { name: naam(UIT, d!.titel) })
    expect(await vierde.getAttribute('aria-pressed')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lijstje'))).toBe(d!.slug)
    // The list, in the order chosen, on /mijn-lijstje/; the same after a reload.
    await page.goto(`${base}/mijn-lijstje/`)
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await shownTitles(page)).toEqual(gekozen.map((x) => x.titel))
    await page.reload()
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await shownTitles(page)).toEqual(gekozen.map((x) => x.titel))
    // The aanbod's own page knows it is on the list.
    await page.goto(`${base}/aanbod/${a!.slug}/`)
    const eigen = page.getByRole('button', { name: naam(AAN, a!.titel) })
    await eigen.waitFor({ state: 'visible' })
    expect(await eigen.getAttribute('aria-pressed')).toBe('true')
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)

  it('adds an aanbod from a search result with the keyboard', async () => {
    const { context, page, problems } = await fresh()
    const doel = gekozen[1]!
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(doel.titel)}`)
    const kaart = page.locator('.skt-resultaat', { has: page.locator(`a[href="/aanbod/${doel.slug}/"]`) })
    const knop = kaart.getByRole('button', { name: naam(UIT, doel.titel) })
    await knop.waitFor({ state: 'visible' })
    await page.locator('h1').focus()
    await tabTo(page, `.skt-resultaat button[data-lijstje-resultaat="${doel.slug}"]`)
    await page.keyboard.press('Enter')
    const aan = kaart.getByRole('button', { name: naam(AAN, doel.titel) })
    await aan.waitFor()
    expect(await aan.getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => localStorage.getItem('skt-mijn-lijstje'))).toBe(doel.slug)
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)

  it('shares the list as a link whose items are after the #; a fresh browser opens the same list and can keep it', async () => {
    expect(gekozen).toHaveLength(3)
    const { context, page } = await fresh()
    await page.goto(`${base}/mijn-lijstje/`)
    await page.evaluate((slugs) => localStorage.setItem('skt-mijn-lijstje', slugs), gekozen.map((x) => x.slug).join(','))
    await page.reload()
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    await page.getByRole('button', { name: 'Deel deze lijst' }).click()
    const link = page.getByLabel('Link naar dit lijstje')
    gedeeldeLink = await link.inputValue()
    expect(gedeeldeLink).toBe(`${base}/mijn-lijstje/#a=${gekozen.map((x) => x.slug).join(',')}`)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lijstje-link')
    await context.close()

    const ander = await fresh()
    expect(await ander.context.storageState()).toMatchObject({ cookies: [], origins: [] })
    await ander.page.goto(gedeeldeLink)
    await ander.page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await shownTitles(ander.page)).toEqual(gekozen.map((x) => x.titel))
    expect(await ander.page.evaluate(() => localStorage.getItem('skt-mijn-lijstje'))).toBeNull()
    // It offers to keep the list; kept, it is this browser's own list (and the link no longer needed).
    await ander.page.getByRole('button', { name: 'Bewaar dit lijstje in deze browser' }).click()
    expect(await ander.page.evaluate(() => localStorage.getItem('skt-mijn-lijstje'))).toBe(gekozen.map((x) => x.slug).join(','))
    expect(new URL(ander.page.url()).hash).toBe('')
    await ander.page.goto(`${base}/mijn-lijstje/`)
    await ander.page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await shownTitles(ander.page)).toEqual(gekozen.map((x) => x.titel))
    await ander.context.close()
  }, 120_000)

  it('prints as A4 (one or two pages, large print) with a first name, each item, its QR code and the Meldpunt number', async () => {
    expect(gedeeldeLink).not.toBe('')
    const { context, page } = await fresh()
    await page.goto(gedeeldeLink)
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    await page.getByLabel('Voor:').fill('Gerrit')
    // One QR code (an SVG from the qrcode package) per item, for its page's address.
    const items = page.locator('[data-lijstje-items] > li')
    await expect.poll(() => page.locator('[data-lijstje-items] .skt-lijstje__qr svg').count()).toBe(3)
    for (const [i, x] of gekozen.entries()) {
      const item = items.nth(i)
      expect(await item.locator('h2').textContent()).toBe(x.titel)
      expect(await item.locator('.skt-lijstje__qr').getAttribute('data-qr')).toBe(`http://localhost:4321/aanbod/${x.slug}/`)
      expect(await item.locator('.skt-lijstje__qr svg path').count()).toBeGreaterThan(0)
      expect(await item.locator('dt').allTextContents()).toEqual(
        expect.arrayContaining(['Waar:', 'Kosten:', 'Meedoen:', 'Laatst gecontroleerd:']),
      )
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lijstje-'))
    const file = path.join(dir, 'lijstje.pdf')
    await page.emulateMedia({ media: 'print' })
    // Large print: the items' text is at least 14pt (18.67px).
    expect(
      parseFloat(
        await items
          .first()
          .locator('.skt-lijstje__wat')
          .evaluate((e) => getComputedStyle(e).fontSize),
      ),
    ).toBeGreaterThanOrEqual(18.6)
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    const info = await pdfInfo(file)
    expect(Math.abs(info.width - 595), `${info.width} × ${info.height}`).toBeLessThan(2)
    expect(Math.abs(info.height - 842), `${info.width} × ${info.height}`).toBeLessThan(2)
    expect(info.pages).toBeGreaterThanOrEqual(1)
    const text = norm(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    expect(info.pages, text).toBeLessThanOrEqual(2)
    for (const x of gekozen) expect(text).toContain(norm(x.titel))
    // Each item's address in full on one line (people type it over when they cannot scan the code).
    for (const x of gekozen) expect(text).toContain(`Meer informatie: localhost:4321/aanbod/${x.slug}/`)
    // The first name on its line (a form field's text comes later in the PDF's text order).
    expect(text).toMatch(/^Mijn lijstje Voor: /)
    expect(text).toContain('Gerrit')
    expect(text).toContain('Laatst gecontroleerd:')
    expect(text).toContain(meldpunt.telefoon)
    // No buttons or screen help on paper.
    for (const niet of ['Deel deze lijst', 'Haal van mijn lijstje', 'Lijstje afdrukken', 'Bewaar dit lijstje', 'Naar de inhoud'])
      expect(text).not.toContain(niet)
    fs.rmSync(dir, { recursive: true, force: true })
    await context.close()
  }, 120_000)
})

/** The most items a list holds (LIJSTJE_MAX), written out: what fits on two A4 pages. */
const MAX = 6
const VOL = "Uw lijstje is vol. Er passen 6 dingen op twee A4'tjes. Haal eerst iets van uw lijstje af."
const VOL_PAGINA =
  "Uw lijstje is vol. Er passen 6 dingen op twee A4'tjes. Wilt u iets anders op uw lijstje zetten? Haal dan eerst iets van uw lijstje af."

/** The aanbod of the data file with the longest texts on paper (name, what, where, when, costs, how to join, phone). */
function langste(n: number): { slug: string; titel: string }[] {
  const { items } = JSON.parse(fs.readFileSync(path.join(dist, 'mijn-lijstje.json'), 'utf8'))
  const lengte = (i: any) => [i.titel, i.wat, i.waar, i.wanneer, i.kosten, i.meedoen, i.telefoon].join('').length
  return [...items].sort((a: any, b: any) => lengte(b) - lengte(a)).slice(0, n)
}

describe('a full list', () => {
  it(`prints the ${MAX} aanbod with the longest texts on at most two A4 pages: large print, every name, each item whole, a QR code each`, async () => {
    const vol = langste(MAX)
    const { context, page } = await fresh()
    await page.goto(`${base}/mijn-lijstje/`)
    await page.evaluate((slugs) => localStorage.setItem('skt-mijn-lijstje', slugs), vol.map((x) => x.slug).join(','))
    await page.reload()
    await expect.poll(() => page.locator('[data-lijstje-items] .skt-lijstje__qr svg').count()).toBe(MAX)
    for (const [i, x] of vol.entries()) {
      const item = page.locator('[data-lijstje-items] > li').nth(i)
      expect(await item.locator('.skt-lijstje__qr').getAttribute('data-qr')).toBe(`http://localhost:4321/aanbod/${x.slug}/`)
      expect(await item.locator('.skt-lijstje__qr svg path').count()).toBeGreaterThan(0)
    }
    expect(await shownTitles(page)).toEqual(vol.map((x) => x.titel))
    await page.getByLabel('Voor:').fill('Gerrit')
    await page.emulateMedia({ media: 'print' })
    // Large print on paper: every fact at least 14pt (18.67px), the names larger; the QR codes at least 2 cm (75.6px).
    const px = (sel: string) =>
      page.locator(`[data-lijstje-items] ${sel}`).evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))
    for (const sel of ['.skt-lijstje__wat', 'dt', 'dd', '.skt-lijstje__labels'])
      for (const f of await px(sel)) expect(f, sel).toBeGreaterThanOrEqual(18.6)
    for (const f of await px('h2')) expect(f).toBeGreaterThan(19)
    const qr = await page
      .locator('[data-lijstje-items] .skt-lijstje__qr svg')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))
    expect(qr).toHaveLength(MAX)
    for (const w of qr) expect(w).toBeGreaterThanOrEqual(75.5)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lijstje-vol-'))
    const file = path.join(dir, 'lijstje.pdf')
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    const info = await pdfInfo(file)
    expect(Math.abs(info.width - 595) + Math.abs(info.height - 842), `${info.width} × ${info.height}`).toBeLessThan(4)
    const pagina = (n: number) =>
      norm(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }))
    const paginas = Array.from({ length: info.pages }, (_, i) => pagina(i + 1))
    expect(info.pages, paginas.join('\n---\n')).toBeLessThanOrEqual(2)
    // Each item whole on one page: its name and its address (the item's last line) on the same page.
    for (const x of vol) {
      const op = paginas.filter((t) => t.includes(norm(x.titel)))
      expect(op, x.titel).toHaveLength(1)
      expect(op[0]).toContain(`Meer informatie: localhost:4321/aanbod/${x.slug}/`)
    }
    expect(paginas[0]).toMatch(/^Mijn lijstje Voor: /)
    expect(paginas.at(-1)).toContain(meldpunt.telefoon)
    fs.rmSync(dir, { recursive: true, force: true })
    await context.close()
  }, 120_000)

  it('one more is not added: the button says why, next to it; so does /mijn-lijstje/, also for a shared list', async () => {
    const vol = langste(MAX)
    const bewaard = vol.map((x) => x.slug).join(',')
    const { context, page, problems } = await fresh()
    await page.goto(base + kernPad)
    await page.evaluate((slugs) => localStorage.setItem('skt-mijn-lijstje', slugs), bewaard)
    await page.reload()
    await page.locator('button[data-lijstje]').first().waitFor({ state: 'visible' })
    const nieuw = (await cards(page, 4)).find((x) => !vol.some((v) => v.slug === x.slug))!
    const knop = page.locator(`button[data-lijstje="${nieuw.slug}"]`)
    const melding = page.locator('[data-lijstje-blok]', { has: knop }).getByRole('status')
    expect(await melding.textContent()).toBe('')
    await knop.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => melding.textContent()).toBe(VOL)
    expect(await knop.getAttribute('aria-pressed')).toBe('false')
    expect(await knop.locator('[data-lijstje-tekst]').innerText()).toBe(UIT)
    expect(await page.evaluate(() => localStorage.getItem('skt-mijn-lijstje'))).toBe(bewaard)
    // Only that button says it.
    expect(await page.getByText(VOL).count()).toBe(1)
    // The same from a search result.
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(nieuw.titel)}`)
    const resultaat = page.locator(`button[data-lijstje-resultaat="${nieuw.slug}"]`)
    await resultaat.waitFor({ state: 'visible' })
    await resultaat.click()
    await expect.poll(() => page.locator('.skt-resultaat', { has: resultaat }).getByRole('status').textContent()).toBe(VOL)
    expect(await resultaat.getAttribute('aria-pressed')).toBe('false')
    expect(await page.evaluate(() => localStorage.getItem('skt-mijn-lijstje'))).toBe(bewaard)

    // /mijn-lijstje/ says the list is full.
    await page.goto(`${base}/mijn-lijstje/`)
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await page.locator('[data-lijstje-vol]').textContent()).toBe(VOL_PAGINA)
    expect(await page.locator('[data-lijstje-vol]').isVisible()).toBe(true)
    // A shared list of one more aanbod cannot be kept with it: it says so, and the list in this browser stays.
    await page.goto(`${base}/mijn-lijstje/#a=${nieuw.slug}`)
    await page.reload()
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await shownTitles(page)).toEqual([nieuw.titel])
    await page.getByRole('button', { name: 'Bewaar dit lijstje in deze browser' }).click()
    await expect
      .poll(() => page.locator('[data-lijstje-bewaar-status]').textContent())
      .toBe(
        "Dit lijstje past niet meer bij uw eigen lijstje. Samen zijn het 7 dingen. Er passen 6 dingen op twee A4'tjes. " +
          'Op uw eigen lijstje staan er al 6. Haal eerst iets van uw eigen lijstje af, of bewaar alleen de link.',
      )
    expect(await page.evaluate(() => localStorage.getItem('skt-mijn-lijstje'))).toBe(bewaard)
    expect(new URL(page.url()).hash).toBe(`#a=${nieuw.slug}`)
    // A link with more than fits (made by hand, or before the limit): the first six, and why.
    const zeven = [...vol.map((x) => x.slug), nieuw.slug]
    await page.goto(`${base}/mijn-lijstje/#a=${zeven.join(',')}`)
    await page.reload()
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    expect(await shownTitles(page)).toEqual(vol.map((x) => x.titel))
    expect(await page.locator('[data-lijstje-vol]').textContent()).toBe(
      "Dit lijstje was te lang. Er passen 6 dingen op twee A4'tjes. U ziet de eerste 6.",
    )
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)
})

describe('the list never leaves the browser', () => {
  it('no request carries a chosen item, while the list is shown, shared, kept, changed and printed', async () => {
    expect(gedeeldeLink).not.toBe('')
    const slugs = gekozen.map((x) => x.slug)
    const { context, page, requests, problems } = await fresh()
    await page.goto(gedeeldeLink)
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    await page.getByLabel('Voor:').fill('Gerrit')
    await page.getByRole('button', { name: 'Deel deze lijst' }).click()
    await page.getByRole('button', { name: 'Bewaar dit lijstje in deze browser' }).click()
    await page.getByRole('button', { name: naam('Haal van mijn lijstje', gekozen[2]!.titel) }).click()
    expect(await shownTitles(page)).toEqual(gekozen.slice(0, 2).map((x) => x.titel))
    await page.emulateMedia({ media: 'print' })
    await page.pdf()
    await page.emulateMedia({ media: 'screen' })
    await page.reload()
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    // The recorder works: it saw the page and the one data file, the same for everyone.
    expect(requests.some((r) => r.startsWith(`GET ${base}/mijn-lijstje/ `))).toBe(true)
    expect(requests.filter((r) => r.includes('/mijn-lijstje.json')).every((r) => r === `GET ${base}/mijn-lijstje.json `)).toBe(true)
    expect(requests.some((r) => r.includes('/mijn-lijstje.json'))).toBe(true)
    for (const r of requests) for (const s of slugs) expect(r, `${s} in a request`).not.toContain(s)
    // Nothing to any other host, and the page's policy allows connections only to the site itself.
    for (const r of requests) expect(r.split(' ')[1]!.startsWith(`${base}/`), r).toBe(true)
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
    expect(csp).toMatch(/(^|;)\s*connect-src 'self'\s*(;|$)/)
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)

  it('the data file has only the public facts of each published aanbod, nothing of a draft', () => {
    const json = fs.readFileSync(path.join(dist, 'mijn-lijstje.json'), 'utf8')
    expect(json).not.toContain(SHARED_DRAFT_SECRET)
    const { items } = JSON.parse(json)
    expect(items.map((i: any) => i.slug).sort()).toEqual(aanbod.map((a) => a.slug).sort())
    for (const i of items)
      expect(Object.keys(i).sort()).toEqual(
        [
          'demo',
          'gecontroleerd',
          'kosten',
          'meedoen',
          'slug',
          'status',
          'telHref',
          'telefoon',
          'titel',
          'url',
          'waar',
          'wanneer',
          'wat',
        ].sort(),
      )
  })
})

describe('access', () => {
  it('axe finds nothing on /mijn-lijstje/ (empty, and with items and the share link) and on a kern page with pressed buttons', async () => {
    const { context, page } = await fresh()
    await page.goto(`${base}/mijn-lijstje/`)
    await page.locator('[data-lijstje-leeg]').waitFor({ state: 'visible' })
    expect(await axeViolations(page, { label: 'leeg lijstje' })).toEqual([])
    await page.goto(gedeeldeLink)
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    await page.getByRole('button', { name: 'Deel deze lijst' }).click()
    await expect.poll(() => page.locator('[data-lijstje-items] .skt-lijstje__qr svg').count()).toBe(3)
    expect(await axeViolations(page, { label: 'gedeeld lijstje' })).toEqual([])
    await page.getByRole('button', { name: 'Bewaar dit lijstje in deze browser' }).click()
    await page.goto(base + kernPad)
    await page.locator(`button[data-lijstje="${gekozen[0]!.slug}"][aria-pressed="true"]`).waitFor({ state: 'visible' })
    expect(await axeViolations(page, { label: kernPad })).toEqual([])
    await page.goto(`${base}/aanbod/${gekozen[0]!.slug}/`)
    await page.locator('button[data-lijstje][aria-pressed="true"]').waitFor({ state: 'visible' })
    expect(await axeViolations(page, { label: 'aanbodpagina' })).toEqual([])
    await context.close()
  }, 120_000)

  it('/mijn-lijstje/ works with the keyboard only: take an item off, share, copy', async () => {
    const { context, page } = await fresh()
    await page.goto(gedeeldeLink)
    await page.locator('[data-lijstje-items] h2').first().waitFor()
    await page.locator('body').focus()
    // The first name, then the second item's "Haal van mijn lijstje".
    await tabTo(page, '#lijstje-voor')
    await page.keyboard.type('Gerrit')
    await tabTo(page, `[data-aanbod="${gekozen[1]!.slug}"] .skt-lijstje__eraf`)
    await page.keyboard.press('Enter')
    expect(await shownTitles(page)).toEqual([gekozen[0]!.titel, gekozen[2]!.titel])
    // Focus is not lost: it is on the heading, and the status says what happened.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.locator('[data-lijstje-status]').textContent()).toBe(`${gekozen[1]!.titel} staat niet meer op het lijstje.`)
    expect(new URL(page.url()).hash).toBe(`#a=${gekozen[0]!.slug},${gekozen[2]!.slug}`)
    await tabTo(page, '[data-lijstje-deel]')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lijstje-link')
    expect(await page.getByLabel('Link naar dit lijstje').inputValue()).toBe(
      `${base}/mijn-lijstje/#a=${gekozen[0]!.slug},${gekozen[2]!.slug}`,
    )
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kopieer de link')
    expect(await page.locator('#lijstje-voor').inputValue()).toBe('Gerrit')
    await context.close()
  }, 120_000)
})

describe('without JavaScript', () => {
  it('the cards and aanbod page show no list button; /mijn-lijstje/ explains how to print one aanbod; the flyer stays', async () => {
    const { context, page } = await fresh(false)
    await page.goto(base + kernPad)
    expect(await page.locator('button[data-lijstje]').count()).toBeGreaterThan(3)
    expect(await page.getByRole('button', { name: /mijn lijstje/ }).count()).toBe(0)
    await page.goto(`${base}/aanbod/${gekozen[0]!.slug}/`)
    expect(await page.getByRole('button', { name: /mijn lijstje/ }).count()).toBe(0)
    await page.goto(`${base}/mijn-lijstje/`)
    const main = norm((await page.locator('main').innerText()) ?? '')
    expect(main).toContain('U kunt wel elk aanbod apart printen')
    expect(main).toContain('Kies in uw browser Afdrukken')
    expect(await page.getByRole('link', { name: 'Alle aanbod' }).count()).toBeGreaterThan(0)
    expect(await page.locator('main').getByRole('button').count()).toBe(0)
    expect(main).toContain(meldpunt.telefoon)
    await context.close()
  }, 60_000)
})
