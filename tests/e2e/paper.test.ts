/**
 * On paper: the placemats, the sociale kaart per kern, the agenda on paper and the aanbod flyer. The site is built
 * from a demo CMS with its PDFs (Chromium's print of each page, as `npm run build` makes them); the PDFs are read
 * with poppler (pdfinfo, pdftotext): paper size, page count, text, page numbers, and no entry split over two pages.
 * The screen versions pass axe (WCAG 2.1 AA) and read without JavaScript.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { serveSite } from '../../scripts/lib/serve-site'
import { pdfDestinations, pdfInfo, renderPdfs } from '../../scripts/lib/pdf'
import { aanbodVoor, inOverzicht } from '../../site/lib/indeling'
import { agendaWindow, groupByDay, occurrences } from '../../site/lib/agenda'
import { AGENDA_WEKEN, type PrintPage } from '../../site/lib/papier'
import { compactPhone, hulplijnen } from '../../content-schema'
import { api, freePort } from '../helpers/server'
import { read } from '../helpers/site'
import { sharedSite } from '../helpers/shared-site'
import { launchChromium } from '../helpers/browser'
import { axeViolations } from '../helpers/axe'

let cms: { url: string }
let dist: string
let server: http.Server
let base: string
let browser: Browser
let list: PrintPage[]
let buildMs = 0
const data: Record<string, any[]> = {}
const globals: Record<string, any> = {}
const SITE = 'http://localhost:4321'

beforeAll(async () => {
  // The shared demo CMS and the site built from it with its PDFs (tests/helpers/shared-site.ts): read only.
  ;({ cms, dist, buildMs } = await sharedSite())
  for (const c of ['aanbod', 'activiteiten', 'kernen', 'organisaties'])
    data[c] = (await api(cms, 'GET', `/api/${c}?limit=0&depth=1`)).body.docs
  for (const g of ['placemat-jeugd', 'placemat-algemeen', 'meldpunt'])
    globals[g] = (await api(cms, 'GET', `/api/globals/${g}?depth=1`)).body
  list = JSON.parse(fs.readFileSync(path.join(dist, 'papier.json'), 'utf8')).pages
  const port = await freePort()
  server = await serveSite(dist, port, '127.0.0.1')
  base = `http://127.0.0.1:${port}`
  browser = await launchChromium()
}, 1_200_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
})

const norm = (s: string) => s.replace(/\s+/g, ' ').trim()
/** The text of each page of a PDF, in the order Chromium drew it, whitespace normalised. */
const pdfPages = (file: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(norm)
const pdfFile = (p: { pdf: string }) => path.join(dist, p.pdf)
const entry = (pagePath: string) => {
  const p = list.find((x) => x.path === pagePath)
  if (!p) throw new Error(`${pagePath} staat niet in papier.json`)
  return p
}
/** A4 portrait is 595 × 842 pt, A3 landscape 1191 × 842 pt. */
const size = { A4: { width: 595, height: 842 }, A3: { width: 1191, height: 842 } }
const expectSize = (info: { width: number; height: number }, s: { width: number; height: number }, what: string) => {
  expect(Math.abs(info.width - s.width), `${what}: ${info.width} × ${info.height}`).toBeLessThan(2)
  expect(Math.abs(info.height - s.height), `${what}: ${info.width} × ${info.height}`).toBeLessThan(2)
}
const published = () => data.aanbod!.filter(inOverzicht)

describe('the list of paper versions', () => {
  it('has both placemats, a booklet and an agenda per kern and for all of Twenterand, each with its PDF, tagged', async () => {
    const kernen = data.kernen!.map((k) => k.slug)
    const paths = list.map((p) => p.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/placemat/jeugd/',
        '/placemat/algemeen/',
        ...kernen.map((k) => `/kaart/${k}/`),
        '/kaart/heel-twenterand/',
        ...kernen.map((k) => `/agenda/papier/${k}/`),
        '/agenda/papier/alle-kernen/',
      ]),
    )
    expect(new Set(list.map((p) => p.pdf)).size).toBe(list.length)
    for (const p of list) {
      const res = await fetch(base + p.pdf)
      expect(res.status, p.pdf).toBe(200)
      expect(res.headers.get('content-type'), p.pdf).toMatch(/application\/pdf/)
      expect((await pdfInfo(pdfFile(p))).pages, p.pdf).toBeGreaterThan(0)
      // Tagged (structure for screen readers), also a booklet whose page numbers were measured on untagged prints.
      expect(execFileSync('pdfinfo', [pdfFile(p)], { encoding: 'utf8' }), p.pdf).toMatch(/^Tagged:\s+yes$/m)
    }
    console.log(`Build met ${list.length} PDF's: ${(buildMs / 1000).toFixed(1)} s`)
  })

  it('/papier/ links every print page and its PDF; each print page offers its own PDF; footer and meldpunt link /papier/', () => {
    const papier = read(dist, '/papier/')
    for (const p of list) {
      expect(papier, p.path).toContain(`href="${p.path}"`)
      expect(papier, p.pdf).toContain(`href="${p.pdf}"`)
      const page = read(dist, p.path)
      expect(page, p.path).toMatch(new RegExp(`<a class="skt-pdf-link" href="${p.pdf.replace(/\./g, '\\.')}"[^>]*>Download als PDF`))
    }
    expect(papier).toMatch(/geen kant-en-klare PDF per aanbod/)
    expect(read(dist, '/')).toContain('href="/papier/"')
    expect(read(dist, '/meldpunt/')).toContain('href="/papier/"')
  })

  it('keeps print pages out of the search index (no duplicates of the aanbod in search)', () => {
    for (const p of [...list.map((x) => x.path), '/papier/']) expect(read(dist, p), p).not.toContain('data-pagefind-body')
  })
})

describe('placemats', () => {
  it.each(['jeugd', 'algemeen'])(
    'placemat %s: one or two sheets of A3 landscape with every entry, its phone number and its QR code',
    async (soort) => {
      const p = entry(`/placemat/${soort}/`)
      const info = await pdfInfo(pdfFile(p))
      expectSize(info, size.A3, p.pdf)
      expect(info.pages).toBeGreaterThanOrEqual(1)
      expect(info.pages).toBeLessThanOrEqual(2)
      const text = pdfPages(pdfFile(p)).join(' ')
      const global = globals[`placemat-${soort}`]
      const ids = new Set(published().map((a) => a.id))
      const items = global.secties.flatMap((s: any) => s.aanbod).filter((a: any) => ids.has(a.id))
      expect(items.length).toBeGreaterThan(3)
      const html = read(dist, p.path)
      for (const s of global.secties) expect(text, s.titel).toContain(s.titel)
      for (const ref of items) {
        const a = data.aanbod!.find((x) => x.id === ref.id)
        expect(text, a.titel).toContain(norm(a.titel))
        const org = data.organisaties!.find((o) => o.slug === a.organisatie.slug)
        const tel = a.contact?.telefoon || org?.telefoon
        if (tel) expect(text, `${a.titel}: ${tel}`).toContain(`Bel ${tel}`)
        // The QR code (an SVG from the qrcode package) points to the aanbod's own page on the site.
        expect(html, a.slug).toMatch(new RegExp(`data-qr="${SITE}/aanbod/${a.slug}/"><svg [^>]*viewBox="0 0 \\d+ \\d+"`))
      }
    },
  )
})

describe('sociale kaart per kern', () => {
  const booklets = () => [
    ...data.kernen!.map((k) => ({ slug: k.slug, aanbod: aanbodVoor(data.aanbod as any, 'kern', k.slug) as any[] })),
    { slug: 'heel-twenterand', aanbod: published() },
  ]

  it('each booklet holds exactly the aanbod of its kern (the selection of the kern page), on A4', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false })
    for (const b of booklets()) {
      const p = entry(`/kaart/${b.slug}/`)
      expectSize(await pdfInfo(pdfFile(p)), size.A4, p.pdf)
      expect(b.aanbod.length, b.slug).toBeGreaterThan(0)
      await page.goto(base + p.path)
      const slugs = await page.$$eval('[data-aanbod]', (els) => els.map((e) => e.getAttribute('data-aanbod')))
      expect([...slugs].sort(), b.slug).toEqual(b.aanbod.map((a) => a.slug).sort())
      const text = pdfPages(pdfFile(p)).join(' ')
      for (const a of b.aanbod) expect(text, `${a.titel} in ${b.slug}`).toContain(norm(a.titel))
      const expected = b.aanbod.map((a) => `${a.titel} ${a.samenvatting}`).join(' ')
      for (const a of data.aanbod!.filter((x) => !b.aanbod.some((y) => y.slug === x.slug) && !expected.includes(x.titel))) {
        expect(text, `${a.titel} hoort niet in ${b.slug}`).not.toContain(norm(a.titel))
      }
    }
    await page.close()
  })

  it('has a cover without a page number, numbered pages, and a table of contents whose numbers are the real pages', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false })
    for (const b of booklets()) {
      const p = entry(`/kaart/${b.slug}/`)
      const pages = pdfPages(pdfFile(p))
      expect(pages.length, b.slug).toBeGreaterThan(3)
      expect(pages[0], `${b.slug} cover`).not.toMatch(/Pagina \d+ van/)
      for (const [i, text] of pages.slice(1).entries())
        expect(text, `${b.slug} page ${i + 2}`).toContain(`Pagina ${i + 2} van ${pages.length}`)
      const dests = await pdfDestinations(pdfFile(p))
      await page.goto(base + p.path)
      const toc = await page.$$eval('.skt-boekje__inhoud li', (lis) =>
        lis.map((li) => ({
          id: li.querySelector('a')!.getAttribute('href')!.slice(1),
          naam: li.querySelector('a')!.textContent!,
          blz: li.querySelector('[data-blz-voor]')!.textContent!,
        })),
      )
      expect(toc.length, b.slug).toBeGreaterThan(1)
      for (const t of toc) {
        expect(t.blz, `${b.slug} #${t.id}`).toBe(String(dests.get(t.id)))
        expect(pages[1], `${b.slug} contents`).toContain(`${norm(t.naam)}`)
        expect(pages[1], `${b.slug} contents`).toContain(`pagina ${t.blz}`)
      }
    }
    await page.close()
  })

  it('the booklet of Den Ham holds what cms/seed/demo-data.ts has for Den Ham, per thema, on 8 to 12 pages (written out by hand)', async () => {
    const p = entry('/kaart/den-ham/')
    const pages = pdfPages(pdfFile(p))
    // 28 aanbod (its own and heel Twenterand's, not the stopped spelletjesmiddag), about 4 to a page: cover, contents,
    // 6 to 8 pages of aanbod, the back (and the notes page that makes the back even). It was 18 pages.
    expect(pages.length).toBeGreaterThanOrEqual(8)
    expect(pages.length).toBeLessThanOrEqual(12)
    expect(pages[0]).toContain('Sociale kaart Den Ham')
    expect(pages[0]).toContain('28 keer aanbod')
    const page = await browser.newPage({ javaScriptEnabled: false })
    await page.goto(base + p.path)
    const toc = await page.$$eval('.skt-boekje__inhoud li', (lis) =>
      lis.map((li) => `${li.querySelector('a')!.textContent} ${li.querySelector('.skt-boekje__aantal')!.textContent}`.trim()),
    )
    await page.close()
    // Each aanbod under its first thema, the themas in their order (content-schema's list).
    expect(toc).toEqual([
      'Ontmoeting (3)',
      'Samen eten en maaltijden (3)',
      'Maatje en bezoek (3)',
      'Vervoer (1)',
      'Digitale hulp (2)',
      'Geldzaken (2)',
      'Rouw en zingeving (5)',
      'Steun voor mantelzorgers (3)',
      'Informatie en advies (2)',
      'Creatief en leren (2)',
      'Vrijwilligerswerk (2)',
      'Meldpunt Eenzaamheid en hulplijnen',
    ])
  })

  it('fills the pages: on average at least three aanbod to a page, a thema heading never alone at the bottom of a page', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false })
    for (const b of booklets()) {
      const p = entry(`/kaart/${b.slug}/`)
      const pages = pdfPages(pdfFile(p))
      // Cover, contents, the back and perhaps a notes page; the rest holds the aanbod, three or more to a page.
      expect(pages.length - 4, `${b.slug}: ${pages.length} pages for ${b.aanbod.length} aanbod`).toBeLessThanOrEqual(
        Math.ceil(b.aanbod.length / 3),
      )
      // A thema's heading is on the page of its first entry (an entry is never split: see below).
      const dests = await pdfDestinations(pdfFile(p))
      await page.goto(base + p.path)
      const firsts = await page.$$eval('.skt-boekje__thema', (sections) =>
        sections.map((s) => [s.id, s.querySelector('[data-aanbod]')!.getAttribute('data-aanbod')!] as const),
      )
      expect(firsts.length, b.slug).toBeGreaterThan(1)
      for (const [id, slug] of firsts) {
        const first = pages.findIndex((t) => t.includes(`Meer informatie: localhost:4321/aanbod/${slug}/`)) + 1
        expect(first, `${b.slug}: #${id} on page ${dests.get(id)}, its first aanbod ${slug} on page ${first}`).toBe(dests.get(id))
      }
    }
    await page.close()
  })

  it('has the Meldpunt and only the verified helplines on the back: the last page, an even one', async () => {
    const meldpunt = globals.meldpunt
    for (const b of booklets()) {
      const p = entry(`/kaart/${b.slug}/`)
      const pages = pdfPages(pdfFile(p))
      const dests = await pdfDestinations(pdfFile(p))
      expect(dests.get('hulp'), b.slug).toBe(pages.length)
      expect(pages.length % 2, `${b.slug}: ${pages.length} pages`).toBe(0)
      const back = pages.at(-1)!
      expect(back).toContain(meldpunt.titel)
      expect(back).toContain(meldpunt.telefoon)
      if (!meldpunt.telefoonGeverifieerd) expect(back).toContain('voorbeeldnummer')
      for (const h of hulplijnen) expect(back, h.naam).toContain(`${h.naam}: ${h.telefoon}`)
      const verified = new Set(hulplijnen.map((h) => compactPhone(h.telefoon)))
      for (const h of meldpunt.hulplijnen.filter((x: any) => !verified.has(compactPhone(x.telefoon))))
        expect(back).not.toContain(h.telefoon)
      expect(back).not.toMatch(/Zilverlijn/)
    }
  })

  it('never splits an entry over two pages: its title and its last line are on the same page', () => {
    for (const b of booklets()) {
      const pages = pdfPages(pdfFile(entry(`/kaart/${b.slug}/`)))
      for (const a of b.aanbod) {
        const last = `Meer informatie: localhost:4321/aanbod/${a.slug}/`
        const end = pages.findIndex((t) => t.includes(last))
        expect(end, `${a.slug} in ${b.slug}`).toBeGreaterThan(1)
        // The title is the start of the entry: the last time it appears before (or on) the page with the end.
        const start = pages.slice(0, end + 1).findLastIndex((t, i) => i > 1 && t.includes(norm(a.titel)))
        expect(start, `${a.titel} (${b.slug}): title on page ${start + 1}, last line on page ${end + 1}`).toBe(end)
      }
    }
  })
})

describe('the agenda on paper', () => {
  it('holds the next four weeks of Twenterand Ontmoet in that kern (or in all kernen), on A4', async () => {
    const window = agendaWindow(new Date(), AGENDA_WEKEN)
    const page = await browser.newPage({ javaScriptEnabled: false })
    for (const kern of [...data.kernen!, null]) {
      const p = entry(`/agenda/papier/${kern?.slug ?? 'alle-kernen'}/`)
      const expected = occurrences(kern ? data.activiteiten!.filter((a) => a.kern.slug === kern.slug) : data.activiteiten!, window)
      const days = groupByDay(expected)
      expect(expected.length, p.path).toBeGreaterThan(0)
      expectSize(await pdfInfo(pdfFile(p)), size.A4, p.pdf)
      const text = pdfPages(pdfFile(p)).join(' ')
      for (const d of days) expect(text, `${p.path}: ${d.label}`).toContain(d.label)
      for (const o of expected) expect(text, `${p.path}: ${o.activiteit.titel}`).toContain(norm(o.activiteit.titel))
      await page.goto(base + p.path)
      const shown = await page.$$eval('.skt-agenda-papier__dag', (sections) =>
        sections.map((s) => ({ datum: s.querySelector('h2')!.id.replace('dag-', ''), items: s.querySelectorAll('li').length })),
      )
      expect(shown, p.path).toEqual(days.map((d) => ({ datum: d.datum, items: d.items.length })))
      // Other kernen's activities are not in a kern's agenda.
      if (kern) {
        const elsewhere = data.activiteiten!.filter(
          (a) => a.kern.slug !== kern.slug && !expected.some((o) => o.activiteit.titel.includes(a.titel)),
        )
        for (const a of elsewhere) expect(text, `${a.titel} hoort niet in ${kern.slug}`).not.toContain(norm(a.titel))
      }
    }
    await page.close()
  })
})

describe('the aanbod flyer', () => {
  it('every aanbod page prints as one A4 page with its title, phone number and address on the site', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false })
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-flyer-'))
    try {
      for (const a of data.aanbod!) {
        await page.goto(`${base}/aanbod/${a.slug}/`)
        const file = path.join(tmp, `${a.slug}.pdf`)
        fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
        const info = await pdfInfo(file)
        expectSize(info, size.A4, a.slug)
        expect(info.pages, a.slug).toBe(1)
        const text = pdfPages(file).join(' ')
        expect(text, a.slug).toContain(norm(a.titel))
        expect(text, a.slug).toContain(`${SITE}/aanbod/${a.slug}/`)
        if (a.contact?.telefoon) expect(text, a.slug).toContain(a.contact.telefoon)
        expect(text, a.slug).not.toContain('Afdrukken als flyer')
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
      await page.close()
    }
  }, 300_000)

  it('has a print button only with JavaScript, which prints the page', async () => {
    const slug = data.aanbod![0].slug
    const noJs = await browser.newPage({ javaScriptEnabled: false })
    await noJs.goto(`${base}/aanbod/${slug}/`)
    expect(await noJs.getByRole('button', { name: 'Afdrukken als flyer' }).count()).toBe(0)
    await noJs.close()
    const page = await browser.newPage()
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-afgedrukt', 'ja')
    })
    await page.goto(`${base}/aanbod/${slug}/`)
    await page.getByRole('button', { name: 'Afdrukken als flyer' }).click()
    expect(await page.getAttribute('html', 'data-afgedrukt')).toBe('ja')
    await page.close()
  })
})

describe('screen versions', () => {
  const screens = () => [
    '/papier/',
    '/placemat/jeugd/',
    '/placemat/algemeen/',
    `/kaart/${data.kernen![0].slug}/`,
    '/kaart/heel-twenterand/',
    `/agenda/papier/${data.kernen![0].slug}/`,
    '/agenda/papier/alle-kernen/',
    `/aanbod/${data.aanbod!.find((a) => a.contact?.telefoon).slug}/`,
  ]

  it('have zero axe violations (WCAG 2.1 AA), also with the print button shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    for (const url of screens()) {
      await page.goto(base + url)
      expect(await axeViolations(page, { label: url }), url).toEqual([])
    }
    await page.close()
  }, 120_000)

  it('read without JavaScript, with one h1, and do not scroll sideways at 400% zoom (320px)', async () => {
    const page: Page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } })
    for (const url of screens()) {
      const res = await page.goto(base + url)
      expect(res?.status(), url).toBe(200)
      const facts = await page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        printButtonVisible: [...document.querySelectorAll('[data-afdrukken]')].some((b) => (b as HTMLElement).offsetParent !== null),
      }))
      expect(facts, url).toEqual({ h1: 1, overflow: 0, printButtonVisible: false })
    }
    await page.close()
  })
})

describe('the PDF step of the build', () => {
  const site = (pages: Partial<PrintPage>[], html: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-pdf-'))
    fs.writeFileSync(path.join(dir, 'papier.json'), JSON.stringify({ pages }))
    for (const [p, body] of Object.entries(html)) {
      fs.mkdirSync(path.join(dir, p), { recursive: true })
      fs.writeFileSync(path.join(dir, p, 'index.html'), body)
    }
    return dir
  }

  it('fails in Dutch, naming the page, when a print page is missing or prints on the wrong paper', async () => {
    const missing = site([{ path: '/weg/', pdf: '/pdf/weg.pdf', title: 'Weg', size: 'A4', orientation: 'portrait' }], {})
    await expect(renderPdfs(missing, { log: () => undefined })).rejects.toThrow(
      /de PDF "Weg" \(\/weg\/ → \/pdf\/weg\.pdf\) is niet gelukt: de pagina gaf 404/,
    )
    const wrong = site([{ path: '/a3/', pdf: '/pdf/a3.pdf', title: 'Groot', size: 'A3', orientation: 'landscape' }], {
      '/a3/': '<!doctype html><html lang="nl"><style>@page { size: A4 portrait }</style><p>Klein papier</p></html>',
    })
    await expect(renderPdfs(wrong, { log: () => undefined })).rejects.toThrow(/de PDF "Groot" .* moet A3 liggend zijn/)
    for (const d of [missing, wrong]) fs.rmSync(d, { recursive: true, force: true })
  })

  it('reuses the PDF of the previous build for an unchanged page, and prints a changed page again', async () => {
    const blad = (tekst: string) => `<!doctype html><html lang="nl"><style>@page { size: A4 portrait }</style><p>${tekst}</p></html>`
    const p: Partial<PrintPage> = { path: '/blad/', pdf: '/pdf/blad.pdf', title: 'Blad', size: 'A4', orientation: 'portrait' }
    const eerste = site([p], { '/blad/': blad('Eerste versie') })
    await renderPdfs(eerste, { log: () => undefined })
    const regels: string[] = []
    const zelfde = site([p], { '/blad/': blad('Eerste versie') })
    await renderPdfs(zelfde, { log: (r) => regels.push(r), previous: eerste })
    expect(regels.join('\n')).toContain('ongewijzigd, van de vorige build')
    // Copied, not printed again (a new print would carry a new creation date).
    expect(fs.readFileSync(path.join(zelfde, 'pdf/blad.pdf')).equals(fs.readFileSync(path.join(eerste, 'pdf/blad.pdf')))).toBe(true)
    const anders = site([p], { '/blad/': blad('Tweede versie') })
    regels.length = 0
    await renderPdfs(anders, { log: (r) => regels.push(r), previous: zelfde })
    expect(regels.join('\n')).not.toContain('ongewijzigd')
    expect(pdfPages(path.join(anders, 'pdf/blad.pdf'))).toEqual(['Tweede versie'])
    for (const d of [eerste, zelfde, anders]) fs.rmSync(d, { recursive: true, force: true })
  })
})
