/**
 * The access log of suggesties (cms/logboek.ts, the collection redactie-logboek) over real HTTP: every read by staff of
 * a suggestion with the reporter's name or e-mail address (REST list and by id) leaves one line with who, when, what
 * and which suggestion, never the name or address itself; a read in which they do not come back (a partner, from whom
 * field access hides them; a select without them) leaves none. Only the beheerder reads the log: not a redacteur, a
 * partner, the Meldpunt or anonymous; nobody writes it over the API; the Meldpunt's own log stays closed to staff.
 * Expected values are written out here.
 */
import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type CmsServer, login, startCmsServer } from '../helpers/server'

let cms: CmsServer
let redacteur: { token: string; user: any }
let beheerder: { token: string; user: any }
let partner: { token: string; user: any }
let meldpunt: { token: string; user: any }
/** A suggestion with the reporter's name and e-mail address, and one without. */
let metMelder: number
let zonderMelder: number
/** An aanbod of partner1's organisatie, the suggestions' item. */
let aanbodId: number

const MELDER = { naam: 'Geertruida Logboek-Testnaam', email: 'geertruida.logtest@voorbeeld.nl' }
const idVan = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** A token as the suggestion form makes it (signed with the server's secret), of a page shown a minute ago. */
function token() {
  const time = Date.now() - 60_000
  const sig = crypto.createHmac('sha256', cms.env.PAYLOAD_SECRET!).update(`suggestie-formulier\0${time}`).digest('base64url')
  return `${time}.${sig}`
}

let ip = 20
/** Post the public form about an aanbod; the suggestion's id from the confirmation ("S-<id>"). */
async function stuurSuggestie(aanbod: number, melder: { naam?: string; email?: string }): Promise<number> {
  const res = await fetch(`${cms.url}/api/suggesties/formulier`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.51.100.${ip++}` },
    body: new URLSearchParams({
      item: `aanbod:${aanbod}`,
      token: token(),
      soort: 'adres',
      juist: 'Het adres is nu Kerkstraat 3.',
      naam: melder.naam ?? '',
      email: melder.email ?? '',
      website: '',
    }).toString(),
    redirect: 'manual',
  })
  expect(res.status, (await res.text()).slice(0, 300)).toBe(303)
  const m = /nummer=S-(\d+)/.exec(res.headers.get('location') ?? '')
  expect(m, String(res.headers.get('location'))).toBeTruthy()
  return Number(m![1])
}

/** All log lines, read as the beheerder (reading the log reads no suggestion). */
async function logregels(): Promise<any[]> {
  const res = await api(cms, 'GET', '/api/redactie-logboek?limit=0&depth=0&sort=-wanneer', { token: beheerder.token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.docs
}

/** What `fn` added to the log. */
async function nieuweRegels(fn: () => Promise<unknown>): Promise<any[]> {
  const oud = new Set((await logregels()).map((r) => r.id))
  await fn()
  return (await logregels()).filter((r) => !oud.has(r.id))
}

const zonderMelderGegevens = (regels: any[]) => {
  const text = JSON.stringify(regels)
  expect(text).not.toContain(MELDER.naam)
  expect(text).not.toContain(MELDER.email)
  expect(text).not.toContain('Geertruida')
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true, env: { TRUST_PROXY: 'true' } })
  ;[redacteur, beheerder, partner, meldpunt] = await Promise.all(
    ['redacteur@demo.local', 'beheerder@demo.local', 'partner1@demo.local', 'meldpunt@demo.local'].map((e) => login(cms, e)),
  )
  const org = idVan(partner.user.organisaties[0])
  aanbodId = (await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${org}&depth=0&limit=1&sort=id`)).body.docs[0].id
  metMelder = await stuurSuggestie(aanbodId, MELDER)
  zonderMelder = await stuurSuggestie(aanbodId, {})
}, 240_000)
afterAll(async () => {
  await cms?.close()
})

describe('staff reading a suggestion with the reporter’s details: one line', () => {
  it('by id: "lezen", the redacteur, the suggestion’s id, when; not the name or e-mail', async () => {
    const voor = Date.now()
    let body: any
    const regels = await nieuweRegels(async () => {
      const res = await api(cms, 'GET', `/api/suggesties/${metMelder}?depth=0`, { token: redacteur.token })
      expect(res.status).toBe(200)
      body = res.body
    })
    // The read did return them (so it had to be logged).
    expect([body.naam, body.email]).toEqual([MELDER.naam, MELDER.email])
    expect(regels).toHaveLength(1)
    const [r] = regels
    expect(r).toMatchObject({
      actie: 'lezen',
      bron: 'suggesties',
      documenten: String(metMelder),
      gebruiker: redacteur.user.id,
      resultaat: 'gelukt',
      herkomst: 'beheer',
    })
    expect(r.gebruikerNaam).toContain('<redacteur@demo.local>')
    expect(new Date(r.wanneer).getTime()).toBeGreaterThanOrEqual(voor - 1000)
    expect(new Date(r.wanneer).getTime()).toBeLessThanOrEqual(Date.now() + 1000)
    zonderMelderGegevens(regels)
  })

  it('a list: "lijst", naming the suggestions that carried a name or e-mail (not the one without)', async () => {
    const regels = await nieuweRegels(async () => {
      const res = await api(cms, 'GET', '/api/suggesties?limit=0&depth=0', { token: redacteur.token })
      expect(res.status).toBe(200)
      expect(res.body.docs.map((d: any) => d.id)).toEqual(expect.arrayContaining([metMelder, zonderMelder]))
    })
    expect(regels).toHaveLength(1)
    const [r] = regels
    expect(r).toMatchObject({ actie: 'lijst', bron: 'suggesties', gebruiker: redacteur.user.id, resultaat: 'gelukt' })
    const genoemd = String(r.documenten).split(', ')
    expect(genoemd).toContain(String(metMelder))
    expect(genoemd).not.toContain(String(zonderMelder))
    zonderMelderGegevens(regels)
  })

  it('the beheerder’s own read is logged with the beheerder', async () => {
    const regels = await nieuweRegels(() => api(cms, 'GET', `/api/suggesties/${metMelder}`, { token: beheerder.token }))
    expect(regels.map((r) => [r.actie, r.documenten, r.gebruiker])).toEqual([['lezen', String(metMelder), beheerder.user.id]])
  })
})

describe('reads without the reporter’s details: no line', () => {
  it('a partner (field access hides the name and e-mail)', async () => {
    const regels = await nieuweRegels(async () => {
      const een = await api(cms, 'GET', `/api/suggesties/${metMelder}`, { token: partner.token })
      expect(een.status).toBe(200)
      expect(een.body).not.toHaveProperty('naam')
      expect(een.body).not.toHaveProperty('email')
      const lijst = await api(cms, 'GET', '/api/suggesties?limit=0', { token: partner.token })
      expect(lijst.status).toBe(200)
      expect(lijst.body.docs.map((d: any) => d.id)).toContain(metMelder)
    })
    expect(regels).toEqual([])
  })

  it('staff reading a suggestion without them, or selecting other fields only', async () => {
    const regels = await nieuweRegels(async () => {
      expect((await api(cms, 'GET', `/api/suggesties/${zonderMelder}`, { token: redacteur.token })).status).toBe(200)
      const select = await api(cms, 'GET', `/api/suggesties/${metMelder}?select[status]=true`, { token: redacteur.token })
      expect(select.status).toBe(200)
      expect(select.body).not.toHaveProperty('naam')
    })
    expect(regels).toEqual([])
  })
})

describe('what else the log holds', () => {
  it('a suggestion from the public form: "aanmaken" from the website, without the reporter’s details', async () => {
    let id = 0
    const regels = await nieuweRegels(async () => {
      id = await stuurSuggestie(aanbodId, MELDER)
    })
    expect(regels.map((r) => [r.actie, r.bron, r.documenten, r.herkomst, r.gebruikerNaam, r.gebruiker ?? null])).toEqual([
      ['aanmaken', 'suggesties', String(id), 'website', 'melder (website)', null],
    ])
    zonderMelderGegevens(regels)
  })

  it('a partner handling one: "wijzigen" with the field names; the server reading the address to mail it is not the partner’s read', async () => {
    const id = await stuurSuggestie(aanbodId, MELDER)
    const regels = await nieuweRegels(async () => {
      const res = await fetch(`${cms.url}/api/suggesties/${id}/afhandelen`, {
        method: 'POST',
        headers: { authorization: `JWT ${partner.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'actie=klopt-al',
        redirect: 'manual',
      })
      expect(res.status).toBe(303)
    })
    expect(regels.map((r) => [r.actie, r.documenten, r.gebruiker, r.details])).toEqual([
      ['wijzigen', String(id), partner.user.id, 'velden: afgehandeldDoor, afgehandeldOp, status'],
    ])
    zonderMelderGegevens(regels)
  })
})

describe('refused attempts', () => {
  it('a redacteur deleting a suggestion (only the beheerder may): 403 and a line "geweigerd"', async () => {
    const regels = await nieuweRegels(async () => {
      expect((await api(cms, 'DELETE', `/api/suggesties/${zonderMelder}`, { token: redacteur.token })).status).toBe(403)
    })
    expect(regels.map((r) => [r.actie, r.documenten, r.gebruiker, r.resultaat])).toEqual([
      ['verwijderen', String(zonderMelder), redacteur.user.id, 'geweigerd'],
    ])
    expect((await api(cms, 'GET', `/api/suggesties/${zonderMelder}`, { token: redacteur.token })).status).toBe(200)
  })
})

describe('who reads the log', () => {
  it('only the beheerder; a redacteur, a partner, the Meldpunt and anonymous get 403 and no line', async () => {
    const [regel] = await logregels()
    expect(regel).toBeTruthy()
    for (const [wie, t] of [
      ['anoniem', null],
      ['partner', partner.token],
      ['redacteur', redacteur.token],
      ['meldpunt', meldpunt.token],
    ] as const) {
      for (const pad of ['/api/redactie-logboek', `/api/redactie-logboek/${regel.id}`, '/api/redactie-logboek/count']) {
        const res = await api(cms, 'GET', pad, { token: t })
        expect(res.status, `${wie} ${pad}: ${JSON.stringify(res.body)}`).toBe(403)
        expect(JSON.stringify(res.body)).not.toContain(String(regel.gebruikerNaam))
      }
    }
  })

  it('nobody writes, changes or deletes a line over the API, not even the beheerder', async () => {
    const [regel] = await logregels()
    for (const t of [beheerder.token, redacteur.token, null]) {
      const pogingen = [
        await api(cms, 'POST', '/api/redactie-logboek', {
          token: t,
          body: { wanneer: new Date().toISOString(), actie: 'lezen', bron: 'x' },
        }),
        await api(cms, 'PATCH', `/api/redactie-logboek/${regel.id}`, { token: t, body: { documenten: 'vervalst' } }),
        await api(cms, 'DELETE', `/api/redactie-logboek/${regel.id}`, { token: t }),
      ]
      for (const res of pogingen) expect(res.status, JSON.stringify(res.body)).toBe(403)
    }
    const na = await logregels()
    expect(na.find((r) => r.id === regel.id)).toEqual(regel)
  })

  it('the Meldpunt’s log stays closed to staff', async () => {
    for (const t of [beheerder.token, redacteur.token]) {
      expect((await api(cms, 'GET', '/api/meldingen-logboek', { token: t })).status).toBe(403)
    }
  })
})
