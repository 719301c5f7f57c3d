/**
 * Meldingen over real HTTP, as an attacker would try them (issue 21; shared/meldpunt.md "Privacy and security
 * rules"): only the meldpunt role reads or changes them and their access log (a beheerder only when the operator
 * allows it); nobody writes the log; every read, list, change and export is logged; no other response holds a
 * personal field; the melding's text appears nowhere in the built site, its search index, the open data or the
 * CMS's own log. The Local API side: tests/cms/meldingen.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type CmsServer, login, startCmsServer } from '../helpers/server'
import { buildFrom, filesIn, pagefindFragments } from '../helpers/site'

type Actor = 'anoniem' | 'partner' | 'redacteur' | 'beheerder' | 'meldpunt'
const ANDEREN = ['anoniem', 'partner', 'redacteur', 'beheerder'] as const

/** Unique strings stored in the melding's personal fields; the tests look for them everywhere. */
const GEHEIM = 'Kwispelstaart-Zeldzaam-7431'
const NAAM = 'Gerritdina Oosterhuis-Testnaam'
const TELEFOON = '0546 987321'

let cms: CmsServer
let cmsBeheerder: CmsServer
const token: Record<Actor, string | null> = { anoniem: null, partner: null, redacteur: null, beheerder: null, meldpunt: null }
const gebruiker: Partial<Record<Actor, any>> = {}
let melding: { id: number; nummer: string }

const call = (actor: Actor, method: string, url: string, body?: unknown, server = cms) =>
  api(server, method, url, { token: token[actor], body })
const ok = (status: number) => status >= 200 && status < 300
const heeftGeheim = (body: unknown) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return text.includes(GEHEIM) || text.includes(NAAM) || text.includes(TELEFOON)
}

const meldingData = (extra: Record<string, unknown> = {}) => ({
  kanaal: 'telefoon',
  melder: 'zelf',
  contactWijze: 'telefoon',
  naam: NAAM,
  telefoon: TELEFOON,
  tekst: `Ik zit veel alleen. ${GEHEIM}`,
  doelAkkoord: true,
  ...extra,
})

/** The log lines (newest first), read as the meldpunt role; reading the log is not an access to meldingen. */
async function logregels() {
  const res = await call('meldpunt', 'GET', '/api/meldingen-logboek?limit=1000&sort=-wanneer&depth=0')
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.docs as any[]
}

/** The lines of `na` that were not in `voor` (by id). */
const nieuwIn = (voor: any[], na: any[]) => {
  const oud = new Set(voor.map((r) => r.id))
  return na.filter((r) => !oud.has(r.id))
}

async function nieuweMelding(extra: Record<string, unknown> = {}) {
  const res = await call('meldpunt', 'POST', '/api/meldingen', meldingData(extra))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; nummer: string }
}

beforeAll(async () => {
  ;[cms, cmsBeheerder] = await Promise.all([
    startCmsServer({ demo: true }),
    startCmsServer({ demo: true, env: { MELDPUNT_BEHEERDER_TOEGANG: 'true' } }),
  ])
  for (const [actor, email] of [
    ['partner', 'partner1@demo.local'],
    ['redacteur', 'redacteur@demo.local'],
    ['beheerder', 'beheerder@demo.local'],
    ['meldpunt', 'meldpunt@demo.local'],
  ] as const) {
    const l = await login(cms, email)
    token[actor] = l.token
    gebruiker[actor] = l.user
  }
  melding = await nieuweMelding()
}, 180_000)
afterAll(async () => {
  await Promise.all([cms?.close(), cmsBeheerder?.close()])
})

describe('meldingen: only the meldpunt role', () => {
  it.each(ANDEREN)('refuses %s: list, count, read, create, change, delete, versions, inzage', async (actor) => {
    const voor = (await call('meldpunt', 'GET', '/api/meldingen?limit=0')).body.totalDocs
    const pogingen = [
      await call(actor, 'GET', '/api/meldingen'),
      await call(actor, 'GET', '/api/meldingen/count'),
      await call(actor, 'GET', `/api/meldingen/${melding.id}`),
      await call(actor, 'POST', '/api/meldingen', meldingData()),
      await call(actor, 'PATCH', `/api/meldingen/${melding.id}`, { status: 'afgesloten', tekst: 'overschreven' }),
      await call(actor, 'PATCH', `/api/meldingen?where[id][equals]=${melding.id}`, { status: 'afgesloten' }),
      await call(actor, 'DELETE', `/api/meldingen/${melding.id}`),
      await call(actor, 'DELETE', `/api/meldingen?where[id][equals]=${melding.id}`),
      await call(actor, 'GET', `/api/meldingen/${melding.id}/inzage`),
    ]
    for (const [i, res] of pogingen.entries()) {
      expect([401, 403], `${actor}, poging ${i}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status)
      expect(heeftGeheim(res.body), `${actor}, poging ${i}`).toBe(false)
    }
    // Versions are off for meldingen (an old version would keep what retention wipes): no route at all.
    const versies = await call(actor, 'GET', '/api/meldingen/versions')
    expect(ok(versies.status), `${actor}: versions`).toBe(false)
    expect(heeftGeheim(versies.body)).toBe(false)
    // Nothing changed.
    const na = await call('meldpunt', 'GET', `/api/meldingen/${melding.id}?depth=0`)
    expect(na.body.status).toBe('nieuw')
    expect(na.body.tekst).toBe(`Ik zit veel alleen. ${GEHEIM}`)
    expect((await call('meldpunt', 'GET', '/api/meldingen?limit=0')).body.totalDocs).toBe(voor)
  })

  it('lets the meldpunt role list, read, create, change, delete and download an inzage', async () => {
    const m = await nieuweMelding({ tekst: 'Tweede melding.' })
    expect((await call('meldpunt', 'GET', '/api/meldingen')).status).toBe(200)
    const gelezen = await call('meldpunt', 'GET', `/api/meldingen/${melding.id}`)
    expect(gelezen.status).toBe(200)
    expect(gelezen.body.tekst).toBe(`Ik zit veel alleen. ${GEHEIM}`)
    expect(gelezen.body.telefoon).toBe(TELEFOON)
    expect((await call('meldpunt', 'PATCH', `/api/meldingen/${m.id}`, { status: 'in-behandeling' })).status).toBe(200)
    expect((await call('meldpunt', 'GET', `/api/meldingen/${m.id}/inzage`)).status).toBe(200)
    expect((await call('meldpunt', 'DELETE', `/api/meldingen/${m.id}`)).status).toBe(200)
    expect((await call('meldpunt', 'GET', `/api/meldingen/${m.id}`)).status).toBe(404)
  })

  it('lets a beheerder in only on a server started with MELDPUNT_BEHEERDER_TOEGANG=true', async () => {
    const b = await login(cmsBeheerder, 'beheerder@demo.local')
    const r = await login(cmsBeheerder, 'redacteur@demo.local')
    const m = await api(cmsBeheerder, 'POST', '/api/meldingen', { token: b.token, body: meldingData() })
    expect(m.status, JSON.stringify(m.body)).toBe(201)
    const gelezen = await api(cmsBeheerder, 'GET', `/api/meldingen/${m.body.doc.id}`, { token: b.token })
    expect(gelezen.status).toBe(200)
    expect(gelezen.body.tekst).toContain(GEHEIM)
    expect((await api(cmsBeheerder, 'GET', `/api/meldingen-logboek`, { token: b.token })).status).toBe(200)
    // The setting is for the beheerder only: a redacteur stays out.
    expect((await api(cmsBeheerder, 'GET', `/api/meldingen/${m.body.doc.id}`, { token: r.token })).status).toBe(403)
    expect((await api(cmsBeheerder, 'GET', `/api/meldingen-logboek`, { token: r.token })).status).toBe(403)
  })
})

describe('the access log', () => {
  it.each(ANDEREN)('is closed to %s (list, count, read by id)', async (actor) => {
    const [regel] = await logregels()
    expect(regel).toBeTruthy()
    for (const res of [
      await call(actor, 'GET', '/api/meldingen-logboek'),
      await call(actor, 'GET', '/api/meldingen-logboek/count'),
      await call(actor, 'GET', `/api/meldingen-logboek/${regel.id}`),
    ]) {
      expect([401, 403], `${actor}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status)
      expect(JSON.stringify(res.body)).not.toContain(melding.nummer)
    }
  })

  it('cannot be written, changed or deleted over HTTP by anyone, also not by meldpunt or an allowed beheerder', async () => {
    const beheerderMetToegang = (await login(cmsBeheerder, 'beheerder@demo.local')).token
    // The beheerder server has a line too: its melding of the test above, or one made here.
    await api(cmsBeheerder, 'GET', '/api/meldingen', { token: beheerderMetToegang })
    const pogers: [string, string | null, CmsServer, string][] = [
      ...(['anoniem', 'partner', 'redacteur', 'beheerder', 'meldpunt'] as const).map(
        (a) => [a, token[a], cms, token.meldpunt!] as [string, string | null, CmsServer, string],
      ),
      ['beheerder met toegang', beheerderMetToegang, cmsBeheerder, beheerderMetToegang],
    ]
    for (const [wie, tok, server, lezer] of pogers) {
      const lees = async () => {
        const res = await api(server, 'GET', '/api/meldingen-logboek?limit=1000&depth=0', { token: lezer })
        expect(res.status).toBe(200)
        return res.body.docs as any[]
      }
      const voor = await lees()
      const regel = voor[0]
      expect(regel, wie).toBeTruthy()
      const pogingen = [
        await api(server, 'POST', '/api/meldingen-logboek', {
          token: tok,
          body: { wanneer: new Date().toISOString(), actie: 'lezen', meldingen: 'M-2000-0001', gebruikerNaam: 'vervalst' },
        }),
        await api(server, 'PATCH', `/api/meldingen-logboek/${regel.id}`, { token: tok, body: { gebruikerNaam: 'vervalst' } }),
        await api(server, 'PATCH', '/api/meldingen-logboek?where[id][exists]=true', { token: tok, body: { gebruikerNaam: 'vervalst' } }),
        await api(server, 'DELETE', `/api/meldingen-logboek/${regel.id}`, { token: tok }),
        await api(server, 'DELETE', '/api/meldingen-logboek?where[id][exists]=true', { token: tok }),
      ]
      for (const [i, res] of pogingen.entries()) {
        expect([401, 403], `${wie}, poging ${i}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status)
      }
      const na = await lees()
      expect(na.length, wie).toBe(voor.length)
      expect(JSON.stringify(na), wie).not.toContain('vervalst')
    }
  })
})

describe('every access is logged', () => {
  it('a read by the meldpunt role adds exactly one "lezen" line, with the user and the number', async () => {
    const voor = await logregels()
    const res = await call('meldpunt', 'GET', `/api/meldingen/${melding.id}`)
    expect(res.status).toBe(200)
    const na = await logregels()
    const nieuw = nieuwIn(voor, na)
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({
      actie: 'lezen',
      meldingen: melding.nummer,
      gebruiker: gebruiker.meldpunt.id,
      gebruikerNaam: 'Demo Meldpunt <meldpunt@demo.local>',
      resultaat: 'gelukt',
      herkomst: 'beheer',
    })
  })

  it('a list adds one "lijst" line with the numbers shown', async () => {
    const tweede = await nieuweMelding({ tekst: 'Nog een.' })
    const voor = await logregels()
    const res = await call('meldpunt', 'GET', `/api/meldingen?where[id][in]=${melding.id},${tweede.id}&sort=nummer`)
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(2)
    const na = await logregels()
    const nieuw = nieuwIn(voor, na)
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({ actie: 'lijst', gebruiker: gebruiker.meldpunt.id })
    expect(nieuw[0].meldingen.split(', ').sort()).toEqual([melding.nummer, tweede.nummer].sort())
  })

  it('a create adds one "aanmaken" line (the number lookup is not logged as a list)', async () => {
    const voor = await logregels()
    const m = await nieuweMelding({ tekst: 'Nieuw.' })
    const na = await logregels()
    const nieuw = nieuwIn(voor, na)
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.herkomst])).toEqual([['aanmaken', m.nummer, 'beheer']])
  })

  it('a change adds one "wijzigen" line naming the changed fields, never their values', async () => {
    const m = await nieuweMelding({ tekst: 'Te wijzigen.' })
    const voor = await logregels()
    const res = await call('meldpunt', 'PATCH', `/api/meldingen/${m.id}`, {
      tekst: `Nieuwe tekst ${GEHEIM}`,
      bereikbaar: 'Maandagochtend',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const na = await logregels()
    const nieuw = nieuwIn(voor, na)
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({ actie: 'wijzigen', meldingen: m.nummer, details: 'velden: bereikbaar, tekst' })
    expect(heeftGeheim(nieuw)).toBe(false)
    expect(JSON.stringify(nieuw)).not.toContain('Maandagochtend')
  })

  it('a delete adds one "verwijderen" line', async () => {
    const m = await nieuweMelding({ tekst: 'Weg ermee.' })
    const voor = await logregels()
    expect((await call('meldpunt', 'DELETE', `/api/meldingen/${m.id}`)).status).toBe(200)
    const na = await logregels()
    expect(nieuwIn(voor, na).map((r) => [r.actie, r.meldingen])).toEqual([['verwijderen', m.nummer]])
  })

  it('a refused attempt by a signed-in user adds a "geweigerd" line with that user', async () => {
    const voor = await logregels()
    expect((await call('partner', 'GET', `/api/meldingen/${melding.id}`)).status).toBe(403)
    const na = await logregels()
    const nieuw = nieuwIn(voor, na)
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({
      actie: 'lezen',
      meldingen: String(melding.id),
      resultaat: 'geweigerd',
      gebruiker: gebruiker.partner.id,
    })
  })
})

describe('inzage (AVG)', () => {
  it('gives one melding as a readable Dutch file to download, not cached, logged as "exporteren" only', async () => {
    const voor = await logregels()
    const res = await fetch(`${cms.url}/api/meldingen/${melding.id}/inzage`, { headers: { authorization: `JWT ${token.meldpunt}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; ?charset=utf-8/i)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="inzage-${melding.nummer}.txt"`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const tekst = await res.text()
    expect(tekst).toContain(`Inzage in melding ${melding.nummer}`)
    expect(tekst).toContain(`Meldingnummer: ${melding.nummer}`)
    expect(tekst).toContain('Kanaal: Telefoon')
    expect(tekst).toContain('Wie meldt: De persoon zelf')
    expect(tekst).toContain('Hoe mogen we contact opnemen: Bel mij')
    expect(tekst).toContain(`Naam melder: ${NAAM}`)
    expect(tekst).toContain(`Telefoon: ${TELEFOON}`)
    expect(tekst).toContain(`Wat de melder vertelt: Ik zit veel alleen. ${GEHEIM}`)
    expect(tekst).toContain('Status: Nieuw')
    const na = await logregels()
    const nieuw = nieuwIn(voor, na)
    expect(nieuw.map((r) => [r.actie, r.meldingen, r.resultaat, r.gebruiker])).toEqual([
      ['exporteren', melding.nummer, 'gelukt', gebruiker.meldpunt.id],
    ])
  })

  it('answers 404 for a melding that does not exist', async () => {
    expect((await call('meldpunt', 'GET', '/api/meldingen/999999/inzage')).status).toBe(404)
  })
})

describe('no personal field of a melding in any other response', () => {
  let lock: any

  beforeAll(async () => {
    // The meldpunt worker has the melding open: the admin keeps a lock, here made with Payload's own lock API.
    const res = await call('meldpunt', 'POST', '/api/payload-locked-documents', {
      document: { relationTo: 'meldingen', value: melding.id },
      globalSlug: null,
      user: { relationTo: 'users', value: gebruiker.meldpunt.id },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    lock = res.body.doc
    // And a preference of the meldpunt worker on the meldingen list.
    const pref = await call('meldpunt', 'POST', '/api/payload-preferences/collection-meldingen', { value: { limit: 25 } })
    expect(ok(pref.status), JSON.stringify(pref.body)).toBe(true)
  })

  it.each(ANDEREN)('%s: locked documents (depth 0..2), preferences, users, access', async (actor) => {
    const urls = [
      ...[0, 1, 2].map((d) => `/api/payload-locked-documents?depth=${d}&limit=100`),
      `/api/payload-locked-documents/${lock.id}?depth=2`,
      '/api/payload-preferences?depth=2&limit=100',
      '/api/payload-preferences/collection-meldingen',
      '/api/users?depth=2&limit=100',
      '/api/users/me?depth=2',
      '/api/access',
      '/api/meldingen-logboek?depth=2',
    ]
    for (const url of urls) {
      const res = await call(actor, 'GET', url)
      expect(heeftGeheim(res.body), `${actor} ${url}`).toBe(false)
    }
  })

  it.each(ANDEREN)('%s: cannot see that a melding is open, nor query its fields through the lock', async (actor) => {
    const list = await call(actor, 'GET', '/api/payload-locked-documents?depth=0&limit=100')
    expect(JSON.stringify(list.body), actor).not.toMatch(/"relationTo":"meldingen"/)
    expect(list.body?.docs?.some?.((d: any) => d.id === lock.id) ?? false, actor).toBe(false)
    // Where-queries on melding fields through the lock's relation (the only relation into meldingen): no oracle, the
    // same answer for a right and a wrong guess. (Payload refuses these paths with 400 even for the meldpunt role.)
    for (const veld of ['tekst', 'naam', 'telefoon']) {
      const waarde = { tekst: GEHEIM, naam: NAAM, telefoon: TELEFOON }[veld]!
      const goed = await call(actor, 'GET', `/api/payload-locked-documents?where[document.${veld}][like]=${encodeURIComponent(waarde)}`)
      const fout = await call(actor, 'GET', `/api/payload-locked-documents?where[document.${veld}][like]=Bestaatniet`)
      expect(goed.body?.totalDocs ?? goed.status, `${actor} ${veld}`).toBe(fout.body?.totalDocs ?? fout.status)
    }
    // Nor take the lock over or remove it.
    for (const res of [
      await call(actor, 'PATCH', `/api/payload-locked-documents/${lock.id}`, {
        user: { relationTo: 'users', value: gebruiker.partner.id },
      }),
      await call(actor, 'DELETE', `/api/payload-locked-documents/${lock.id}`),
      await call(actor, 'POST', '/api/payload-locked-documents', {
        document: { relationTo: 'meldingen', value: melding.id },
        user: { relationTo: 'users', value: gebruiker.partner.id },
      }),
    ]) {
      expect(ok(res.status), `${actor}: ${res.status} ${JSON.stringify(res.body)}`).toBe(false)
    }
    expect((await call('meldpunt', 'GET', `/api/payload-locked-documents/${lock.id}`)).status).toBe(200)
  })

  it('leaves the locks on other documents as they were: a redacteur locks an aanbod, sees and removes the lock', async () => {
    const aanbod = (await call('anoniem', 'GET', '/api/aanbod?limit=1')).body.docs[0].id
    const res = await call('redacteur', 'POST', '/api/payload-locked-documents', {
      document: { relationTo: 'aanbod', value: aanbod },
      globalSlug: null,
      user: { relationTo: 'users', value: gebruiker.redacteur.id },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const list = await call('redacteur', 'GET', '/api/payload-locked-documents?depth=0&limit=100')
    expect(list.body.docs.map((d: any) => d.id)).toEqual([res.body.doc.id])
    expect((await call('meldpunt', 'GET', '/api/payload-locked-documents?depth=0&limit=100')).body.totalDocs).toBe(2)
    expect((await call('redacteur', 'DELETE', `/api/payload-locked-documents/${res.body.doc.id}`)).status).toBe(200)
  })
})

describe('the melding text appears nowhere public', () => {
  it('not in the built site, its search index, the open data, nor the CMS log', { timeout: 600_000 }, async () => {
    // A melding that touches public things (a kern, an aanbod it was referred to), and a refused change with the text.
    const kern = (await call('anoniem', 'GET', '/api/kernen?limit=1')).body.docs[0].id
    const aanbod = (await call('anoniem', 'GET', '/api/aanbod?limit=1')).body.docs[0].id
    const m = await nieuweMelding({ kern, doorverwezenNaar: [aanbod], status: 'doorverwezen' })
    const fout = await call('meldpunt', 'PATCH', `/api/meldingen/${m.id}`, { email: `${GEHEIM}@@`, tekst: `${GEHEIM} `.repeat(300) })
    expect(fout.status).toBe(400)
    await call('partner', 'PATCH', `/api/meldingen/${m.id}`, { tekst: GEHEIM })

    const dist = await buildFrom(cms)
    const files = filesIn(dist)
    expect(files.some((f) => f.includes(`${path.sep}open-data${path.sep}`))).toBe(true)
    const pagefind = fs.readdirSync(dist).filter((d) => d.startsWith('pagefind'))
    expect(pagefind.length).toBeGreaterThan(0)
    for (const file of files) {
      const text = fs.readFileSync(file).toString('utf8')
      expect(heeftGeheim(text), path.relative(dist, file)).toBe(false)
    }
    for (const part of pagefind) {
      const fragments = pagefindFragments(path.join(dist, part))
      expect(heeftGeheim(fragments.map((f) => f.content).join('\n')), part).toBe(false)
    }
    const log = cms.output()
    expect(heeftGeheim(log)).toBe(false)
  })
})
