/**
 * Accessibility of every page type in real Chromium: axe-core (WCAG 2.1 A and AA) with zero violations, base text
 * of at least 18px, lang="nl", a working skip link, visible focus, no horizontal scrolling at 200% and 400% zoom,
 * and everything readable without JavaScript (the pages are run with JavaScript disabled).
 */
import type http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { serveSite } from '../../scripts/lib/serve-site'
import { api, freePort } from '../helpers/server'
import { sharedSite } from '../helpers/shared-site'
import { launchChromium } from '../helpers/browser'
import { axeViolations } from '../helpers/axe'

let cms: { url: string }
let browser: Browser
let server: http.Server
let base: string
let dist: string
const pages: Record<string, string> = {}

const port = freePort

beforeAll(async () => {
  // The shared demo CMS and the site built from it (tests/helpers/shared-site.ts): read only.
  ;({ cms, dist } = await sharedSite())
  const p = await port()
  server = await serveSite(dist, p, '127.0.0.1')
  base = `http://127.0.0.1:${p}`
  browser = await launchChromium()
  const first = async (c: string, q = '') => (await api(cms, 'GET', `/api/${c}?limit=1&depth=0${q}`)).body.docs[0].slug
  Object.assign(pages, {
    home: '/',
    'alle aanbod': '/aanbod/',
    aanbod: `/aanbod/${await first('aanbod', '&where[contact.telefoon][exists]=true')}/`,
    'aanbod (verouderd)': `/aanbod/${(await api(cms, 'GET', '/api/aanbod?limit=0&depth=0')).body.docs.find((a: any) => a.laatstGecontroleerd.versheid === 'verouderd').slug}/`,
    kernen: '/kern/',
    kern: `/kern/${await first('kernen')}/`,
    levensgebeurtenis: `/levensgebeurtenis/${await first('levensgebeurtenissen')}/`,
    doelgroep: `/doelgroep/${await first('doelgroepen')}/`,
    thema: `/thema/${await first('themas')}/`,
    organisaties: '/organisatie/',
    organisatie: `/organisatie/${await first('organisaties')}/`,
    agenda: '/agenda/',
    // The demo agenda has more than 100 activities in eight weeks: a second page, with the page links (paginering).
    'agenda, pagina 2': '/agenda/pagina/2/',
    'agenda per kern': `/agenda/kern/${await first('kernen')}/`,
    'agenda per label': '/agenda/label/week-tegen-eenzaamheid/',
    activiteit: `/activiteit/${await first('activiteiten')}/`,
    'activiteit (afgelast)': `/activiteit/${await first('activiteiten', '&where[status][equals]=afgelast')}/`,
    meldpunt: '/meldpunt/',
    'zorgen over iemand': '/meldpunt/zorgen-over-iemand/',
    'melden bij het meldpunt': '/meldpunt/melden/',
    toegankelijkheid: '/toegankelijkheid/',
    privacy: '/privacy/',
    'mijn lijstje': '/mijn-lijstje/',
    'zet uw organisatie op de kaart': '/organisatie-aanmelden/',
    'open data': '/open-data/',
    zoeken: '/zoeken/',
    '404': '/bestaat-niet/',
  })
}, 1_200_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
})

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport })
  const page = await context.newPage()
  const res = await page.goto(base + url)
  expect(res?.status(), url).toBe(url === '/bestaat-niet/' ? 404 : 200)
  return page
}

/** axe-core on one page, in a normal (JavaScript-enabled) page: the rules need scripts; the visitor does not. */
async function axe(page: Page, url: string) {
  await page.goto(base + url)
  return axeViolations(page, { label: url })
}

describe('every page type', () => {
  it('has zero axe violations (WCAG 2.1 AA)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    for (const [name, url] of Object.entries(pages)) expect(await axe(page, url), `${name} ${url}`).toEqual([])
    await context.close()
  }, 300_000)

  it('has lang="nl", one h1, headings in order, landmarks, base text of at least 18px, and is readable without JavaScript', async () => {
    for (const [name, url] of Object.entries(pages)) {
      const page = await open(url)
      const facts = await page.evaluate(() => {
        const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))
        return {
          lang: document.documentElement.lang,
          h1: document.querySelectorAll('h1').length,
          jumps: levels.some((l, i) => i > 0 && l > levels[i - 1]! + 1),
          main: document.querySelectorAll('main').length,
          header: document.querySelectorAll('header').length > 0,
          footer: document.querySelectorAll('footer').length > 0,
          fontSize: parseFloat(getComputedStyle(document.body).fontSize),
          text: document.querySelector('main')?.textContent?.trim().length ?? 0,
        }
      })
      expect(facts, `${name} ${url}`).toMatchObject({ lang: 'nl', h1: 1, jumps: false, main: 1, header: true, footer: true })
      expect(facts.fontSize, name).toBeGreaterThanOrEqual(18)
      expect(facts.text, name).toBeGreaterThan(50)
      await page.context().close()
    }
  }, 300_000)

  it('has no horizontal scrolling at 200% zoom (640px) and 400% zoom (320px)', async () => {
    for (const width of [640, 320]) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } })
      const page = await context.newPage()
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(base + url)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
      }
      await context.close()
    }
  }, 300_000)
})

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content; focus is visible', async () => {
    const page = await open(pages.aanbod!)
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
      outlineWidth: parseFloat(getComputedStyle(document.activeElement!).outlineWidth),
    }))
    expect(skip).toMatchObject({ text: 'Naar de inhoud', href: '#inhoud' })
    expect(skip.outline).not.toBe('none')
    expect(skip.outlineWidth).toBeGreaterThanOrEqual(2)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id || location.hash)).toMatch(/inhoud/)
    // Every link gets a visible focus indicator.
    await page.keyboard.press('Tab')
    const next = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(next).not.toBe('none')
    await page.context().close()
  })
})
