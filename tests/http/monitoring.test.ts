/**
 * Monitoring over real HTTP (issue 23): the figures over a hand-counted set (tests/helpers/monitoring-seed.ts), the
 * access rules of the JSON and CSV export (meldpunt and redacteur; a beheerder only with MELDPUNT_BEHEERDER_TOEGANG;
 * anonymous and partner 403), one access-log line per view, and the small-number rule: Geerdijk has exactly 4
 * meldingen, and no figure of them shows, not in the JSON, not in the CSV, not in the public endpoint.
 * Expected values are counted by hand from the seed's comment, not with the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERIODE, type MonitoringSeed, seedMonitoring } from '../helpers/monitoring-seed'
import { api, type CmsServer, login, startCmsServer } from '../helpers/server'

let cms: CmsServer
let seed: MonitoringSeed
const token: Record<string, string | null> = { anoniem: null }
const q = `?van=${PERIODE.van}&tot=${PERIODE.tot}`

/** A table of the JSON as { label: [values as text] }, the total row by its label. */
const CIJFERTEKST = (w: unknown, soort: string) =>
  w === 'verborgen' ? 'niet getoond' : w === null ? (soort === 'aantal' ? 'minder dan 5' : 'niet getoond') : String(w)
function tabel(tabellen: any[], id: string): Record<string, string[]> {
  const t = tabellen.find((x) => x.id === id)
  expect(t, id).toBeTruthy()
  return Object.fromEntries(
    [...t.rijen, ...(t.totaal ? [t.totaal] : [])].map((r: any) => [
      r.label,
      r.waarden.map((w: unknown, i: number) => CIJFERTEKST(w, t.kolommen[i].soort)),
    ]),
  )
}

/** Every number in a JSON value (figures only: the public answer holds no other numbers). */
function getallen(v: unknown, pad = ''): { pad: string; waarde: number }[] {
  if (typeof v === 'number') return [{ pad, waarde: v }]
  if (Array.isArray(v)) return v.flatMap((x, i) => getallen(x, `${pad}[${i}]`))
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => getallen(x, `${pad}.${k}`))
  return []
}

beforeAll(async () => {
  cms = await startCmsServer({ demo: true })
  for (const [rol, email] of [
    ['partner', 'partner1@demo.local'],
    ['redacteur', 'redacteur@demo.local'],
    ['beheerder', 'beheerder@demo.local'],
    ['meldpunt', 'meldpunt@demo.local'],
  ]) {
    token[rol] = (await login(cms, email!)).token
  }
  seed = await seedMonitoring(cms)
}, 240_000)
afterAll(async () => {
  await cms?.close()
})

describe('monitoring: the figures of a hand-counted period', () => {
  let tabellen: any[]
  beforeAll(async () => {
    const res = await api(cms, 'GET', `/api/monitoring/tabellen${q}`, { token: token.meldpunt })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.periode).toEqual(PERIODE)
    tabellen = res.body.tabellen
  })

  it('meldingen per month, kanaal, kern, melder and levensgebeurtenis', () => {
    expect(tabel(tabellen, 'per-maand')).toEqual({ 'maart 2025': ['6'], 'april 2025': ['5'], Totaal: ['11'] })
    expect(tabel(tabellen, 'per-kanaal')).toMatchObject({
      'Website (formulier)': ['6'],
      Telefoon: ['5'],
      'E-mail': ['minder dan 5'],
      Totaal: ['11'],
    })
    // Geerdijk 4 and Onbekend 1: hidden, together 5, so Vroomshoop's 6 stays.
    expect(tabel(tabellen, 'per-kern')).toEqual({
      Vriezenveen: ['minder dan 5'],
      Vroomshoop: ['6'],
      'Den Ham': ['minder dan 5'],
      'Westerhaar-Vriezenveensewijk': ['minder dan 5'],
      Geerdijk: ['minder dan 5'],
      Onbekend: ['minder dan 5'],
      Totaal: ['11'],
    })
    // naaste 4 alone could be 11 - 7: zelf (7) is not shown either.
    expect(tabel(tabellen, 'per-melder')).toMatchObject({
      'De persoon zelf': ['niet getoond'],
      'Iemand anders: familie, buur of bekende': ['minder dan 5'],
      Totaal: ['11'],
    })
    expect(tabel(tabellen, 'per-levensgebeurtenis')[seed.levensgebeurtenis]).toEqual(['5'])
  })

  it('time to first contact: website 5 meldingen after 1, 2, 3, 4, 10 days: median 3', () => {
    expect(tabel(tabellen, 'eerste-contact')).toMatchObject({ 'Website (formulier)': ['5', '3'], 'Alle kanalen': ['5', '3'] })
  })

  it('referrals per thema and organisatie of the aanbod', () => {
    const thema = tabel(tabellen, 'doorverwezen-thema')
    for (const t of seed.aanbod.themas) expect(thema[t], t).toEqual(['6'])
    expect(thema.Totaal).toEqual(['6'])
    expect(tabel(tabellen, 'doorverwezen-organisatie')).toEqual({ [seed.aanbod.organisatie]: ['6'], Totaal: ['6'] })
  })

  it('start and end measurement: Geerdijk’s 4 people never show, Vroomshoop not either (else 9 minus 5)', () => {
    const kern = tabel(tabellen, 'metingen-kern')
    expect(kern.Geerdijk).toEqual(['minder dan 5', 'niet getoond', 'niet getoond', 'niet getoond'])
    expect(kern.Vroomshoop).toEqual(['niet getoond', 'niet getoond', 'niet getoond', 'niet getoond'])
    // All 9: before 6 each; after V1, V2 and G1-G4 0, V3-V5 6: 18 / 9 = 2; lower: 6 of 9 = 67%.
    expect(kern['Iedereen met een start- en eindmeting']).toEqual(['9', '6', '2', '67'])
    // Per thema only V1-V5 (referred): before 6, after (0 + 0 + 6 + 6 + 6) / 5 = 3.6, lower 2 of 5 = 40%.
    const thema = tabel(tabellen, 'metingen-thema')
    for (const t of seed.aanbod.themas) expect(thema[t], t).toEqual(['5', '6', '3.6', '40'])
  })

  it('the CSV: the same tables, Dutch headers, "minder dan 5" for Geerdijk, never its 4', async () => {
    const res = await api(cms, 'GET', `/api/monitoring/csv${q}`, { token: token.redacteur })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const csv = String(res.body)
    // A BOM first, for Dutch Excel (fetch's text() drops it: read the bytes).
    const ruw = await fetch(`${cms.url}/api/monitoring/csv${q}`, { headers: { authorization: `JWT ${token.redacteur}` } })
    expect([...new Uint8Array(await ruw.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const regels = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(regels).toContain('Meldingen per kern')
    expect(regels).toContain('Kern;Aantal meldingen')
    expect(regels).toContain('Vroomshoop;6')
    expect(regels).toContain('Geerdijk;minder dan 5')
    expect(regels).toContain('Totaal;11')
    expect(regels).toContain('Geerdijk;minder dan 5;niet getoond;niet getoond;niet getoond')
    expect(regels).toContain('Iedereen met een start- en eindmeting;9;6,0;2,0;67%')
    expect(regels.filter((r) => r.startsWith('Geerdijk;'))).toHaveLength(2)
    expect(csv).not.toMatch(/Geerdijk;4\b/)
  })
})

describe('monitoring: who may see it', () => {
  it.each(['anoniem', 'partner', 'beheerder'])('refuses %s the JSON and the CSV (403), with no figure in the answer', async (rol) => {
    for (const pad of ['/api/monitoring/tabellen', '/api/monitoring/csv']) {
      const res = await api(cms, 'GET', pad + q, { token: token[rol] })
      expect(res.status, `${rol} ${pad}`).toBe(403)
      expect(JSON.stringify(res.body)).not.toMatch(/Vroomshoop|Geerdijk|tabellen/)
    }
  })

  it('lets a beheerder in only with MELDPUNT_BEHEERDER_TOEGANG=true', async () => {
    const ander = await startCmsServer({ demo: true, env: { MELDPUNT_BEHEERDER_TOEGANG: 'true' } })
    try {
      const { token: t } = await login(ander, 'beheerder@demo.local')
      expect((await api(ander, 'GET', `/api/monitoring/csv${q}`, { token: t })).status).toBe(200)
    } finally {
      await ander.close()
    }
  }, 120_000)

  it('writes one access-log line per view, with the period and no melding number', async () => {
    const regels = async () =>
      (await api(cms, 'GET', '/api/meldingen-logboek?limit=0&depth=0', { token: token.meldpunt })).body.docs as any[]
    const voor = await regels()
    expect((await api(cms, 'GET', `/api/monitoring/tabellen${q}`, { token: token.redacteur })).status).toBe(200)
    const nieuw = (await regels()).filter((r) => !voor.some((v) => v.id === r.id))
    expect(nieuw).toHaveLength(1)
    expect(nieuw[0]).toMatchObject({ actie: 'lijst', meldingen: '', resultaat: 'gelukt' })
    expect(nieuw[0].details).toBe('monitoring bekeken: 2025-03-01 tot en met 2025-04-30, alleen groepscijfers')
    expect(nieuw[0].gebruikerNaam).toContain('redacteur@demo.local')
  })
})

describe('monitoring: the public figures', () => {
  it('answer anyone with only suppressed aggregates: no number below 5 anywhere, Geerdijk "minder dan 5"', async () => {
    const res = await api(cms, 'GET', '/api/monitoring/openbaar')
    expect(res.status).toBe(200)
    const laag = getallen(res.body).filter((g) => g.waarde < 5)
    expect(laag, JSON.stringify(laag)).toEqual([])
    const kern = res.body.tabellen.find((t: any) => t.id === 'per-kern')
    const geerdijk = kern.rijen.find((r: any) => r.label === 'Geerdijk')
    expect(geerdijk.waarden).toEqual([null])
    expect(res.body.tabellen.map((t: any) => t.id)).toEqual(['per-kwartaal', 'per-kern', 'bezoekers-per-maand', 'meest-bekeken'])
    // Nothing but group figures: no melding number, no link, no score.
    expect(JSON.stringify(res.body)).not.toMatch(/M-20\d\d-|koppeling|totaal"?:\s*\d|categorie/)
  })
})
