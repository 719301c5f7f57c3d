/**
 * A hand-counted set of meldingen and metingen for the monitoring tests (tests/http/monitoring.test.ts,
 * tests/e2e/monitoring.test.ts), made over the REST API as the meldpunt worker, all received in March and April 2025
 * (before any demo melding, which are dated relative to today; the oldest is 15 months back).
 *
 * - Vroomshoop V1-V6: website, zelf, 3-8 March 2025; V1-V5 with the first levensgebeurtenis, first contact after
 *   1, 2, 3, 4 and 10 days; V1-V6 referred to aanbod A; V1-V5 a start (6) and an end measurement (V1, V2: 0; V3-V5: 6).
 * - Geerdijk G1-G4: telefoon, naaste, 1-4 April 2025; a start (6) and an end (0). Exactly 4: never a number.
 * - O1: telefoon, zelf, kern unknown, 10 April 2025.
 */
import { expect } from 'vitest'
import { api, type CmsServer, login } from './server'

export const PERIODE = { van: '2025-03-01', tot: '2025-04-30' }

/** Items 1-6: emotional "ja", social "nee" = 6 (sterk); the reverse = 0 (niet). */
const MEEST = { leegte: 'ja', terugvallen: 'nee', vertrouwen: 'nee', mensenMissen: 'ja', verbonden: 'nee', inDeSteek: 'ja' }
const MINST = { leegte: 'nee', terugvallen: 'ja', vertrouwen: 'ja', mensenMissen: 'nee', verbonden: 'ja', inDeSteek: 'nee' }

export interface MonitoringSeed {
  meldpunt: string
  aanbod: { id: number; themas: string[]; organisatie: string }
  levensgebeurtenis: string
  kernen: Record<string, number>
}

export async function seedMonitoring(cms: CmsServer): Promise<MonitoringSeed> {
  const { token } = await login(cms, 'meldpunt@demo.local')
  const kernen = Object.fromEntries(
    (await api(cms, 'GET', '/api/kernen?limit=0&depth=0')).body.docs.map((k: any) => [k.slug, k.id]),
  ) as Record<string, number>
  const leven = (await api(cms, 'GET', '/api/levensgebeurtenissen?limit=1&depth=0&sort=volgorde')).body.docs[0]
  const a = (await api(cms, 'GET', '/api/aanbod?limit=0&depth=1')).body.docs.find((d: any) => d.themas?.length > 0)
  const aanbod = { id: a.id, themas: a.themas.map((t: any) => t.naam), organisatie: a.organisatie.naam }
  const dag = (d: string, plus = 0) => new Date(Date.parse(`${d}T10:00:00Z`) + plus * 86_400_000).toISOString()
  const maak = async (data: Record<string, unknown>) => {
    const res = await api(cms, 'POST', '/api/meldingen', { token, body: { contactWijze: 'anoniem', doelAkkoord: true, ...data } })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.nummer as string
  }
  const meting = async (nummer: string, moment: string, datum: string, antwoorden: object) => {
    const res = await api(cms, 'POST', '/api/metingen', { token, body: { melding: nummer, moment, datum, antwoorden } })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  }
  const contact = [1, 2, 3, 4, 10]
  for (let i = 0; i < 6; i++) {
    const ontvangen = `2025-03-0${3 + i}`
    const nummer = await maak({
      kanaal: 'website',
      melder: 'zelf',
      kern: kernen.vroomshoop,
      ontvangenOp: dag(ontvangen),
      levensgebeurtenissen: i < 5 ? [leven.id] : [],
      eersteContactOp: i < 5 ? dag(ontvangen, contact[i]!) : undefined,
      doorverwezenNaar: [aanbod.id],
    })
    if (i < 5) {
      await meting(nummer, 'start', dag(ontvangen, 1), MEEST)
      await meting(nummer, 'eind', dag(ontvangen, 60), i < 2 ? MINST : MEEST)
    }
  }
  for (let i = 0; i < 4; i++) {
    const nummer = await maak({
      kanaal: 'telefoon',
      melder: 'naaste',
      toestemmingBetrokkene: 'ja',
      kern: kernen.geerdijk,
      ontvangenOp: dag(`2025-04-0${1 + i}`),
    })
    await meting(nummer, 'start', dag(`2025-04-0${1 + i}`, 1), MEEST)
    await meting(nummer, 'eind', dag(`2025-04-0${1 + i}`, 60), MINST)
  }
  await maak({ kanaal: 'telefoon', melder: 'zelf', ontvangenOp: dag('2025-04-10') })
  return { meldpunt: token, aanbod, levensgebeurtenis: leven.naam, kernen }
}
