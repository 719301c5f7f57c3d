/**
 * Script and HTML injection through the CMS: a beheerder puts injection payloads into every free-text field that
 * reaches the public site (organisatie, aanbod, activiteit, a kern, the meldpunt, site and placemat pages), the site
 * is built from that CMS, and every built page, feed and sitemap is checked with the HTML parser browsers follow (parse5):
 * no script other than JSON-LD, no event handlers, no javascript: links, no injected <img> or <style>, JSON-LD that
 * parses and cannot be closed early, and the payloads visible on the pages as plain text (escaped, not dropped).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TIJDZONE } from '../../content-schema'
import { root } from '../../scripts/lib/process'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'
import { buildFrom, filesIn } from '../helpers/site'

/** The payloads, each with its own marker. XSS-3 targets the JSON-LD <script> element in the page head. */
const P = {
  1: '<script>alert("XSS-1")</script>',
  2: '"><img src=x onerror=alert("XSS-2")>',
  3: '</script><script>alert("XSS-3")</script>',
  4: `<a href="javascript:alert('XSS-4')">klik</a>`,
  5: '{{XSS-5}}<style>body{display:none}</style>',
} as const
/** The order in which payloads are added to a field with a length limit: the most dangerous first. */
const ORDER = [3, 2, 1, 4, 5] as const

/**
 * A field value: a short tag naming the field (so each field can be found on the page), then as many payloads as
 * fit within the field's maximum length.
 */
function payload(tag: string, max = Infinity): string {
  let value = `[${tag}]`
  for (const n of ORDER) if (`${value} ${P[n]}`.length <= max) value = `${value} ${P[n]}`
  return value
}

// Lexical rich text (the JSON Payload's editor stores; see cms/seed/richtext.ts and the link node's exportJSON).
const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (children: object[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children,
})
const linkNode = (url: string, label: string, newTab = false) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, linkType: 'custom', newTab },
  children: [textNode(label)],
})
const richText = (tag: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      paragraph([textNode(payload(tag))]),
      paragraph([textNode('Lees '), linkNode('javascript:alert(1)', `${tag}-link-1`), textNode(' verder.')]),
      paragraph([linkNode('\tJaVaScRiPt:alert("XSS-L2")', `${tag}-link-2`, true)]),
      paragraph([linkNode('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', `${tag}-link-3`)]),
    ],
  },
})

// ICS injection: a line break followed by iCalendar lines, in a textarea that goes into the agenda feed.
const ICS_INJECTIE = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:XSS-6 nep\r\nX-XSS-6:1'

/** What the test put where: the expected visible text per built page. */
const V = {
  orgNaam: payload('on', 120),
  orgOmschrijving: payload('oo', 300),
  orgStraat: payload('os'),
  orgPlaats: payload('op'),
  aanbodTitel: payload('at', 120),
  aanbodSamenvatting: payload('as', 200),
  aanbodKosten: payload('ak', 200),
  aanbodAanmelden: payload('aa', 500),
  aanbodTijden: payload('ati', 200),
  aanbodToelichting: payload('ato', 500),
  aanbodLocNaam: payload('aln'),
  aanbodLocAdres: payload('ala'),
  aanbodLocPlaats: payload('alp'),
  actTitel: payload('ct', 120),
  actLocNaam: payload('cln'),
  actLocAdres: payload('cla'),
  actLocPlaats: payload('clp'),
  actAanmelden: payload('ca', 400) + ICS_INJECTIE,
  actKosten: payload('ck', 200),
  // 80 characters at most: no room for a tag, but the attribute breaker and the JSON-LD breaker both fit.
  kernNaam: `${P[2]} ${P[3]}`,
  kernOmschrijving: payload('ko', 200),
  meldpuntTitel: payload('mt'),
  inloopNaam: payload('min'),
  inloopTijden: payload('mio', 200),
  hulplijnOmschrijving: payload('mho'),
  hulplijnBereikbaar: payload('mhb'),
  signaalSoort: payload('mss'),
  signaal: payload('msi'),
  tip: payload('mgt'),
  routeStap: payload('mrs'),
  routeUitleg: payload('mru'),
  siteIntro: payload('si', 600),
  siteDemo: payload('sd'),
  footerOrganisatie: payload('sfo'),
  footerAdres: payload('sfa'),
  placematTitel: payload('pt', 120),
  placematIntro: payload('pi', 500),
  placematSectie: payload('ps', 80),
}

const SLUG = { org: 'xss-organisatie', aanbod: 'xss-aanbod', activiteit: 'xss-activiteit', kern: 'vroomshoop' }

let cms: CmsServer
let token: string
let tmp: string
let dist: string | undefined

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  token = (await login(cms, 'beheerder@demo.local')).token
  // Inside the project (in the git-ignored .site-build/): Astro puts its intermediate server bundle in the output
  // folder only when that lies inside the working directory; for an outDir elsewhere (os.tmpdir()) it uses the
  // shared ./.astro/ folder, and two builds running at the same time break each other there.
  fs.mkdirSync(path.join(root, '.site-build'), { recursive: true })
  tmp = fs.mkdtempSync(path.join(root, '.site-build', 'test-xss-'))
}, 180_000)
afterAll(async () => {
  await cms?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

const ok = (res: { status: number; body: any }, what: string, status = 200) => {
  expect(res.status, `${what}: ${JSON.stringify(res.body).slice(0, 600)}`).toBe(status)
  return res.body
}

describe('injection through the CMS', () => {
  it('payloads fit their fields and each is tagged', () => {
    for (const [name, value] of Object.entries(V)) expect(value, name).toMatch(/XSS-3/)
    expect(V.kernNaam).toContain(P[2])
    expect(V.aanbodSamenvatting).toContain(P[4])
  })

  it('refuses a javascript: URL where a web address is expected (400)', async () => {
    const org = await api(cms, 'POST', '/api/organisaties', {
      token,
      body: { naam: 'Club met een slechte website', slug: 'xss-slechte-website', website: 'javascript:alert(1)' },
    })
    expect(org.status).toBe(400)
    expect(JSON.stringify(org.body)).toMatch(/website/i)
    expect((await api(cms, 'GET', '/api/organisaties?where[slug][equals]=xss-slechte-website')).body.totalDocs).toBe(0)
  })

  it('a beheerder stores the payloads in every free-text field that reaches the site', async () => {
    const kern = ok(await api(cms, 'GET', `/api/kernen?where[slug][equals]=${SLUG.kern}&depth=0`), 'kern zoeken').docs[0]
    expect(kern, `kern ${SLUG.kern}`).toBeTruthy()

    const org = ok(
      await api(cms, 'POST', '/api/organisaties', {
        token,
        body: {
          naam: V.orgNaam,
          slug: SLUG.org,
          korteOmschrijving: V.orgOmschrijving,
          adres: { straat: V.orgStraat, postcode: '7681 AB', plaats: V.orgPlaats },
        },
      }),
      'organisatie maken',
      201,
    ).doc

    const aanbod = ok(
      await api(cms, 'POST', '/api/aanbod', {
        token,
        body: {
          titel: V.aanbodTitel,
          slug: SLUG.aanbod,
          samenvatting: V.aanbodSamenvatting,
          beschrijving: richText('ab'),
          organisatie: org.id,
          kernen: [kern.id],
          kosten: { soort: 'eigen-bijdrage', omschrijving: V.aanbodKosten },
          meedoen: { manier: 'aanmelden', aanmeldinformatie: V.aanbodAanmelden },
          contact: { telefoon: '0546 012 345' },
          locaties: [{ naam: V.aanbodLocNaam, adres: V.aanbodLocAdres, postcode: '7681 AB', plaats: V.aanbodLocPlaats }],
          tijden: { omschrijving: V.aanbodTijden },
          toegankelijkheid: { toelichting: V.aanbodToelichting },
          _status: 'published',
        },
      }),
      'aanbod maken',
      201,
    ).doc

    // A web address with script in the aanbod's contact block is refused as well.
    const badWebsite = await api(cms, 'PATCH', `/api/aanbod/${aanbod.id}`, { token, body: { contact: { website: 'javascript:alert(1)' } } })
    expect(badWebsite.status).toBe(400)

    const start = new Date(Date.now() + 3 * 24 * 3600_000)
    start.setUTCHours(12, 0, 0, 0)
    ok(
      await api(cms, 'POST', '/api/activiteiten', {
        token,
        body: {
          titel: V.actTitel,
          slug: SLUG.activiteit,
          beschrijving: richText('cb'),
          start: start.toISOString(),
          start_tz: TIJDZONE,
          einde: new Date(start.getTime() + 2 * 3600_000).toISOString(),
          einde_tz: TIJDZONE,
          herhaling: { freq: 'none' },
          kern: kern.id,
          locatie: { naam: V.actLocNaam, adres: V.actLocAdres, plaats: V.actLocPlaats },
          organisatie: org.id,
          aanbod: aanbod.id,
          kosten: { soort: 'eigen-bijdrage', omschrijving: V.actKosten },
          aanmelden: { nodig: true, informatie: V.actAanmelden },
          _status: 'published',
        },
      }),
      'activiteit maken',
      201,
    )

    const kernNa = ok(
      await api(cms, 'PATCH', `/api/kernen/${kern.id}`, { token, body: { naam: V.kernNaam, omschrijving: V.kernOmschrijving } }),
      'kern wijzigen',
    ).doc
    expect(kernNa.slug).toBe(SLUG.kern)

    const meldpunt = ok(await api(cms, 'GET', '/api/globals/meldpunt?depth=0', { token }), 'meldpunt lezen')
    for (const list of ['inlooppunten', 'hulplijnen', 'signaleringskaart', 'gespreksTips', 'route'])
      expect(meldpunt[list]?.length, `meldpunt.${list}`).toBeGreaterThan(0)
    meldpunt.inlooppunten[0] = { ...meldpunt.inlooppunten[0], naam: V.inloopNaam, openingstijden: V.inloopTijden }
    meldpunt.hulplijnen[0] = { ...meldpunt.hulplijnen[0], omschrijving: V.hulplijnOmschrijving, bereikbaar: V.hulplijnBereikbaar }
    meldpunt.signaleringskaart[0] = {
      ...meldpunt.signaleringskaart[0],
      naam: V.signaalSoort,
      signalen: [{ signaal: V.signaal }, ...meldpunt.signaleringskaart[0].signalen],
    }
    meldpunt.gespreksTips[0] = { ...meldpunt.gespreksTips[0], tip: V.tip }
    meldpunt.route[0] = { ...meldpunt.route[0], stap: V.routeStap, uitleg: V.routeUitleg }
    ok(
      await api(cms, 'POST', '/api/globals/meldpunt', {
        token,
        body: {
          titel: V.meldpuntTitel,
          tekst: richText('mtx'),
          inlooppunten: meldpunt.inlooppunten,
          hulplijnen: meldpunt.hulplijnen,
          signaleringskaart: meldpunt.signaleringskaart,
          gespreksTips: meldpunt.gespreksTips,
          route: meldpunt.route,
        },
      }),
      'meldpunt wijzigen',
    )

    const site = ok(await api(cms, 'GET', '/api/globals/site?depth=0', { token }), 'site lezen')
    ok(
      await api(cms, 'POST', '/api/globals/site', {
        token,
        body: {
          intro: V.siteIntro,
          demoMelding: V.siteDemo,
          footer: { ...site.footer, organisatie: V.footerOrganisatie, adres: V.footerAdres },
        },
      }),
      'site wijzigen',
    )

    const placemat = ok(await api(cms, 'GET', '/api/globals/placemat-algemeen?depth=0', { token }), 'placemat lezen')
    const secties = placemat.secties?.length
      ? [{ ...placemat.secties[0], titel: V.placematSectie }, ...placemat.secties.slice(1)]
      : [{ titel: V.placematSectie, aanbod: [aanbod.id] }]
    ok(
      await api(cms, 'POST', '/api/globals/placemat-algemeen', {
        token,
        body: { titel: V.placematTitel, intro: V.placematIntro, secties },
      }),
      'placemat wijzigen',
    )

    // The CMS keeps the text as it was typed (escaping is the site's job), and serves it to anyone.
    const publicAanbod = (await api(cms, 'GET', `/api/aanbod?where[slug][equals]=${SLUG.aanbod}&depth=1`)).body.docs[0]
    expect(publicAanbod.titel).toBe(V.aanbodTitel)
    expect(publicAanbod.samenvatting).toBe(V.aanbodSamenvatting)
    expect((await api(cms, 'GET', '/api/globals/meldpunt')).body.titel).toBe(V.meldpuntTitel)
    expect((await api(cms, 'GET', `/api/kernen/${kern.id}`)).body.naam).toBe(V.kernNaam)
  })

  it('the site builds from that CMS', async () => {
    dist = await buildFrom(cms, path.join(tmp, 'dist'))
    expect(fs.existsSync(path.join(dist, 'aanbod', SLUG.aanbod, 'index.html'))).toBe(true)
  }, 120_000)
})

// --- Reading the built site ------------------------------------------------------------------------------------

interface Element {
  name: string
  attribs: Record<string, string>
}
interface Page {
  file: string
  raw: string
  elements: Element[]
  scripts: { attribs: Record<string, string>; text: string }[]
  styles: string[]
  /** The decoded text a visitor reads: everything outside script and style, entities decoded. */
  text: string
}

/** Parse as a browser does (parse5 implements the WHATWG HTML parsing algorithm) and collect what matters. */
function parsePage(file: string): Page {
  const raw = fs.readFileSync(file, 'utf8')
  const page: Page = { file, raw, elements: [], scripts: [], styles: [], text: '' }
  const textOf = (node: DefaultTreeAdapterTypes.ParentNode) =>
    node.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterTypes.TextNode).value : '')).join('')
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        page.text += (child as DefaultTreeAdapterTypes.TextNode).value
        continue
      }
      if (!('tagName' in child)) continue
      const attribs = Object.fromEntries(child.attrs.map((a) => [a.name, a.value]))
      page.elements.push({ name: child.tagName, attribs })
      if (child.tagName === 'script') page.scripts.push({ attribs, text: textOf(child) })
      else if (child.tagName === 'style') page.styles.push(textOf(child))
      else walk(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child)
    }
  }
  walk(parse(raw))
  return page
}

let pagesCache: Page[] | null = null
const built = () => {
  if (!dist) throw new Error('De site is niet gebouwd (zie de test hierboven).')
  return dist
}
const pages = () =>
  (pagesCache ??= filesIn(built())
    .filter((f) => f.endsWith('.html'))
    .map(parsePage))
const page = (p: string) => {
  const file = path.join(built(), p, 'index.html')
  const found = pages().find((x) => x.file === file)
  if (!found) throw new Error(`Geen pagina ${p}`)
  return found
}
const rel = (file: string) => path.relative(built(), file)
/** Attributes that a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'srcset',
  'background',
  'cite',
  'ping',
])
/** As a browser sees a URL: without whitespace and control characters, which it ignores in the scheme. */
const squash = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
const jsonLd = (p: Page) =>
  p.scripts.filter((s) => s.attribs.type === 'application/ld+json').map((s) => JSON.parse(s.text) as Record<string, any>)

describe('the built site contains none of it in executable form', () => {
  it('finds the pages to check', () => {
    expect(pages().length).toBeGreaterThan(50)
    for (const p of [
      '',
      `aanbod/${SLUG.aanbod}/`,
      `activiteit/${SLUG.activiteit}/`,
      `organisatie/${SLUG.org}/`,
      `kern/${SLUG.kern}/`,
      'meldpunt/',
      'meldpunt/zorgen-over-iemand/',
    ])
      expect(fs.existsSync(path.join(built(), p, 'index.html')), p).toBe(true)
  })

  it('has no <script> other than JSON-LD, Astro bundles from /_astro/ and the search page’s start script, none with a marker', () => {
    const bad: string[] = []
    for (const p of pages()) {
      for (const s of p.scripts) {
        const jsonLdBlock = s.attribs.type === 'application/ld+json' && Object.keys(s.attribs).length === 1
        const bundle = (s.attribs.src ?? '').startsWith('/_astro/') && s.text.trim() === ''
        // site/lib/zoeken/startscript.ts: a file of the build, with the index's version (hex) written on it.
        const zoekstart =
          rel(p.file) === path.join('zoeken', 'index.html') &&
          /^\/zoekstart\.[0-9a-f]{10}\.js$/.test(s.attribs.src ?? '') &&
          /^[0-9a-f]{12}$/.test(s.attribs['data-zoekindex-versie'] ?? '') &&
          Object.keys(s.attribs).sort().join() === 'async,data-zoekindex-versie,src' &&
          s.text.trim() === ''
        if (!jsonLdBlock && !bundle && !zoekstart) bad.push(`${rel(p.file)}: <script ${JSON.stringify(s.attribs)}>${s.text.slice(0, 80)}`)
        if (!jsonLdBlock && /XSS|alert/.test(s.text + JSON.stringify(s.attribs))) bad.push(`${rel(p.file)}: script met payload`)
      }
    }
    expect(bad).toEqual([])
  })

  // The checks below look at the parsed document, not at the source text: in the source, a payload sits verbatim
  // inside quoted attribute values (<meta content="…&#34;><img src=x …">), where "<" is plain text to a browser.
  it('has no event-handler attribute carrying a payload, and no injected <img>', () => {
    const bad: string[] = []
    for (const p of pages()) {
      for (const e of p.elements) {
        for (const [name, value] of Object.entries(e.attribs)) {
          if (name.startsWith('on') && /XSS|alert/i.test(value)) bad.push(`${rel(p.file)}: <${e.name} ${name}="${value}">`)
        }
        if (e.name === 'img' && (e.attribs.src === 'x' || 'onerror' in e.attribs))
          bad.push(`${rel(p.file)}: <img ${JSON.stringify(e.attribs)}>`)
      }
    }
    expect(bad).toEqual([])
  })

  it('has no javascript:, vbscript: or data: URL in any href, src or other URL attribute', () => {
    const bad: string[] = []
    let links = 0
    for (const p of pages()) {
      for (const e of p.elements) {
        for (const [name, value] of Object.entries(e.attribs)) {
          if (!URL_ATTRIBUTES.has(name)) continue
          links++
          if (/(javascript|vbscript|data):/.test(squash(value))) bad.push(`${rel(p.file)}: <${e.name} ${name}="${value}">`)
        }
      }
    }
    expect(links).toBeGreaterThan(1000)
    expect(bad).toEqual([])
  })

  it('has no injected <style> (body{display:none}) outside escaped text (CSS strings included)', () => {
    const bad: string[] = []
    for (const p of pages()) {
      // Text inside a CSS string (the booklet's title in its @page rule, escaped) is data, not style: look outside strings.
      for (const css of p.styles) {
        const buitenTekst = css.replace(/"(?:[^"\\]|\\.)*"/g, '""')
        if (/display\s*:\s*none|XSS/i.test(buitenTekst)) bad.push(`${rel(p.file)}: <style>${css.slice(0, 80)}`)
      }
      for (const e of p.elements)
        if (/XSS|display\s*:\s*none/i.test(e.attribs.style ?? '')) bad.push(`${rel(p.file)}: <${e.name} style="${e.attribs.style}">`)
    }
    expect(bad).toEqual([])
  })

  it('every JSON-LD block parses, contains no "<" (so no </script), and carries the payloads as data', () => {
    const bad: string[] = []
    let blocks = 0
    for (const p of pages()) {
      for (const s of p.scripts.filter((x) => x.attribs.type === 'application/ld+json')) {
        blocks++
        if (s.text.includes('<')) bad.push(`${rel(p.file)}: "<" in JSON-LD`)
        try {
          JSON.parse(s.text)
        } catch (err) {
          bad.push(`${rel(p.file)}: JSON-LD is geen JSON (${(err as Error).message}): ${s.text.slice(0, 120)}`)
        }
      }
    }
    expect(bad).toEqual([])
    expect(blocks).toBeGreaterThan(50)

    const [service] = jsonLd(page(`aanbod/${SLUG.aanbod}`))
    expect(service).toMatchObject({
      '@type': 'Service',
      name: V.aanbodTitel,
      description: V.aanbodSamenvatting,
      provider: { name: V.orgNaam },
    })
    expect(service!.areaServed).toEqual([{ '@type': 'Place', name: V.kernNaam }])
    const [organisatie] = jsonLd(page(`organisatie/${SLUG.org}`))
    expect(organisatie).toMatchObject({
      '@type': 'Organization',
      name: V.orgNaam,
      description: V.orgOmschrijving,
      address: { streetAddress: V.orgStraat, addressLocality: V.orgPlaats },
    })
    const [event] = jsonLd(page(`activiteit/${SLUG.activiteit}`))
    expect(event).toMatchObject({
      '@type': 'Event',
      name: V.actTitel,
      location: { name: V.actLocNaam, address: { streetAddress: V.actLocAdres, addressLocality: V.actLocPlaats } },
      organizer: { name: V.orgNaam },
    })
  })

  it('shows the payloads as visible text on the pages (rendered as text, not dropped)', () => {
    const expectations: [string, string[]][] = [
      ['', [V.siteIntro, V.siteDemo, V.footerOrganisatie, V.footerAdres, V.kernNaam, V.actTitel]],
      [
        `aanbod/${SLUG.aanbod}`,
        [
          V.aanbodTitel,
          V.aanbodSamenvatting,
          payload('ab'),
          V.aanbodKosten,
          V.aanbodAanmelden,
          V.aanbodTijden,
          V.aanbodToelichting,
          V.aanbodLocNaam,
          V.aanbodLocAdres,
          V.aanbodLocPlaats,
          V.orgNaam,
          V.kernNaam,
          V.actTitel,
        ],
      ],
      [
        `activiteit/${SLUG.activiteit}`,
        [
          V.actTitel,
          payload('cb'),
          V.actLocNaam,
          V.actLocAdres,
          V.actLocPlaats,
          V.actKosten,
          payload('ca', 400),
          V.kernNaam,
          V.orgNaam,
          V.aanbodTitel,
        ],
      ],
      [
        `organisatie/${SLUG.org}`,
        [V.orgNaam, V.orgOmschrijving, V.orgStraat, V.orgPlaats, V.aanbodTitel, V.aanbodSamenvatting, V.actTitel],
      ],
      [`kern/${SLUG.kern}`, [V.kernNaam, V.kernOmschrijving, V.aanbodTitel, V.actTitel]],
      ['meldpunt', [V.meldpuntTitel, payload('mtx'), V.inloopNaam, V.inloopTijden, V.hulplijnOmschrijving, V.hulplijnBereikbaar]],
      ['meldpunt/zorgen-over-iemand', [V.signaalSoort, V.signaal, V.tip, V.routeStap, V.routeUitleg]],
    ]
    const missing: string[] = []
    for (const [p, values] of expectations) {
      const { text } = page(p)
      for (const value of values) if (!text.includes(value)) missing.push(`/${p}: ${value.slice(0, 60)}`)
      // In the source it is escaped: the visible "<script>" is &lt;script&gt;.
      expect(page(p).raw, p).toContain('&lt;/script&gt;&lt;script&gt;alert')
    }
    expect(missing).toEqual([])
  })

  it('keeps payloads inside attribute values whole (the quote is escaped, the attribute not broken off)', () => {
    const meta = (p: string, key: string) =>
      page(p).elements.find((e) => e.name === 'meta' && (e.attribs.property ?? e.attribs.name) === key)?.attribs.content
    expect(meta(`aanbod/${SLUG.aanbod}`, 'og:title')).toBe(V.aanbodTitel)
    expect(meta(`aanbod/${SLUG.aanbod}`, 'description')).toBe(V.aanbodSamenvatting)
    expect(meta(`organisatie/${SLUG.org}`, 'description')).toBe(V.orgOmschrijving)
    expect(meta(`kern/${SLUG.kern}`, 'og:title')).toBe(`Aanbod in ${V.kernNaam}`)
    expect(meta(`kern/${SLUG.kern}`, 'description')).toBe(V.kernOmschrijving)
    expect(meta('', 'description')).toBe(V.siteIntro)
    expect(meta('meldpunt', 'og:title')).toBe(V.meldpuntTitel)
  })

  it('turns the rich-text links to javascript: and data: into harmless ones, keeping their text', () => {
    const p = page(`aanbod/${SLUG.aanbod}`)
    const links = p.elements.filter((e) => e.name === 'a')
    for (const label of ['ab-link-1', 'ab-link-2', 'ab-link-3']) expect(p.text).toContain(label)
    const hrefs = links.map((a) => a.attribs.href ?? '')
    expect(hrefs.filter((h) => /javascript|data:/i.test(squash(h)))).toEqual([])
  })

  it('the iCalendar feeds carry the payloads as plain text, without injected lines or HTML descriptions', () => {
    const files = filesIn(built()).filter((f) => f.endsWith('.ics'))
    expect(files.length).toBeGreaterThan(1)
    const bad: string[] = []
    let found = 0
    for (const file of files) {
      // Unfold (RFC 5545: a line starting with a space continues the previous one).
      const lines = fs
        .readFileSync(file, 'utf8')
        .replace(/\r\n[ \t]/g, '')
        .split(/\r\n/)
      for (const line of lines) {
        if (/^(X-XSS|SUMMARY:XSS-6)/.test(line)) bad.push(`${rel(file)}: ingevoegde regel ${line}`)
        if (/^X-ALT-DESC/i.test(line) || /FMTTYPE=text\/html/i.test(line)) bad.push(`${rel(file)}: HTML-beschrijving ${line.slice(0, 80)}`)
      }
      if (lines.includes(`SUMMARY:${V.actTitel}`)) found++
      const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length
      if (begins !== lines.filter((l) => l === 'END:VEVENT').length) bad.push(`${rel(file)}: VEVENT niet in paren`)
    }
    expect(bad).toEqual([])
    expect(found, 'agenda.ics en de feed van de kern hebben de activiteit').toBeGreaterThanOrEqual(2)
  })

  it('the sitemaps hold only URLs: no markup, no javascript:, no payload', () => {
    const files = filesIn(built()).filter((f) => /sitemap.*\.xml$/.test(path.basename(f)))
    expect(files.length).toBeGreaterThan(0)
    const all = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    expect(all).not.toMatch(/<script|javascript:|onerror|<img|<style/i)
    expect(all).not.toMatch(/XSS-\d/)
    expect(all).toContain(`/aanbod/${SLUG.aanbod}/`)
    expect(all).toContain(`/activiteit/${SLUG.activiteit}/`)
  })
})
