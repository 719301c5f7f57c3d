/**
 * "Klopt er iets niet?" (issue 24) over real HTTP without JavaScript, then in Chromium. The form for one item is a
 * CMS page (GET /api/suggesties/formulier?item=aanbod:ID) that posts a plain form; errors come back with the field
 * named and nothing stored; honeypot, too-fast, forged and rate-limited posts store nothing. Access as an attacker: a
 * partner reads and handles only the suggestions on its own organisaties' items and never sees the reporter's name or
 * e-mail address (REST, filters, the digest e-mail); nobody creates over REST; anonymous reads nothing. Handling
 * mails the reporter; the wipe runs with a clock 30 days on; the reporter's details never reach the built site.
 * Expected texts are written out here.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, payloadScriptEnv, root, run } from '../../scripts/lib/process'
import { axeViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { outboxIn } from '../helpers/eml'
import { api, type CmsServer, DEMO_PASSWORD, login, startCmsServer } from '../helpers/server'
import { buildFrom, filesIn, testBuildDir } from '../helpers/site'

let cms: CmsServer
let dist: string
let partner1: { token: string; user: any }
let partner2: { token: string; user: any }
let redacteur: { token: string; user: any }
/** An aanbod of partner 1's organisatie, and one of partner 2's. */
let eigen: { id: number; titel: string; organisatie: number }
let ander: { id: number; titel: string; organisatie: number }

const PAD = '/api/suggesties/formulier'
const MELDER = { naam: 'Henk Verstappen', email: 'henk.melder@voorbeeld.nl' }

const idVan = (v: any) => (v && typeof v === 'object' ? v.id : v)

beforeAll(async () => {
  dist = testBuildDir()
  cms = await startCmsServer({ demo: true, env: { TRUST_PROXY: 'true', SITE_DIST_DIR: dist } })
  ;[partner1, partner2, redacteur] = await Promise.all(
    ['partner1@demo.local', 'partner2@demo.local', 'redacteur@demo.local'].map((e) => login(cms, e)),
  )
  const eerste = async (org: unknown) => {
    const res = await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${idVan(org)}&depth=0&limit=1&sort=id`)
    const a = res.body.docs[0]
    return { id: a.id, titel: a.titel, organisatie: idVan(a.organisatie) }
  }
  eigen = await eerste(partner1.user.organisaties[0])
  ander = await eerste(partner2.user.organisaties[0])
  expect(eigen.organisatie).not.toBe(ander.organisatie)
}, 240_000)
afterAll(async () => {
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------------------------

/** A token as the server makes it, with the server's secret: its time, signed (HMAC-SHA256, base64url). */
const tokenAt = (time: number) =>
  `${time}.${crypto.createHmac('sha256', cms.env.PAYLOAD_SECRET!).update(`suggestie-formulier\0${time}`).digest('base64url')}`
/** A token of a form page shown a minute ago (a person who read it). */
const gelezen = () => tokenAt(Date.now() - 60_000)

let ipCounter = 10
const newClient = () => `198.51.100.${ipCounter++}`

type Fields = Record<string, string>
async function post(ip: string, fields: Fields, pad = PAD) {
  const res = await fetch(cms.url + pad, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  return { status: res.status, location: res.headers.get('location'), html: await res.text() }
}

const goed = (item = eigen, extra: Fields = {}): Fields => ({
  item: `aanbod:${item.id}`,
  token: gelezen(),
  soort: 'telefoonnummer',
  juist: 'Het nummer is nu 0546 654321.',
  naam: MELDER.naam,
  email: MELDER.email,
  website: '',
  ...extra,
})

const alle = async () => (await api(cms, 'GET', '/api/suggesties?limit=0&depth=0', { token: redacteur.token })).body.docs as any[]
const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

const outbox = () => outboxIn(cms.outboxDir)

async function script(...args: string[]) {
  const env = payloadScriptEnv({ ...cms.env, NODE_ENV: 'production' } as any)
  await run(bin('tsx'), [path.join('cms', 'jobs', 'run-suggesties.ts'), ...args], { env, cwd: root, stdio: 'ignore' })
}

// ---------------------------------------------------------------------------------------------------------------

describe('the form', () => {
  it('shows, for a published item, the questions, the purpose statement and a signed token', async () => {
    const res = await fetch(`${cms.url}${PAD}?item=aanbod:${eigen.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    const t = tekst(html)
    for (const q of [
      'Klopt er iets niet?',
      eigen.titel,
      'Wat klopt er niet?',
      'Het telefoonnummer',
      'Het adres',
      'De dagen of tijden',
      'Het bestaat niet meer',
      'Iets anders',
      'Wat moet het zijn?',
      'Uw naam (niet verplicht)',
      'Uw e-mailadres (niet verplicht)',
      'Wij gebruiken uw bericht alleen om de informatie op de kaart te verbeteren.',
      'Uw naam en e-mailadres ziet alleen de redactie.',
      '30 dagen daarna halen we uw naam en e-mailadres weg.',
    ])
      expect(t).toContain(q)
    expect(html).toContain('method="post"')
    expect(html).toContain('novalidate')
    expect(html).toMatch(/name="token" value="\d+\.[\w-]+"/)
    expect(html).toContain(`name="item" value="aanbod:${eigen.id}"`)
    expect(html).toMatch(/name="website"[^>]*tabindex="-1"/)
  })

  it('answers 404 for an item that does not exist or a collection that is not one of the three', async () => {
    for (const item of ['aanbod:999999', 'users:1', 'meldingen:1', 'aanbod', '']) {
      const res = await fetch(`${cms.url}${PAD}?item=${encodeURIComponent(item)}`)
      expect(res.status, item).toBe(404)
    }
  })

  it('stores a suggestion on the item, its organisatie from the item (not from the post), and confirms with a number', async () => {
    const voor = (await alle()).length
    const res = await post(newClient(), goed(eigen, { organisatie: String(ander.organisatie), status: 'aangepast' }))
    expect(res.status, res.html.slice(0, 300)).toBe(303)
    expect(res.location).toMatch(/^\/api\/suggesties\/formulier\/bevestiging\?/)
    const docs = await alle()
    expect(docs.length).toBe(voor + 1)
    const s = docs.find((d) => d.juist === 'Het nummer is nu 0546 654321.' && d.item.value === eigen.id)
    expect(s).toMatchObject({
      item: { relationTo: 'aanbod', value: eigen.id },
      organisatie: eigen.organisatie,
      soort: 'telefoonnummer',
      status: 'open',
      naam: MELDER.naam,
      email: MELDER.email,
    })
    const bevestiging = await fetch(cms.url + res.location!)
    expect(bevestiging.status).toBe(200)
    const t = tekst(await bevestiging.text())
    expect(t).toContain('Dank u wel voor uw bericht')
    expect(t).toContain(`S-${s.id}`)
    expect(t).toContain('Liet u uw e-mailadres achter? Dan mailen wij u als uw bericht is behandeld.')
    // A confirmation link with a changed number is not a page.
    const vals = res.location!.replace(/nummer=S-\d+/, 'nummer=S-99999')
    expect((await fetch(cms.url + vals)).status).toBe(404)
  })

  it('names each field in the errors, keeps what was typed, and stores nothing', async () => {
    const voor = (await alle()).length
    const res = await post(newClient(), goed(eigen, { soort: '', juist: '', email: 'henk at voorbeeld', naam: 'Henk <b>' }))
    expect(res.status).toBe(400)
    const t = tekst(res.html)
    expect(t).toContain('Er is een probleem')
    expect(res.html).toContain('<a href="#soort">Kies wat er niet klopt</a>')
    expect(res.html).toContain('<a href="#juist">Vul in wat het moet zijn</a>')
    expect(res.html).toContain('<a href="#email">Vul een e-mailadres in zoals naam@voorbeeld.nl</a>')
    expect(res.html).toContain('value="henk at voorbeeld"')
    expect(res.html).toContain('value="Henk &lt;b&gt;"')
    expect(res.html).not.toContain('Henk <b>')
    // A choice that is not one of the options.
    const fout = await post(newClient(), goed(eigen, { soort: 'alles' }))
    expect(fout.status).toBe(400)
    expect(fout.html).toContain('<a href="#soort">Kies wat er niet klopt</a>')
    expect((await alle()).length).toBe(voor)
  })
})

describe('spam rules: nothing stored', () => {
  it('refuses the honeypot, a post straight from the page (too fast), a forged or missing token, and other content types', async () => {
    const voor = (await alle()).length
    const honing = await post(newClient(), goed(eigen, { website: 'http://spam.example' }))
    expect(honing.status).toBe(400)
    expect(tekst(honing.html)).toContain('Uw bericht is niet verstuurd')

    // The token of the page just shown: no person fills it in that fast.
    const pagina = await (await fetch(`${cms.url}${PAD}?item=aanbod:${eigen.id}`)).text()
    const vers = /name="token" value="([^"]+)"/.exec(pagina)![1]!
    const snel = await post(newClient(), goed(eigen, { token: vers }))
    expect(snel.status).toBe(400)
    expect(tekst(snel.html)).toContain('te snel verstuurd')

    const vervalst = `${Date.now() - 60_000}.${'A'.repeat(43)}`
    expect((await post(newClient(), goed(eigen, { token: vervalst }))).status).toBe(400)
    expect((await post(newClient(), goed(eigen, { token: '' }))).status).toBe(400)
    // The melding form's token is for that form only.
    const t = Date.now() - 60_000
    const melding = `${t}.${crypto.createHmac('sha256', cms.env.PAYLOAD_SECRET!).update(`melding-formulier\0${t}`).digest('base64url')}`
    expect((await post(newClient(), goed(eigen, { token: melding }))).status).toBe(400)
    const verlopen = await post(newClient(), goed(eigen, { token: tokenAt(Date.now() - 5 * 3600_000) }))
    expect(verlopen.status).toBe(400)
    expect(tekst(verlopen.html)).toContain('te lang open')

    const json = await fetch(cms.url + PAD, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
      body: JSON.stringify(goed()),
    })
    expect(json.status).toBe(415)
    const groot = await post(newClient(), goed(eigen, { juist: 'x'.repeat(20_000) }))
    expect(groot.status).toBe(413)
    expect((await alle()).length).toBe(voor)
  })

  it('stores at most 10 suggestions per client per hour', async () => {
    const ip = newClient()
    const voor = (await alle()).length
    for (let i = 0; i < 10; i++) expect((await post(ip, goed(ander, { juist: `Spam ${i}`, naam: '', email: '' }))).status).toBe(303)
    const elfde = await post(ip, goed(ander, { juist: 'Spam 10', naam: '', email: '' }))
    expect(elfde.status).toBe(429)
    expect(elfde.html).toContain('al veel berichten verstuurd')
    expect((await alle()).length).toBe(voor + 10)
    // Another client is not affected.
    expect((await post(newClient(), goed(ander, { juist: 'Het adres is Dorpsstraat 2.', soort: 'adres' }))).status).toBe(303)
  })
})

describe('access over REST, as an attacker', () => {
  it('anonymous reads nothing and nobody creates over REST', async () => {
    const anon = await api(cms, 'GET', '/api/suggesties?limit=0')
    expect(anon.status).toBe(403)
    expect(JSON.stringify(anon.body)).not.toContain(MELDER.email)
    const data = { item: { relationTo: 'aanbod', value: eigen.id }, soort: 'adres', juist: 'x', status: 'open' }
    for (const token of [undefined, partner1.token, redacteur.token]) {
      const res = await api(cms, 'POST', '/api/suggesties', { token, body: data })
      expect(res.status).toBe(403)
    }
  })

  it('a partner reads only the suggestions on its own organisaties, without the reporter’s name or e-mail address', async () => {
    const res = await api(cms, 'GET', '/api/suggesties?limit=0&depth=1', { token: partner1.token })
    expect(res.status).toBe(200)
    const docs = res.body.docs as any[]
    expect(docs.length).toBeGreaterThan(0)
    for (const d of docs) expect(idVan(d.organisatie)).toBe(eigen.organisatie)
    expect(docs.some((d) => idVan(d.item.value) === eigen.id)).toBe(true)
    const raw = JSON.stringify(res.body)
    expect(raw).not.toContain(MELDER.email)
    expect(raw).not.toContain(MELDER.naam)
    for (const d of docs) {
      expect(d).not.toHaveProperty('naam')
      expect(d).not.toHaveProperty('email')
    }
    // One by one, the other organisatie's: not found.
    const vanAnder = (await alle()).find((d) => d.item.value === ander.id)!
    const los = await api(cms, 'GET', `/api/suggesties/${vanAnder.id}`, { token: partner1.token })
    expect([403, 404]).toContain(los.status)
    const eigenDoc = docs.find((d) => idVan(d.item.value) === eigen.id)
    const los2 = await api(cms, 'GET', `/api/suggesties/${eigenDoc.id}?depth=2`, { token: partner1.token })
    expect(los2.status).toBe(200)
    expect(JSON.stringify(los2.body)).not.toContain(MELDER.email)
    // Staff see everything, with the reporter.
    expect(JSON.stringify((await api(cms, 'GET', '/api/suggesties?limit=0', { token: redacteur.token })).body)).toContain(MELDER.email)
  })

  it('a partner cannot find out the reporter by filtering or sorting on the hidden fields', async () => {
    const q = (where: string) => api(cms, 'GET', `/api/suggesties?limit=0&${where}`, { token: partner1.token })
    const raak = await q(`where[email][like]=${encodeURIComponent('henk.melder')}`)
    const mis = await q(`where[email][like]=${encodeURIComponent('zzz-niemand')}`)
    // Either refused, or the filter does not tell anything apart.
    if (raak.status === 200 || mis.status === 200) expect(raak.body.totalDocs).toBe(mis.body.totalDocs)
    const naamRaak = await q(`where[naam][equals]=${encodeURIComponent(MELDER.naam)}`)
    const naamMis = await q('where[naam][equals]=Niemand')
    if (naamRaak.status === 200 || naamMis.status === 200) expect(naamRaak.body.totalDocs).toBe(naamMis.body.totalDocs)
  })

  it('a partner cannot change the other organisatie’s suggestions, nor the reporter, item or organisatie of its own', async () => {
    const vanAnder = (await alle()).find((d) => d.item.value === ander.id && d.status === 'open')!
    const res = await api(cms, 'PATCH', `/api/suggesties/${vanAnder.id}`, { token: partner1.token, body: { status: 'klopt-al' } })
    expect([403, 404]).toContain(res.status)
    const via = await fetch(`${cms.url}/api/suggesties/${vanAnder.id}/afhandelen`, {
      method: 'POST',
      headers: { authorization: `JWT ${partner1.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'actie=klopt-al',
      redirect: 'manual',
    })
    expect([403, 404]).toContain(via.status)
    expect((await alle()).find((d) => d.id === vanAnder.id).status).toBe('open')

    const eigenDoc = (await alle()).find((d) => d.item.value === eigen.id && d.email === MELDER.email)!
    await api(cms, 'PATCH', `/api/suggesties/${eigenDoc.id}`, {
      token: partner1.token,
      body: {
        naam: 'Iemand',
        email: 'iemand@voorbeeld.nl',
        organisatie: ander.organisatie,
        item: { relationTo: 'aanbod', value: ander.id },
      },
    })
    const na = (await alle()).find((d) => d.id === eigenDoc.id)
    expect(na).toMatchObject({ naam: MELDER.naam, email: MELDER.email, organisatie: eigen.organisatie, item: { value: eigen.id } })
  })
})

describe('the daily digest, handling and the wipe', () => {
  it('mails each address of the organisatie once, without the reporter’s details; a second run sends nothing new', async () => {
    const voor = outbox().length
    await script('overzicht')
    const nieuw = outbox().slice(voor)
    const aan = nieuw.map((m) => m.headers.get('to'))
    expect(aan).toContain('partner1@demo.local')
    expect(new Set(aan).size).toBe(aan.length)
    const eigenMail = nieuw.find((m) => m.headers.get('to') === 'partner1@demo.local')!
    expect(eigenMail.headers.get('subject')).toMatch(/^Klopt er iets niet\? \d+ nieuwe suggesties? voor /)
    expect(eigenMail.text).toContain(eigen.titel)
    expect(eigenMail.text).toContain('Wat het moet zijn: Het nummer is nu 0546 654321.')
    // Partner 1 hears nothing about partner 2's organisatie.
    expect(eigenMail.text).not.toContain('Het adres is Dorpsstraat 2.')
    for (const m of nieuw) {
      expect(m.raw).not.toContain(MELDER.email)
      expect(m.raw).not.toContain(MELDER.naam)
    }
    const tussen = outbox().length
    await script('overzicht')
    expect(outbox().length).toBe(tussen)
  }, 120_000)

  it('handles with one action: the reason is needed for "geen actie"; "aangepast" opens the item; the reporter gets a short e-mail', async () => {
    const eigenDoc = (await alle()).find((d) => d.item.value === eigen.id && d.email === MELDER.email && d.status === 'open')!
    const afhandelen = (body: string) =>
      fetch(`${cms.url}/api/suggesties/${eigenDoc.id}/afhandelen`, {
        method: 'POST',
        headers: { authorization: `JWT ${partner1.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      })
    const zonder = await afhandelen('actie=geen-actie&reden=')
    expect(zonder.status).toBe(303)
    expect(zonder.headers.get('location')).toContain('fout=reden')
    expect((await alle()).find((d) => d.id === eigenDoc.id).status).toBe('open')

    const voor = outbox().length
    const res = await afhandelen('actie=aangepast')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/admin/collections/aanbod/${eigen.id}`)
    const na = (await alle()).find((d) => d.id === eigenDoc.id)
    expect(na.status).toBe('aangepast')
    expect(idVan(na.afgehandeldDoor)).toBe(partner1.user.id)
    expect(Date.now() - new Date(na.afgehandeldOp).getTime()).toBeLessThan(10 * 60_000)
    const mails = outbox().slice(voor)
    expect(mails.map((m) => m.headers.get('to'))).toEqual([MELDER.email])
    const m = mails[0]!
    expect(m.headers.get('subject')).toBe('Uw bericht aan de Sociale Kaart Twenterand is behandeld')
    expect(m.text).toContain(`bij "${eigen.titel}"`)
    expect(m.text).toContain('De informatie op de kaart is aangepast.')
    for (const ander of ['Demo Partner 1', 'partner1@demo.local', 'contact.']) expect(m.raw).not.toContain(ander)

    // Handling again sends nothing more.
    await api(cms, 'PATCH', `/api/suggesties/${eigenDoc.id}`, { token: partner1.token, body: { status: 'klopt-al' } })
    expect(outbox().length).toBe(voor + 1)
  })

  it('"geen actie" with a reason, by a redacteur on any organisatie', async () => {
    const doc = (await alle()).find((d) => d.item.value === ander.id && d.status === 'open')!
    const res = await api(cms, 'PATCH', `/api/suggesties/${doc.id}`, { token: redacteur.token, body: { status: 'geen-actie' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Vul de reden in waarom u niets doet')
    const ok = await api(cms, 'PATCH', `/api/suggesties/${doc.id}`, {
      token: redacteur.token,
      body: { status: 'geen-actie', reden: 'Dit nummer klopt volgens de organisatie.' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.status).toBe('geen-actie')
  })

  it('wipes the reporter’s name and e-mail address 30 days after handling, not before, and not of open ones', async () => {
    const open = (await alle()).find((d) => d.status === 'open' && d.email)
    const gehandeld = (await alle()).find((d) => d.status !== 'open' && d.email === MELDER.email)!
    const dag = 86_400_000
    await script('wissen', `--nu=${new Date(Date.now() + 29 * dag).toISOString()}`)
    expect((await alle()).find((d) => d.id === gehandeld.id)).toMatchObject({ naam: MELDER.naam, email: MELDER.email })
    await script('wissen', `--nu=${new Date(Date.now() + 31 * dag).toISOString()}`)
    const na = (await alle()).find((d) => d.id === gehandeld.id)
    expect(na.naam ?? null).toBeNull()
    expect(na.email ?? null).toBeNull()
    expect(na.gewistOp).toBeTruthy()
    expect(na.juist).toBe(gehandeld.juist)
    if (open) expect((await alle()).find((d) => d.id === open.id).email).toBe(open.email)
  }, 120_000)
})

describe('with the site built', () => {
  let browser: Browser
  const NIEUW = { naam: 'Truus Brinkman', email: 'truus.melder@voorbeeld.nl' }
  beforeAll(async () => {
    // A suggestion with a reporter that stays open, so its details are in the database during the build.
    expect((await post(newClient(), goed(eigen, { ...NIEUW, juist: 'Het adres is Kerkstraat 9.' }))).status).toBe(303)
    await buildFrom(cms, dist)
    browser = await launchChromium()
  }, 900_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('the reporter’s details are nowhere in the built site (pages, search index, open data); each item page links to its form', () => {
    for (const file of filesIn(dist)) {
      const inhoud = fs.readFileSync(file)
      for (const geheim of [NIEUW.email, NIEUW.naam, MELDER.email]) expect(inhoud.includes(geheim), `${file}: ${geheim}`).toBe(false)
    }
    const aanbodPagina = filesIn(dist).find(
      (f) =>
        f.includes(`${path.sep}aanbod${path.sep}`) &&
        f.endsWith('index.html') &&
        fs.readFileSync(f, 'utf8').includes(`item=aanbod%3A${eigen.id}"`),
    )
    expect(aanbodPagina).toBeTruthy()
    const html = fs.readFileSync(aanbodPagina!, 'utf8')
    expect(html).toContain('Klopt er iets niet?')
    expect(html).toContain(`${cms.url}/api/suggesties/formulier?item=aanbod%3A${eigen.id}`)
    expect(
      filesIn(dist).some(
        (f) => f.includes(`${path.sep}organisatie${path.sep}`) && fs.readFileSync(f, 'utf8').includes('item=organisaties%3A'),
      ),
    ).toBe(true)
    expect(
      filesIn(dist).some(
        (f) => f.includes(`${path.sep}activiteit${path.sep}`) && fs.readFileSync(f, 'utf8').includes('item=activiteiten%3A'),
      ),
    ).toBe(true)
  })

  it('axe finds nothing on the form, the form with errors and the confirmation (Chromium, in the site’s look)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true })
    const page = await context.newPage()
    /** The neutral frame of the Sociale Kaart, not the Meldpunt's: a breadcrumb of only Home, no section, noindex. */
    const kaartKader = async () => {
      expect(await page.locator('nav[aria-label="Kruimelpad"] a').allTextContents()).toEqual(['Home'])
      expect(await page.locator('nav[aria-label="Hoofdmenu"] [aria-current]').count()).toBe(0)
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('http://localhost:4321/formulier/')
    }
    await page.goto(`${cms.url}${PAD}?item=aanbod:${eigen.id}`)
    expect(await page.locator('header').count()).toBeGreaterThan(0)
    await kaartKader()
    expect(await axeViolations(page, { label: 'formulier' })).toEqual([])
    await page.click('#suggestie-formulier button[type=submit]')
    await page.waitForLoadState()
    expect(await page.locator('.skt-foutoverzicht').count()).toBe(1)
    await kaartKader()
    expect(await axeViolations(page, { label: 'fouten' })).toEqual([])
    await page.check('#soort')
    await page.fill('#juist', 'De tijden zijn nu van 10.00 tot 12.00 uur.')
    // The form counts the time a person needs: a bot is faster than 3 seconds.
    await page.waitForTimeout(3_500)
    await page.click('#suggestie-formulier button[type=submit]')
    await page.waitForURL(/bevestiging/)
    expect(await page.locator('h1').innerText()).toBe('Dank u wel voor uw bericht')
    await kaartKader()
    expect(await axeViolations(page, { label: 'bevestiging' })).toEqual([])
    await context.close()
  }, 120_000)

  it('the partner’s dashboard lists its open suggestions with the three actions, axe finds nothing there', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('input[name=email]', 'partner1@demo.local')
    await page.fill('input[name=password]', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    await page.goto(`${cms.url}/admin`)
    const deel = page.locator('#suggesties')
    await deel.waitFor()
    const t = await deel.innerText()
    expect(t).toContain('Klopt er iets niet? Suggesties van bezoekers')
    expect(t).toContain('Het adres is Kerkstraat 9.')
    expect(t).not.toContain('Het adres is Dorpsstraat 2.')
    expect(t).not.toContain(NIEUW.naam)
    expect(await page.content()).not.toContain(NIEUW.email)
    expect(await axeViolations(page, { include: '#suggesties', minPasses: 3, label: 'dashboard' })).toEqual([])
    // "Klopt al" without JavaScript: a plain form post, back to the dashboard.
    const rij = deel.locator('li', { hasText: 'Het adres is Kerkstraat 9.' })
    await rij.getByRole('button', { name: /^Klopt al/ }).click()
    await page.waitForURL(/\/admin/)
    await page.locator('#suggesties').waitFor()
    expect(await page.locator('#suggesties').innerText()).not.toContain('Het adres is Kerkstraat 9.')
    await context.close()
  }, 120_000)
})
