/**
 * The admin as partners meet it, in real Chromium on the demo CMS: Twenterand's name, logo and favicon on the login
 * page; dates in Dutch in the date picker (from its very first render) and in a list; no API tab or API view; axe
 * finds nothing in our own admin components; and what axe still finds in Payload's own aanbod edit page is exactly
 * the list in the toegankelijkheidsverklaring (site/pages/toegankelijkheid.astro), so that list cannot go stale.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { api, DEMO_PASSWORD, login, startCmsServer, type CmsServer } from '../helpers/server'
import { launchChromium } from '../helpers/browser'
import { axeViolations } from '../helpers/axe'

let cms: CmsServer
let browser: Browser

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
const ENGELSE_MAANDEN = /January|February|March|April|May|June|July|August|September|October|November|December/

/** Every value the page's scripts ever put into an input (React sets them through these setters), from the start. */
function registreerInvoerwaarden() {
  const w = window as any
  w.__invoerwaarden = [] as string[]
  for (const prop of ['value', 'defaultValue']) {
    const d = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, prop)!
    Object.defineProperty(HTMLInputElement.prototype, prop, {
      ...d,
      set(v: string) {
        w.__invoerwaarden.push(String(v))
        d.set!.call(this, v)
      },
    })
  }
}

async function loginPage(email: string, { registreer = false } = {}): Promise<Page> {
  // In the partners' time zone: the admin shows times in the browser's.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Amsterdam' })
  if (registreer) await page.addInitScript(registreerInvoerwaarden)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  ;(page as any).errors = errors
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  await page.getByRole('heading', { level: 2 }).first().waitFor()
  await page.waitForLoadState('networkidle')
  return page
}

/** An aanbod of partner1's own organisation (the API's fields). */
async function eigenAanbod() {
  const { user } = await login(cms, 'partner1@demo.local')
  const orgId = user.organisaties[0]?.id ?? user.organisaties[0]
  const docs = (await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${orgId}&limit=0&depth=0`)).body.docs
  // One with chosen kernen and thema's: the edit page then shows Payload's multi-selects with values.
  const doc = docs.find((d: any) => d.laatstGecontroleerd?.datum && d.kernen?.length && d.themas?.length)
  expect(doc, 'partner1 has an aanbod with a "laatst gecontroleerd" date, kernen and thema’s').toBeTruthy()
  return doc
}

async function openAanbod(page: Page, id: number | string) {
  await page.goto(`${cms.url}/admin/collections/aanbod/${id}`)
  await page.locator('#field-titel').waitFor()
  await page.waitForLoadState('networkidle')
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  browser = await launchChromium()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.close()
})

describe('Twenterand’s own admin', () => {
  it('the login page shows the site’s name, its logo and its favicon, not Payload’s', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('input[name=email]').waitFor()
    const favicon = `data:image/svg+xml;base64,${fs.readFileSync(path.join('site', 'public', 'favicon.svg')).toString('base64')}`
    const brand = page.locator('.login__brand')
    expect(await brand.innerText()).toBe('Sociale Kaart Twenterand')
    expect(await brand.locator('img').getAttribute('src')).toBe(favicon)
    expect(await page.locator('link[rel=icon]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual([favicon])
    expect(await page.title()).toBe('Inloggen – Sociale Kaart Twenterand')
    expect(await page.content()).not.toMatch(/payload-favicon|Payload App/)
    expect(await axeViolations(page, { label: 'login' })).toEqual([])
    await page.close()
  })

  it('the menu carries the logo too', async () => {
    const page = await loginPage('partner1@demo.local')
    const icon = page.locator('.step-nav__home img')
    expect(await icon.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(await page.locator('.step-nav__home svg.graphic-icon').count()).toBe(0)
    await page.close()
  })
})

describe('dates in Dutch', () => {
  it('the date picker shows Dutch from its first render: the field, the month names and its own labels', async () => {
    const doc = await eigenAanbod()
    const datum = new Date(doc.laatstGecontroleerd.datum)
    const verwacht = `${datum.getUTCDate()} ${MAANDEN[datum.getUTCMonth()]} ${datum.getUTCFullYear()}`
    const page = await loginPage('partner1@demo.local', { registreer: true })
    await openAanbod(page, doc.id)
    const input = page.locator('#field-laatstGecontroleerd__datum input')
    expect(await input.inputValue()).toBe(verwacht)
    // Never English on the way there (Payload's own DatePicker formatted it in English until its locale had loaded).
    const waarden: string[] = await page.evaluate(() => (window as any).__invoerwaarden)
    expect(waarden).toContain(verwacht)
    expect(waarden.filter((w) => ENGELSE_MAANDEN.test(w))).toEqual([])

    await input.click()
    const kiezer = page.locator('.react-datepicker')
    await kiezer.waitFor()
    expect(await kiezer.locator('.react-datepicker__current-month').innerText()).toBe(
      `${MAANDEN[datum.getUTCMonth()]} ${datum.getUTCFullYear()}`,
    )
    expect(await kiezer.locator('.react-datepicker__month-select option').allInnerTexts()).toEqual(MAANDEN)
    expect(await kiezer.getByRole('button', { name: 'Vorige maand' }).count()).toBe(1)
    expect(await kiezer.getByRole('button', { name: 'Volgende maand' }).count()).toBe(1)
    expect(await kiezer.locator('.react-datepicker__day-name').allInnerTexts()).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'])
    const dag = kiezer.locator('.react-datepicker__day--selected')
    expect(await dag.getAttribute('aria-label')).toMatch(new RegExp(`^Kies \\w+dag ${verwacht}$`))
    expect((page as any).errors).toEqual([])
    await page.close()
  })

  it('an activiteit’s date and time, and its picker’s time column, are Dutch', async () => {
    const page = await loginPage('partner1@demo.local', { registreer: true })
    await page.goto(`${cms.url}/admin/collections/activiteiten`)
    await page.locator('table tbody tr a').first().click()
    const input = page.locator('.date-time-picker input').first()
    await input.waitFor()
    await page.waitForLoadState('networkidle')
    const dagen = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag'
    expect(await input.inputValue()).toMatch(new RegExp(`^(${dagen}) \\d{1,2} (${MAANDEN.join('|')}) \\d{4}, \\d{2}:\\d{2}$`))
    const waarden: string[] = await page.evaluate(() => (window as any).__invoerwaarden)
    expect(waarden.filter((w) => ENGELSE_MAANDEN.test(w) || /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/.test(w))).toEqual([])
    await input.click()
    await page.locator('.react-datepicker').waitFor()
    expect(await page.locator('.react-datepicker-time__header').innerText()).toBe('Tijd')
    await page.close()
  })

  it('a list shows its date column in Dutch', async () => {
    const doc = await eigenAanbod()
    // The oracle: the browser's own Dutch calendar (Intl), in the admin's time zone.
    const delen = Object.fromEntries(
      new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(doc.updatedAt))
        .map((p) => [p.type, p.value]),
    )
    const verwacht = `${delen.day} ${delen.month} ${delen.year}, ${delen.hour}:${delen.minute}`
    const page = await loginPage('partner1@demo.local')
    await page.goto(`${cms.url}/admin/collections/aanbod`)
    const rij = page.locator('table tbody tr').filter({ hasText: doc.titel })
    await rij.first().waitFor()
    const cel = rij.first().locator('td').last()
    await expect.poll(() => cel.innerText(), { timeout: 15_000 }).toBe(verwacht)
    await page.close()
  })
})

describe('no developer tabs', () => {
  it('no role sees an API tab, and the API view’s address shows nothing', async () => {
    const doc = await eigenAanbod()
    for (const email of ['partner1@demo.local', 'redacteur@demo.local', 'beheerder@demo.local']) {
      const page = await loginPage(email)
      await openAanbod(page, doc.id)
      const tabs = await page.locator('.doc-tabs__tabs').innerText()
      expect(tabs, email).toContain('Bewerk')
      expect(tabs, email).not.toContain('API')
      // The view itself (a JSON dump of the document, read from the REST API with the user's cookie).
      await page.goto(`${cms.url}/admin/collections/aanbod/${doc.id}/api`)
      await page.getByRole('heading', { name: 'Niets gevonden' }).first().waitFor()
      const tekst = await page.locator('body').innerText()
      expect(tekst, email).not.toContain('API URL')
      expect(tekst, email).not.toContain('"laatstGecontroleerd"')
      expect(await page.locator('.query-inspector').count(), email).toBe(0)
      await page.close()
    }
  })
})

describe('accessibility: our own admin components have no axe violations', () => {
  for (const [email, onderdeel] of [
    ['partner1@demo.local', '.skt-dashboard'],
    ['redacteur@demo.local', '.skt-dashboard'],
    ['meldpunt@demo.local', '.skt-meldpunt'],
  ] as const) {
    it(`the dashboard as ${email.split('@')[0]}, also the whole page`, async () => {
      const page = await loginPage(email)
      await page.locator(onderdeel).first().waitFor()
      expect(await axeViolations(page, { include: onderdeel, minPasses: 5, label: onderdeel })).toEqual([])
      // The whole page too: Payload's layout menu in the top bar (two violations) is hidden by custom.scss.
      expect(await axeViolations(page, { label: `dashboard ${email}` })).toEqual([])
      await page.close()
    })
  }

  it('"Klopt nog" on an aanbod', async () => {
    const doc = await eigenAanbod()
    const page = await loginPage('partner1@demo.local')
    await openAanbod(page, doc.id)
    await page.locator('.skt-klopt-nog-field').waitFor()
    expect(await axeViolations(page, { include: '.skt-klopt-nog-field', minPasses: 3 })).toEqual([])
    await page.close()
  })

  it('the import panel, closed, open and with a checked file', async () => {
    const page = await loginPage('redacteur@demo.local')
    await page.goto(`${cms.url}/admin/collections/organisaties`)
    const paneel = page.locator('.skt-import')
    await paneel.waitFor()
    expect(await axeViolations(page, { include: '.skt-import', minPasses: 2 }), 'closed').toEqual([])
    await page.locator('.skt-import > summary').click()
    expect(await axeViolations(page, { include: '.skt-import', minPasses: 3 }), 'open').toEqual([])
    const csv = 'naam;korte_omschrijving\r\nAxe Import (voorbeeld);Uit de toegankelijkheidstest.\r\n;Zonder naam.\r\n'
    await page.setInputFiles('.skt-import input[type=file]', { name: 'organisaties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Controleren', exact: true }).click()
    await page.locator('.skt-import__rijen tbody tr').first().waitFor()
    expect(await axeViolations(page, { include: '.skt-import', minPasses: 5 }), 'checked').toEqual([])
    await page.close()
  })

  it('the tweestapsverificatie page', async () => {
    const page = await loginPage('redacteur@demo.local')
    await page.goto(`${cms.url}/admin/tweestaps`)
    await page.locator('.skt-tweestaps').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await axeViolations(page, { include: '.skt-tweestaps', minPasses: 3 })).toEqual([])
    // The page around it is Payload's minimal template (no menu): nothing there either.
    expect(await axeViolations(page, { label: 'tweestaps' })).toEqual([])
    await page.close()
  })
})

describe('accessibility: what Payload’s own aanbod edit page still has', () => {
  it('is exactly the list in the toegankelijkheidsverklaring', async () => {
    const doc = await eigenAanbod()
    const page = await loginPage('partner1@demo.local')
    await openAanbod(page, doc.id)
    // Until the page has finished building, axe sees less: the rich-text editor and the chosen kernen and thema's
    // (they become draggable, and with that a button holding a button, once their script has run).
    await page.locator('.ContentEditable__root').first().waitFor()
    await page.locator('#field-kernen .rs__multi-value[aria-describedby]').first().waitFor()
    await page.locator('#field-themas .rs__multi-value[aria-describedby]').first().waitFor()
    const alle = await axeViolations(page, { label: 'aanbod' })
    const regels = [...new Set(alle.map((v) => v.split(':')[0]))].sort()
    const verklaring = fs.readFileSync(path.join('site', 'pages', 'toegankelijkheid.astro'), 'utf8')
    const genoemd = [...verklaring.matchAll(/data-axe="([a-z-]+)"/g)].map((m) => m[1]).sort()
    // Each remaining rule is named, and nothing is named that axe no longer finds.
    expect(genoemd).toEqual(regels)
    // What custom.scss fixed stays fixed (contrast of help texts and tabs; the "Versies" tab's name).
    for (const opgelost of ['color-contrast', 'label-content-name-mismatch']) expect(regels).not.toContain(opgelost)
    await page.close()
  })
})

describe('the first-beheerder page of a real installation', () => {
  it('has no axe violations', async () => {
    const leeg = await startCmsServer({ demo: false })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(`${leeg.url}/admin/create-first-user`)
      await page.getByRole('heading', { level: 1, name: 'Er is nog geen beheerder' }).waitFor()
      expect(await axeViolations(page, { label: 'create-first-user' })).toEqual([])
      await page.close()
    } finally {
      await leeg.close()
    }
  }, 180_000)
})
