/**
 * The PDF step of `npm run build`: every paper version in the fresh build's /papier.json (made from
 * site/lib/papier.ts) printed by Debian's Chromium (playwright-core page.pdf with the page's own @page size) into
 * the build folder. The PDF is the browser's print of the page as it is served; nothing else shapes it.
 *
 * Two things Chromium cannot do by itself (no target-counter(), no blank page for break-before: left) are done from
 * a first print: poppler's `pdfinfo -dests` gives the page on which each linked section (#id) starts. Empty
 * <span data-blz-voor="id"> markers (a table of contents) get that page number; an element
 * <div data-even-voor="id" hidden> (a notes page) is shown when section #id would start on an odd page, so that it
 * becomes the back of the last sheet. The page loaded in the browser is changed and printed again, until it agrees;
 * then the page in the build folder gets the same page numbers and filler pages.
 *
 * A page whose HTML is the same as in the previous (live) build is not printed again: its PDF (and its page with the
 * page numbers filled in) are copied from there. A publication after one change prints only what that change touched.
 * Two pages are printed at a time (PDF_PARALLEL), the biggest first. Every file is written under a temporary name
 * and renamed into place, so the PDFs can be made in a build that is already live.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import type { PaperSize, PrintPage } from '../../site/lib/papier'
import { launchChromium } from './chromium'
import { root, run } from './process'
import { serveSite } from './serve-site'

const exec = promisify(execFile)

/** Paper sizes in PostScript points (portrait: width, height). */
const PAPER: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55] }

/** Chromium, pdfinfo and pdftotext: installs them as root when missing (apt-get), otherwise fails saying how. */
export async function ensurePrintTools() {
  try {
    await run('bash', [path.join(root, 'scripts', 'ensure-tools.sh')])
  } catch {
    throw new Error("de PDF's kunnen niet gemaakt worden: Chromium of poppler-utils ontbreekt (zie de melding hierboven).")
  }
}

/** Page count and size of the first page (pdfinfo). */
export async function pdfInfo(file: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await exec('pdfinfo', [file])
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1])
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout)
  if (!pages || !size) throw new Error(`pdfinfo begrijpt ${path.basename(file)} niet`)
  return { pages, width: Number(size[1]), height: Number(size[2]) }
}

/** The page (1-based) of each named destination: the anchors (#id) that links in the page point to. */
export async function pdfDestinations(file: string): Promise<Map<string, number>> {
  const { stdout } = await exec('pdfinfo', ['-dests', file])
  const dests = new Map<string, number>()
  for (const m of stdout.matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/gm)) dests.set(m[2]!, Number(m[1]))
  return dests
}

const TOC_MARKER = /(<span\b[^>]*\bdata-blz-voor="([^"]+)"[^>]*>)[^<]*(<\/span>)/g
const EVEN_MARKER = /<div\b([^>]*\bdata-even-voor="([^"]+)"[^>]*)>/g

/** The markers of a page: each table-of-contents entry's page number as written, and whether each filler page shows. */
interface Markers {
  toc: (readonly [string, string])[]
  even: (readonly [string, boolean])[]
}

/** Write the markers of the page as printed (page numbers, filler pages shown or not) into the built page's file. */
function writeMarkers(file: string, markers: Markers): string {
  const toc = new Map(markers.toc)
  const shown = new Map(markers.even)
  const html: string = fs
    .readFileSync(file, 'utf8')
    .replace(TOC_MARKER, (_all, open: string, id: string, close: string) => `${open}${toc.get(id) ?? ''}${close}`)
    .replace(
      EVEN_MARKER,
      (_all, attrs: string, id: string) => `<div${attrs.replace(/\s+hidden(?=\s|$)/, '')}${shown.get(id) ? '' : ' hidden'}>`,
    )
  writeAtomic(file, html)
  return html
}

/** The markers in a page's HTML. */
function htmlMarkers(html: string): Markers {
  return {
    toc: [...html.matchAll(TOC_MARKER)].map((m) => [m[2]!, m[0].slice(m[1]!.length, -m[3]!.length)] as const),
    even: [...html.matchAll(EVEN_MARKER)].map((m) => [m[2]!, !/\shidden(?=\s|$)/.test(m[1]!)] as const),
  }
}

/** The markers of the page loaded in the browser. */
const readMarkers = (page: Page): Promise<Markers> =>
  page.evaluate(() => ({
    toc: [...document.querySelectorAll('[data-blz-voor]')].map((e) => [e.getAttribute('data-blz-voor')!, e.textContent ?? ''] as const),
    even: [...document.querySelectorAll('[data-even-voor]')].map(
      (e) => [e.getAttribute('data-even-voor')!, !e.hasAttribute('hidden')] as const,
    ),
  }))

/**
 * Write the page numbers into the loaded page's table of contents, and show or hide its filler pages: in the browser,
 * so the next print needs no new load and layout of the page. printRounds writes the outcome into the file.
 */
const adjustLoaded = (page: Page, pages: Map<string, number>, filler: Map<string, boolean>) =>
  page.evaluate(
    ({ pages, filler }) => {
      for (const e of document.querySelectorAll('[data-blz-voor]')) e.textContent = String(pages[e.getAttribute('data-blz-voor')!] ?? '')
      for (const e of document.querySelectorAll('[data-even-voor]')) e.toggleAttribute('hidden', !filler[e.getAttribute('data-even-voor')!])
    },
    { pages: Object.fromEntries(pages), filler: Object.fromEntries(filler) },
  )

function checkSize(p: PrintPage, info: { width: number; height: number }) {
  const [w, h] = PAPER[p.size]
  const [ew, eh] = p.orientation === 'landscape' ? [h, w] : [w, h]
  if (Math.abs(info.width - ew) > 2 || Math.abs(info.height - eh) > 2) {
    throw new Error(
      `het papier is ${Math.round(info.width)} × ${Math.round(info.height)} pt, maar moet ${p.size} ${p.orientation === 'landscape' ? 'liggend' : 'staand'} zijn. Klopt de @page-regel in de CSS van de pagina?`,
    )
  }
}

/**
 * Write or copy a file by renaming a temporary one over it: the PDFs of a build that is already live (see
 * scripts/build-site.ts) are replaced while visitors may be downloading them, and must never be seen half written.
 */
function writeAtomic(file: string, data: string | Uint8Array) {
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, data)
  fs.renameSync(tmp, file)
}
function copyAtomic(from: string, to: string) {
  const tmp = `${to}.${process.pid}.tmp`
  fs.copyFileSync(from, tmp)
  fs.renameSync(tmp, to)
}

/**
 * tagged: with the PDF's structure (headings, lists, reading order) for screen readers; every PDF the site offers has
 * it. Without, for measuring only: a booklet prints in about a third less time, at half the size.
 */
async function printOnce(page: Page, file: string, tagged = true) {
  fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged }))
}

async function printPage(page: Page, base: string, dir: string, p: PrintPage) {
  const res = await page.goto(base + p.path, { waitUntil: 'load' })
  if (!res?.ok()) throw new Error(`de pagina gaf ${res?.status() ?? 'geen antwoord'}`)
  const target = path.join(dir, p.pdf)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  // Printed next to its place, and renamed into it when it is finished.
  const file = `${target}.${process.pid}.druk`
  try {
    const pages = await printRounds(page, dir, p, file)
    fs.renameSync(file, target)
    return pages
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/**
 * Prints the page; a page with markers again until its page numbers and filler pages agree with its print. Its
 * measuring prints are untagged (printOnce), the last one tagged, and checked like the others (tagging does not move
 * a page break, and if it ever did, the check would catch it).
 */
async function printRounds(page: Page, dir: string, p: PrintPage, file: string) {
  const html = path.join(dir, p.path, 'index.html')
  let markers = await readMarkers(page)
  const measure = markers.toc.length > 0 || markers.even.length > 0
  let tagged = !measure
  await printOnce(page, file, tagged)
  for (let round = 1; measure; round++) {
    if (round > 1) markers = await readMarkers(page)
    const dests = await pdfDestinations(file)
    const missing = [...markers.toc, ...markers.even].map(([id]) => id).filter((id) => !dests.has(id))
    if (missing.length) throw new Error(`de pagina verwijst naar ${missing.map((m) => `#${m}`).join(', ')}, maar dat staat niet in de PDF`)
    const tocOk = markers.toc.every(([id, text]) => text === String(dests.get(id)))
    const evenOk = markers.even.every(([id]) => dests.get(id)! % 2 === 0)
    if (tocOk && evenOk && tagged) break
    if (round > 5) throw new Error('de paginanummers van de inhoudsopgave blijven verschuiven')
    if (!tocOk || !evenOk) {
      // A filler page that is shown moves its section one page on; so toggling it makes an odd page even.
      const filler = new Map(markers.even.map(([id, shown]) => [id, dests.get(id)! % 2 === 0 ? shown : !shown]))
      await adjustLoaded(page, dests, filler)
    }
    // Once the numbers are filled in, the print to keep.
    tagged = true
    await printOnce(page, file, tagged)
  }
  if (measure) {
    // The site's page as printed: its file gets the markers of the print to keep.
    const printed = await readMarkers(page)
    if (JSON.stringify(htmlMarkers(writeMarkers(html, printed))) !== JSON.stringify(printed))
      throw new Error('de paginanummers in de PDF en op de pagina van de site verschillen')
  }
  const info = await pdfInfo(file)
  checkSize(p, info)
  return info.pages
}

/** What each PDF was printed from: the page's HTML as built (before its page numbers were filled in). */
const CACHE_FILE = 'papier-bron.json'
type Bron = Record<string, { hash: string; pages: number }>
/** '' for a page that is not there (printing it then says so). */
const sha256 = (file: string) => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : '')
const readBron = (dir: string | undefined): Bron => {
  try {
    return dir ? (JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as Bron) : {}
  } catch {
    return {}
  }
}

/** The PDF from the previous build, when its page was built exactly the same; copies it (and the finished page). */
function reuse(dir: string, previous: string | undefined, before: Bron, p: PrintPage, hash: string): number | null {
  const prev = before[p.path]
  if (!previous || !prev || !hash || prev.hash !== hash) return null
  const oldPdf = path.join(previous, p.pdf)
  const oldHtml = path.join(previous, p.path, 'index.html')
  if (!fs.existsSync(oldPdf) || !fs.existsSync(oldHtml)) return null
  fs.mkdirSync(path.dirname(path.join(dir, p.pdf)), { recursive: true })
  copyAtomic(oldPdf, path.join(dir, p.pdf))
  copyAtomic(oldHtml, path.join(dir, p.path, 'index.html'))
  return prev.pages
}

const printList = (dir: string): PrintPage[] => {
  const listFile = path.join(dir, 'papier.json')
  if (!fs.existsSync(listFile)) throw new Error('de build heeft geen papier.json (de lijst van papieren versies)')
  return (JSON.parse(fs.readFileSync(listFile, 'utf8')) as { pages: PrintPage[] }).pages
}

/**
 * Give a fresh build the PDFs of the previous one, as they are, before it goes live ahead of its own PDFs: every
 * "Download als PDF" link then works from the first moment, at worst with the version of a minute ago. Returns how
 * many there were.
 */
export function carryOverPdfs(dir: string, previous: string): number {
  let n = 0
  for (const p of printList(dir)) {
    const old = path.join(previous, p.pdf)
    if (!fs.existsSync(old)) continue
    fs.mkdirSync(path.dirname(path.join(dir, p.pdf)), { recursive: true })
    fs.copyFileSync(old, path.join(dir, p.pdf))
    n++
  }
  return n
}

/** How long loading a print page may take (Playwright's default of 30 s is too short for a region's booklet). */
const NAVIGATION_TIMEOUT_MS = 10 * 60_000

/** Pages printed at the same time (tabs of one Chromium); PDF_PARALLEL overrides. */
const PARALLEL = Math.max(1, Number(process.env.PDF_PARALLEL) || 2)

/**
 * Print every page of the build's /papier.json into the build folder. Throws (in Dutch) at the first failure.
 * previous: the live build this one replaces, whose unchanged PDFs are reused.
 */
export async function renderPdfs(
  dir: string,
  { log = (line: string) => console.log(line), previous }: { log?: (line: string) => void; previous?: string } = {},
) {
  const started = Date.now()
  const pages = printList(dir)
  await ensurePrintTools()
  const server: http.Server = await serveSite(dir, 0, '127.0.0.1')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchChromium()
  const done: { path: string; pdf: string; pages: number }[] = []
  const before = readBron(previous)
  const bron: Bron = {}
  try {
    // Without JavaScript: the paper versions are static pages; the PDF must not depend on a script.
    const context = await browser.newContext({ javaScriptEnabled: false })
    // The biggest first, so that the last one to finish is a small one.
    const queue = pages.map((p, i) => ({
      p,
      i,
      size: fs.statSync(path.join(dir, p.path, 'index.html'), { throwIfNoEntry: false })?.size ?? 0,
    }))
    queue.sort((a, b) => b.size - a.size)
    const results: ({ path: string; pdf: string; pages: number } | undefined)[] = []
    let failed = false
    // A pool of our own, not p-limit or p-map: each worker owns one browser tab, set up once for print (below) and
    // reused for all its pages, and the first failure stops the others from starting new pages. Those libraries
    // limit how many promises run, but give a task no lasting resource of its own.
    const worker = async () => {
      const tab = await context.newPage()
      // Loaded as print from the start: Chromium then lays the page out once, for paper, instead of first for a screen
      // and again for printing: less CPU, the same PDFs (docs/benchmark.md).
      await tab.emulateMedia({ media: 'print' })
      // A booklet of hundreds of pages takes long to lay out, all the more with a second one printing beside it.
      tab.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS)
      for (let job = queue.shift(); job && !failed; job = queue.shift()) {
        const { p, i } = job
        const t = Date.now()
        try {
          const hash = sha256(path.join(dir, p.path, 'index.html'))
          const hergebruikt = reuse(dir, previous, before, p, hash)
          const count = hergebruikt ?? (await printPage(tab, base, dir, p))
          bron[p.path] = { hash, pages: count }
          results[i] = { path: p.path, pdf: p.pdf, pages: count }
          log(
            `  ${p.pdf}: ${count} blz. (${hergebruikt === null ? `${((Date.now() - t) / 1000).toFixed(1)} s` : 'ongewijzigd, van de vorige build'})`,
          )
        } catch (err) {
          failed = true
          throw new Error(`de PDF "${p.title}" (${p.path} → ${p.pdf}) is niet gelukt: ${err instanceof Error ? err.message : err}`)
        }
      }
    }
    const outcome = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL, pages.length) }, worker))
    const rejected = outcome.find((o): o is PromiseRejectedResult => o.status === 'rejected')
    if (rejected) throw rejected.reason
    done.push(...results.filter((r): r is NonNullable<typeof r> => !!r))
  } finally {
    await browser.close()
    server.close()
  }
  writeAtomic(path.join(dir, CACHE_FILE), JSON.stringify(bron))
  log(`${done.length} PDF's gemaakt in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  return done
}
