/**
 * Visitors without cookies, end to end on this machine: the built-in site server counts page views into its day files
 * (no cookie, no address), the hourly job stores them, and `npm run bezoeken` stores a web server's access log
 * (tests/fixtures/bezoeken/access.log, hand-counted in tests/unit/bezoeken.test.ts) — twice without counting twice.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../content-schema'
import { bewaarDagbestanden } from '../../cms/collections/Bezoeken/tellingen'
import { bin, payloadScriptEnv, root } from '../../scripts/lib/process'
import { serveSite } from '../../scripts/lib/serve-site'
import { testDatabaseUri } from '../helpers/database-uri'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-bezoeken-'))
const uri = testDatabaseUri(dir)
const secret = crypto.randomBytes(16).toString('hex')
const LOG = path.join(root, 'tests', 'fixtures', 'bezoeken', 'access.log')
let payload: Payload

beforeAll(async () => {
  const { getPayload } = await import('payload')
  const { buildAppConfig } = await import('../../cms/config')
  const { chooseDatabase } = await import('../../cms/database')
  payload = await getPayload({ config: buildAppConfig({ database: chooseDatabase(uri, dir), secret }), key: dir })
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

const rijen = async () =>
  (await payload.find({ collection: 'bezoeken', limit: 0, pagination: false, overrideAccess: true, sort: 'id' })).docs.map(
    ({ dag, pad, verwijzer, apparaat, aantal }) => ({ dag, pad, verwijzer: verwijzer ?? null, apparaat, aantal }),
  )
const totaal = async (dag: string) => (await rijen()).filter((r) => r.dag === dag).reduce((s, r) => s + r.aantal, 0)

describe('npm run bezoeken (an access log)', () => {
  const script = (...args: string[]) =>
    spawnSync(bin('tsx'), [path.join('cms', 'jobs', 'run-bezoeken.ts'), ...args], {
      cwd: root,
      env: payloadScriptEnv({ DATABASE_URI: uri, PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'false', SITE_URL: '' }),
      encoding: 'utf8',
      timeout: 120_000,
    })

  it('stores the hand-counted page views, and reading the log again counts nothing twice', async () => {
    for (let keer = 0; keer < 2; keer++) {
      const r = script(LOG, '--domein', 'www.twenterand-voorbeeld.nl')
      expect(r.status, r.stderr).toBe(0)
      expect(r.stdout).toContain('19 logregels gelezen: 11 paginabezoeken geteld, 1 regels niet in Common/Combined Log Format')
      expect(r.stdout).toContain('Opgeslagen voor 2 dagen (2026-12-05 tot en met 2026-12-06)')
      expect(await totaal('2026-12-05')).toBe(10)
      expect(await totaal('2026-12-06')).toBe(1)
      expect(await rijen()).toContainEqual({
        dag: '2026-12-05',
        pad: '/kern/den-ham/',
        verwijzer: 'google.com',
        apparaat: 'computer',
        aantal: 2,
      })
      expect(await rijen()).toHaveLength(8)
    }
  }, 300_000)

  it('says what is wrong with a missing file or an unknown option', () => {
    const missing = script(path.join(dir, 'bestaat-niet.log'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('bestaat niet')
    const unknown = script('--onbekend')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('Onbekende optie --onbekend')
  }, 300_000)

  it('is not readable for partners or anonymous visitors; nobody writes it over the API', async () => {
    const partner = { id: 1, collection: 'users', rol: 'partner', organisaties: [] } as any
    await expect(payload.find({ collection: 'bezoeken', overrideAccess: false, user: partner })).rejects.toThrow()
    await expect(payload.find({ collection: 'bezoeken', overrideAccess: false })).rejects.toThrow()
    const redacteur = { id: 2, collection: 'users', rol: 'redacteur' } as any
    expect((await payload.find({ collection: 'bezoeken', overrideAccess: false, user: redacteur })).totalDocs).toBeGreaterThan(0)
    await expect(
      payload.create({
        collection: 'bezoeken',
        data: { dag: '2026-12-07', pad: '/', apparaat: 'computer', aantal: 1000 },
        overrideAccess: false,
        user: redacteur,
      }),
    ).rejects.toThrow()
  })
})

describe('the built-in site server', () => {
  let server: http.Server
  let base: string
  const site = path.join(dir, 'site')
  const bezoeken = path.join(dir, 'bezoeken')

  beforeAll(async () => {
    fs.mkdirSync(path.join(site, 'kern', 'den-ham'), { recursive: true })
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title>')
    fs.writeFileSync(path.join(site, 'kern', 'den-ham', 'index.html'), '<!doctype html><title>Den Ham</title>')
    fs.writeFileSync(path.join(site, 'stijl.css'), 'body{}')
    fs.writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Niet gevonden</title>')
    server = await serveSite(site, 0, '127.0.0.1', { bezoeken, eigenDomeinen: ['127.0.0.1'] })
    base = `http://127.0.0.1:${(server.address() as any).port}`
  })

  it('counts page views into a day file, with no cookie and no address, and the job stores them', async () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1'
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
    const bezoek = (pad: string, headers: Record<string, string>) => fetch(base + pad, { headers })
    const antwoorden = [
      await bezoek('/', { 'user-agent': firefox, referer: 'https://www.google.nl/search?q=x' }),
      await bezoek('/kern/den-ham/', { 'user-agent': iphone, referer: `${base}/` }),
      await bezoek('/kern/den-ham/?q=mijn+naam', { 'user-agent': iphone }),
      await bezoek('/stijl.css', { 'user-agent': firefox }),
      await bezoek('/bestaat-niet/', { 'user-agent': firefox }),
      await bezoek('/', { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }),
    ]
    for (const a of antwoorden) {
      await a.arrayBuffer()
      expect(a.headers.get('set-cookie')).toBeNull()
    }
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const vandaag = localDate(new Date())
    const bestand = path.join(bezoeken, `${vandaag}.json`)
    const inhoud = fs.readFileSync(bestand, 'utf8')
    for (const spoor of ['127.0.0.1', 'Mozilla', 'mijn+naam', 'search?q']) expect(inhoud).not.toContain(spoor)
    expect(JSON.parse(inhoud)).toEqual(
      expect.arrayContaining([
        { dag: vandaag, pad: '/', verwijzer: 'google.nl', apparaat: 'computer', aantal: 1 },
        { dag: vandaag, pad: '/kern/den-ham/', verwijzer: null, apparaat: 'mobiel', aantal: 2 },
      ]),
    )
    expect(JSON.parse(inhoud)).toHaveLength(2)

    // A day file of yesterday is stored and removed; today's stays (it keeps growing).
    const gisteren = localDate(new Date(Date.now() - 86_400_000))
    fs.writeFileSync(
      path.join(bezoeken, `${gisteren}.json`),
      JSON.stringify([{ dag: gisteren, pad: '/agenda/', verwijzer: null, apparaat: 'tablet', aantal: 7 }]),
    )
    const r = await bewaarDagbestanden(payload, new Date(), bezoeken)
    expect(r.dagen).toEqual([gisteren, vandaag])
    expect(await totaal(gisteren)).toBe(7)
    expect(await totaal(vandaag)).toBe(3)
    expect(fs.readdirSync(bezoeken)).toEqual([`${vandaag}.json`])
    // Stored again later: replaced, not added.
    await bewaarDagbestanden(payload, new Date(), bezoeken)
    expect(await totaal(vandaag)).toBe(3)
  })
})
