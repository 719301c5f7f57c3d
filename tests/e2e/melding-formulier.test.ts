/**
 * The melding form in real Chromium (issue 21): keyboard only, with JavaScript off, from the site's blank form through
 * an error (focus on the error summary, its link to the field) and the check page to the confirmation; axe-core
 * (WCAG 2.1 AA) with zero violations on the form, the error page, the check page and the confirmation; and the blank
 * form printed to PDF shows the questions and no buttons. The site is built from a CMS of its own and served on its
 * own origin, as in development (the CMS's pages then take the site's files from there).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { focused, launchChromium, sendWithEnter, tabTo } from '../helpers/browser'
import { api, login, type CmsServer } from '../helpers/server'
import { startCmsMetSite } from '../helpers/site'
import { axeViolations } from '../helpers/axe'

let cms: CmsServer
let browser: Browser
let site: string
const FORM = '/meldpunt/melden/'

let omgeving: Awaited<ReturnType<typeof startCmsMetSite>>

beforeAll(async () => {
  omgeving = await startCmsMetSite()
  ;({ cms, site } = omgeving)
  browser = await launchChromium()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await omgeving?.close()
})

/** axe-core (needs JavaScript in the page; the visitor does not). */
async function axe(page: Page) {
  return axeViolations(page)
}

const h1 = (page: Page) => page.locator('h1').innerText()
const count = async () => {
  const { token } = await login(cms, 'meldpunt@demo.local')
  return (await api(cms, 'GET', '/api/meldingen?limit=0&depth=0', { token })).body.totalDocs as number
}

describe('the melding form in Chromium', () => {
  it('keyboard only, without JavaScript: an error (focus on the summary), the check page, the confirmation', async () => {
    const voor = await count()
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(site + FORM)
    await tabTo(page, 'melder')
    await page.keyboard.press('ArrowDown') // "Over iemand anders die ik ken"
    await page.keyboard.press('Tab') // the kernen: the first gets focus
    expect((await focused(page)).id).toBe('kern')
    await page.keyboard.press('Space')
    await tabTo(page, 'levensgebeurtenissen')
    await page.keyboard.press('Space')
    await tabTo(page, 'tekst')
    await page.keyboard.type('Mijn buurman komt de deur niet meer uit.')
    await tabTo(page, 'toestemmingBetrokkene')
    await page.keyboard.press('Space') // "Ja"
    await tabTo(page, 'contactWijze')
    await page.keyboard.press('Space') // "Bel mij"
    await tabTo(page, 'naam')
    await page.keyboard.type('Piet de Vries')
    await tabTo(page, 'telefoon')
    await page.keyboard.type('0546 123 456')
    // Not agreed yet: on to the button and send.
    await tabTo(page, (f) => f.tag === 'button')
    await sendWithEnter(page)

    expect(await h1(page)).toBe('Melden bij het Meldpunt')
    expect(await page.title()).toMatch(/^Fout: /)
    const summary = await focused(page)
    expect(summary.cls, 'the error summary has focus').toContain('skt-foutoverzicht')
    expect(summary.text).toContain('Er is een probleem')
    expect(summary.text).toContain('Geef aan dat u het goed vindt wat wij met uw melding doen')
    // Kept: what was typed.
    expect(await page.locator('#naam').inputValue()).toBe('Piet de Vries')
    expect(await page.locator('#tekst').inputValue()).toBe('Mijn buurman komt de deur niet meer uit.')
    // The summary's link takes focus to the field.
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Geef aan dat u het goed vindt wat wij met uw melding doen')
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('doelAkkoord')
    await page.keyboard.press('Space')
    await tabTo(page, (f) => f.tag === 'button')
    await sendWithEnter(page)

    expect(await h1(page)).toBe('Controleer uw melding')
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Versturen')
    // A person reads the check page for a moment: the server refuses a "Versturen" within a few seconds.
    await page.waitForTimeout(3_500)
    await sendWithEnter(page)

    expect(await h1(page)).toBe('Uw melding is verstuurd')
    const tekst = await page.locator('main').innerText()
    expect(tekst).toMatch(/M-\d{4}-\d{4}/)
    expect(tekst).toContain('We bellen u binnen 3 werkdagen.')
    expect(tekst).toContain('113')
    expect(await count()).toBe(voor + 1)
    await context.close()
  }, 120_000)

  it('axe: zero violations on the form, the error page, the check page and the confirmation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(site + FORM)
    expect(await axe(page), 'form').toEqual([])
    await page.setViewportSize({ width: 320, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'form at 320 px').toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 1280, height: 900 })

    await page.locator('#melding-formulier button[type=submit]').click()
    await page.waitForLoadState()
    expect(await h1(page)).toBe('Melden bij het Meldpunt')
    expect(await page.locator('.skt-foutoverzicht li').count()).toBe(6)
    expect(await axe(page), 'error page').toEqual([])

    await page.locator('label[for="melder"]').click()
    await page.locator('label[for="kern"]').click()
    await page.locator('#tekst').fill('Ik voel me alleen sinds ik verhuisd ben.')
    await page.locator('label[for="contactWijze-2"]').click() // "Mail mij"
    await page.locator('#naam').fill('An')
    await page.locator('#email').fill('an@example.org')
    await page.locator('label[for="doelAkkoord"]').click()
    await page.locator('#melding-formulier button[type=submit]').click()
    await page.waitForLoadState()
    expect(await h1(page)).toBe('Controleer uw melding')
    expect(await axe(page), 'check page').toEqual([])

    // 400% zoom (320 CSS px): the answers and their "Wijzigen" stack, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'check page at 320 px').toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 1280, height: 900 })

    await page.waitForTimeout(3_500)
    await page.getByRole('button', { name: 'Versturen' }).click()
    await page.waitForLoadState()
    expect(await h1(page)).toBe('Uw melding is verstuurd')
    expect(await page.locator('main').innerText()).toContain('We mailen u binnen 3 werkdagen.')
    expect(await axe(page), 'confirmation').toEqual([])
    await context.close()
  }, 120_000)

  it('the blank form printed to PDF shows every question, and no buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site + FORM)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skt-melden-')), 'melden.pdf')
    fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }))
    await context.close()
    const tekst = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
    for (const q of [
      'Over wie gaat uw melding?',
      'Over iemand anders die ik ken',
      'In welk dorp woont de persoon?',
      'Weet ik niet',
      'Wat speelt er? (niet verplicht)',
      'Vertel kort wat er aan de hand is',
      'Weet de persoon van deze melding, en vindt die het goed?',
      'Hoe wilt u antwoord van ons?',
      'Uw naam',
      'Uw telefoonnummer',
      'Uw e-mailadres',
      'Wat doen wij met uw melding?',
      'Ik heb dit gelezen en ik vind het goed',
      'Op papier ingevuld?',
    ])
      expect(tekst).toContain(q)
    expect(tekst).not.toContain('Laat dit veld leeg')
    expect(tekst).not.toMatch(/\bVerder\b/)
  }, 60_000)
})
