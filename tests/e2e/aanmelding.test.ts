import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../helpers/axe'
import { focused, launchChromium, sendWithEnter, tabTo } from '../helpers/browser'
import { api, DEMO_PASSWORD, login, type CmsServer } from '../helpers/server'
import { startCmsMetSite } from '../helpers/site'

let cms: CmsServer
let browser: Browser
let site: string
const FORM = '/organisatie-aanmelden/'

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

const h1 = (page: Page) => page.locator('h1').innerText()

async function typeIn(page: Page, id: string, tekst: string) {
  await tabTo(page, id)
  await page.keyboard.type(tekst)
}

async function aanmeldingen() {
  const { token } = await login(cms, 'redacteur@demo.local')
  return (await api(cms, 'GET', '/api/aanmeldingen?limit=0&depth=0&sort=-createdAt', { token })).body.docs as any[]
}

describe('the application form in Chromium', () => {
  it('keyboard only, without JavaScript: an error (focus on the summary), the check page, the confirmation', async () => {
    const voor = (await aanmeldingen()).length
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(site + FORM)
    // The same name as an organisation of the demo content: the review page will point it out.
    await typeIn(page, 'orgNaam', 'Stichting ZorgSaam Twenterand')
    await tabTo(page, 'orgSoort')
    await page.keyboard.press('ArrowDown') // "Vereniging of club"
    await page.keyboard.press('ArrowDown') // "Buurtinitiatief"
    await typeIn(page, 'contactNaam', 'Gerda Bosch')
    await typeIn(page, 'contactEmail', 'gerda.bosch@buurt.example')
    await typeIn(page, 'titel', 'Samen koken in de buurt')
    await typeIn(page, 'samenvatting', 'Eens per maand koken en eten we samen. Iedereen is welkom.')
    await tabTo(page, 'waar')
    await page.keyboard.press('Space') // "Voor heel Twenterand"
    await tabTo(page, 'kosten')
    await page.keyboard.press('Space') // "Gratis"
    await tabTo(page, 'meedoen')
    await page.keyboard.press('ArrowDown') // "Aanmelden"
    // No answer to "how to join", not agreed yet: send.
    await tabTo(page, (f) => f.tag === 'button')
    await sendWithEnter(page)

    expect(await h1(page)).toBe('Zet uw organisatie op de kaart')
    expect(await page.title()).toMatch(/^Fout: /)
    const summary = await focused(page)
    expect(summary.cls, 'the error summary has focus').toContain('skt-foutoverzicht')
    expect(summary.text).toContain('Vul in hoe iemand zich aanmeldt')
    expect(await page.locator('#titel').inputValue()).toBe('Samen koken in de buurt')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Vul in hoe iemand zich aanmeldt')
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('aanmeldinformatie')
    await page.keyboard.type('Bel Gerda op 06 12345678.')
    await tabTo(page, 'doelAkkoord')
    await page.keyboard.press('Space')
    await tabTo(page, (f) => f.tag === 'button')
    await sendWithEnter(page)

    expect(await h1(page)).toBe('Controleer uw aanmelding')
    expect(await page.locator('main').innerText()).toContain('Buurtinitiatief of groep bewoners')
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Versturen')
    // A person reads the check page for a moment: the server refuses a "Versturen" within a few seconds.
    await page.waitForTimeout(3_500)
    await sendWithEnter(page)

    expect(await h1(page)).toBe('Uw aanmelding is verstuurd')
    expect(await page.locator('main').innerText()).toMatch(/A-\d+/)
    const na = await aanmeldingen()
    expect(na.length).toBe(voor + 1)
    expect(na[0].organisatie.naam).toBe('Stichting ZorgSaam Twenterand')
    await context.close()
  }, 180_000)

  it('axe: zero violations on the form, the error page, the check page and the confirmation; nothing scrolls sideways at 320 px', async () => {
    // axe needs JavaScript in the page; the visitor does not.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(site + FORM)
    expect(await axeViolations(page, { label: 'formulier' })).toEqual([])
    await page.setViewportSize({ width: 320, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'form at 320 px').toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 1280, height: 900 })

    await page.locator('#aanmelding-formulier button[type=submit]').click()
    await page.waitForLoadState()
    expect(await page.locator('.skt-foutoverzicht li').count()).toBe(10)
    expect(await axeViolations(page, { label: 'fouten' })).toEqual([])

    await page.locator('#orgNaam').fill('Wandelgroep De Stappers')
    await page.locator('label[for="orgSoort-2"]').click()
    await page.locator('#contactNaam').fill('Jan Stapper')
    await page.locator('#contactEmail').fill('jan@stappers.example')
    await page.locator('#titel').fill('Samen wandelen')
    await page.locator('#samenvatting').fill('Elke zaterdag een uur wandelen door het dorp.')
    await page.locator('label[for="waar-2"]').click()
    await page.locator('label[for="kernen"]').click()
    await page.locator('label[for="kosten"]').click()
    await page.locator('label[for="meedoen"]').click()
    await page.locator('label[for="doelAkkoord"]').click()
    await page.locator('#aanmelding-formulier button[type=submit]').click()
    await page.waitForLoadState()
    expect(await h1(page)).toBe('Controleer uw aanmelding')
    expect(await axeViolations(page, { label: 'controle' })).toEqual([])
    await page.setViewportSize({ width: 320, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'check page at 320 px').toBeLessThanOrEqual(320)
    await page.setViewportSize({ width: 1280, height: 900 })

    await page.waitForTimeout(3_500)
    await page.getByRole('button', { name: 'Versturen' }).click()
    await page.waitForLoadState()
    expect(await h1(page)).toBe('Uw aanmelding is verstuurd')
    expect(await axeViolations(page, { label: 'bevestiging' })).toEqual([])
    await context.close()
  }, 180_000)

  it('the redactie: the dashboard lists it, the review page points out the organisation already on the kaart, approve with the keyboard; axe 0', async () => {
    const a = (await aanmeldingen()).find((x) => x.organisatie.naam === 'Stichting ZorgSaam Twenterand')
    expect(a?.status).toBe('nieuw')
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('input[name=email]', 'redacteur@demo.local')
    await page.fill('input[name=password]', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    await page.goto(`${cms.url}/admin`)
    const deel = page.getByRole('region', { name: 'Nieuwe organisaties die op de kaart willen' })
    await deel.waitFor()
    expect(await deel.innerText()).toContain('Stichting ZorgSaam Twenterand')
    expect(await axeViolations(page, { include: '#aanmeldingen', minPasses: 3, label: 'dashboard' })).toEqual([])
    await deel.getByRole('link', { name: /^Stichting ZorgSaam Twenterand/ }).click()
    await page.waitForURL(/aanmelding-beoordelen/)
    await page.getByRole('heading', { name: 'Staat deze organisatie er al op?' }).waitFor()
    const dubbel = await page.locator('.skt-aanmelding__dubbel').innerText()
    expect(dubbel).toContain('Organisatie op de kaart: ZorgSaam Twenterand (dezelfde naam)')
    expect(await page.locator('.skt-aanmelding-pagina').innerText()).toContain('gerda.bosch@buurt.example')
    expect(await axeViolations(page, { include: '.skt-aanmelding-pagina', minPasses: 5, label: 'beoordelen' })).toEqual([])

    // Approve with the keyboard.
    await page.getByRole('button', { name: 'Goedkeuren' }).focus()
    await Promise.all([page.waitForURL(/uitkomst=goedgekeurd/), page.keyboard.press('Enter')])
    const status = page.locator('.skt-melding[role=status]')
    await status.waitFor()
    expect(await status.innerText()).toContain('De aanmelding is goedgekeurd.')
    const links = page.locator('.skt-aanmelding-pagina a')
    expect(await links.allInnerTexts()).toEqual(expect.arrayContaining(['De organisatie', 'Het aanbod (concept): nakijken en publiceren']))
    expect(await axeViolations(page, { include: '.skt-aanmelding-pagina', minPasses: 5, label: 'goedgekeurd' })).toEqual([])
    await context.close()
  }, 180_000)
})
