/**
 * "Klopt nog" from the reminder e-mail (issue 22), over real HTTP against a running CMS with the demo content: the
 * reminder job (`npm run reminders`) writes its e-mails to the outbox, the test takes the links from them and uses
 * them as a partner's browser would (a GET, then the form's POST). The site is built from this CMS (so the pages have
 * the site's look, and the confirmed date is checked on the built site after the next publication), and real
 * Chromium runs axe on the pages. Every security test here was seen failing with its rule taken out (see the report
 * of the branch `mail`).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { createClient } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { datumLang, localDate } from '../../content-schema'
import { bin, payloadScriptEnv, root, run } from '../../scripts/lib/process'
import { serveSite } from '../../scripts/lib/serve-site'
import { axeViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { parseEml } from '../helpers/eml'
import { api, type CmsServer, DEMO_PASSWORD, freePort, login, startCmsServer } from '../helpers/server'
import { buildFrom, read, testBuildDir } from '../helpers/site'

let cms: CmsServer
let dist: string
let site: string
let server: http.Server
let browser: Browser
let redacteur: { token: string }

interface Item {
  titel: string
  id: string
  kloptNog: string
}
interface Mail {
  aan: string
  naam: string
  items: Item[]
  alles: string
  tokens: string[]
}
let mails: Mail[] = []
/** How each aanbod named in a reminder was first checked after it, as this test did it (the dashboard's oracle). */
const eersteControle = new Map<string, 'e-mail' | 'beheer'>()
const gecontroleerd = (ids: string[], via: 'e-mail' | 'beheer') => {
  for (const id of ids) if (!eersteControle.has(id)) eersteControle.set(id, via)
}

const tokenVan = (url: string) => new URL(url).searchParams.get('t')!
const pad = (url: string) => {
  const u = new URL(url)
  return `${u.pathname}${u.search}`
}

/** GET a link as a browser (and a mail scanner) does. */
const bekijk = (url: string) =>
  fetch(cms.url + pad(url), { redirect: 'manual' }).then(async (r) => ({ status: r.status, html: await r.text() }))

/** POST the page's form: the token in the hidden field, as the button "Ja, dit klopt nog" sends it. */
const bevestig = (token: string) =>
  fetch(`${cms.url}/api/klopt-nog`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: token }).toString(),
    redirect: 'manual',
  }).then(async (r) => ({ status: r.status, html: await r.text() }))

type Stand = Record<string, { datum: string | null; door: string | null; via: string | null; organisatie: unknown }>

/** Every aanbod's check stamp, as staff read it (the whole collection: also what must not change). */
async function stand(): Promise<Stand> {
  const { docs } = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=0&draft=false', { token: redacteur.token })).body
  return Object.fromEntries(
    docs.map((a: any) => [
      String(a.id),
      {
        datum: a.laatstGecontroleerd?.datum ?? null,
        door: a.laatstGecontroleerd?.door ?? null,
        via: a.laatstGecontroleerd?.via ?? null,
        organisatie: a.organisatie,
      },
    ]),
  )
}

/** The ids whose stamp differs between two states. */
const veranderd = (voor: Stand, na: Stand) => Object.keys(na).filter((id) => JSON.stringify(voor[id]) !== JSON.stringify(na[id]))

const controles = async () => (await api(cms, 'GET', '/api/controles?limit=0&depth=0&sort=id', { token: redacteur.token })).body.docs

function leesMail(file: string): Mail {
  const eml = parseEml(fs.readFileSync(path.join(cms.outboxDir, file), 'utf8'))
  const lines = eml.text.split('\n')
  const items: Item[] = []
  lines.forEach((l, i) => {
    const klopt = /^ {2}Klopt nog: (\S+)$/.exec(lines[i + 1] ?? '')
    const wijzig = /^ {2}Er is iets veranderd: \S+\/admin\/collections\/aanbod\/(\d+)$/.exec(lines[i + 2] ?? '')
    if (l.startsWith('- ') && klopt && wijzig)
      items.push({ titel: l.slice(2).replace(/ \(laatst nagekeken: .*$/, ''), id: wijzig[1]!, kloptNog: klopt[1]! })
  })
  const alles = lines[lines.findIndex((l) => l.startsWith('Klopt alles nog?')) + 1]!
  const naam = /^Beste (.+),$/.exec(lines[0]!)![1]!
  return { aan: eml.headers.get('to')!, naam, items, alles, tokens: [...items.map((i) => tokenVan(i.kloptNog)), tokenVan(alles)] }
}

beforeAll(async () => {
  const port = await freePort()
  site = `http://127.0.0.1:${port}`
  dist = testBuildDir()
  cms = await startCmsServer({ demo: true, env: { SITE_DIST_DIR: dist, SITE_URL: site } })
  redacteur = await login(cms, 'redacteur@demo.local')
  // The daily reminder job, as `npm run reminders` runs it, on this CMS's database and outbox.
  const env = payloadScriptEnv({ ...cms.env, NODE_ENV: 'production' } as any)
  await run(bin('tsx'), [path.join('cms', 'jobs', 'run-herinneringen.ts')], { env, cwd: root, stdio: 'ignore' })
  mails = fs
    .readdirSync(cms.outboxDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map(leesMail)
    .sort((a, b) => b.items.length - a.items.length)
  await buildFrom(cms, dist)
  server = await serveSite(dist, port, '127.0.0.1')
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

describe('the reminder e-mails of the demo content', () => {
  it('each has a "Klopt nog" link per item and one for all; the first names at least two items, and there are at least four e-mails', () => {
    expect(mails.length).toBeGreaterThanOrEqual(4)
    expect(mails[0]!.items.length).toBeGreaterThanOrEqual(2)
    for (const m of mails) {
      expect(m.items.length).toBeGreaterThan(0)
      for (const t of m.tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/)
    }
  })
})

describe('a link for one item', () => {
  it('GET shows the item and the button, and changes nothing, however often it is opened (mail scanners)', async () => {
    const m = mails[0]!
    const [a, b] = m.items
    const voor = await stand()
    const voorControles = await controles()
    for (let i = 0; i < 3; i++) {
      const res = await bekijk(a!.kloptNog)
      expect(res.status).toBe(200)
      expect(res.html).toContain('<h1>Klopt uw aanbod nog?</h1>')
      expect(res.html).toContain(a!.titel)
      expect(res.html).not.toContain(b!.titel)
      expect(res.html).toMatch(/<form method="post" action="\/api\/klopt-nog"/)
      expect(res.html).toContain(`<input type="hidden" name="t" value="${tokenVan(a!.kloptNog)}">`)
      expect(res.html).toContain('>Ja, dit klopt nog</button>')
      expect(res.html).toContain(`href="/admin/collections/aanbod/${a!.id}"`)
    }
    expect(await stand()).toEqual(voor)
    expect(await controles()).toEqual(voorControles)
  })

  it('POST confirms exactly that item: today, "via e-mail", by the contact it was sent to; the page says so', async () => {
    const m = mails[0]!
    const [a] = m.items
    const voor = await stand()
    const voorControles = await controles()
    const res = await bevestig(tokenVan(a!.kloptNog))
    expect(res.status).toBe(200)
    expect(res.html).toContain('<h1>Bedankt! Uw aanbod is nagekeken</h1>')
    expect(res.html).toContain(`U hebt op ${datumLang(new Date())} bevestigd dat dit nog klopt:`)
    expect(res.html).toContain(`<li>${a!.titel}</li>`)
    expect(res.html).toContain(`href="/admin/collections/aanbod/${a!.id}"`)
    const na = await stand()
    expect(veranderd(voor, na)).toEqual([a!.id])
    expect(localDate(na[a!.id]!.datum!)).toBe(localDate(new Date()))
    expect(na[a!.id]!.via).toBe('e-mail')
    expect(na[a!.id]!.door).toBe(`${m.naam} (${m.aan})`)
    // The history has one new check, of this item, via e-mail.
    const nieuw = (await controles()).slice(voorControles.length)
    expect(nieuw.map((c: any) => [String(c.aanbod), c.via, c.door])).toEqual([[a!.id, 'e-mail', `${m.naam} (${m.aan})`]])
    gecontroleerd([a!.id], 'e-mail')
  })

  it('a second use (replay) is refused and changes nothing; the GET says so too', async () => {
    const [a] = mails[0]!.items
    const voor = await stand()
    const res = await bevestig(tokenVan(a!.kloptNog))
    expect(res.status).toBe(410)
    expect(res.html).toContain('Deze link is al gebruikt')
    expect(res.html).toContain('Er is niets veranderd.')
    expect(res.html).toContain('Klik bij uw aanbod op ‘Klopt nog’')
    expect((await bekijk(a!.kloptNog)).status).toBe(410)
    expect(await stand()).toEqual(voor)
  })
})

describe('"Alles klopt nog"', () => {
  it('confirms exactly the items of the e-mail, and nothing else', async () => {
    const m = mails[0]!
    const voor = await stand()
    const res = await bevestig(tokenVan(m.alles))
    expect(res.status).toBe(200)
    for (const i of m.items) expect(res.html).toContain(`<li>${i.titel}</li>`)
    const na = await stand()
    expect(veranderd(voor, na).sort()).toEqual(m.items.map((i) => i.id).sort())
    for (const i of m.items) expect([na[i.id]!.via, na[i.id]!.door]).toEqual(['e-mail', `${m.naam} (${m.aan})`])
    gecontroleerd(
      m.items.map((i) => i.id),
      'e-mail',
    )
  })
})

describe('links that must not work', () => {
  it('an expired link is refused (GET and POST) and changes nothing', async () => {
    const [c] = mails[1]!.items
    const db = createClient({ url: cms.env.DATABASE_URI! })
    const hash = crypto.createHash('sha256').update(tokenVan(c!.kloptNog)).digest('hex')
    const r = await db.execute({
      sql: "UPDATE herinnering_links SET verloopt_op = '2026-01-01T00:00:00.000Z' WHERE token_hash = ?",
      args: [hash],
    })
    db.close()
    expect(r.rowsAffected).toBe(1)
    const voor = await stand()
    const get = await bekijk(c!.kloptNog)
    expect(get.status).toBe(410)
    expect(get.html).toContain('Deze link is verlopen')
    const post = await bevestig(tokenVan(c!.kloptNog))
    expect(post.status).toBe(410)
    expect(post.html).toContain('Deze link is verlopen')
    expect(await stand()).toEqual(voor)
  })

  it('a tampered token (one character changed) is refused and changes nothing', async () => {
    const d = mails[1]!.items[0]
    const t = tokenVan(mails[1]!.alles)
    const anders = `${t.slice(0, 10)}${t[10] === 'A' ? 'B' : 'A'}${t.slice(11)}`
    const voor = await stand()
    for (const res of [await bekijk(`${cms.url}/api/klopt-nog?t=${anders}`), await bevestig(anders)]) {
      expect(res.status).toBe(404)
      expect(res.html).toContain('Deze link kennen wij niet')
      expect(res.html).not.toContain(d!.titel)
    }
    expect((await bevestig('')).status).toBe(404)
    expect(await stand()).toEqual(voor)
  })

  it('a link for an item that has since moved to another organisatie is refused for that item and changes nothing', async () => {
    const [e] = mails[2]!.items
    const eigenOrg = (await stand())[e!.id]!.organisatie
    const doelOrg = Object.values(await stand()).find((a) => a.organisatie !== eigenOrg)!.organisatie
    const move = await api(cms, 'PATCH', `/api/aanbod/${e!.id}`, { token: redacteur.token, body: { organisatie: doelOrg } })
    expect(move.status, JSON.stringify(move.body)).toBe(200)
    gecontroleerd([e!.id], 'beheer')
    expect((await api(cms, 'GET', `/api/aanbod/${e!.id}?depth=0`)).body.organisatie).toBe(doelOrg)
    const voor = await stand()
    const get = await bekijk(e!.kloptNog)
    expect(get.status).toBe(403)
    expect(get.html).not.toContain(e!.titel)
    const post = await bevestig(tokenVan(e!.kloptNog))
    expect(post.status).toBe(403)
    expect(post.html).toContain('hoort niet meer bij uw organisatie')
    expect(await stand()).toEqual(voor)
  })

  it('the API shows no token hash, and nobody can write a link record', async () => {
    const beheerder = await login(cms, 'beheerder@demo.local')
    const list = await api(cms, 'GET', '/api/herinnering-links?limit=0&depth=0', { token: beheerder.token })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBeGreaterThan(0)
    for (const d of list.body.docs) expect(d).not.toHaveProperty('tokenHash')
    const where = await api(cms, 'GET', `/api/herinnering-links?where[tokenHash][exists]=true`, { token: beheerder.token })
    expect(where.body.docs?.length ?? 0).toBe(0)
    expect((await api(cms, 'GET', '/api/herinnering-links')).status).toBe(403)
    const partner = await login(cms, 'partner1@demo.local')
    expect((await api(cms, 'GET', '/api/herinnering-links', { token: partner.token })).status).toBe(403)
    const id = list.body.docs[0].id
    expect((await api(cms, 'PATCH', `/api/herinnering-links/${id}`, { token: beheerder.token, body: { gebruiktOp: null } })).status).toBe(
      403,
    )
    expect(
      (await api(cms, 'POST', '/api/controles', { token: beheerder.token, body: { via: 'e-mail', datum: new Date().toISOString() } }))
        .status,
    ).toBe(403)
  })

  it('no token is in the SQLite file in plain text (only its hash)', () => {
    const file = cms.env.DATABASE_URI!.replace(/^file:/, '')
    const bytes = Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)))
    const tokens = mails.flatMap((m) => m.tokens)
    expect(tokens.length).toBeGreaterThan(8)
    for (const t of tokens) expect(bytes.includes(Buffer.from(t)), 'a token in the database file').toBe(false)
    // The search works: the hashes are there.
    for (const t of tokens) expect(bytes.includes(Buffer.from(crypto.createHash('sha256').update(t).digest('hex')))).toBe(true)
  })

  it('the log names each use with the link record and the outcome, never a token or an e-mail address', () => {
    const regels = cms
      .output()
      .split('\n')
      .filter((l) => l.includes('Klopt-nog-link gebruikt'))
    expect(regels.length).toBeGreaterThanOrEqual(10)
    const log = regels.join('\n')
    for (const uitkomst of ['getoond', 'bevestigd', 'al-gebruikt', 'verlopen', 'onbekend', 'niet-van-organisatie'])
      expect(log).toContain(uitkomst)
    for (const t of mails.flatMap((m) => m.tokens)) expect(log).not.toContain(t)
    expect(log).not.toContain('@')
  })
})

describe('on the site after the next publication', () => {
  it('the public REST doc (what the site build reads) and the built open data carry the date confirmed by e-mail', async () => {
    const [a] = mails[0]!.items
    const vandaag = localDate(new Date())
    const publiek = (await api(cms, 'GET', `/api/aanbod/${a!.id}?depth=0`)).body
    expect(localDate(publiek.laatstGecontroleerd.datum)).toBe(vandaag)
    expect(publiek.laatstGecontroleerd.versheid).toBe('actueel')
    // Who confirmed, and how, stays out of the public API.
    expect(publiek.laatstGecontroleerd).not.toHaveProperty('door')
    await buildFrom(cms, dist)
    const csv = read(dist, '/open-data/aanbod.csv')
    // The last four columns: laatst_gecontroleerd; versheid; demo; pagina.
    const rij = new RegExp(`;(\\d{4}-\\d{2}-\\d{2});([^;]*);(?:ja|nee);[^;\\r\\n]*/aanbod/${publiek.slug}/`).exec(csv)
    expect(rij?.slice(1)).toEqual([vandaag, 'Actueel'])
    // And the aanbod's own page says so, in words (today's date as the browser's own Dutch formatting writes it).
    const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    )
    expect(read(dist, `/aanbod/${publiek.slug}/index.html`)).toContain(`Laatst gecontroleerd op ${datum}.`)
  }, 600_000)
})

describe('in real Chromium', () => {
  it('the link page and the result page have no axe violations and work without JavaScript', async () => {
    // Two e-mails of which nothing was checked yet (the second for the axe run).
    const vers = mails.filter((x) => x.items.every((i) => !eersteControle.has(i.id)))
    expect(vers.length).toBeGreaterThanOrEqual(2)
    const [m, n] = [vers[0]!, vers.at(-1)!]
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      const url = `${cms.url}${pad(m.alles)}`
      expect((await page.goto(url))!.status()).toBe(200)
      await page.getByRole('button', { name: 'Ja, dit klopt nog' }).click()
      await page.waitForLoadState()
      expect(await page.locator('h1').textContent()).toBe('Bedankt! Uw aanbod is nagekeken')
      gecontroleerd(
        m.items.map((i) => i.id),
        'e-mail',
      )
    } finally {
      await context.close()
    }
    // axe needs JavaScript in the page; a fresh link for the first page.
    const axeContext = await browser.newContext()
    const axePage = await axeContext.newPage()
    try {
      await axePage.goto(`${cms.url}${pad(n.items[0]!.kloptNog)}`)
      expect(await axePage.locator('h1').textContent()).toBe('Klopt uw aanbod nog?')
      expect(await axePage.locator('link[rel="stylesheet"]').count(), 'the page has the site look').toBeGreaterThan(0)
      // The neutral frame of the Sociale Kaart, not the Meldpunt's: a breadcrumb of only Home, no section, noindex.
      expect(await axePage.locator('nav[aria-label="Kruimelpad"] a').allTextContents()).toEqual(['Home'])
      expect(await axePage.locator('nav[aria-label="Hoofdmenu"] [aria-current]').count()).toBe(0)
      expect(await axePage.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
      expect(await axeViolations(axePage, { label: 'de pagina van de link' })).toEqual([])
      await axePage.getByRole('button', { name: 'Ja, dit klopt nog' }).click()
      await axePage.waitForLoadState()
      expect(await axePage.locator('h1').textContent()).toBe('Bedankt! Uw aanbod is nagekeken')
      gecontroleerd([n.items[0]!.id], 'e-mail')
      expect(await axeViolations(axePage, { label: 'de uitkomst' })).toEqual([])
      await axePage.goto(`${cms.url}${pad(n.items[0]!.kloptNog)}`)
      expect(await axePage.locator('h1').textContent()).toBe('Deze link werkt niet')
      expect(await axeViolations(axePage, { label: 'een gebruikte link' })).toEqual([])
    } finally {
      await axeContext.close()
    }
  }, 120_000)
})

describe('at the same moment', () => {
  it('five POSTs of one link at once: exactly one confirms, the others are refused', async () => {
    const m = mails.find((x) => x.items.every((i) => !eersteControle.has(i.id)))!
    expect(m, 'an e-mail of which nothing was checked yet').toBeDefined()
    const [item] = m.items
    const voor = await stand()
    const voorControles = await controles()
    const antwoorden = await Promise.all(Array.from({ length: 5 }, () => bevestig(tokenVan(item!.kloptNog))))
    const statussen = antwoorden.map((r) => r.status).sort()
    expect(statussen.filter((s) => s === 200)).toHaveLength(1)
    for (const s of statussen.filter((s) => s !== 200)) expect([409, 410]).toContain(s)
    gecontroleerd([item!.id], 'e-mail')
    expect(veranderd(voor, await stand())).toEqual([item!.id])
    expect((await controles()).length).toBe(voorControles.length + 1)
  })
})

describe('the staff dashboard', () => {
  it("counts this month's reminders and how their aanbod was checked, as this test did it, in a table without axe violations", async () => {
    const genoemd = new Set(mails.flatMap((m) => m.items.map((i) => i.id)))
    const via = [...eersteControle.values()]
    const verwacht = [
      new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date()),
      String((await api(cms, 'GET', '/api/herinneringen?limit=0', { token: redacteur.token })).body.totalDocs),
      String(via.filter((v) => v === 'e-mail').length),
      String(via.filter((v) => v === 'beheer').length),
      String(genoemd.size - eersteControle.size),
    ]
    expect(via.filter((v) => v === 'beheer')).toHaveLength(1)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    try {
      await page.goto(`${cms.url}/admin/login`)
      await page.fill('input[name=email]', 'redacteur@demo.local')
      await page.fill('input[name=password]', DEMO_PASSWORD)
      await page.click('button[type=submit]')
      await page.getByRole('heading', { name: 'Werken de herinneringen?' }).waitFor({ timeout: 60_000 })
      const tabel = page.locator('.skt-dashboard-herinneringen table')
      expect(await tabel.locator('thead th').allInnerTexts()).toEqual([
        'Maand',
        'Herinneringen verstuurd',
        'Nagekeken via e-mail',
        'Nagekeken in het beheer',
        'Niet nagekeken',
      ])
      const rij = tabel.locator('tbody tr').first()
      expect(await rij.locator('th, td').allInnerTexts()).toEqual(verwacht)
      expect(await tabel.locator('tbody tr').count()).toBe(1)
      expect(await axeViolations(page, { include: '.skt-dashboard-herinneringen', minPasses: 3, label: 'de tabel per maand' })).toEqual([])
    } finally {
      await page.close()
    }
  }, 120_000)
})

describe('rate limit', () => {
  it('answers 429 with Retry-After after too many requests from one client', async () => {
    let res: Response | undefined
    for (let i = 0; i < 80; i++) {
      res = await fetch(`${cms.url}/api/klopt-nog?t=${'x'.repeat(43)}`)
      await res.text()
      if (res.status === 429) break
    }
    expect(res!.status).toBe(429)
    expect(Number(res!.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
