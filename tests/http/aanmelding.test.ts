/**
 * "Zet uw organisatie op de kaart" (issue 24) over real HTTP, without JavaScript, as a browser posts it: the site's
 * built page /organisatie-aanmelden/ posts to the CMS; errors come back with the field named, what was typed kept and
 * nothing stored; the CMS's own rules apply (postcode, web address, length, kern or all of Twenterand, how to join,
 * the amount); the check page, then "Versturen" stores it for the redactie. Spam: honeypot, too fast, forged token,
 * rate limit. Access as an attacker: nobody but staff reads applications or creates one over REST; a partner cannot
 * approve. Approving creates exactly an organisatie, a draft aanbod and an invited partner account (its holder sets a
 * password with the e-mailed link and logs in); declining e-mails the reason. The wipe after 30 days. Expected texts
 * are written out here.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, payloadScriptEnv, root, run } from '../../scripts/lib/process'
import { outboxIn } from '../helpers/eml'
import { attr, elements, page } from '../helpers/html-pagina'
import { api, type CmsServer, login, startCmsServer } from '../helpers/server'
import { buildFrom, read, testBuildDir } from '../helpers/site'

let cms: CmsServer
let dist: string
let redacteur: { token: string; user: any }
let beheerder: { token: string; user: any }
let partner: { token: string; user: any }
let meldpunt: { token: string; user: any }
let kernen: { id: number; naam: string }[]
let doelgroepen: { id: number; naam: string }[]

const PAD = '/api/aanmeldingen/formulier'

beforeAll(async () => {
  dist = testBuildDir()
  cms = await startCmsServer({ demo: true, env: { TRUST_PROXY: 'true', SITE_DIST_DIR: dist } })
  ;[redacteur, beheerder, partner, meldpunt] = await Promise.all(
    ['redacteur@demo.local', 'beheerder@demo.local', 'partner1@demo.local', 'meldpunt@demo.local'].map((e) => login(cms, e)),
  )
  kernen = (await api(cms, 'GET', '/api/kernen?limit=0&depth=0')).body.docs
  doelgroepen = (await api(cms, 'GET', '/api/doelgroepen?limit=0&depth=0')).body.docs
  await buildFrom(cms, dist)
}, 600_000)
afterAll(async () => {
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------------------------

type Fields = Record<string, string | string[]>
const toBody = (fields: Fields | [string, string][]) => {
  const p = new URLSearchParams()
  for (const [k, v] of Array.isArray(fields) ? fields : Object.entries(fields)) for (const x of [v].flat()) p.append(k, x)
  return p
}

async function post(ip: string, fields: Fields | [string, string][], pad = PAD, token?: string) {
  const res = await fetch(cms.url + pad, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': ip,
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: toBody(fields).toString(),
    redirect: 'manual',
  })
  return { status: res.status, location: res.headers.get('location'), headers: res.headers, ...page(await res.text()) }
}

/** A token as the server makes it, with the server's secret: its time, signed. */
const tokenAt = (time: number) =>
  `${time}.${crypto.createHmac('sha256', cms.env.PAYLOAD_SECRET!).update(`aanmelding-formulier\0${time}`).digest('base64url')}`

let ipCounter = 10
const newClient = () => `203.0.113.${ipCounter++}`

const alle = async () => (await api(cms, 'GET', '/api/aanmeldingen?limit=0&depth=0', { token: redacteur.token })).body.docs as any[]
const aantal = async (collection: string, token = beheerder.token) =>
  (await api(cms, 'GET', `/api/${collection}?limit=1&depth=0&draft=true`, { token })).body.totalDocs as number

const kern = (naam: string) => String(kernen.find((k) => k.naam === naam)!.id)

/** A good application, as a person fills in the blank form. */
const goed = (extra: Fields = {}): Fields => ({
  orgNaam: 'Protestantse Gemeente De Fontein Westerhaar (voorbeeld)',
  orgSoort: 'kerk',
  orgOmschrijving: 'Een kerk in Westerhaar met een open huis voor iedereen uit het dorp.',
  orgStraat: 'Kerkstraat 1',
  orgPostcode: '7676ab',
  orgPlaats: 'Westerhaar',
  orgTelefoon: '0546 123 456',
  orgEmail: 'Info@Fontein-Westerhaar.example',
  orgWebsite: 'https://fontein-westerhaar.example',
  contactNaam: 'Anneke de Vries',
  contactEmail: 'Anneke.deVries@Fontein-Westerhaar.example',
  contactTelefoon: '06 12345678',
  titel: 'Koffieochtend in De Fontein',
  samenvatting: 'Elke woensdag koffie en een praatje voor iedereen die zin heeft in gezelschap.',
  beschrijving: 'U bent welkom, ook als u niet naar de kerk gaat.\n\nEr is koffie, thee en iets lekkers.',
  waar: 'kernen',
  kernen: [kern('Westerhaar-Vriezenveensewijk')],
  doelgroepen: [String(doelgroepen[0]!.id)],
  kosten: 'eigen-bijdrage',
  bedrag: '1,50',
  kostenOmschrijving: 'koffie en thee',
  meedoen: 'vrije-inloop',
  tijden: 'Elke woensdag van 10.00 tot 11.30 uur',
  locatieNaam: 'Kerkzaal De Fontein',
  locatieAdres: 'Kerkstraat 1',
  locatiePostcode: '7676 AB',
  locatiePlaats: 'Westerhaar',
  toegankelijkheid: ['rolstoeltoegankelijk', 'ringleiding'],
  doelAkkoord: 'ja',
  website: '',
  ...extra,
})

/** Through the check page with a token of a minute ago (a person reads it), as the check page's own fields. */
async function verstuur(ip: string, fields: Fields) {
  const controle = await post(ip, fields)
  expect(controle.status, controle.text.slice(0, 600)).toBe(200)
  expect(controle.h1).toBe('Controleer uw aanmelding')
  const data = controle
    .formData('aanmelding-controle')
    .map(([k, v]): [string, string] => (k === 'token' ? [k, tokenAt(Date.now() - 60_000)] : [k, v]))
  return post(ip, [...data, ['actie', 'versturen']])
}

/** A stored application's id, through the form. */
async function aanmelding(extra: Fields = {}) {
  const res = await verstuur(newClient(), goed(extra))
  expect(res.status, res.text.slice(0, 600)).toBe(303)
  return Number(/nummer=A-(\d+)/.exec(res.location ?? '')![1])
}

const outbox = () => outboxIn(cms.outboxDir)

const idVan = (v: any) => (v && typeof v === 'object' ? v.id : v)

// ---------------------------------------------------------------------------------------------------------------

describe('the form', () => {
  it('the site page is a plain form that posts to the CMS, with the questions, the CMS options and the honeypot; linked from every page', () => {
    const p = page(read(dist, '/organisatie-aanmelden/'))
    const form = p.byId('aanmelding-formulier')!
    expect(attr(form, 'method')).toBe('post')
    expect(attr(form, 'action')).toBe(`${cms.url}/api/aanmeldingen/formulier`)
    expect(attr(form, 'novalidate')).toBe('')
    expect(p.h1).toBe('Zet uw organisatie op de kaart')
    for (const q of [
      'Uw organisatie',
      'Naam van de organisatie',
      'Kerk of geloofsgemeenschap',
      'Contactpersoon',
      'Dit komt niet op de website.',
      'Uw eerste aanbod',
      'Voor welke dorpen is het?',
      'Westerhaar-Vriezenveensewijk',
      doelgroepen[0]!.naam,
      'Ringleiding',
      'Vrije inloop: u kunt zo binnenlopen',
      'Wat doen wij met uw aanmelding?',
      'De gegevens van de contactpersoon komen nooit op de website.',
    ])
      expect(p.text).toContain(q)
    const names = new Set(elements(form).map((e) => attr(e, 'name')))
    for (const k of Object.keys(goed())) expect(names.has(k), k).toBe(true)
    expect(attr(p.byId('website')!, 'tabindex')).toBe('-1')
    const home = page(read(dist, '/'))
    expect(home.all.some((e) => e.tagName === 'a' && attr(e, 'href') === '/organisatie-aanmelden/')).toBe(true)
  })

  it('an empty form: every required field named in the error summary and at the field, nothing stored', async () => {
    const voor = (await alle()).length
    const res = await post(newClient(), { website: '' })
    expect(res.status).toBe(400)
    expect(res.title).toBe('Fout: Zet uw organisatie op de kaart – Sociale Kaart Twenterand')
    expect(res.summary()).toEqual([
      ['#orgNaam', 'Vul de naam van de organisatie in'],
      ['#orgSoort', 'Kies wat voor organisatie het is'],
      ['#contactNaam', 'Vul de naam van de contactpersoon in'],
      ['#contactEmail', 'Vul het e-mailadres van de contactpersoon in'],
      ['#titel', 'Vul de naam van het aanbod in'],
      ['#samenvatting', 'Vul in wat het aanbod is en voor wie'],
      ['#waar', 'Kies voor welke dorpen het aanbod is'],
      ['#kosten', 'Kies wat het kost'],
      ['#meedoen', 'Kies hoe iemand meedoet'],
      ['#doelAkkoord', 'Geef aan dat u de organisatie mag aanmelden en dat u het goed vindt wat wij met de gegevens doen'],
    ])
    expect(res.fieldError('orgNaam')).toBe('Fout: Vul de naam van de organisatie in')
    expect((await alle()).length).toBe(voor)
  })

  it('the CMS own rules, each message naming the field, with what was typed kept; nothing stored', async () => {
    const voor = (await alle()).length
    const lang = 'x'.repeat(121)
    const res = await post(
      newClient(),
      goed({
        orgPostcode: '7676 SA',
        orgWebsite: 'www.fontein.example',
        orgTelefoon: '12345',
        titel: lang,
        kernen: [],
        bedrag: '-2',
        meedoen: 'aanmelden',
        locatiePostcode: '0123 AB',
      }),
    )
    expect(res.status).toBe(400)
    expect(res.summary()).toEqual([
      ['#orgPostcode', 'Postcode van de organisatie: dit is geen geldige postcode. Schrijf het bijvoorbeeld zo: 7671 AB.'],
      ['#orgTelefoon', 'Vul een Nederlands telefoonnummer in, zoals 0546 123 456'],
      ['#orgWebsite', 'Website: dit is geen geldig webadres. Begin met https:// of http://, bijvoorbeeld https://www.twenterand.nl.'],
      ['#titel', 'Naam van het aanbod mag niet meer dan 120 tekens hebben. Nu zijn het er 121.'],
      ['#kernen', 'Kies minstens één dorp, of kies ‘Voor heel Twenterand’'],
      ['#bedrag', 'Bedrag in euro: vul een bedrag van 0 of meer in.'],
      ['#aanmeldinformatie', 'Vul in hoe iemand zich aanmeldt'],
      ['#locatiePostcode', 'Postcode van de plek: dit is geen geldige postcode. Schrijf het bijvoorbeeld zo: 7671 AB.'],
    ])
    // What was typed stays.
    expect(attr(res.byId('orgNaam')!, 'value')).toBe('Protestantse Gemeente De Fontein Westerhaar (voorbeeld)')
    expect(attr(res.byId('titel')!, 'value')).toBe(lang)
    expect(attr(res.byId('orgWebsite')!, 'value')).toBe('www.fontein.example')

    const meer = await post(newClient(), goed({ bedrag: 'twee euro', kernen: ['999999'] }))
    expect(meer.summary()).toEqual([
      ['#kernen', 'Kies dorpen uit de lijst'],
      ['#bedrag', 'Bedrag in euro: schrijf een bedrag, bijvoorbeeld 2,50.'],
    ])
    const leeg = await post(newClient(), goed({ bedrag: '', kostenOmschrijving: '' }))
    expect(leeg.summary()).toEqual([['#kostenOmschrijving', 'Vul het bedrag of de uitleg over de kosten in']])
    expect((await alle()).length).toBe(voor)
  })

  it('a good application: the check page, then stored as new with the checked values, and a confirmation', async () => {
    const ip = newClient()
    const controle = await post(ip, goed())
    expect(controle.status).toBe(200)
    expect(controle.title).toBe('Controleer uw aanmelding – Sociale Kaart Twenterand')
    const rows = controle.rows()
    for (const r of [
      'Naam van de organisatie: Protestantse Gemeente De Fontein Westerhaar (voorbeeld)',
      'Soort organisatie: Kerk of geloofsgemeenschap',
      'Naam contactpersoon: Anneke de Vries',
      'Dorpen: Westerhaar-Vriezenveensewijk',
      'Kosten: Eigen bijdrage',
      'Bedrag in euro: 1,50',
      'Toegankelijkheid: Rolstoeltoegankelijk Ringleiding',
    ])
      expect(rows).toContain(r)
    // How to join does not apply to walk-in: not on the check page.
    expect(rows.some((r) => r.startsWith('Aanmelden:'))).toBe(false)

    const res = await verstuur(ip, goed())
    expect(res.status).toBe(303)
    const id = Number(/nummer=A-(\d+)/.exec(res.location!)![1])
    const bevestiging = await fetch(cms.url + res.location!)
    const p = page(await bevestiging.text())
    expect(bevestiging.status).toBe(200)
    expect(p.h1).toBe('Uw aanmelding is verstuurd')
    expect(p.text).toContain(`A-${id}`)
    expect(p.text).toContain('Binnen 10 werkdagen krijgt de contactpersoon een e-mail van ons.')

    const a = (await api(cms, 'GET', `/api/aanmeldingen/${id}?depth=0`, { token: redacteur.token })).body
    expect(a.status).toBe('nieuw')
    expect(a.organisatie).toMatchObject({
      naam: 'Protestantse Gemeente De Fontein Westerhaar (voorbeeld)',
      soort: 'kerk',
      postcode: '7676 AB',
      email: 'info@fontein-westerhaar.example',
      website: 'https://fontein-westerhaar.example',
    })
    expect(a.contactpersoon).toMatchObject({
      naam: 'Anneke de Vries',
      email: 'anneke.devries@fontein-westerhaar.example',
      telefoon: '06 12345678',
    })
    expect(a.aanbod).toMatchObject({
      titel: 'Koffieochtend in De Fontein',
      heelTwenterand: false,
      kernen: [Number(kern('Westerhaar-Vriezenveensewijk'))],
      kostenSoort: 'eigen-bijdrage',
      kostenBedrag: 1.5,
      meedoen: 'vrije-inloop',
      toegankelijkheid: ['rolstoeltoegankelijk', 'ringleiding'],
    })
    // A signature that does not belong to the number: no confirmation.
    const vals = await fetch(`${cms.url}${PAD}/bevestiging?nummer=A-${id + 1}&s=${new URL(cms.url + res.location!).searchParams.get('s')}`)
    expect(vals.status).toBe(404)
  })
})

describe('spam, without a third party', () => {
  it('honeypot, too fast and a forged token store nothing; a page for a person', async () => {
    const voor = (await alle()).length
    const hp = await post(newClient(), goed({ website: 'http://spam.example' }))
    expect(hp.status).toBe(400)
    expect(hp.h1).toBe('Uw aanmelding is niet verstuurd')

    const ip = newClient()
    const controle = await post(ip, goed())
    const snel = await post(ip, [...controle.formData('aanmelding-controle'), ['actie', 'versturen']])
    expect(snel.status).toBe(400)
    expect(snel.text).toContain('Uw aanmelding is te snel verstuurd')

    const data = controle
      .formData('aanmelding-controle')
      .map(([k, v]): [string, string] => (k === 'token' ? [k, `${Date.now() - 60_000}.vals`] : [k, v]))
    const vals = await post(ip, [...data, ['actie', 'versturen']])
    expect(vals.status).toBe(400)
    expect(vals.text).toContain('Uw aanmelding kwam niet via de controlepagina van het formulier')

    const json = await fetch(cms.url + PAD, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(goed()),
    })
    expect(json.status).toBe(415)
    expect((await alle()).length).toBe(voor)
  })

  it('at most 3 applications an hour from one client (429 with Retry-After)', async () => {
    const ip = newClient()
    for (let i = 0; i < 3; i++) expect((await verstuur(ip, goed({ orgNaam: `Buurtgroep Limiet ${i}` }))).status).toBe(303)
    const vierde = await verstuur(ip, goed({ orgNaam: 'Buurtgroep Limiet 3' }))
    expect(vierde.status).toBe(429)
    expect(Number(vierde.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await alle()).filter((a) => a.organisatie.naam.startsWith('Buurtgroep Limiet')).length).toBe(3)
  })
})

describe('access, as an attacker tries it', () => {
  it('only staff read applications; nobody creates one over REST', async () => {
    const id = await aanmelding({ orgNaam: 'Toegang Test' })
    for (const token of [null, partner.token, meldpunt.token]) {
      expect((await api(cms, 'GET', '/api/aanmeldingen?limit=0', { token })).status).toBe(403)
      expect([403, 404]).toContain((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token })).status)
    }
    expect((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).status).toBe(200)
    const create = await api(cms, 'POST', '/api/aanmeldingen', { token: redacteur.token, body: goed() })
    expect(create.status).toBe(403)
    // Staff cannot set the status over REST: only approving or declining does.
    const patch = await api(cms, 'PATCH', `/api/aanmeldingen/${id}`, { token: redacteur.token, body: { status: 'goedgekeurd' } })
    expect(patch.status).toBe(200)
    expect((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body.status).toBe('nieuw')
  })

  it('every read of the contact person by staff is in the redactie’s log, without the details; a read without them is not', async () => {
    const id = await aanmelding({ orgNaam: 'Logboek Test', contactNaam: 'Trijntje Logboek', contactEmail: 'trijntje@logboek.example' })
    const regels = async () =>
      (await api(cms, 'GET', '/api/redactie-logboek?limit=0&depth=0&where[bron][equals]=aanmeldingen', { token: beheerder.token })).body
        .docs as any[]
    const voor = new Set((await regels()).map((r) => r.id))
    const gelezen = await api(cms, 'GET', `/api/aanmeldingen/${id}?depth=0`, { token: redacteur.token })
    expect(gelezen.body.contactpersoon.email).toBe('trijntje@logboek.example')
    const nieuw = (await regels()).filter((r) => !voor.has(r.id))
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({ actie: 'lezen', bron: 'aanmeldingen', documenten: `A-${id}`, gebruiker: redacteur.user.id })
    expect(JSON.stringify(nieuw)).not.toContain('trijntje')
    expect(JSON.stringify(nieuw)).not.toContain('Trijntje')
    // Only the organisation's name, as the dashboard reads it: nothing personal, no line.
    const tussen = new Set((await regels()).map((r) => r.id))
    await api(cms, 'GET', `/api/aanmeldingen/${id}?depth=0&select[titel]=true`, { token: redacteur.token })
    expect((await regels()).filter((r) => !tussen.has(r.id))).toHaveLength(0)
  })

  it('a partner or an anonymous visitor cannot approve or decline: nothing is made', async () => {
    const id = await aanmelding({ orgNaam: 'Niet Goedkeuren Test' })
    const orgs = await aantal('organisaties')
    const anoniem = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`)
    expect(anoniem.status).toBe(401)
    const door = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, partner.token)
    expect(door.status).toBe(403)
    const af = await post(newClient(), { reden: 'nee' }, `/api/aanmeldingen/${id}/afwijzen`, meldpunt.token)
    expect(af.status).toBe(403)
    expect(await aantal('organisaties')).toBe(orgs)
    expect((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body.status).toBe('nieuw')
  })
})

describe('approving and declining', () => {
  it('approving creates exactly an organisatie, a draft aanbod and an invited partner account; the holder sets a password and sees the draft', async () => {
    const id = await aanmelding()
    const voor = { organisaties: await aantal('organisaties'), aanbod: await aantal('aanbod'), users: await aantal('users') }
    const mails = outbox().length

    const res = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, redacteur.token)
    expect(res.status).toBe(303)
    expect(res.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=goedgekeurd`)
    expect({ organisaties: await aantal('organisaties'), aanbod: await aantal('aanbod'), users: await aantal('users') }).toEqual({
      organisaties: voor.organisaties + 1,
      aanbod: voor.aanbod + 1,
      users: voor.users + 1,
    })
    const a = (await api(cms, 'GET', `/api/aanmeldingen/${id}?depth=0`, { token: redacteur.token })).body
    expect(a.status).toBe('goedgekeurd')
    expect(idVan(a.behandeldDoor)).toBe(redacteur.user.id)

    const org = (await api(cms, 'GET', `/api/organisaties/${idVan(a.gemaakt.organisatie)}?depth=0`, { token: redacteur.token })).body
    expect(org).toMatchObject({
      naam: 'Protestantse Gemeente De Fontein Westerhaar (voorbeeld)',
      telefoon: '0546 123 456',
      adres: { straat: 'Kerkstraat 1', postcode: '7676 AB', plaats: 'Westerhaar' },
    })
    expect(org.contactpersonen).toMatchObject([{ naam: 'Anneke de Vries', email: 'anneke.devries@fontein-westerhaar.example' }])
    // The contact person is not public.
    const publiek = (await api(cms, 'GET', `/api/organisaties/${org.id}?depth=0`)).body
    expect(JSON.stringify(publiek)).not.toContain('anneke')

    const aanbodId = idVan(a.gemaakt.aanbod)
    const aanbod = (await api(cms, 'GET', `/api/aanbod/${aanbodId}?depth=0&draft=true`, { token: redacteur.token })).body
    expect(aanbod).toMatchObject({
      _status: 'draft',
      titel: 'Koffieochtend in De Fontein',
      organisatie: org.id,
      kosten: { soort: 'eigen-bijdrage', bedrag: 1.5, omschrijving: 'koffie en thee' },
      meedoen: { manier: 'vrije-inloop' },
      tijden: { omschrijving: 'Elke woensdag van 10.00 tot 11.30 uur' },
      toegankelijkheid: { kenmerken: ['rolstoeltoegankelijk', 'ringleiding'] },
      contact: { telefoon: '0546 123 456', email: 'info@fontein-westerhaar.example' },
    })
    expect(aanbod.locaties).toMatchObject([
      { naam: 'Kerkzaal De Fontein', adres: 'Kerkstraat 1', postcode: '7676 AB', plaats: 'Westerhaar' },
    ])
    // A draft: not on the site (not readable anonymously).
    expect((await api(cms, 'GET', `/api/aanbod/${aanbodId}`)).status).toBe(404)

    const account = (await api(cms, 'GET', `/api/users/${idVan(a.gemaakt.account)}?depth=0`, { token: beheerder.token })).body
    expect(account).toMatchObject({
      email: 'anneke.devries@fontein-westerhaar.example',
      rol: 'partner',
      organisaties: [org.id],
      naam: 'Anneke de Vries',
    })

    // One e-mail, to the contact person, with the link to choose a password.
    const nieuw = outbox().slice(mails)
    expect(nieuw.length).toBe(1)
    expect(nieuw[0]!.headers.get('to')).toContain('anneke.devries@fontein-westerhaar.example')
    expect(nieuw[0]!.headers.get('subject')).toBe(
      'Protestantse Gemeente De Fontein Westerhaar (voorbeeld) staat op de Sociale Kaart Twenterand',
    )
    expect(nieuw[0]!.text).toContain('De link werkt 7 dagen en één keer.')
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(nieuw[0]!.text)![1]!
    const wachtwoord = 'een lange zin als wachtwoord'
    const reset = await api(cms, 'POST', '/api/users/reset-password', { body: { token, password: wachtwoord } })
    expect(reset.status).toBe(200)
    const ik = await login(cms, 'anneke.devries@fontein-westerhaar.example', wachtwoord)
    // The new partner sees and may edit its draft.
    expect((await api(cms, 'GET', `/api/aanbod/${aanbodId}?draft=true&depth=0`, { token: ik.token })).body.titel).toBe(
      'Koffieochtend in De Fontein',
    )

    // The form checked as the CMS does: the redacteur publishes the draft as it is.
    const publiceer = await api(cms, 'PATCH', `/api/aanbod/${aanbodId}`, { token: redacteur.token, body: { _status: 'published' } })
    expect(publiceer.status, JSON.stringify(publiceer.body)).toBe(200)

    // Once only.
    const nogmaals = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, redacteur.token)
    expect(nogmaals.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=al-behandeld`)
    expect(await aantal('organisaties')).toBe(voor.organisaties + 1)
  })

  it.skipIf(String(process.env.TEST_MONGODB_URI ?? '') !== '')(
    'the invitation link works 7 days, not the hour of "wachtwoord vergeten" (read from the SQLite file)',
    async () => {
      const id = await aanmelding({ orgNaam: 'Uitnodiging Termijn', contactEmail: 'termijn@fontein-westerhaar.example' })
      const voor = Date.now()
      await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, redacteur.token)
      const db = createClient({ url: cms.env.DATABASE_URI! })
      const r = await db.execute({
        sql: 'SELECT reset_password_expiration FROM users WHERE email = ?',
        args: ['termijn@fontein-westerhaar.example'],
      })
      db.close()
      const verloopt = new Date(String(r.rows[0]!.reset_password_expiration)).getTime()
      expect(verloopt - voor).toBeGreaterThan(7 * 86_400_000 - 60_000)
      expect(verloopt - voor).toBeLessThan(7 * 86_400_000 + 60_000)
    },
  )

  it('an address that already has a partner account: the organisatie is added to it, no new account, no password link', async () => {
    const id = await aanmelding({ orgNaam: 'Buurtinitiatief Bestaand Account', contactEmail: 'partner2@demo.local' })
    const users = await aantal('users')
    const mails = outbox().length
    const res = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, redacteur.token)
    expect(res.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=goedgekeurd-bestaand-account`)
    expect(await aantal('users')).toBe(users)
    const a = (await api(cms, 'GET', `/api/aanmeldingen/${id}?depth=0`, { token: redacteur.token })).body
    const p2 = await login(cms, 'partner2@demo.local')
    expect(p2.user.organisaties.map(idVan)).toContain(idVan(a.gemaakt.organisatie))
    const mail = outbox().slice(mails)
    expect(mail.length).toBe(1)
    expect(mail[0]!.text).toContain('U had al een account.')
    expect(mail[0]!.text).not.toContain('/admin/reset/')
  })

  it('a staff address cannot be made a partner through an application', async () => {
    const id = await aanmelding({ orgNaam: 'Overname Poging', contactEmail: 'beheerder@demo.local' })
    const orgs = await aantal('organisaties')
    const res = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, redacteur.token)
    expect(res.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=account-niet-partner`)
    expect(await aantal('organisaties')).toBe(orgs)
    expect((await login(cms, 'beheerder@demo.local')).user.rol).toBe('beheerder')
    expect((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body.status).toBe('nieuw')
  })

  it('declining needs a reason, e-mails it to the contact person, and makes nothing', async () => {
    const id = await aanmelding({ orgNaam: 'Webwinkel Afwijzen', contactEmail: 'afwijzen@voorbeeld.example' })
    const orgs = await aantal('organisaties')
    const zonder = await post(newClient(), { reden: '  ' }, `/api/aanmeldingen/${id}/afwijzen`, redacteur.token)
    expect(zonder.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=reden-ontbreekt`)
    expect((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body.status).toBe('nieuw')

    const mails = outbox().length
    const reden = 'Een webwinkel is geen aanbod voor inwoners die samen iets willen doen.'
    const res = await post(newClient(), { reden }, `/api/aanmeldingen/${id}/afwijzen`, redacteur.token)
    expect(res.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=afgewezen`)
    const a = (await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body
    expect(a).toMatchObject({ status: 'afgewezen', reden })
    expect(await aantal('organisaties')).toBe(orgs)
    const mail = outbox().slice(mails)
    expect(mail.length).toBe(1)
    expect(mail[0]!.headers.get('to')).toContain('afwijzen@voorbeeld.example')
    expect(mail[0]!.text).toContain(`De reden: ${reden}`)
    // Handled once.
    const weer = await post(newClient(), {}, `/api/aanmeldingen/${id}/goedkeuren`, redacteur.token)
    expect(weer.location).toBe(`/admin/aanmelding-beoordelen?id=${id}&uitkomst=al-behandeld`)
  })

  it('30 days after handling, the contact person is wiped from the application', async () => {
    const id = await aanmelding({ orgNaam: 'Wissen Na Dertig Dagen', contactEmail: 'wissen@voorbeeld.example' })
    await post(newClient(), { reden: 'Dubbel aangemeld.' }, `/api/aanmeldingen/${id}/afwijzen`, redacteur.token)
    const open = await aanmelding({ orgNaam: 'Nog Niet Behandeld', contactEmail: 'blijft@voorbeeld.example' })
    const env = payloadScriptEnv({ ...cms.env, NODE_ENV: 'production' } as any)
    const script = (nu: string) =>
      run(bin('tsx'), [path.join('cms', 'jobs', 'run-suggesties.ts'), 'wissen', `--nu=${nu}`], { env, cwd: root, stdio: 'ignore' })
    // 29 days on: nothing yet.
    await script(new Date(Date.now() + 29 * 86_400_000).toISOString())
    expect((await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body.contactpersoon.email).toBe(
      'wissen@voorbeeld.example',
    )
    await script(new Date(Date.now() + 31 * 86_400_000).toISOString())
    const a = (await api(cms, 'GET', `/api/aanmeldingen/${id}`, { token: redacteur.token })).body
    expect(a.contactpersoon.naam ?? null).toBeNull()
    expect(a.contactpersoon.email ?? null).toBeNull()
    expect(a.contactpersoon.gewistOp).toBeTruthy()
    expect(a.organisatie.naam).toBe('Wissen Na Dertig Dagen')
    expect((await api(cms, 'GET', `/api/aanmeldingen/${open}`, { token: redacteur.token })).body.contactpersoon.email).toBe(
      'blijft@voorbeeld.example',
    )
  })
})
