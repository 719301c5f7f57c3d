/**
 * Search in real Chromium against the site built from the demo CMS: the search page /zoeken/ (Pagefind, synonyms,
 * spelling help, filters in the URL, the activiteiten in their own block "In de agenda") and the quick finder (WAI-ARIA
 * combobox over /zoekhulp.json).
 * 'maaltijd' finds the meal offerings; 'eenzaamheit' and 'mantelzorger' still find relevant results; kern=Den Ham
 * shows only Den Ham and heel-Twenterand results; the URL round-trips (reload, back, forward); the combobox works
 * with the keyboard alone and announces its suggestions; axe finds nothing on the search page with results and on
 * the open quick finder. The header quick finder loads nothing until its box gets focus. Without JavaScript the search
 * page says so and the header search form still works.
 */
import type http from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
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
const data: Record<string, any[]> = {}
const DEN_HAM = 'den-ham'

const port = freePort

beforeAll(async () => {
  // The shared demo CMS and the site built from it (tests/helpers/shared-site.ts): read only.
  ;({ cms, dist } = await sharedSite())
  for (const c of ['aanbod', 'activiteiten', 'organisaties', 'kernen']) {
    data[c] = (await api(cms, 'GET', `/api/${c}?limit=0&depth=1`)).body.docs
  }
  const p = await port()
  server = await serveSite(dist, p, '127.0.0.1')
  base = `http://127.0.0.1:${p}`
  browser = await launchChromium()
}, 1_200_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
})

async function nieuwePagina({ js = true, width = 1280 } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (err) => paginafouten.push(`${page.url()}: ${err.message}`))
  return page
}
const paginafouten: string[] = []
afterEach(() => {
  expect(paginafouten.splice(0), 'JavaScript errors in the page').toEqual([])
})

/** What the status line says after the results once the agenda is searched too: " In de agenda: 3 activiteiten." */
const IN_AGENDA = String.raw`( In de agenda: \d+ activiteit(en)?\.)?`
const status = (begin: string) => new RegExp(`^${begin}${IN_AGENDA}$`)
/** The numbers in a status line: results, and activiteiten in the agenda. */
const aantallen = (s: string) => ({
  n: Number(/^(\d+) result/.exec(s)?.[1] ?? 0),
  m: Number((/In de agenda: (\d+) activiteit/.exec(s) ?? /^(\d+) activiteit/.exec(s))?.[1] ?? 0),
})

/** The search page's status line once the search for the current URL is done, the agenda's block included. */
async function uitslag(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.querySelector('.skt-zoek__status')?.textContent ?? ''
    if (!/resultaat|resultaten|activiteit|Typ een woord/.test(s)) return false
    if (document.querySelector('.skt-zoek__resultaten[aria-busy="true"], .skt-zoek__agenda[aria-busy="true"]')) return false
    const n = Number(s.match(/^(\d+) result/)?.[1] ?? 0)
    const m = Number((s.match(/In de agenda: (\d+) activiteit/) ?? s.match(/^(\d+) activiteit/))?.[1] ?? 0)
    return (
      document.querySelectorAll('.skt-zoek__resultaten .skt-resultaat').length >= Math.min(n, 20) &&
      document.querySelectorAll('.skt-zoek__agenda .skt-resultaat').length >= Math.min(m, 10)
    )
  })
  return (await page.textContent('.skt-zoek__status'))!.trim()
}

/** The links of the results on screen, in order (without the agenda's). */
const zichtbareResultaten = (page: Page) =>
  page.$$eval('.skt-zoek__resultaten .skt-resultaat h3 a', (as) => as.map((a) => a.getAttribute('href')!))
/** The links of the activiteiten on screen in the block "In de agenda", in order. */
const zichtbareActiviteiten = (page: Page) =>
  page.$$eval('.skt-zoek__agenda .skt-resultaat h3 a', (as) => as.map((a) => a.getAttribute('href')!))

/**
 * Every card of a list: its "Toon meer … (nog N)" button until it is gone; after each click, until the next `stap`
 * cards are there (they show one by one as their details load; the button and aria-busy="false" once all are there).
 */
async function alles(page: Page, lijst: string, knop: string, stap: number): Promise<string[]> {
  const zichtbaar = () => page.$$eval(`${lijst} .skt-resultaat h3 a`, (as) => as.map((a) => a.getAttribute('href')!))
  for (;;) {
    // While the cards in view load, the list is busy and has no button.
    await page.waitForSelector(`${lijst}[aria-busy="false"]`)
    const meer = await page.$(knop)
    if (!meer) return zichtbaar()
    const nog = Number(/nog (\d+)/.exec((await meer.textContent())!)![1])
    const na = (await zichtbaar()).length + Math.min(stap, nog)
    await meer.click()
    await page.waitForFunction(([l, n]) => document.querySelectorAll(`${l} .skt-resultaat`).length >= Number(n), [lijst, na] as const)
  }
}
/** Every result: "Toon meer resultaten" until it is gone. */
const alleResultaten = (page: Page) => alles(page, '.skt-zoek__resultaten', '.skt-zoek__meer', 20)
/** Every activiteit in the agenda's block: "Toon meer activiteiten" until it is gone. */
const alleActiviteiten = (page: Page) => alles(page, '.skt-zoek__agenda', '.skt-zoek__meer-agenda', 10)

async function zoekpagina(query: string, page?: Page) {
  const p = page ?? (await nieuwePagina())
  await p.goto(`${base}/zoeken/?${query}`)
  return { page: p, status: await uitslag(p) }
}

/** The main text of a page of the built site. */
async function hoofdtekst(url: string): Promise<string> {
  const html = await (await fetch(base + url)).text()
  return (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '').replace(/<[^>]+>/g, ' ').toLowerCase()
}

async function axe(page: Page) {
  return axeViolations(page)
}

const slugVan = (url: string, soort: string) => url.match(new RegExp(`^/${soort}/([a-z0-9-]+)/$`))?.[1]

describe('the search page finds help', () => {
  it("'maaltijd' finds the meal offerings, though they say 'samen eten' or 'eettafel'", async () => {
    const eten = data.aanbod!.filter((a) => a.status !== 'gestopt' && (a.themas ?? []).some((t: any) => t.slug === 'eten'))
    expect(eten.length).toBeGreaterThanOrEqual(4)
    const { page, status: s } = await zoekpagina('q=maaltijd')
    expect(s).toMatch(status(String.raw`\d+ resultaten voor 'maaltijd'\.`))
    const links = await zichtbareResultaten(page)
    const gevonden = eten.filter((a) => links.includes(`/aanbod/${a.slug}/`))
    expect(gevonden.map((a) => a.slug).sort()).toEqual(eten.map((a) => a.slug).sort())
    // The first results are about eating.
    expect(eten.filter((a) => links.slice(0, 10).includes(`/aanbod/${a.slug}/`)).length).toBeGreaterThanOrEqual(3)
    // The listings whose title does not say "maaltijd" are found too.
    expect(gevonden.some((a) => !/maaltijd/i.test(a.titel) && /samen eten|eettafel|eetmee|kook/i.test(a.titel))).toBe(true)
    // A card shows title, kind, summary, organisation and where.
    const a = gevonden[0]
    const kaart = (await page.locator('.skt-resultaat', { has: page.locator(`a[href="/aanbod/${a.slug}/"]`) }).textContent())!
    for (const tekst of [a.titel, 'Aanbod', a.samenvatting, `Organisatie:${a.organisatie.naam}`, 'Waar:']) expect(kaart).toContain(tekst)
    // The counts per filter come after the results (Pagefind counts slowly at the size of a region): they are this
    // search's counts, so the kinds add up to the number of results and activiteiten.
    await page.waitForSelector('.skt-zoek__filters[aria-busy="false"] fieldset')
    const soorten = await page.locator('.skt-filtergroep', { hasText: 'Soort' }).locator('.skt-telling').allTextContents()
    const som = soorten.map((t) => Number(/\d+/.exec(t)![0])).reduce((x, y) => x + y, 0)
    const { n, m } = aantallen(s)
    expect(som).toBe(n + m)
    await page.context().close()
  })

  it("'eenzaamheit' (a typo) still finds help with loneliness, and says what it searched", async () => {
    const { page, status } = await zoekpagina('q=eenzaamheit')
    expect(await page.textContent('.skt-zoek__melding')).toContain(
      "Geen resultaten voor 'eenzaamheit'. We laten resultaten zien voor 'eenzaamheid'.",
    )
    expect(status).toMatch(new RegExp(String.raw`^\d+ resultaten voor 'eenzaamheid'\.${IN_AGENDA}$`))
    const links = await zichtbareResultaten(page)
    const meldpunt = data.aanbod!.find((a) => /eenzaamheid/i.test(a.titel))
    expect(links.slice(0, 5)).toContain(`/aanbod/${meldpunt.slug}/`)
    expect(links.slice(0, 5)).toContain('/meldpunt/')
    for (const url of links.slice(0, 5)) expect(await hoofdtekst(url), url).toContain('eenzaam')
    await page.context().close()
  })

  it("'mantelzorger' finds the support for carers", async () => {
    const { page, status: s } = await zoekpagina('q=mantelzorger')
    expect(s).toMatch(status(String.raw`\d+ resultaten voor 'mantelzorger'\.`))
    const links = await zichtbareResultaten(page)
    const voorMantelzorgers = data.aanbod!.filter(
      (a) =>
        (a.themas ?? []).some((t: any) => t.slug === 'mantelzorgondersteuning') ||
        (a.doelgroepen ?? []).some((t: any) => t.slug === 'mantelzorgers'),
    )
    expect(voorMantelzorgers.filter((a) => links.slice(0, 10).includes(`/aanbod/${a.slug}/`)).length).toBeGreaterThanOrEqual(3)
    for (const url of links.slice(0, 5)) expect(await hoofdtekst(url), url).toContain('mantelzorg')
    await page.context().close()
  })

  it('kern=Den Ham shows only results in Den Ham or for heel Twenterand, with the filter ticked and counted', async () => {
    const denHam = data.kernen!.find((k) => k.slug === DEN_HAM)
    const inDenHam = (url: string) => {
      const aanbod = slugVan(url, 'aanbod')
      if (aanbod) {
        const a = data.aanbod!.find((x) => x.slug === aanbod)
        return a.heelTwenterand || (a.kernen ?? []).some((k: any) => k.slug === DEN_HAM)
      }
      const activiteit = slugVan(url, 'activiteit')
      if (activiteit) return data.activiteiten!.find((x) => x.slug === activiteit).kern.slug === DEN_HAM
      const organisatie = slugVan(url, 'organisatie')
      if (organisatie) {
        return data.aanbod!.some(
          (a) => a.organisatie.slug === organisatie && (a.heelTwenterand || (a.kernen ?? []).some((k: any) => k.slug === DEN_HAM)),
        )
      }
      return false
    }
    for (const query of ['q=koffie&kern=Den+Ham', 'kern=Den%20Ham']) {
      const { page, status: s } = await zoekpagina(query)
      expect(s, query).toMatch(status(String.raw`\d+ resultaten( voor 'koffie')?, met filter: Den Ham\.`))
      const { n, m } = aantallen(s)
      const links = await alleResultaten(page)
      expect(links.length, query).toBe(n)
      expect(links.length, query).toBeGreaterThan(3)
      expect(
        links.filter((u) => !inDenHam(u)),
        query,
      ).toEqual([])
      // The agenda's block: only Den Ham's activiteiten, as many as the status line says.
      const activiteiten = await alleActiviteiten(page)
      expect(activiteiten.length, query).toBe(m)
      expect(m, query).toBeGreaterThan(0)
      expect(
        activiteiten.filter((u) => !slugVan(u, 'activiteit') || !inDenHam(u)),
        query,
      ).toEqual([])
      // Both kinds are there: Den Ham's own and heel Twenterand.
      const aanbod = links.map((u) => data.aanbod!.find((a) => `/aanbod/${a.slug}/` === u)).filter(Boolean)
      expect(
        aanbod.some((a) => a.heelTwenterand),
        query,
      ).toBe(true)
      expect(
        aanbod.some((a) => !a.heelTwenterand),
        query,
      ).toBe(true)
      // The checkbox is ticked, its count is the number of results, and other kernen are offered with counts.
      const vakje = page.getByRole('checkbox', { name: new RegExp(`^${denHam.naam} \\(\\d+ resultaten\\)$`) })
      expect(await vakje.isChecked(), query).toBe(true)
      expect(await vakje.getAttribute('value')).toBe(denHam.naam)
      const zichtbaar = await page.$eval(`label[for="${await vakje.getAttribute('id')}"]`, (label) => {
        const kopie = label.cloneNode(true) as HTMLElement
        for (const e of kopie.querySelectorAll('.skt-visually-hidden')) e.remove()
        return kopie.textContent!.replace(/\s+/g, ' ').trim()
      })
      expect(zichtbaar).toBe(`${denHam.naam} (${n + m})`)
      expect(await page.getByRole('group', { name: 'Kern (dorp)' }).getByRole('checkbox').count()).toBeGreaterThan(1)
      await page.context().close()
    }
  })
})

describe("the activiteiten, in their own block 'In de agenda'", () => {
  it("'koffie': no activiteit among the results; after them the agenda's block, with only activiteiten, more on request", async () => {
    const { page, status: s } = await zoekpagina('q=koffie')
    const { n, m } = aantallen(s)
    expect(n).toBeGreaterThan(0)
    expect(m).toBeGreaterThan(10)
    const resultaten = await alleResultaten(page)
    expect(resultaten.length).toBe(n)
    expect(resultaten.filter((u) => slugVan(u, 'activiteit'))).toEqual([])
    // Its own heading, after the results.
    const kop = page.getByRole('heading', { level: 2, name: 'In de agenda' })
    expect(await kop.count()).toBe(1)
    expect(
      await page.evaluate(() => {
        const r = document.getElementById('resultaten-kop')!
        const a = document.getElementById('agenda-kop')!
        return (r.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      }),
    ).toBe(true)
    // Ten at first; a card says when, not what kind it is (they all are activiteiten).
    const eerste = await zichtbareActiviteiten(page)
    expect(eerste.length).toBe(10)
    const kaart = page.locator('.skt-zoek__agenda .skt-resultaat').first()
    expect(await kaart.locator('.skt-resultaat__soort').count()).toBe(0)
    const a = data.activiteiten!.find((x) => `/activiteit/${x.slug}/` === eerste[0])
    expect(await kaart.textContent()).toContain(a.titel)
    // "Toon meer activiteiten" adds ten, and moves the focus to the first new one.
    await page.getByRole('button', { name: `Toon meer activiteiten (nog ${m - 10})` }).click()
    await page.waitForFunction(() => document.querySelectorAll('.skt-zoek__agenda .skt-resultaat').length > 10)
    await page.waitForFunction(() => document.activeElement === document.querySelector('#agenda-10 a'))
    const alle = await alleActiviteiten(page)
    expect(alle.length).toBe(m)
    expect(alle.filter((u) => !slugVan(u, 'activiteit'))).toEqual([])
    expect(alle.slice(0, 10)).toEqual(eerste)
    for (const url of alle.slice(0, 3)) expect(await hoofdtekst(url), url).toContain('koffie')
    expect(await page.getByRole('link', { name: 'De hele agenda, dag voor dag' }).getAttribute('href')).toBe('/agenda/')
    await page.context().close()
  })

  it("a word only activiteiten have ('oliebollen'): found in the agenda, not taken for a typo", async () => {
    const { page, status: s } = await zoekpagina('q=oliebollen')
    expect(s).toBe("1 activiteit in de agenda voor 'oliebollen'.")
    expect(await page.$('.skt-zoek__melding')).toBeNull()
    expect(await zichtbareResultaten(page)).toEqual([])
    expect(await page.textContent('.skt-zoek__resultaten')).toContain('Geen aanbod, organisaties of informatie gevonden.')
    const nieuwjaar = data.activiteiten!.find((x) => /oliebollen/i.test(x.titel))
    expect(await zichtbareActiviteiten(page)).toEqual([`/activiteit/${nieuwjaar.slug}/`])
    // The link past the filters is there too: to the results' heading, whose text points on to the agenda.
    await page.getByRole('link', { name: 'Direct naar de resultaten' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaten-kop')
    await page.context().close()
  })

  it('the filter Soort decides which lists are searched: Aanbod alone has no agenda block, Activiteit alone no results', async () => {
    const aanbod = await zoekpagina('q=koffie&soort=aanbod')
    expect(aanbod.status).toMatch(/^\d+ resultaten voor 'koffie', met filter: Aanbod\.$/)
    expect(await aanbod.page.$('.skt-zoek__agenda')).toBeNull()
    expect((await alleResultaten(aanbod.page)).filter((u) => !slugVan(u, 'aanbod'))).toEqual([])
    await aanbod.page.context().close()

    const agenda = await zoekpagina('q=koffie&soort=activiteit')
    expect(agenda.status).toMatch(/^\d+ activiteiten in de agenda voor 'koffie', met filter: Activiteit in de agenda\.$/)
    expect(await zichtbareResultaten(agenda.page)).toEqual([])
    const { m } = aantallen(agenda.status)
    expect((await alleActiviteiten(agenda.page)).length).toBe(m)
    // Its count in the filter is the number of activiteiten.
    await agenda.page.waitForSelector('.skt-zoek__filters[aria-busy="false"] fieldset')
    expect(await agenda.page.getByRole('checkbox', { name: `Activiteit in de agenda (${m} resultaten)` }).isChecked()).toBe(true)
    await agenda.page.context().close()
  })
})

describe('the start of the search page', () => {
  it('the head starts Pagefind and the search in the address; without that script (blocked) the app finds the same', async () => {
    const metStart = await zoekpagina('q=maaltijd')
    const links = await alleResultaten(metStart.page)
    const activiteiten = await alleActiviteiten(metStart.page)
    // The start script ran, and the app took its instance over.
    expect(await metStart.page.evaluate(() => 'sktZoekindex' in window && (window as any).sktZoekindex === undefined)).toBe(true)
    await metStart.page.context().close()

    const page = await nieuwePagina()
    let geblokkeerd = 0
    await page.route(/\/zoekstart\.[0-9a-f]+\.js$/, (route) => {
      geblokkeerd++
      return route.abort()
    })
    const zonder = await zoekpagina('q=maaltijd', page)
    expect(geblokkeerd).toBe(1)
    expect(zonder.status).toBe(metStart.status)
    expect(await alleResultaten(page)).toEqual(links)
    expect(await alleActiviteiten(page)).toEqual(activiteiten)
    await page.context().close()
  })
})

describe('the URL holds the search', () => {
  it('searching and filtering update the URL; reload, back and forward restore query, filters and results', async () => {
    const page = await nieuwePagina()
    await page.goto(`${base}/zoeken/`)
    expect(await uitslag(page)).toMatch(/^Typ een woord/)
    await page.fill('#zoekvak', 'koffie')
    await page.press('#zoekvak', 'Enter')
    await page.waitForURL(/\/zoeken\/\?q=koffie$/)
    const zonderFilter = await uitslag(page)
    expect(zonderFilter).toMatch(status(String.raw`\d+ resultaten voor 'koffie'\.`))
    expect(await page.title()).toMatch(/^koffie – Zoeken/)

    await page.getByRole('checkbox', { name: /^Den Ham / }).check()
    await page.waitForURL(/\/zoeken\/\?q=koffie&kern=Den\+Ham$/)
    const metFilter = await uitslag(page)
    expect(metFilter).toMatch(status(String.raw`\d+ resultaten voor 'koffie', met filter: Den Ham\.`))
    const gefilterd = await zichtbareResultaten(page)

    const toont = async (q: string, denHam: boolean, status: string) => {
      expect(await uitslag(page)).toBe(status)
      expect(await page.inputValue('#zoekvak')).toBe(q)
      if (q || denHam) expect(await page.getByRole('checkbox', { name: /^Den Ham / }).isChecked()).toBe(denHam)
    }
    await page.reload()
    await toont('koffie', true, metFilter)
    expect(await zichtbareResultaten(page)).toEqual(gefilterd)

    await page.goBack()
    await page.waitForURL(/\/zoeken\/\?q=koffie$/)
    await toont('koffie', false, zonderFilter)
    await page.goBack()
    await page.waitForURL(/\/zoeken\/$/)
    expect(await uitslag(page)).toMatch(/^Typ een woord/)
    expect(await page.inputValue('#zoekvak')).toBe('')
    await page.goForward()
    await page.goForward()
    await page.waitForURL(/kern=Den\+Ham$/)
    await toont('koffie', true, metFilter)

    // Shared or bookmarked: the same URL in a fresh browser gives the same search.
    const ander = await nieuwePagina()
    await ander.goto(page.url())
    expect(await uitslag(ander)).toBe(metFilter)
    expect(await zichtbareResultaten(ander)).toEqual(gefilterd)
    await ander.context().close()
    await page.context().close()
  })
})

describe('the quick finder (combobox)', () => {
  /** The home page; its quick finder is a plain form until its box gets focus (then it loads and hydrates). */
  async function thuis() {
    const page = await nieuwePagina()
    await page.goto(`${base}/`)
    return page
  }
  const staat = (page: Page) =>
    page.$eval('#zoekterm', (el) => {
      const lijst = document.getElementById(el.getAttribute('aria-controls')!)!
      const actief = el.getAttribute('aria-activedescendant')
      return {
        role: el.getAttribute('role'),
        autocomplete: el.getAttribute('aria-autocomplete'),
        expanded: el.getAttribute('aria-expanded'),
        actief,
        lijstRole: lijst.getAttribute('role'),
        zichtbaar: !lijst.hidden && lijst.getBoundingClientRect().height > 0,
        opties: [...lijst.querySelectorAll('[role="option"]')].map((o) => ({ id: o.id, selected: o.getAttribute('aria-selected') })),
        focus: document.activeElement === el,
        melding: document.getElementById('zoekterm-status')!.textContent,
      }
    })

  it('works with the keyboard alone: suggestions are announced, arrows choose, Escape closes, Enter opens the page', async () => {
    const page = await thuis()
    // Tab to the quick finder (past the skip link, the header search and the menu).
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'zoekterm')); i++) await page.keyboard.press('Tab')
    await page.waitForSelector('form[data-gereed] #zoekterm')
    expect((await staat(page)).focus).toBe(true)
    expect(await staat(page)).toMatchObject({
      role: 'combobox',
      autocomplete: 'list',
      expanded: 'false',
      actief: null,
      lijstRole: 'listbox',
      zichtbaar: false,
    })

    await page.keyboard.type('maaltijd', { delay: 40 })
    await page.waitForFunction(() => /Gebruik pijltje omlaag/.test(document.getElementById('zoekterm-status')!.textContent!))
    let s = await staat(page)
    expect(s).toMatchObject({ expanded: 'true', actief: null, zichtbaar: true })
    expect(s.opties.length).toBeGreaterThan(1)
    expect(s.opties.length).toBeLessThanOrEqual(8)
    expect(s.melding).toBe(`${s.opties.length} suggesties. Gebruik pijltje omlaag om te kiezen.`)
    expect(s.opties.every((o) => o.selected === 'false')).toBe(true)
    const ids = s.opties.map((o) => o.id)

    const actief = async () => {
      const x = await staat(page)
      expect(x.opties.filter((o) => o.selected === 'true').map((o) => o.id)).toEqual(x.actief ? [x.actief] : [])
      expect(x.focus).toBe(true)
      return x.actief
    }
    await page.keyboard.press('ArrowDown')
    expect(await actief()).toBe(ids[0])
    await page.keyboard.press('ArrowDown')
    expect(await actief()).toBe(ids[1])
    await page.keyboard.press('ArrowUp')
    expect(await actief()).toBe(ids[0])
    await page.keyboard.press('End')
    expect(await actief()).toBe(ids.at(-1))
    await page.keyboard.press('Home')
    expect(await actief()).toBe(ids[0])

    await page.keyboard.press('Escape')
    s = await staat(page)
    expect(s).toMatchObject({ expanded: 'false', actief: null, zichtbaar: false, focus: true })
    expect(await page.inputValue('#zoekterm')).toBe('maaltijd')

    // ArrowDown opens the list again on the first suggestion; Enter opens its page.
    await page.keyboard.press('ArrowDown')
    s = await staat(page)
    expect(s).toMatchObject({ expanded: 'true', actief: ids[0] })
    const titel = (await page.textContent(`#${ids[0]} .skt-qf__titel`))!.trim()
    expect(titel).toMatch(/maaltijd/i)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname !== '/')
    expect((await page.textContent('h1'))!.trim()).toBe(titel)
    await page.context().close()
  })

  it('is tolerant of typos, and Enter without a chosen suggestion searches on /zoeken/', async () => {
    const page = await thuis()
    await page.click('#zoekterm')
    await page.keyboard.type('eenzaamheit', { delay: 20 })
    await page.waitForFunction(() => document.querySelector('#zoekterm')!.getAttribute('aria-expanded') === 'true')
    const titels = await page.$$eval('#zoekterm-suggesties [role="option"] .skt-qf__titel', (els) => els.map((e) => e.textContent))
    expect(titels.some((t) => /eenzaamheid/i.test(t!))).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/zoeken\/\?q=eenzaamheit$/)
    expect(await uitslag(page)).toMatch(status(String.raw`\d+ resultaten voor 'eenzaamheid'\.`))
    expect(await page.inputValue('#zoekvak')).toBe('eenzaamheit')
    await page.context().close()
  })

  it('says when there are no suggestions, and a click opens a suggestion', async () => {
    const page = await thuis()
    await page.click('#zoekterm')
    await page.keyboard.type('xqzxqz', { delay: 20 })
    await page.waitForFunction(() => document.getElementById('zoekterm-status')!.textContent === 'Geen suggesties')
    expect((await staat(page)).expanded).toBe('false')
    await page.fill('#zoekterm', '')
    await page.keyboard.type('koffieochtend', { delay: 20 })
    await page.waitForSelector('#zoekterm-suggesties:not([hidden]) [role="option"]')
    const optie = page.locator('#zoekterm-suggesties [role="option"]').first()
    const titel = (await optie.locator('.skt-qf__titel').textContent())!.trim()
    await optie.click()
    await page.waitForURL((url) => url.pathname !== '/')
    expect((await page.textContent('h1'))!.trim()).toBe(titel)
    await page.context().close()
  })
})

describe('the home page', () => {
  it('loads no React and no quick finder before its search box gets focus; then the finder works with the keyboard', async () => {
    const page = await nieuwePagina()
    /** Every script the page fetched, and the bytes of each over the network (compressed, as served). */
    const scripts = new Map<string, number>()
    page.on('requestfinished', async (req) => {
      if (req.resourceType() !== 'script') return
      const { responseBodySize } = await req.sizes()
      scripts.set(new URL(req.url()).pathname, responseBodySize)
    })
    await page.goto(`${base}/`, { waitUntil: 'networkidle' })
    const voor = [...scripts.keys()]
    const bytes = [...scripts.values()].reduce((a, b) => a + b, 0)
    console.log(`home page before any interaction: ${voor.length} script(s), ${bytes} bytes over the network (${voor.join(', ')})`)
    // Only the page frame's small loader (Base.astro): one module script, nothing it imports.
    const loader = await page.$$eval('script[type="module"][src^="/_astro/"]', (els) => els.map((s) => s.getAttribute('src')!))
    expect(loader).toHaveLength(1)
    expect(voor).toEqual(loader)
    expect(bytes).toBeLessThan(3_000)
    expect(await page.$('form[data-gereed]')).toBeNull()

    // Keyboard only: Tab to the page's finder, type at once; it loads on focus and suggests what was typed.
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'zoekterm')); i++) await page.keyboard.press('Tab')
    await page.keyboard.type('maaltijd', { delay: 40 })
    await page.waitForSelector('#zoekterm-suggesties:not([hidden]) [role="option"]')
    expect(scripts.size).toBeGreaterThan(1)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm')
    expect(await page.inputValue('#zoekterm')).toBe('maaltijd')
    await page.keyboard.press('ArrowDown')
    const titel = (await page.textContent('#zoekterm-suggestie-0 .skt-qf__titel'))!.trim()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname !== '/')
    expect((await page.textContent('h1'))!.trim()).toBe(titel)
    await page.context().close()
  })
})

describe('the quick finder in the header', () => {
  it('loads nothing until focused; then suggests while typing, and ArrowDown + Enter opens a suggestion', async () => {
    const page = await nieuwePagina()
    const geladen: string[] = []
    page.on('request', (req) => {
      const url = new URL(req.url())
      if (url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.js')) geladen.push(url.pathname)
    })
    const aanbod = data.aanbod!.find((a) => a.status !== 'gestopt')
    await page.goto(`${base}/aanbod/${aanbod.slug}/`, { waitUntil: 'networkidle' })
    // Before focus: only the loader, and the small module of its "Zet op mijn lijstje" button (site/lib/lijstje/);
    // no React, no quick finder.
    const loader = await page.$eval('script[type="module"][src^="/_astro/"]', (s) => s.getAttribute('src')!)
    expect(await page.$$eval('script[src]', (els) => els.length)).toBe(1)
    expect(geladen[0]).toBe(loader)
    for (const f of geladen.slice(1)) expect(f).toMatch(/^\/_astro\/(knoppen|lijstje)\.[\w-]+\.js$/)
    expect(await page.$('form[data-gereed] #kopzoeken')).toBeNull()
    const kop = page.getByRole('search', { name: 'Zoeken op de kaart' })
    expect(await kop.getByRole('combobox', { name: 'Zoeken op de kaart' }).count()).toBe(1)

    await page.focus('#kopzoeken')
    await page.keyboard.type('maaltijd', { delay: 40 })
    await page.waitForSelector('form[data-gereed] #kopzoeken')
    expect(geladen.length).toBeGreaterThan(1)
    expect(await page.inputValue('#kopzoeken')).toBe('maaltijd')
    await page.waitForSelector('#kopzoeken-suggesties:not([hidden]) [role="option"]')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kopzoeken')
    expect(await page.getAttribute('#kopzoeken', 'aria-expanded')).toBe('true')
    const lijst = kop.getByRole('listbox')
    expect(await lijst.getByRole('option').count()).toBeGreaterThan(1)
    await page.waitForFunction(() => /Gebruik pijltje omlaag/.test(document.getElementById('kopzoeken-status')!.textContent!))

    await page.keyboard.press('ArrowDown')
    const eerste = (await page.getAttribute('#kopzoeken', 'aria-activedescendant'))!
    expect(eerste).toBe('kopzoeken-suggestie-0')
    expect(await page.getAttribute(`#${eerste}`, 'aria-selected')).toBe('true')
    const titel = (await page.textContent(`#${eerste} .skt-qf__titel`))!.trim()
    expect(titel).toMatch(/maaltijd/i)
    const hier = new URL(page.url()).pathname
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname !== hier)
    expect((await page.textContent('h1'))!.trim()).toBe(titel)
    await page.context().close()
  })

  it('on the home page the header finder and the page finder work side by side, with their own ids', async () => {
    const page = await nieuwePagina({ width: 320 })
    await page.goto(`${base}/`)
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id))
    expect(ids.length).toBe(new Set(ids).size)
    await page.click('#kopzoeken')
    await page.keyboard.type('koffie', { delay: 20 })
    await page.waitForSelector('#kopzoeken-suggesties:not([hidden]) [role="option"]')
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    expect(await page.getAttribute('#zoekterm', 'aria-expanded')).toBe('false')
    expect(await axe(page), 'home, header finder open at 320px').toEqual([])
    await page.context().close()
  })
})

describe('accessibility', () => {
  it('axe finds no violations on /zoeken/ with results, nor on the open quick finder', async () => {
    const { page } = await zoekpagina('q=maaltijd')
    expect(await page.$$eval('.skt-resultaat', (els) => els.length)).toBeGreaterThan(3)
    expect(await axe(page), '/zoeken/?q=maaltijd').toEqual([])
    await zoekpagina('q=koffie&kern=Den+Ham', page)
    expect(await axe(page), '/zoeken/?q=koffie&kern=Den+Ham').toEqual([])

    await page.goto(`${base}/`)
    await page.click('#zoekterm')
    await page.keyboard.type('koffie', { delay: 20 })
    await page.waitForSelector('#zoekterm-suggesties:not([hidden]) [role="option"]')
    await page.keyboard.press('ArrowDown')
    expect(await page.getAttribute('#zoekterm', 'aria-activedescendant')).toBeTruthy()
    expect(await axe(page), 'home, quick finder open').toEqual([])
    await page.context().close()
  })

  it('no horizontal scrolling at 200% and 400% zoom, with results and with the quick finder open', async () => {
    for (const width of [640, 320]) {
      const { page } = await zoekpagina('q=maaltijd&kern=Den+Ham', await nieuwePagina({ width }))
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(await overflow(), `/zoeken/ at ${width}px`).toBeLessThanOrEqual(0)
      await page.goto(`${base}/`)
      await page.click('#zoekterm')
      await page.keyboard.type('maaltijd', { delay: 20 })
      await page.waitForSelector('#zoekterm-suggesties:not([hidden]) [role="option"]')
      expect(await overflow(), `quick finder at ${width}px`).toBeLessThanOrEqual(0)
      await page.context().close()
    }
  })
})

describe('without JavaScript', () => {
  it('/zoeken/ says search needs JavaScript and links to the overviews', async () => {
    const page = await nieuwePagina({ js: false })
    await page.goto(`${base}/zoeken/`)
    expect(await page.textContent('main')).toMatch(/Zoeken op woorden werkt alleen met JavaScript/)
    const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')))
    for (const href of ['/kern/', '/levensgebeurtenis/', '/doelgroep/', '/thema/', '/aanbod/']) expect(links).toContain(href)
    expect(await page.$('#zoekvak')).toBeNull()
    await page.context().close()
  })

  it('the header search form and the home page search form submit to /zoeken/?q=…', async () => {
    const page = await nieuwePagina({ js: false })
    await page.goto(`${base}/aanbod/`)
    await page.getByRole('combobox', { name: 'Zoeken op de kaart' }).fill('samen eten')
    await page.getByRole('search', { name: 'Zoeken op de kaart' }).getByRole('button', { name: 'Zoek' }).click()
    await page.waitForURL(`${base}/zoeken/?q=samen+eten`)
    await page.goto(`${base}/`)
    await page.fill('#zoekterm', 'maaltijd')
    await page.press('#zoekterm', 'Enter')
    await page.waitForURL(`${base}/zoeken/?q=maaltijd`)
    await page.context().close()
  })
})
