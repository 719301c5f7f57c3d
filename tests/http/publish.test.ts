/**
 * Publishing that follows the editors, over real HTTP against `next start`: a change to published content makes
 * the CMS rebuild the public site itself (PUBLISH_MODE=ingebouwd, as `npm start` runs it) — debounced, one build at
 * a time, switched live atomically, a failed build keeping the last good site — or POST a build hook
 * (PUBLISH_MODE=hook). Every publication is recorded in 'publicaties', readable by staff only.
 * The quiet period is 2 s here (30 s by default).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../scripts/lib/serve-site'
import { api, freePort, login, startCmsServer, type CmsServer } from '../helpers/server'
import { buildFrom, testBuildDir } from '../helpers/site'

const WACHT_MS = 2000
const usesSqlite = !process.env.TEST_MONGODB_URI?.trim()

let cms: CmsServer
let dist: string
let site: http.Server
let siteUrl: string
let staff: string
let aanbod: any[]

const pauze = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  dist = testBuildDir()
  cms = await startCmsServer({
    demo: true,
    env: { PUBLISH_MODE: 'ingebouwd', PUBLISH_DEBOUNCE_MS: String(WACHT_MS), SITE_DIST_DIR: dist, SITE_PDF: 'uit' },
  })
  await buildFrom(cms, dist)
  const port = await freePort()
  site = await serveSite(dist, port, '127.0.0.1')
  siteUrl = `http://127.0.0.1:${port}`
  staff = (await login(cms, 'redacteur@demo.local')).token
  aanbod = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=0&sort=id&where[_status][equals]=published')).body.docs
}, 300_000)
afterAll(async () => {
  site?.close()
  await cms?.close()
  if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
})

const publicaties = async (server = cms, token = staff) => {
  const res = await api(server, 'GET', '/api/publicaties?limit=0&sort=gestartOp', { token })
  expect(res.status).toBe(200)
  return res.body.docs as any[]
}

/** Wait until `n` publications exist and none runs, then make sure no further one starts after a quiet period. */
async function totRust(n: number, server = cms, token = staff, timeoutMs = 360_000) {
  const start = Date.now()
  for (;;) {
    const lijst = await publicaties(server, token)
    if (lijst.length >= n && lijst.every((p) => p.status !== 'bezig')) {
      await pauze(WACHT_MS + 1500)
      const daarna = await publicaties(server, token)
      if (daarna.length === lijst.length && daarna.every((p) => p.status !== 'bezig')) return daarna
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`Na ${timeoutMs / 1000} s: ${JSON.stringify(lijst.map((p) => [p.status, p.aanleiding]))}`)
    await pauze(500)
  }
}

const pagina = async (p: string) => {
  const res = await fetch(siteUrl + p)
  return { status: res.status, html: await res.text() }
}
const wijzig = async (doc: any, body: Record<string, unknown>, query = '') => {
  const res = await api(cms, 'PATCH', `/api/aanbod/${doc.id}${query}`, { token: staff, body })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

describe('built-in builder', () => {
  it('publishes a burst of changes in one build (unpublishing counts, a draft does not); a change during that build gives exactly one more, after it', async () => {
    expect(await publicaties()).toEqual([])
    const [a, b, c, , e] = aanbod
    await wijzig(a, { titel: 'Koffie en een praatje (nieuw)' })
    await wijzig(b, { _status: 'draft' })
    await wijzig(c, { titel: 'Alleen een concept' }, '?draft=true')
    // Once that build runs, one more change.
    for (let i = 0; ; i++) {
      const lijst = await publicaties()
      if (lijst.length === 1 && lijst[0].status === 'bezig') break
      if (i > 1200) throw new Error('De eerste publicatie begon niet.')
      await pauze(100)
    }
    await wijzig(e, { titel: 'Samen koken (nieuw)' })

    const lijst = await totRust(2)
    expect(lijst).toHaveLength(2)
    const [eerste, tweede] = lijst
    expect(eerste, eerste.fout).toMatchObject({ status: 'gelukt', modus: 'ingebouwd', aantalWijzigingen: 2 })
    expect(eerste.wijzigingen).toContain("Aanbod 'Koffie en een praatje (nieuw)' gewijzigd")
    expect(eerste.wijzigingen).toContain(`Aanbod '${b.titel}' offline gehaald`)
    expect(eerste.wijzigingen).not.toContain('concept')
    expect(eerste.duurSeconden).toBeGreaterThan(0)
    expect(tweede, tweede.fout).toMatchObject({ status: 'gelukt', aantalWijzigingen: 1 })
    expect(tweede.wijzigingen).toContain('Samen koken (nieuw)')
    // Never two at once.
    expect(new Date(tweede.gestartOp).getTime()).toBeGreaterThanOrEqual(new Date(eerste.klaarOp).getTime())

    expect((await pagina(`/aanbod/${a.slug}/`)).html).toContain('Koffie en een praatje (nieuw)')
    expect((await pagina(`/aanbod/${b.slug}/`)).status).toBe(404)
    const concept = await pagina(`/aanbod/${c.slug}/`)
    expect(concept.status).toBe(200)
    expect(concept.html).not.toContain('Alleen een concept')
    expect((await pagina(`/aanbod/${e.slug}/`)).html).toContain('Samen koken (nieuw)')
    // The served folder is a link to the one live build.
    expect(fs.lstatSync(dist).isSymbolicLink()).toBe(true)
  }, 400_000)

  it.runIf(usesSqlite)(
    'a failed build says why and keeps the last good site',
    async () => {
      const [, , , , , f, g] = aanbod
      const voor = crypto
        .createHash('sha256')
        .update((await pagina('/')).html)
        .digest('hex')
      const db = createClient({ url: cms.env.DATABASE_URI! })
      const telefoon = (await db.execute({ sql: 'SELECT contact_telefoon FROM aanbod WHERE id = ?', args: [f.id] })).rows[0]!
        .contact_telefoon
      await db.execute({ sql: 'UPDATE aanbod SET contact_telefoon = ? WHERE id = ?', args: ['bel ons maar', f.id] })
      try {
        await wijzig(g, { titel: 'Deze titel komt niet online' })
        const lijst = await totRust(3)
        const laatste = lijst.at(-1)
        expect(laatste.status).toBe('mislukt')
        expect(laatste.fout).toMatch(/telefoon/i)
        expect(laatste.fout).toContain(`Ongeldig document in aanbod "${f.slug}"`)
        expect((await pagina(`/aanbod/${g.slug}/`)).html).not.toContain('Deze titel komt niet online')
        expect(
          crypto
            .createHash('sha256')
            .update((await pagina('/')).html)
            .digest('hex'),
        ).toBe(voor)
      } finally {
        await db.execute({ sql: 'UPDATE aanbod SET contact_telefoon = ? WHERE id = ?', args: [telefoon, f.id] })
        db.close()
      }
    },
    300_000,
  )

  it('only staff can read the publications; nobody can write them through the API', async () => {
    expect((await api(cms, 'GET', '/api/publicaties')).status).toBe(403)
    const partner = (await login(cms, 'partner1@demo.local')).token
    expect((await api(cms, 'GET', '/api/publicaties', { token: partner })).status).toBe(403)
    const beheerder = (await login(cms, 'beheerder@demo.local')).token
    const create = await api(cms, 'POST', '/api/publicaties', {
      token: beheerder,
      body: { status: 'gelukt', modus: 'hook', aanleiding: 'x', gestartOp: new Date().toISOString() },
    })
    expect(create.status).toBe(403)
  })
})

describe('build hook', () => {
  let hookCms: CmsServer
  let hook: http.Server
  const ontvangen: { headers: http.IncomingHttpHeaders; body: any }[] = []
  let antwoord = 200

  beforeAll(async () => {
    const port = await freePort()
    hook = http.createServer((req, res) => {
      let body = ''
      req.on('data', (d) => (body += d))
      req.on('end', () => {
        ontvangen.push({ headers: req.headers, body: JSON.parse(body) })
        res.statusCode = antwoord
        res.end(antwoord === 200 ? 'ok' : 'pijplijn stuk')
      })
    })
    await new Promise<void>((r) => hook.listen(port, '127.0.0.1', r))
    hookCms = await startCmsServer({
      demo: true,
      env: { PUBLISH_HOOK_URL: `http://127.0.0.1:${port}/bouw`, PUBLISH_HOOK_TOKEN: 'hook-geheim', PUBLISH_DEBOUNCE_MS: String(WACHT_MS) },
    })
  }, 180_000)
  afterAll(async () => {
    hook?.close()
    await hookCms?.close()
  })

  it('POSTs the hook once per burst, with what changed, and records the answer', async () => {
    const token = (await login(hookCms, 'beheerder@demo.local')).token
    const kern = (await api(hookCms, 'GET', '/api/kernen?limit=1&depth=0')).body.docs[0]
    expect((await api(hookCms, 'PATCH', `/api/kernen/${kern.id}`, { token, body: { omschrijving: 'Bijgewerkt.' } })).status).toBe(200)
    expect(
      (await api(hookCms, 'POST', '/api/globals/meldpunt', { token, body: { titel: 'Meldpunt Eenzaamheid Twenterand (bijgewerkt)' } }))
        .status,
    ).toBe(200)
    const [p] = await totRust(1, hookCms, token)
    expect(ontvangen).toHaveLength(1)
    expect(ontvangen[0]!.headers.authorization).toBe('Bearer hook-geheim')
    expect(ontvangen[0]!.body.bron).toBe('sociale-kaart-twenterand')
    expect(ontvangen[0]!.body.wijzigingen.map((w: any) => w.omschrijving)).toEqual([
      `Kern '${kern.naam}' gewijzigd`,
      'Meldpunt Eenzaamheid gewijzigd',
    ])
    expect(p).toMatchObject({ status: 'gelukt', modus: 'hook', aantalWijzigingen: 2 })

    antwoord = 500
    expect((await api(hookCms, 'PATCH', `/api/kernen/${kern.id}`, { token, body: { omschrijving: 'Nog eens.' } })).status).toBe(200)
    const lijst = await totRust(2, hookCms, token)
    expect(ontvangen).toHaveLength(2)
    expect(lijst[1]).toMatchObject({ status: 'mislukt' })
    expect(lijst[1].fout).toMatch(/500/)
  }, 120_000)
})
