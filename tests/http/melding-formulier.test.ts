/**
 * The public melding form over real HTTP, without JavaScript, as a browser posts it (issue 21): the site's built
 * page /meldpunt/melden/ posts to the CMS; errors come back in the form with an error summary, each field named and
 * everything typed kept; then the check page, then "Versturen" stores the melding (kanaal website) and redirects to
 * the confirmation with the number. Honeypot, too-fast, forged and rate-limited posts get a page for a person and
 * nothing is stored. The melding is read back as the meldpunt demo user. Expected texts are written out here.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'
import { buildFrom, read, testBuildDir } from '../helpers/site'
import { attr, elements, page, squash, textOf } from '../helpers/html-pagina'
import fs from 'node:fs'

let cms: CmsServer
let dist: string
let meldpunt: string
let kernen: { id: number; naam: string }[]
let levensgebeurtenissen: { id: number; naam: string }[]

const PAD = '/api/meldingen/formulier'

beforeAll(async () => {
  dist = testBuildDir()
  // The CMS answers with the site's built page once it is there (SITE_DIST_DIR); each test is its own client.
  cms = await startCmsServer({ demo: true, env: { TRUST_PROXY: 'true', SITE_DIST_DIR: dist } })
  meldpunt = (await login(cms, 'meldpunt@demo.local')).token
  kernen = (await api(cms, 'GET', '/api/kernen?limit=0&depth=0')).body.docs
  levensgebeurtenissen = (await api(cms, 'GET', '/api/levensgebeurtenissen?limit=0&depth=0')).body.docs
}, 240_000)
afterAll(async () => {
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------------------------
/**
 * The frame of a page the CMS answers in the site's look: the breadcrumb's links [href, text], the main menu's item
 * marked as this page's section, and whether search engines are told to skip it.
 */
function kader(p: ReturnType<typeof page>) {
  const nav = (label: string) => p.all.find((e) => e.tagName === 'nav' && attr(e, 'aria-label') === label)
  const kruimel = nav('Kruimelpad')
  return {
    kruimelpad: kruimel
      ? elements(kruimel)
          .filter((e) => e.tagName === 'a')
          .map((a) => [attr(a, 'href'), squash(textOf(a))])
      : [],
    sectie: elements(nav('Hoofdmenu')!)
      .filter((e) => attr(e, 'aria-current'))
      .map((e) => squash(textOf(e))),
    noindex: p.all.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/.test(attr(e, 'content') ?? '')),
  }
}
/** The Meldpunt's frame (its page /meldpunt/melden/), with the site on another origin (links rewritten). */
const MELDPUNT_KADER = {
  kruimelpad: [
    ['http://localhost:4321/', 'Home'],
    ['http://localhost:4321/meldpunt/', 'Meldpunt Eenzaamheid'],
  ],
  sectie: ['Meldpunt Eenzaamheid'],
  noindex: false,
}

// ---------------------------------------------------------------------------------------------------------------
// Posting like a browser

type Fields = Record<string, string | string[]>
const toBody = (fields: Fields | [string, string][]) => {
  const p = new URLSearchParams()
  for (const [k, v] of Array.isArray(fields) ? fields : Object.entries(fields)) for (const x of [v].flat()) p.append(k, x)
  return p
}

async function post(ip: string, fields: Fields | [string, string][], { formaction = PAD, headers = {} as Record<string, string> } = {}) {
  const res = await fetch(cms.url + formaction, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, ...headers },
    body: toBody(fields).toString(),
    redirect: 'manual',
  })
  return { status: res.status, headers: res.headers, ...page(await res.text()) }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A token as the server makes it, with the server's secret: its time, signed (HMAC-SHA256, base64url). */
const tokenAt = (time: number, secret = cms.env.PAYLOAD_SECRET!) =>
  `${time}.${crypto.createHmac('sha256', secret).update(`melding-formulier\0${time}`).digest('base64url')}`

let ipCounter = 10
/** A client of its own (the server trusts x-forwarded-for here, as behind a proxy). */
const newClient = () => `198.51.100.${ipCounter++}`

/** All meldingen, read as the Meldpunt's worker. */
const meldingen = async () => (await api(cms, 'GET', '/api/meldingen?limit=0&depth=0', { token: meldpunt })).body.docs as any[]
const count = async () => (await meldingen()).length

const kern = () => kernen.find((k) => k.naam === 'Vroomshoop')!
const goed = (): Fields => ({
  melder: 'naaste',
  kern: String(kern().id),
  levensgebeurtenissen: levensgebeurtenissen.slice(0, 2).map((l) => String(l.id)),
  tekst: 'Mijn buurvrouw is sinds de dood van haar man veel alleen.\nZe wil graag iemand spreken.',
  toestemmingBetrokkene: 'ja',
  contactWijze: 'telefoon',
  naam: 'Jan Jansen',
  telefoon: '0546 123 456',
  bereikbaar: 'Na 14.00 uur',
  email: '',
  doelAkkoord: 'ja',
  website: '',
})

/** Step 1 and 2 of a melding, like a browser: the form (to the check page), then the check page's fields plus Versturen. */
async function naarControle(ip: string, fields: Fields) {
  const controle = await post(ip, fields)
  expect(controle.status, controle.text.slice(0, 500)).toBe(200)
  expect(controle.h1).toBe('Controleer uw melding')
  return controle
}

// ---------------------------------------------------------------------------------------------------------------

describe('before the site is built', () => {
  it('answers a plain page that still works: the check page, no-store', async () => {
    const controle = await naarControle(newClient(), goed())
    expect(controle.headers.get('cache-control')).toBe('no-store')
    expect(controle.headers.get('content-type')).toMatch(/^text\/html/)
    expect(controle.html).not.toContain('skt-header')
    expect(controle.byId('melding-controle')).toBeTruthy()
  })
})

describe('with the site built', () => {
  beforeAll(async () => {
    await buildFrom(cms, dist)
  }, 600_000)

  it('the site page is a plain form that posts to the CMS, between the two markers, with every question', () => {
    const html = read(dist, '/meldpunt/melden/')
    const p = page(html)
    const form = p.byId('melding-formulier')!
    expect(attr(form, 'method')).toBe('post')
    expect(attr(form, 'action')).toBe(`${cms.url}/api/meldingen/formulier`)
    expect(attr(form, 'novalidate')).toBe('')
    expect(html.indexOf('<!-- formulier:begin -->')).toBeGreaterThan(-1)
    expect(html.indexOf('<!-- formulier:begin -->')).toBeLessThan(html.indexOf('id="melding-formulier"'))
    expect(html.indexOf('<!-- formulier:eind -->')).toBeGreaterThan(html.indexOf('</form>'))
    expect(p.h1).toBe('Melden bij het Meldpunt')
    for (const q of [
      'Over wie gaat uw melding?',
      'In welk dorp woont de persoon?',
      'Wat speelt er? (niet verplicht)',
      'Vertel kort wat er aan de hand is',
      'Weet de persoon van deze melding, en vindt die het goed?',
      'Meldt u iemand anders aan? Doe dat alleen als die persoon dat goed vindt.',
      'Hoe wilt u antwoord van ons?',
      'Dan kunnen wij u geen antwoord geven.',
      'Uw telefoonnummer',
      'Wat doen wij met uw melding?',
      'tot 12 maanden nadat de melding klaar is',
      'Weet ik niet',
      'Vroomshoop',
    ])
      expect(p.text).toContain(q)
    // The honeypot: labelled, out of the Tab order, never filled in by the browser.
    const hp = p.byId('website')!
    expect(attr(hp, 'tabindex')).toBe('-1')
    expect(attr(hp, 'autocomplete')).toBe('off')
    expect(p.all.some((e) => e.tagName === 'label' && attr(e, 'for') === 'website')).toBe(true)
    // Linked from the meldpunt page, the "zorgen over iemand" page, the home page and the footer.
    for (const from of ['/meldpunt/', '/meldpunt/zorgen-over-iemand/', '/']) {
      const links = page(read(dist, from)).all.filter((e) => e.tagName === 'a' && attr(e, 'href') === '/meldpunt/melden/')
      expect(links.length, from).toBeGreaterThanOrEqual(from === '/' ? 2 : 2) // the page's own link and the footer's
    }
  })

  it('a good melding through all steps is stored with the right fields and number, and the confirmation says what happens next', async () => {
    const ip = newClient()
    const voor = await count()
    // The blank form as the site has it, filled in like a person would.
    const blank = page(read(dist, '/meldpunt/melden/'))
    const names = new Set(elements(blank.byId('melding-formulier')!).map((e) => attr(e, 'name')))
    for (const k of Object.keys(goed())) expect(names.has(k), k).toBe(true)

    const controle = await naarControle(ip, goed())
    expect(controle.title).toBe('Controleer uw melding – Meldpunt Eenzaamheid')
    // The site's own frame: header, footer, stylesheet and policy.
    expect(controle.html).toContain('skt-header')
    expect(controle.html).toContain('skt-footer')
    expect(controle.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*form-action 'self'/)
    expect(controle.html).toMatch(/<link rel="stylesheet" href="http:\/\/localhost:4321\/_astro\//)
    // The Meldpunt's own frame: its breadcrumb, its section in the menu.
    expect(kader(controle)).toEqual(MELDPUNT_KADER)
    expect(controle.rows()).toEqual([
      'Over wie: Over iemand anders die ik ken',
      'Dorp: Vroomshoop',
      `Wat speelt er: ${levensgebeurtenissen[0]!.naam} ${levensgebeurtenissen[1]!.naam}`,
      'Uw uitleg: Mijn buurvrouw is sinds de dood van haar man veel alleen. Ze wil graag iemand spreken.',
      'Weet de persoon het: Ja, de persoon weet het en vindt het goed',
      'Antwoord: Bel mij',
      'Uw naam: Jan Jansen',
      'Uw telefoonnummer: 0546 123 456',
      'Wanneer wij u kunnen bellen: Na 14.00 uur',
      'Akkoord: Ik heb dit gelezen en ik vind het goed',
    ])
    const wijzig = controle.all.filter((e) => e.tagName === 'button' && attr(e, 'value') === 'wijzigen')
    expect(wijzig.length).toBe(10)
    expect(squash(textOf(wijzig[0]!))).toBe('Wijzigen over wie')
    expect(attr(wijzig[1]!, 'formaction')).toBe('/api/meldingen/formulier#kern')

    // "Wijzigen": the filled-in form again, everything kept.
    const terug = await post(ip, [...controle.formData('melding-controle'), ['actie', 'wijzigen']], { formaction: `${PAD}` })
    expect(terug.status).toBe(200)
    expect(terug.summary()).toBeNull()
    expect(attr(terug.byId('naam')!, 'value')).toBe('Jan Jansen')
    expect(attr(terug.byId('melder-2')!, 'checked')).toBe('')
    expect(textOf(terug.byId('tekst')!)).toContain('veel alleen.\nZe wil')

    // Versturen, after reading the page for a moment (the minimum fill-in time is a few seconds).
    await sleep(3_200)
    const verstuurd = await post(ip, [...controle.formData('melding-controle'), ['actie', 'versturen']])
    expect(verstuurd.status, verstuurd.text.slice(0, 500)).toBe(303)
    const location = verstuurd.headers.get('location')!
    expect(location).toMatch(/^\/api\/meldingen\/formulier\/bevestiging\?/)
    const nummer = new URL(location, cms.url).searchParams.get('nummer')!
    expect(nummer).toMatch(/^M-\d{4}-\d{4,}$/)

    const bevestiging = await fetch(cms.url + location)
    const b = page(await bevestiging.text())
    expect(bevestiging.status).toBe(200)
    expect(bevestiging.headers.get('cache-control')).toBe('no-store')
    expect(b.h1).toBe('Uw melding is verstuurd')
    expect(kader(b)).toEqual(MELDPUNT_KADER)
    expect(b.text).toContain(`Uw meldingsnummer ${nummer}`)
    expect(b.text).toContain('We bellen u binnen 3 werkdagen.')
    expect(b.text).toContain('113 Zelfmoordpreventie: 113')
    expect(b.text).toContain('0800-0113')
    expect(b.text).toContain('De Luisterlijn: 088 0767 000')
    expect(b.text, 'nothing personal on the confirmation').not.toMatch(/Jan Jansen|buurvrouw|0546 123 456/)

    expect(await count()).toBe(voor + 1)
    const stored = (await meldingen()).find((m) => m.nummer === nummer)
    expect(stored).toMatchObject({
      nummer,
      kanaal: 'website',
      status: 'nieuw',
      melder: 'naaste',
      kern: kern().id,
      levensgebeurtenissen: levensgebeurtenissen.slice(0, 2).map((l) => l.id),
      tekst: 'Mijn buurvrouw is sinds de dood van haar man veel alleen.\nZe wil graag iemand spreken.',
      toestemmingBetrokkene: 'ja',
      contactWijze: 'telefoon',
      naam: 'Jan Jansen',
      telefoon: '0546 123 456',
      bereikbaar: 'Na 14.00 uur',
      doelAkkoord: true,
    })
    expect(stored.email ?? null).toBeNull()
  })

  it('an anonymous melding about oneself: no consent question, no contact details stored, "geen antwoord"', async () => {
    const ip = newClient()
    const controle = await naarControle(ip, {
      ...goed(),
      melder: 'zelf',
      toestemmingBetrokkene: '',
      kern: 'weet-niet',
      levensgebeurtenissen: [],
      contactWijze: 'anoniem',
      naam: 'Niet bewaren',
      telefoon: 'geen nummer',
    })
    expect(controle.rows()).toEqual([
      'Over wie: Over mezelf',
      'Dorp: Weet ik niet',
      'Wat speelt er: Niet ingevuld',
      'Uw uitleg: Mijn buurvrouw is sinds de dood van haar man veel alleen. Ze wil graag iemand spreken.',
      'Antwoord: Ik wil anoniem blijven',
      'Akkoord: Ik heb dit gelezen en ik vind het goed',
    ])
    expect(controle.html).not.toContain('Niet bewaren')
    await sleep(3_200)
    const verstuurd = await post(ip, [...controle.formData('melding-controle'), ['actie', 'versturen']])
    expect(verstuurd.status).toBe(303)
    const location = verstuurd.headers.get('location')!
    const b = page(await (await fetch(cms.url + location)).text())
    expect(b.text).toContain('U bent anoniem. Daarom krijgt u geen antwoord van ons.')
    expect(b.text).not.toContain('We bellen u')
    const nummer = new URL(location, cms.url).searchParams.get('nummer')
    const stored = (await meldingen()).find((m) => m.nummer === nummer)
    expect(stored).toMatchObject({ melder: 'zelf', kern: null, contactWijze: 'anoniem', levensgebeurtenissen: [] })
    expect(stored.toestemmingBetrokkene ?? null).toBeNull()
    expect([stored.naam, stored.telefoon, stored.email, stored.bereikbaar].map((x) => x ?? null)).toEqual([null, null, null, null])
  })

  it('an empty form: every required question in the summary and at its field, status 400, nothing stored', async () => {
    const voor = await count()
    const r = await post(newClient(), { website: '' })
    expect(r.status).toBe(400)
    expect(r.title).toBe('Fout: Melden bij het Meldpunt – Meldpunt Eenzaamheid')
    expect(r.html).toContain('skt-footer')
    expect(kader(r)).toEqual(MELDPUNT_KADER)
    expect(r.summary()).toEqual([
      ['#melder', 'Kies over wie de melding gaat'],
      ['#kern', 'Kies in welk dorp de persoon woont, of kies ‘Weet ik niet’'],
      ['#tekst', 'Vertel kort wat er aan de hand is'],
      ['#toestemmingBetrokkene', 'Kies of de persoon van de melding weet en het goed vindt'],
      ['#contactWijze', 'Kies hoe u antwoord wilt, of kies ‘Ik wil anoniem blijven’'],
      ['#doelAkkoord', 'Geef aan dat u het goed vindt wat wij met uw melding doen'],
    ])
    expect(r.text).toContain('Er is een probleem')
    expect(r.fieldError('melder')).toBe('Fout: Kies over wie de melding gaat')
    expect(r.fieldError('tekst')).toBe('Fout: Vertel kort wat er aan de hand is')
    expect(attr(r.byId('tekst')!, 'aria-invalid')).toBe('true')
    expect(attr(r.byId('melder')!, 'aria-invalid')).toBe('true')
    // The summary gets focus when the page opens (no JavaScript needed).
    const box = r.all.find((e) => (attr(e, 'class') ?? '').includes('skt-foutoverzicht'))!
    expect(attr(box, 'tabindex')).toBe('-1')
    expect(attr(box, 'autofocus')).toBe('')
    expect(await count()).toBe(voor)
  })

  it('each wrong answer is named, what was typed is kept, and nothing is stored; also on "Versturen"', async () => {
    const voor = await count()
    const cases: [Fields, string, string][] = [
      [{ telefoon: '12345' }, 'telefoon', 'Vul een telefoonnummer in zoals 0546 123456'],
      [{ telefoon: '' }, 'telefoon', 'Vul uw telefoonnummer in'],
      [{ naam: '' }, 'naam', 'Vul uw naam in'],
      [{ contactWijze: 'e-mail', email: 'jan@' }, 'email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl'],
      [{ contactWijze: 'e-mail', email: '' }, 'email', 'Vul uw e-mailadres in'],
      [{ tekst: 'x'.repeat(2001) }, 'tekst', 'Uw uitleg mag niet meer dan 2000 tekens hebben. Nu zijn het er 2001.'],
      [{ naam: 'n'.repeat(101) }, 'naam', 'Uw naam mag niet meer dan 100 tekens hebben. Nu zijn het er 101.'],
      [
        { bereikbaar: 'b'.repeat(201) },
        'bereikbaar',
        'Wanneer wij u kunnen bellen mag niet meer dan 200 tekens hebben. Nu zijn het er 201.',
      ],
      [{ kern: '999999' }, 'kern', 'Kies in welk dorp de persoon woont, of kies ‘Weet ik niet’'],
      [{ melder: 'iemand' }, 'melder', 'Kies over wie de melding gaat'],
      [{ levensgebeurtenissen: ['999999'] }, 'levensgebeurtenissen', 'Kies bij ‘Wat speelt er?’ alleen uit de lijst'],
      [{ toestemmingBetrokkene: '' }, 'toestemmingBetrokkene', 'Kies of de persoon van de melding weet en het goed vindt'],
      [{ doelAkkoord: [] }, 'doelAkkoord', 'Geef aan dat u het goed vindt wat wij met uw melding doen'],
    ]
    for (const [change, field, message] of cases) {
      for (const actie of ['', 'versturen']) {
        const fields = { ...goed(), ...change, ...(actie ? { actie, token: tokenAt(Date.now() - 10_000) } : {}) }
        const r = await post(newClient(), fields)
        expect(r.status, `${field} ${actie}`).toBe(400)
        expect(r.summary(), `${field} ${actie}`).toEqual([[`#${field}`, message]])
        expect(r.fieldError(field)).toBe(`Fout: ${message}`)
        // Kept: the name and the story, whatever the error.
        if (field !== 'naam') expect(attr(r.byId('naam')!, 'value')).toBe('Jan Jansen')
        if (field !== 'tekst') expect(textOf(r.byId('tekst')!)).toContain('veel alleen.\nZe wil')
        if (field === 'telefoon') expect(attr(r.byId('telefoon')!, 'value')).toBe(String(change.telefoon))
      }
    }
    expect(await count()).toBe(voor)
  })

  it('what was typed comes back as text, never as markup (error page and check page)', async () => {
    const ip = newClient()
    const aanval = {
      ...goed(),
      naam: '"><img src=x onerror=alert(1)>',
      tekst: '</textarea><script>alert(2)</script>',
      bereikbaar: "'><svg onload=alert(3)>",
    }
    const fout = await post(ip, { ...aanval, telefoon: '' })
    const controle = await post(ip, aanval)
    expect(fout.status).toBe(400)
    expect(controle.status).toBe(200)
    for (const r of [fout, controle]) {
      // In the page's main part (the site's own frame has its loader script after the footer).
      const main = elements(r.all.find((e) => e.tagName === 'main')!)
      expect(main.filter((e) => ['img', 'script', 'svg'].includes(e.tagName)).map((e) => e.tagName)).toEqual([])
      expect(r.all.some((e) => e.attrs.some((a) => a.name.startsWith('on')))).toBe(false)
    }
    expect(attr(fout.byId('naam')!, 'value')).toBe('"><img src=x onerror=alert(1)>')
    expect(textOf(fout.byId('tekst')!)).toBe('</textarea><script>alert(2)</script>')
    expect(controle.rows()).toContain('Uw naam: "><img src=x onerror=alert(1)>')
    const hidden = controle.formData('melding-controle')
    expect(hidden).toContainEqual(['tekst', '</textarea><script>alert(2)</script>'])
    expect(hidden).toContainEqual(['bereikbaar', "'><svg onload=alert(3)>"])
  })

  describe("refused posts: a page for a person, the Meldpunt's number, nothing stored", () => {
    const geweigerd = (r: Awaited<ReturnType<typeof post>>) => {
      expect(r.h1).toBe('Uw melding is niet verstuurd')
      expect(r.text).toMatch(/Bel het Meldpunt op \d/)
      expect(r.text).toContain('113')
      expect(r.headers.get('cache-control')).toBe('no-store')
      expect(r.headers.get('content-type')).toMatch(/^text\/html/)
    }

    it('the honeypot filled in, on the form and on Versturen', async () => {
      const voor = await count()
      const a = await post(newClient(), { ...goed(), website: 'https://spam.example' })
      expect(a.status).toBe(400)
      geweigerd(a)
      const b = await post(newClient(), { ...goed(), website: 'x', actie: 'versturen', token: tokenAt(Date.now() - 10_000) })
      expect(b.status).toBe(400)
      geweigerd(b)
      expect(await count()).toBe(voor)
    })

    it('too fast, no token, a forged token, an expired token', async () => {
      const voor = await count()
      const ip = newClient()
      const controle = await naarControle(ip, goed())
      // Straight on, as a bot would: the check page's own token is too young.
      const snel = await post(ip, [...controle.formData('melding-controle'), ['actie', 'versturen']])
      expect(snel.status).toBe(400)
      geweigerd(snel)
      expect(snel.text).toContain('te snel verstuurd')
      for (const token of [
        undefined,
        '',
        `${Date.now() - 10_000}.nietondertekend`,
        tokenAt(Date.now() - 10_000, 'een ander geheim'),
        tokenAt(Date.now() + 60_000).replace(/^\d+/, String(Date.now() - 10_000)),
      ]) {
        const r = await post(newClient(), { ...goed(), actie: 'versturen', ...(token === undefined ? {} : { token }) })
        expect(r.status, String(token)).toBe(400)
        geweigerd(r)
        expect(r.text).toContain('niet via de controlepagina')
      }
      const oud = await post(newClient(), { ...goed(), actie: 'versturen', token: tokenAt(Date.now() - 5 * 60 * 60 * 1000) })
      expect(oud.status).toBe(400)
      geweigerd(oud)
      expect(oud.text).toContain('te lang open')
      expect(await count()).toBe(voor)
    })

    it('rate limits per client: 5 meldingen an hour are stored, the 6th is refused; 30 posts an hour', async () => {
      const ip = newClient()
      const voor = await count()
      for (let i = 0; i < 5; i++) {
        const r = await post(ip, { ...goed(), actie: 'versturen', token: tokenAt(Date.now() - 10_000) })
        expect(r.status, `melding ${i + 1}`).toBe(303)
      }
      expect(await count()).toBe(voor + 5)
      const zesde = await post(ip, { ...goed(), actie: 'versturen', token: tokenAt(Date.now() - 10_000) })
      expect(zesde.status).toBe(429)
      geweigerd(zesde)
      expect(await count()).toBe(voor + 5)
      // Another client is not held back.
      expect((await post(newClient(), { ...goed(), actie: 'versturen', token: tokenAt(Date.now() - 10_000) })).status).toBe(303)

      // Every post counts, whatever its step: the 31st in the hour is refused.
      const ander = newClient()
      let eerste = 0
      let r = await post(ander, { website: '' })
      for (let n = 1; n <= 40 && !eerste; n++) {
        r = await post(ander, { website: '' })
        if (r.status === 429) eerste = n + 1
        else expect(r.status).toBe(400)
      }
      expect(eerste, 'the first refused post').toBe(31)
      geweigerd(r)
    })

    it('not a form post, or too large', async () => {
      const voor = await count()
      const json = await fetch(cms.url + PAD, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
        body: JSON.stringify(goed()),
      })
      expect(json.status).toBe(415)
      expect(page(await json.text()).h1).toBe('Uw melding is niet verstuurd')
      const groot = await post(newClient(), { ...goed(), tekst: 'x'.repeat(21 * 1024) })
      expect(groot.status).toBe(413)
      geweigerd(groot)
      expect(await count()).toBe(voor)
    })
  })

  it('a confirmation link that the server did not make shows no number', async () => {
    const r = await fetch(`${cms.url}/api/meldingen/formulier/bevestiging?nummer=M-2026-9999&antwoord=telefoon&s=vervalst`)
    expect(r.status).toBe(404)
    expect(await r.text()).not.toContain('M-2026-9999')
  })
})
