/**
 * The public site built from a CMS seeded with the demo content: a page for every document, overviews with exactly
 * the matching published items (drafts never), working iCalendar feeds, JSON-LD, a sitemap, and almost no JavaScript
 * (one small loader for the header quick finder).
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import ical from 'node-ical'
import { aanbodVoor, type Indeling } from '../../site/lib/indeling'
import { nextOccurrence } from '../../site/lib/agenda'
import { ZOEKDELEN, ZOEKDELEN_LIJST } from '../../site/lib/zoeken/zoekindex'
import { VROEG } from '../../site/lib/zoeken/pagefind'
import { api, login } from '../helpers/server'
import { aanbodLinks, filesIn, pagefindFragments, read, readAllPages } from '../helpers/site'
import { SHARED_DRAFT_SECRET as SECRET, sharedSite } from '../helpers/shared-site'

let cms: { url: string }
let dist: string
const data: Record<string, any[]> = {}

beforeAll(async () => {
  // The shared demo CMS and the site built from it (tests/helpers/shared-site.ts). Its content holds a draft-only
  // listing and a pending (unpublished) change to a published one: neither may reach the site.
  ;({ cms, dist } = await sharedSite())
  const { token } = await login(cms, 'redacteur@demo.local')
  const drafts = (await api(cms, 'GET', `/api/aanbod?draft=true&limit=0&depth=0&where[samenvatting][contains]=${SECRET}`, { token })).body
    .docs
  expect(drafts.map((d: any) => d.samenvatting).sort()).toEqual([SECRET, `${SECRET} wijziging`])
  expect(drafts.find((d: any) => d.samenvatting === SECRET)._status).toBe('draft')

  for (const c of ['aanbod', 'activiteiten', 'organisaties', 'kernen', 'levensgebeurtenissen', 'doelgroepen', 'themas']) {
    data[c] = (await api(cms, 'GET', `/api/${c}?limit=0&depth=1`)).body.docs
  }
}, 1_200_000)

const exists = (page: string) => fs.existsSync(path.join(dist, page, 'index.html'))
const allHtml = () => filesIn(dist)

describe('pages', () => {
  it.each([
    ['aanbod', '/aanbod/'],
    ['organisaties', '/organisatie/'],
    ['kernen', '/kern/'],
    ['levensgebeurtenissen', '/levensgebeurtenis/'],
    ['doelgroepen', '/doelgroep/'],
    ['themas', '/thema/'],
    ['activiteiten', '/activiteit/'],
  ])('every published %s has its page', (collection, prefix) => {
    expect(data[collection]!.length).toBeGreaterThan(0)
    for (const doc of data[collection]!) expect(exists(`${prefix}${doc.slug}`), `${prefix}${doc.slug}/`).toBe(true)
  })

  it('has the home, agenda, meldpunt, melding form, accessibility, privacy and 404 pages', () => {
    for (const p of [
      '',
      'agenda',
      'meldpunt',
      'meldpunt/zorgen-over-iemand',
      'meldpunt/melden',
      'toegankelijkheid',
      'privacy',
      'aanbod',
      'organisatie',
      'kern',
    ])
      expect(exists(p), p).toBe(true)
    expect(fs.existsSync(path.join(dist, '404.html'))).toBe(true)
  })

  it('the neutral frame of the CMS’s pages (/formulier/) is no page of its own: noindex, not in the sitemap nor the search index, only Home above it', () => {
    const html = read(dist, '/formulier/')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('data-pagefind-body')
    // The two markers around its content, inside <main> (cms/site-pagina.ts replaces what is between them).
    const main = html.indexOf('<main')
    const begin = html.indexOf('<!-- formulier:begin -->')
    expect(begin).toBeGreaterThan(main)
    expect(html.indexOf('<!-- formulier:eind -->')).toBeGreaterThan(begin)
    expect(html.indexOf('<!-- formulier:eind -->')).toBeLessThan(html.indexOf('</main>'))
    const kruimelpad = /<nav class="skt-breadcrumbs[^"]*" aria-label="Kruimelpad">([\s\S]*?)<\/nav>/.exec(html)![1]!
    expect([...kruimelpad.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([['/', 'Home']])
    expect(html).not.toMatch(/<a href="\/meldpunt\/" aria-current/)
    // The sitemap has the other pages, the melding form's too, but not this one.
    const sitemap = filesIn(dist)
      .filter((f) => /sitemap.*\.xml$/.test(path.basename(f)))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('')
    expect(sitemap).toContain('<loc>http://localhost:4321/meldpunt/melden/</loc>')
    expect(sitemap).not.toContain('/formulier/')
    expect(ZOEKDELEN.flatMap((deel) => pagefindFragments(path.join(dist, deel.pad))).map((f) => f.url)).not.toContain('/formulier/')
  })

  it("states the Meldpunt's retention term on the privacy page (the demo keeps the default: 12 months)", () => {
    const html = fs.readFileSync(path.join(dist, 'privacy', 'index.html'), 'utf8')
    expect(html).toContain('na 12 maanden')
    expect(html).toContain('href="/meldpunt/melden/"')
  })

  it.each(['kern', 'levensgebeurtenis', 'doelgroep', 'thema'] as const)(
    'each %s page lists exactly the matching published aanbod',
    (indeling: Indeling) => {
      const collection = { kern: 'kernen', levensgebeurtenis: 'levensgebeurtenissen', doelgroep: 'doelgroepen', thema: 'themas' }[indeling]
      for (const term of data[collection]!) {
        const expected = aanbodVoor(data.aanbod as any, indeling, term.slug)
          .map((a) => a.slug)
          .sort()
        const found = aanbodLinks(readAllPages(dist, `/${indeling}/${term.slug}/`).join('\n')).sort()
        expect(found, `${indeling} ${term.slug}`).toEqual(expected)
      }
    },
  )

  it('lists exactly the demo aanbod of Den Ham, of the thema vervoer and of an organisation, and shows one aanbod as the seed has it (hand-written from cms/seed/demo-data.ts)', () => {
    // Den Ham: its own aanbod and all of heel Twenterand.
    // Not 'spelletjesmiddag-de-linde': it is in Den Ham, but gestopt.
    const found = aanbodLinks(readAllPages(dist, '/kern/den-ham/').join('\n')).sort()
    expect(found).toEqual([
      'automaatje-twenterand',
      'bezoekdienst-den-ham',
      'dementiecafe-twenterand',
      'digisterker',
      'eetmee-twenterand',
      'evenmens-even-vrij',
      'huiswerkhulp',
      'hulp-bij-thuisadministratie',
      'inloop-buurthuis-de-linde',
      'join-us',
      'jonge-mantelzorgers',
      'kinderkookclub-de-linde',
      'klik-en-tik',
      'koffieochtend-kerkzaal-den-ham',
      'leergeld-meedoen',
      'lotgenotengroep-rouw',
      'maaltijden-aan-huis',
      'maatje-voor-een-uitje',
      'mantelzorgcafe',
      'meldpunt-eenzaamheid-twenterand',
      'nieuw-ritme-na-je-pensioen',
      'praatgroep-kinderen-bij-verlies',
      'verder-na-een-scheiding',
      'voorleesuurtje',
      'vrijwilligerswerk-vinden',
      'wandelen-met-verdriet',
      'welkom-bezoek-nieuwe-inwoners',
      'zin-in-het-leven',
    ])
    expect(aanbodLinks(readAllPages(dist, '/thema/vervoer/').join('\n')).sort()).toEqual([
      'automaatje-twenterand',
      'samen-boodschappen-doen',
    ])
    expect(aanbodLinks(read(dist, '/organisatie/repair-cafe-twenterand/'))).toEqual(['repair-cafe-westerhaar'])
    // That aanbod's own page: its title, address, kern and organisation as the seed has them.
    const html = read(dist, '/aanbod/repair-cafe-westerhaar/')
    expect(html).toContain('<h1>Repair Café in De Klaampe</h1>')
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/aanbod/repair-cafe-westerhaar/">')
    expect(html).toContain('href="/kern/westerhaar/">Westerhaar-Vriezenveensewijk<')
    expect(html).toContain('href="/organisatie/repair-cafe-twenterand/">Repair Café Twenterand<')
  })

  it('"heel Twenterand" aanbod appears in every kern', () => {
    const heel = data.aanbod!.filter((a) => a.heelTwenterand && a.status !== 'gestopt')
    expect(heel.length).toBeGreaterThan(0)
    for (const kern of data.kernen!) {
      const links = aanbodLinks(readAllPages(dist, `/kern/${kern.slug}/`).join('\n'))
      for (const a of heel) expect(links, `${a.slug} in ${kern.slug}`).toContain(a.slug)
    }
  })

  it('an organisation page shows all its aanbod', () => {
    for (const org of data.organisaties!) {
      const expected = data
        .aanbod!.filter((a) => a.organisatie.slug === org.slug)
        .map((a) => a.slug)
        .sort()
      expect(aanbodLinks(read(dist, `/organisatie/${org.slug}/`)).sort(), org.slug).toEqual(expected)
    }
  })

  it('never shows drafts or unpublished changes', () => {
    for (const file of allHtml()) {
      if (/\.(html|xml|ics)$/.test(file)) expect(fs.readFileSync(file, 'utf8'), file).not.toContain(SECRET)
    }
  })

  it('lays out an aanbod for reading: contact links, costs, how to join, check date; stale ones flagged', () => {
    const a = data.aanbod!.find((x) => x.contact?.telefoon && x.contact?.email)
    const html = read(dist, `/aanbod/${a.slug}/`)
    // A Dutch number 0546 06 78 90 is called as +31 546 067890 (content-schema's telHref; hand-written rule here).
    expect(html).toContain(`href="tel:+31${a.contact.telefoon.replace(/\D/g, '').slice(1)}"`)
    expect(html).toContain(`href="mailto:${a.contact.email}"`)
    for (const kop of ['Voor wie?', 'Waar?', 'Wat kost het?', 'Hoe doet u mee?', 'Van wie?']) expect(html).toContain(kop)
    expect(html).toMatch(/Laatst gecontroleerd op \d+ \w+ \d{4}/)
    const stale = data.aanbod!.find((x) => x.laatstGecontroleerd?.versheid === 'verouderd')
    expect(read(dist, `/aanbod/${stale.slug}/`)).toContain('langer dan een jaar niet nagekeken')
  })

  it('marks demo content visibly as demo', () => {
    expect(read(dist, '/')).toContain('voorbeeldversie')
    const demo = data.aanbod!.find((a) => a.demo)
    expect(read(dist, `/aanbod/${demo.slug}/`)).toMatch(/Voorbeeld/)
  })

  it('ships almost no JavaScript: JSON-LD blocks and one small loader; /zoeken/, /burenkaart/ and /mijn-lijstje/ add their island', () => {
    // Every page loads one tiny bundled module script: the loader that hydrates a snelzoeker (the header's, the home
    // page's) on its first focus, and the "Zet op mijn lijstje" buttons when the page has them. /zoeken/ (search),
    // /burenkaart/ and /mijn-lijstje/ load one more bundled module script each.
    const islands = new Set(['zoeken/index.html', 'burenkaart/index.html', 'mijn-lijstje/index.html'].map((f) => path.join(dist, f)))
    const moduleScript = /^<script type="module" src="(\/_astro\/[\w.-]+\.js)"><\/script>$/
    const loaders = new Set<string>()
    const islandScripts: Record<string, string[]> = {}
    for (const file of allHtml().filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(file, 'utf8')
      const scripts = [...html.matchAll(/<script\b[^>]*>(?:<\/script>)?/g)].map((m) => m[0])
      // The search page also has its start script (zoeken.astro): a file, started async from the head.
      const other = scripts.filter(
        (s) =>
          !s.startsWith('<script type="application/ld+json">') &&
          !(
            file.endsWith('zoeken/index.html') &&
            /^<script async src="\/zoekstart\.[0-9a-f]+\.js" data-zoekindex-versie="[0-9a-f]+"><\/script>$/.test(s)
          ),
      )
      for (const s of other) expect(s, file).toMatch(moduleScript)
      const srcs = other.map((s) => s.match(moduleScript)![1]!)
      if (islands.has(file)) {
        expect(srcs.length, file).toBe(2)
        islandScripts[file] = srcs
        continue
      }
      expect(srcs.length, `${file}: ${scripts.join(' ')}`).toBe(1)
      loaders.add(srcs[0]!)
      // Nothing else that loads JavaScript: no preloads, no other script files.
      expect(html.replace(other[0]!, ''), file).not.toMatch(/<link[^>]+modulepreload|\.js["']/)
    }
    expect(loaders.size, [...loaders].join(' ')).toBe(1)
    const [loader] = [...loaders]
    for (const [file, srcs] of Object.entries(islandScripts)) expect(srcs, file).toContain(loader)
    // The loader is small and imports nothing by itself: React comes only with the dynamic import on first focus.
    const code = fs.readFileSync(path.join(dist, loader!), 'utf8')
    expect(Buffer.byteLength(code), loader).toBeLessThan(2048)
    expect(code).not.toMatch(/\bimport\s*(?:[{*"']|[\w$]+\s+from\b)/)
    expect(code).toMatch(/\bimport\(/)
  })
})

describe('agenda', () => {
  it('shows the coming eight weeks grouped by day, over pages of at most 100 activities, with filter links per kern', () => {
    const pages = readAllPages(dist, '/agenda/')
    const days = pages.flatMap((html) => [...html.matchAll(/<h2 id="dag-(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!))
    expect(new Set(days).size).toBeGreaterThan(10)
    expect([...days].sort()).toEqual(days)
    const perPage = pages.map((html) => (html.match(/<li><div class="skt-activiteit[ "]/g) ?? []).length)
    expect(Math.max(...perPage)).toBeLessThanOrEqual(100)
    for (const html of pages) for (const kern of data.kernen!) expect(html).toContain(`href="/agenda/kern/${kern.slug}/"`)
  })

  it('marks the cancelled activity as afgelast', () => {
    const cancelled = data.activiteiten!.find((a) => a.status === 'afgelast')
    const html = read(dist, `/activiteit/${cancelled.slug}/`)
    expect(html).toContain('Afgelast')
  })

  it('a kern agenda lists only activities in that kern', () => {
    for (const kern of data.kernen!) {
      const html = readAllPages(dist, `/agenda/kern/${kern.slug}/`).join('\n')
      const slugs = [...new Set([...html.matchAll(/href="\/activiteit\/([a-z0-9-]+)\/"/g)].map((m) => m[1]))]
      for (const slug of slugs) expect(data.activiteiten!.find((a) => a.slug === slug).kern.slug, `${slug} in ${kern.slug}`).toBe(kern.slug)
    }
  })

  it('the iCalendar feeds parse, for the whole agenda and per kern', () => {
    const all = ical.sync.parseICS(fs.readFileSync(path.join(dist, 'agenda.ics'), 'utf8'))
    const events = Object.values(all).filter((e: any) => e.type === 'VEVENT') as any[]
    expect(events.length).toBeGreaterThanOrEqual(30)
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
    expect(events.some((e) => e.status === 'CANCELLED')).toBe(true)
    for (const kern of data.kernen!) {
      const feed = ical.sync.parseICS(fs.readFileSync(path.join(dist, 'agenda', 'kern', `${kern.slug}.ics`), 'utf8'))
      const kernEvents = Object.values(feed).filter((e: any) => e.type === 'VEVENT') as any[]
      for (const e of kernEvents) {
        const slug = String(e.url?.val ?? e.url).match(/\/activiteit\/([a-z0-9-]+)\//)![1]
        expect(data.activiteiten!.find((a) => a.slug === slug).kern.slug).toBe(kern.slug)
      }
    }
  })
})

describe('search index', () => {
  it('is in parts (site/lib/zoeken/zoekindex.ts): each holds exactly the searchable pages of its folders, and the main part lists the others', () => {
    const searchable = allHtml().filter((f) => f.endsWith('.html') && fs.readFileSync(f, 'utf8').includes('data-pagefind-body'))
    const folder = (f: string) => path.relative(dist, f).split(path.sep)[0]
    expect(JSON.parse(read(dist, `${ZOEKDELEN[0]!.pad}${ZOEKDELEN_LIJST}`))).toEqual({
      delen: ZOEKDELEN.slice(1)
        .filter((d) => !d.agenda)
        .map((d) => d.pad),
      agenda: ZOEKDELEN.filter((d) => d.agenda).map((d) => d.pad),
    })
    expect(new Set(ZOEKDELEN.filter((d) => d.agenda).map((d) => d.mappen.join()))).toEqual(new Set(['activiteit']))
    for (const deel of ZOEKDELEN) {
      const entry = JSON.parse(read(dist, `${deel.pad}pagefind-entry.json`))
      // A split folder's part: the pages whose slug begins with its letters ("[a-k]", "[!a-k]").
      const letters = deel.beginletters && new RegExp(`^${deel.beginletters.replace('[!', '[^')}`)
      const pages = searchable.filter(
        (f) => deel.mappen.includes(folder(f)!) && (!letters || letters.test(path.relative(dist, f).split(path.sep)[1]!)),
      )
      expect(pages.length, deel.pad).toBeGreaterThan(0)
      expect(entry.languages.nl.page_count, deel.pad).toBe(pages.length)
    }
    // Every searchable page is in a part.
    expect(searchable.filter((f) => !ZOEKDELEN.some((d) => d.mappen.includes(folder(f)!)))).toEqual([])
  })

  /** Pagefind's record of every page in these parts: its URL and the text it searches. */
  const fragmentsVan = (delen: readonly (typeof ZOEKDELEN)[number][]) =>
    delen.flatMap((deel) => pagefindFragments(path.join(dist, deel.pad)))

  it('holds what a page says itself: not the aanbod and agenda an organisation lists, nor the activities on an aanbod page', () => {
    const fragments = fragmentsVan(ZOEKDELEN)
    const organisaties = fragments.filter((f) => f.url.startsWith('/organisatie/'))
    const aanbod = fragments.filter((f) => f.url.startsWith('/aanbod/'))
    expect(organisaties.length).toBe(data.organisaties!.length)
    expect(aanbod.length).toBeGreaterThan(0)
    for (const f of organisaties) expect(f.content, f.url).not.toMatch(/Aanbod van|In de agenda|De komende weken/)
    for (const f of aanbod) expect(f.content, f.url).not.toMatch(/Binnenkort/)
    // Nor the blocks every page has ("Klopt er iets niet?", the lijstje button): searching "telefoonnummer" or
    // "lijstje" would otherwise find every page.
    for (const f of fragments)
      expect(f.content, f.url).not.toMatch(/Klopt er iets niet\?|Is het telefoonnummer, het adres of de tijd anders|Zet op mijn lijstje/)
    // The pages themselves still show those lists.
    const metAanbod = data.aanbod!.find((a) => a.organisatie && a.status !== 'gestopt' && !/[&<>"']/.test(a.titel))!
    expect(read(dist, `/organisatie/${metAanbod.organisatie.slug}/`)).toContain(metAanbod.titel)
  })

  it('holds an activiteit while it takes place: one that is over (in the demo, 6 days ago) says so on its page and is not found', () => {
    const now = new Date()
    const gevonden = new Set(fragmentsVan(ZOEKDELEN.filter((d) => d.agenda)).map((f) => f.url))
    const voorbij = data.activiteiten!.filter((a) => !nextOccurrence(a, now))
    expect(voorbij.map((a) => a.slug)).toContain('taalcafe-vroomshoop-spelmiddag')
    for (const a of voorbij) {
      const html = read(dist, `/activiteit/${a.slug}/`)
      expect(html, a.slug).toContain('Deze activiteit is al geweest.')
      expect(html, a.slug).not.toContain('data-pagefind-body')
      expect(gevonden.has(`/activiteit/${a.slug}/`), a.slug).toBe(false)
    }
    const komend = data.activiteiten!.filter((a) => nextOccurrence(a, now))
    expect(komend.length).toBeGreaterThan(10)
    expect(komend.filter((a) => !gevonden.has(`/activiteit/${a.slug}/`)).map((a) => a.slug)).toEqual([])
  })

  it('the search page starts Pagefind from its head and preloads the first search’s parts (not the agenda’s), under the index’s version', () => {
    const html = read(dist, '/zoeken/')
    const [, src, versie] =
      /<script async src="(\/zoekstart\.[0-9a-f]{10}\.js)" data-zoekindex-versie="([0-9a-f]{12})"><\/script>/.exec(html) ?? []
    expect(src).toBeTruthy()
    // Before the styles: it does not wait for them.
    expect(html.indexOf(src!)).toBeLessThan(html.indexOf('rel="stylesheet"'))
    expect(read(dist, src!)).toContain(`window.${VROEG} =`)
    const delen = [ZOEKDELEN[0]!.pad, ...JSON.parse(read(dist, `${ZOEKDELEN[0]!.pad}${ZOEKDELEN_LIJST}`)).delen]
    for (const deel of delen) {
      const hash = JSON.parse(read(dist, `${deel}pagefind-entry.json`)).languages.nl.hash
      expect(html, deel).toContain(`<link rel="preload" href="${deel}pagefind-entry.json?ts=${versie}" as="fetch" crossorigin="anonymous">`)
      expect(html, deel).toContain(`<link rel="preload" href="${deel}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`)
    }
    for (const deel of JSON.parse(read(dist, `${ZOEKDELEN[0]!.pad}${ZOEKDELEN_LIJST}`)).agenda) expect(html, deel).not.toContain(deel)
  })

  it('scripts and Pagefind’s loader have compressed copies; Pagefind’s page lists and WebAssembly a brotli copy of their content', () => {
    const scripts = fs
      .readdirSync(path.join(dist, '_astro'))
      .filter((f) => f.endsWith('.js') && fs.statSync(path.join(dist, '_astro', f)).size >= 1024)
    expect(scripts.length).toBeGreaterThan(0)
    for (const f of [...scripts.map((s) => `_astro/${s}`), `${ZOEKDELEN[0]!.pad.slice(1)}pagefind.js`, 'zoekhulp.json']) {
      const original = fs.readFileSync(path.join(dist, f))
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dist, `${f}.br`))).equals(original), f).toBe(true)
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dist, `${f}.gz`))).equals(original), f).toBe(true)
    }
    // Pagefind's page lists and WebAssembly: a brotli copy of what the gzip holds, where that is smaller (not of a
    // file under 1 KB); its index chunks none.
    const pagefind = ZOEKDELEN.map((d) => path.join(dist, d.pad))
      .filter((d) => fs.existsSync(d))
      .flatMap((d) => filesIn(d))
      .filter((f) => /\.(pf_meta|pf_index|pagefind)$/.test(f))
    const metBrotli = pagefind.filter((f) => fs.existsSync(`${f}.br`))
    expect(metBrotli.map((f) => path.relative(dist, f))).toContain(`${ZOEKDELEN[0]!.pad.slice(1)}wasm.nl.pagefind`)
    // (The demo's page lists are under 1 KB: tests/unit/compress.test.ts has a larger one.)
    expect(metBrotli.filter((f) => f.endsWith('.pf_index'))).toEqual([])
    for (const f of metBrotli)
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${f}.br`)).equals(zlib.gunzipSync(fs.readFileSync(f))), f).toBe(true)
  })
})

describe('machine-readable', () => {
  const ld = (page: string) =>
    [...read(dist, page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!))

  it('aanbod pages carry schema.org Service with provider, areaServed and audience', () => {
    const a = data.aanbod!.find((x) => (x.doelgroepen ?? []).length > 0)
    const [service] = ld(`/aanbod/${a.slug}/`)
    expect(service).toMatchObject({ '@type': 'Service', name: a.titel, provider: { '@type': 'Organization', name: a.organisatie.naam } })
    expect(service.areaServed).toBeTruthy()
    expect(service.audience.length).toBe(a.doelgroepen.length)
  })

  it('activiteit pages carry schema.org Event with location, organizer and eventStatus', () => {
    const cancelled = data.activiteiten!.find((a) => a.status === 'afgelast')
    const [event] = ld(`/activiteit/${cancelled.slug}/`)
    expect(event).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
      organizer: { name: cancelled.organisatie.naam },
    })
    expect(event.location['@type']).toBe('Place')
    expect(Number.isNaN(Date.parse(event.startDate))).toBe(false)
  })

  it('organisatie pages carry schema.org Organization', () => {
    const o = data.organisaties![0]
    expect(ld(`/organisatie/${o.slug}/`)[0]).toMatchObject({ '@type': 'Organization', name: o.naam })
  })

  it('has canonical URLs and a sitemap with every aanbod page', () => {
    const a = data.aanbod![0]
    expect(read(dist, `/aanbod/${a.slug}/`)).toContain(`<link rel="canonical" href="http://localhost:4321/aanbod/${a.slug}/">`)
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')
    for (const x of data.aanbod!) expect(sitemap).toContain(`/aanbod/${x.slug}/`)
  })
})

describe('one price text (issue 20)', () => {
  // The text of an element, with Astro's escaping undone (no tags inside these elements).
  const tekst = (html: string) =>
    html
      .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  const paginaPrijs = (html: string) => tekst(/<h2 id="kosten">Wat kost het\?<\/h2><p>([^<]*)<\/p>/.exec(html)![1]!)

  it('an aanbod has the same price on its card and its page; for "Koffieochtend in De Schakel" as written here', () => {
    // Before: the card said "Eigen bijdrage: € 2,50", the page "Eigen bijdrage: Koffie en thee: € 2,50".
    const lijst = readAllPages(dist, '/aanbod/').join('\n')
    const kaarten = new Map(
      [
        ...lijst.matchAll(
          /<article class="skt-card[^"]*">[\s\S]*?href="\/aanbod\/([a-z0-9-]+)\/"[\s\S]*?<dt class="skt-visually-hidden">Kosten:<\/dt><dd>([^<]*)<\/dd>/g,
        ),
      ].map((m) => [m[1]!, tekst(m[2]!)]),
    )
    const lopend = data.aanbod!.filter((a) => a.status !== 'gestopt')
    expect(kaarten.size).toBe(lopend.length)
    for (const a of lopend) expect(kaarten.get(a.slug), a.slug).toBe(paginaPrijs(read(dist, `/aanbod/${a.slug}/`)))
    // The amount once (from Intl, with a no-break space): the omschrijving says what it is for, without the amount.
    expect(kaarten.get('koffieochtend-de-schakel')).toBe('Eigen bijdrage: €\u00a02,50 (Koffie en thee)')
  })

  it('an activiteit has the same price on its page and in the iCalendar feed', () => {
    // Before: the page said "Gratis" and the feed "gratis"; "Eigen bijdrage: …" on the page, "€ 2,50 (…)" in the feed.
    const events = Object.values(ical.sync.parseICS(fs.readFileSync(path.join(dist, 'agenda.ics'), 'utf8'))).filter(
      (e: any) => e.type === 'VEVENT',
    ) as any[]
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      const slug = String(e.url?.val ?? e.url).match(/\/activiteit\/([a-z0-9-]+)\//)![1]!
      const feed = String(e.description)
        .split('\n')
        .find((l) => l.startsWith('Kosten: '))
        ?.slice('Kosten: '.length)
      expect(feed, slug).toBe(paginaPrijs(read(dist, `/activiteit/${slug}/`)))
    }
  })
})
