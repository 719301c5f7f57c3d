/**
 * Keeping the kaart current, over real HTTP: "klopt nog" in one action, edits stamp the check date,
 * review mode ("partners publiceren zelf" off), and `npm run reminders` writing its messages to the outbox.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../content-schema'
import { bin, payloadScriptEnv, root, run } from '../../scripts/lib/process'
import { api, login, startCmsServer, type CmsServer } from '../helpers/server'

let cms: CmsServer
let partnerA: { token: string; user: any }
let partnerB: { token: string; user: any }
let redacteur: { token: string; user: any }
const today = localDate(new Date())

const ownAanbod = async (who: { user: any }) => {
  const org = who.user.organisaties[0]?.id ?? who.user.organisaties[0]
  return (await api(cms, 'GET', `/api/aanbod?where[organisatie][equals]=${org}&limit=1&depth=0`)).body.docs[0]
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  partnerA = await login(cms, 'partner1@demo.local')
  partnerB = await login(cms, 'partner2@demo.local')
  redacteur = await login(cms, 'redacteur@demo.local')
}, 180_000)
afterAll(async () => cms?.close())

describe('klopt nog', () => {
  it('a partner confirms its own listing in one action, without changing anything else', async () => {
    const doc = await ownAanbod(partnerA)
    const res = await api(cms, 'POST', `/api/aanbod/${doc.id}/klopt-nog`, { token: partnerA.token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    // Who checked it is for logged-in users only.
    const after = (await api(cms, 'GET', `/api/aanbod/${doc.id}?depth=0`, { token: partnerA.token })).body
    expect(localDate(after.laatstGecontroleerd.datum)).toBe(today)
    expect(after.laatstGecontroleerd.door).toBe(partnerA.user.naam)
    expect(after.laatstGecontroleerd.versheid).toBe('actueel')
    for (const field of ['titel', 'samenvatting', 'status', 'organisatie']) expect(after[field]).toEqual(doc[field])
  })

  it("is refused for another organisation's listing and for anonymous visitors", async () => {
    const docB = await ownAanbod(partnerB)
    const res = await api(cms, 'POST', `/api/aanbod/${docB.id}/klopt-nog`, { token: partnerA.token })
    expect(res.status).toBe(403)
    expect(res.body.message).toMatch(/niet/)
    const anon = await api(cms, 'POST', `/api/aanbod/${docB.id}/klopt-nog`)
    expect(anon.status).toBe(401)
    const after = (await api(cms, 'GET', `/api/aanbod/${docB.id}?depth=0`)).body
    expect(after.laatstGecontroleerd).toEqual(docB.laatstGecontroleerd)
  })

  it('saving an edit also stamps the check date and who checked', async () => {
    const docB = await ownAanbod(partnerB)
    const res = await api(cms, 'PATCH', `/api/aanbod/${docB.id}`, {
      token: partnerB.token,
      body: { samenvatting: 'Nagekeken en bijgewerkt.' },
    })
    expect(res.status).toBe(200)
    expect(localDate(res.body.doc.laatstGecontroleerd.datum)).toBe(today)
    expect(res.body.doc.laatstGecontroleerd.door).toBe(partnerB.user.naam)
  })

  it('the public content carries the check date and the state', async () => {
    const { docs } = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=0')).body
    const states = new Set(docs.map((d: any) => d.laatstGecontroleerd?.versheid))
    expect([...states].sort()).toEqual(['actueel', 'controle-nodig', 'verouderd'])
    expect(docs.every((d: any) => typeof d.laatstGecontroleerd?.datum === 'string')).toBe(true)
  })
})

describe('review mode: "partners publiceren zelf" off', () => {
  it("a partner's publish becomes a draft ter beoordeling; the site keeps the published version until a redacteur publishes", async () => {
    const setOff = await api(cms, 'POST', '/api/globals/site', { token: redacteur.token, body: { partnersPublicerenZelf: false } })
    expect(setOff.status).toBe(200)
    try {
      const doc = await ownAanbod(partnerA)
      const change = await api(cms, 'PATCH', `/api/aanbod/${doc.id}`, {
        token: partnerA.token,
        body: { titel: 'Nieuwe titel ter beoordeling', _status: 'published' },
      })
      expect(change.status, JSON.stringify(change.body)).toBe(200)
      // Anonymous visitors (and so the site) still get the published version.
      expect((await api(cms, 'GET', `/api/aanbod/${doc.id}`)).body.titel).toBe(doc.titel)
      // Redacteuren find it in the "ter beoordeling" list.
      const list = await api(cms, 'GET', '/api/aanbod?draft=true&where[terBeoordeling][equals]=true&limit=0', { token: redacteur.token })
      expect(list.body.docs.map((d: any) => d.id)).toContain(doc.id)
      expect(list.body.docs.find((d: any) => d.id === doc.id).titel).toBe('Nieuwe titel ter beoordeling')
      // The redacteur publishes: now it is live and no longer waiting.
      const publish = await api(cms, 'PATCH', `/api/aanbod/${doc.id}`, { token: redacteur.token, body: { _status: 'published' } })
      expect(publish.status).toBe(200)
      expect((await api(cms, 'GET', `/api/aanbod/${doc.id}`)).body.titel).toBe('Nieuwe titel ter beoordeling')
      const after = await api(cms, 'GET', '/api/aanbod?draft=true&where[terBeoordeling][equals]=true&limit=0', { token: redacteur.token })
      expect(after.body.docs.map((d: any) => d.id)).not.toContain(doc.id)
      // A new listing from a partner waits too.
      const org = partnerA.user.organisaties[0]?.id ?? partnerA.user.organisaties[0]
      const kern = (await api(cms, 'GET', '/api/kernen?limit=1')).body.docs[0].id
      const created = await api(cms, 'POST', '/api/aanbod', {
        token: partnerA.token,
        body: {
          titel: 'Nieuw aanbod ter beoordeling',
          samenvatting: 'Nieuw.',
          organisatie: org,
          kernen: [kern],
          kosten: { soort: 'gratis' },
          meedoen: { manier: 'vrije-inloop' },
          _status: 'published',
        },
      })
      expect(created.status).toBe(201)
      expect((await api(cms, 'GET', `/api/aanbod/${created.body.doc.id}`)).status).toBe(404)
    } finally {
      await api(cms, 'POST', '/api/globals/site', { token: redacteur.token, body: { partnersPublicerenZelf: true } })
    }
  })

  it('with the setting on (the default), a partner publishes directly', async () => {
    const doc = await ownAanbod(partnerB)
    const change = await api(cms, 'PATCH', `/api/aanbod/${doc.id}`, {
      token: partnerB.token,
      body: { titel: 'Direct gepubliceerd', _status: 'published' },
    })
    expect(change.status).toBe(200)
    expect((await api(cms, 'GET', `/api/aanbod/${doc.id}`)).body.titel).toBe('Direct gepubliceerd')
  })
})

describe('npm run reminders', () => {
  it('writes the expected messages to the outbox and records them; a second run within 14 days sends nothing', async () => {
    const env = payloadScriptEnv({ ...cms.env, NODE_ENV: 'production' } as any)
    await run(bin('tsx'), [path.join('cms', 'jobs', 'run-herinneringen.ts')], { env, cwd: root, stdio: 'ignore' })
    const files = fs.readdirSync(cms.outboxDir).filter((f) => f.endsWith('.eml'))
    expect(files.length).toBeGreaterThan(0)
    const beheerder = await login(cms, 'beheerder@demo.local')
    const log = (await api(cms, 'GET', '/api/herinneringen?limit=0&depth=1', { token: beheerder.token })).body
    // One record per organisation, one e-mail per contactpersoon (each with links of their own).
    expect(log.docs.flatMap((h: any) => h.aan.split(', ')).length).toBe(files.length)
    // Every organisation with listings that need a check and a contactpersoon got exactly one message.
    const aanbod = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=0')).body.docs
    const stale = new Set(
      aanbod.filter((a: any) => a.status !== 'gestopt' && a.laatstGecontroleerd.versheid !== 'actueel').map((a: any) => a.organisatie),
    )
    expect(new Set(log.docs.map((h: any) => h.organisatie.id))).toEqual(stale)
    const eml = fs.readFileSync(path.join(cms.outboxDir, files[0]!), 'utf8')
    expect(eml).toMatch(/^Subject: Klopt uw aanbod op de Sociale Kaart nog\?/m)
    expect(eml).toMatch(/^To: .*@demo\.local/m)
    expect(eml).toContain(`${cms.url}/admin`)

    await run(bin('tsx'), [path.join('cms', 'jobs', 'run-herinneringen.ts')], { env, cwd: root, stdio: 'ignore' })
    expect(fs.readdirSync(cms.outboxDir).filter((f) => f.endsWith('.eml'))).toHaveLength(files.length)
  })
})
