/**
 * The monitoring figures (content-schema/monitoring.ts) over a small hand-counted set, and the small-number rule:
 * a group of 4 never shows a number, and a hidden cell cannot be found back as the total minus the shown cells.
 * Every expected value below is counted by hand from the rows written out here.
 */
import { describe, expect, it } from 'vitest'
import {
  MIN_GROEP,
  type MonitoringMelding,
  type MonitoringMeting,
  type Tabel,
  cijferTekst,
  monitoringTabellen,
  onderdruk,
  openbareCijfersSchema,
  openbarePeriodes,
  openbareTabellen,
} from '../../content-schema'

const melding = (m: Partial<MonitoringMelding> & { ontvangenOp: string }): MonitoringMelding => ({
  kanaal: 'website',
  melder: 'zelf',
  kern: 'Vriezenveen',
  levensgebeurtenissen: [],
  eersteContactOp: null,
  doorverwezen: [],
  koppeling: null,
  ...m,
})

/**
 * 13 meldingen in March and April 2026 (Amsterdam time), and one outside the period (15 February).
 * - Vriezenveen 8 (m1-m8), Den Ham 4 (m9-m12), kern unknown 1 (m13).
 * - March: m1-m6 (6); April: m7-m13 (7). m13 came in on 31 March 23:30 UTC = 1 April 01:30 in Amsterdam: April.
 * - kanaal: website m1-m7 (7), telefoon m8-m13 (6).
 * - melder: zelf m1-m10 (10), naaste m11-m13 (3).
 * - levensgebeurtenis "Pensioen": m1-m5 (5); "Rouw en verlies": m1, m6 (2).
 * - first contact: m1 after 1 day, m2 2, m3 3, m4 4, m5 10 days (website, 5: median 3); m8 after 1 day (telefoon, 1).
 * - referred: m1-m6 to aanbod A (thema Ontmoeten, organisatie Org A); m1 also to aanbod B (thema Bewegen, Org B).
 */
const M: MonitoringMelding[] = [
  melding({
    ontvangenOp: '2026-03-02T09:00:00Z',
    levensgebeurtenissen: ['Pensioen', 'Rouw en verlies'],
    eersteContactOp: '2026-03-03T09:00:00Z',
    koppeling: 'k1',
  }),
  melding({
    ontvangenOp: '2026-03-03T09:00:00Z',
    levensgebeurtenissen: ['Pensioen'],
    eersteContactOp: '2026-03-05T09:00:00Z',
    koppeling: 'k2',
  }),
  melding({
    ontvangenOp: '2026-03-04T09:00:00Z',
    levensgebeurtenissen: ['Pensioen'],
    eersteContactOp: '2026-03-07T09:00:00Z',
    koppeling: 'k3',
  }),
  melding({
    ontvangenOp: '2026-03-05T09:00:00Z',
    levensgebeurtenissen: ['Pensioen'],
    eersteContactOp: '2026-03-09T09:00:00Z',
    koppeling: 'k4',
  }),
  melding({
    ontvangenOp: '2026-03-06T09:00:00Z',
    levensgebeurtenissen: ['Pensioen'],
    eersteContactOp: '2026-03-16T09:00:00Z',
    koppeling: 'k5',
  }),
  melding({ ontvangenOp: '2026-03-07T09:00:00Z', levensgebeurtenissen: ['Rouw en verlies'], koppeling: 'k6' }),
  melding({ ontvangenOp: '2026-04-01T09:00:00Z' }),
  melding({ ontvangenOp: '2026-04-02T09:00:00Z', kanaal: 'telefoon', eersteContactOp: '2026-04-03T09:00:00Z' }),
  melding({ ontvangenOp: '2026-04-03T09:00:00Z', kanaal: 'telefoon', kern: 'Den Ham', koppeling: 'k9' }),
  melding({ ontvangenOp: '2026-04-04T09:00:00Z', kanaal: 'telefoon', kern: 'Den Ham', koppeling: 'k10' }),
  melding({ ontvangenOp: '2026-04-05T09:00:00Z', kanaal: 'telefoon', kern: 'Den Ham', melder: 'naaste', koppeling: 'k11' }),
  melding({ ontvangenOp: '2026-04-06T09:00:00Z', kanaal: 'telefoon', kern: 'Den Ham', melder: 'naaste', koppeling: 'k12' }),
  melding({ ontvangenOp: '2026-03-31T23:30:00Z', kanaal: 'telefoon', kern: null, melder: 'naaste' }),
  melding({ ontvangenOp: '2026-02-15T09:00:00Z', kanaal: 'telefoon' }),
]
const A = { themas: ['Ontmoeten'], organisatie: 'Org A' }
const B = { themas: ['Bewegen'], organisatie: 'Org B' }
M[0]!.doorverwezen = [A, B]
for (const i of [1, 2, 3, 4, 5]) M[i]!.doorverwezen = [A]

/**
 * Measurements: k1-k6 (Vriezenveen, referred to Ontmoeten) and k9-k12 (Den Ham, 4 people) have a start and an end.
 * Vriezenveen: start 6,5,4,3,2,5 (mean 25/6 = 4.17 -> 4.2); end 1,4,4,1,2,5 (17/6 = 2.83 -> 2.8);
 *   category lower: k1 sterk->niet, k2 sterk->matig, k4 matig->niet: 3 of 6 = 50%.
 * Den Ham: 4 people: never a number. k6 also has a tussenmeting (ignored) and k5 an end without a total (ignored:
 *   k5 then has no end measurement with a total... so it is left out). Recount: k5's end is the only end and has no total.
 */
const meting = (koppeling: string, moment: string, totaal: number | null, datum = '2026-04-10'): MonitoringMeting => ({
  koppeling,
  moment,
  datum,
  totaal,
})
const MT: MonitoringMeting[] = [
  meting('k1', 'start', 6, '2026-03-03'),
  meting('k1', 'eind', 1),
  meting('k2', 'start', 5, '2026-03-04'),
  meting('k2', 'eind', 4),
  meting('k3', 'start', 4, '2026-03-05'),
  meting('k3', 'eind', 4),
  meting('k4', 'start', 3, '2026-03-06'),
  meting('k4', 'eind', 1),
  meting('k5', 'start', 2, '2026-03-07'),
  meting('k5', 'eind', null),
  meting('k6', 'start', 5, '2026-03-08'),
  meting('k6', 'tussenmeting', 0, '2026-03-20'),
  meting('k6', 'eind', 5),
  ...['k9', 'k10', 'k11', 'k12'].flatMap((k) => [meting(k, 'start', 6, '2026-04-07'), meting(k, 'eind', 0)]),
]

const tabellen = monitoringTabellen({
  periode: { van: '2026-03-01', tot: '2026-04-30' },
  meldingen: M,
  metingen: MT,
  bezoeken: [
    { dag: '2026-03-01', pad: '/', aantal: 40 },
    { dag: '2026-03-02', pad: '/meldpunt/', aantal: 12 },
    { dag: '2026-04-02', pad: '/', aantal: 3 },
    { dag: '2026-04-02', pad: '/privacy/', aantal: 1 },
    { dag: '2026-05-01', pad: '/', aantal: 100 },
  ],
  kernen: ['Vriezenveen', 'Den Ham', 'Westerhaar'],
  levensgebeurtenissen: ['Pensioen', 'Rouw en verlies'],
  themas: ['Ontmoeten', 'Bewegen'],
})
const tabel = (id: string) => tabellen.find((t) => t.id === id)!
/** A table as { label: [values as shown] }, with the total row as "Totaal" (or its own label). */
const getoond = (t: Tabel) =>
  Object.fromEntries(
    [...t.rijen, ...(t.totaal ? [t.totaal] : [])].map((r) => [r.label, r.waarden.map((w, i) => cijferTekst(w, t.kolommen[i]!.soort))]),
  )

describe('the small-number rule', () => {
  it('hides every count below 5, zero included', () => {
    expect(MIN_GROEP).toBe(5)
    // 4 + 0 hidden = 4: the smallest shown (5) is hidden too, as "verborgen" (it is not below 5).
    expect(onderdruk([4, 5, 12, 0])).toEqual([null, 'verborgen', 12, null])
    expect(onderdruk([4, 6, 12, 3])).toEqual([null, 6, 12, null])
  })

  it('hides the smallest shown cell too when the hidden cells add up to 1-4 (no total minus the others)', () => {
    // 3 hidden alone could be found back from the total 18: 5 is hidden too (3 + 5 = 8).
    expect(onderdruk([10, 3, 5])).toEqual([10, null, 'verborgen'])
    // Hidden 0 + 0: nothing to find back, nothing more hidden.
    expect(onderdruk([10, 0, 7, 0])).toEqual([10, null, 7, null])
    // Hidden 4 + 0 = 4: the smallest shown (6) goes too.
    expect(onderdruk([9, 4, 6, 0])).toEqual([9, null, 'verborgen', null])
    // Hidden 2 + 2 = 4, then 5 hidden: 9.
    expect(onderdruk([2, 2, 5, 20])).toEqual([null, null, 'verborgen', 20])
    // Already at least 5 hidden together (4 + 3): nothing more.
    expect(onderdruk([4, 3, 6])).toEqual([null, null, 6])
  })

  it('writes a hidden count as "minder dan 5" and a hidden mean as "niet getoond"', () => {
    expect(cijferTekst(null, 'aantal')).toBe('minder dan 5')
    expect(cijferTekst(null, 'gemiddelde')).toBe('niet getoond')
    expect(cijferTekst('verborgen', 'aantal')).toBe('niet getoond')
    expect(cijferTekst(4.25, 'gemiddelde')).toBe('4,3')
    expect(cijferTekst(50, 'procent')).toBe('50%')
  })
})

describe('the figures of a hand-counted period', () => {
  it('meldingen per month (Amsterdam days), kanaal, kern and melder', () => {
    expect(getoond(tabel('per-maand'))).toEqual({ 'maart 2026': ['6'], 'april 2026': ['7'], Totaal: ['13'] })
    expect(getoond(tabel('per-kanaal'))).toEqual({
      'Website (formulier)': ['7'],
      Telefoon: ['6'],
      'Langs bij het zorginformatiepunt': ['minder dan 5'],
      'E-mail': ['minder dan 5'],
      'Via een professional': ['minder dan 5'],
      'Via een vrijwilliger': ['minder dan 5'],
      Totaal: ['13'],
    })
    // Den Ham 4 and Onbekend 1: hidden, together 5, so Vriezenveen's 8 can stay.
    expect(getoond(tabel('per-kern'))).toEqual({
      Vriezenveen: ['8'],
      'Den Ham': ['minder dan 5'],
      Westerhaar: ['minder dan 5'],
      Onbekend: ['minder dan 5'],
      Totaal: ['13'],
    })
    // naaste 3 alone (13 - 10 = 3): zelf (10) is hidden too.
    expect(getoond(tabel('per-melder'))).toEqual({
      'De persoon zelf': ['niet getoond'],
      'Iemand anders: familie, buur of bekende': ['minder dan 5'],
      'Een professional': ['minder dan 5'],
      'Een vrijwilliger': ['minder dan 5'],
      Totaal: ['13'],
    })
    // Rouw en verlies 2 alone: Pensioen (5) is hidden too.
    expect(getoond(tabel('per-levensgebeurtenis'))).toEqual({
      Pensioen: ['niet getoond'],
      'Rouw en verlies': ['minder dan 5'],
      Totaal: ['13'],
    })
  })

  it('time to first contact: median days and n', () => {
    expect(getoond(tabel('eerste-contact'))).toMatchObject({
      // Telefoon 1 alone: website (5) is hidden too. All 6: 1, 1, 2, 3, 4, 10 days: median 2.5.
      'Website (formulier)': ['niet getoond', 'niet getoond'],
      Telefoon: ['minder dan 5', 'niet getoond'],
      'Alle kanalen': ['6', '2,5'],
    })
  })

  it('referrals per thema and organisatie: distinct meldingen', () => {
    // Bewegen 1 alone: Ontmoeten (6) is hidden too; the same for the organisaties.
    expect(getoond(tabel('doorverwezen-thema'))).toEqual({ Ontmoeten: ['niet getoond'], Bewegen: ['minder dan 5'], Totaal: ['6'] })
    expect(getoond(tabel('doorverwezen-organisatie'))).toEqual({ 'Org A': ['niet getoond'], 'Org B': ['minder dan 5'], Totaal: ['6'] })
  })

  it('start and end measurement per kern and thema, always with n; a group of 4 shows no number', () => {
    const kern = getoond(tabel('metingen-kern'))
    // k5 has no end total: Vriezenveen has k1, k2, k3, k4, k6 = 5 people; Den Ham 4 (hidden, 4 + 0 + 0 = 4), so
    // Vriezenveen is hidden too (else its figures and the total's give Den Ham's).
    expect(kern['Den Ham']).toEqual(['minder dan 5', 'niet getoond', 'niet getoond', 'niet getoond'])
    expect(kern.Vriezenveen).toEqual(['niet getoond', 'niet getoond', 'niet getoond', 'niet getoond'])
    // All 9: start 23 + 24 = 47 / 9 = 5.2; end 15 + 0 = 15 / 9 = 1.7; lower 3 + 4 = 7 / 9 = 78%.
    expect(kern['Iedereen met een start- en eindmeting']).toEqual(['9', '5,2', '1,7', '78%'])
    // Per thema: Ontmoeten k1, k2, k3, k4, k6 = 5; Bewegen k1 only (1, hidden), so Ontmoeten is hidden too.
    const thema = getoond(tabel('metingen-thema'))
    expect(thema.Bewegen).toEqual(['minder dan 5', 'niet getoond', 'niet getoond', 'niet getoond'])
    expect(thema.Ontmoeten).toEqual(['niet getoond', 'niet getoond', 'niet getoond', 'niet getoond'])
  })

  it('visits per month and the pages seen at least 5 times', () => {
    // April's 4 alone could be found as 56 - 52: March is hidden too. May is outside the period.
    expect(getoond(tabel('bezoekers-per-maand'))).toEqual({
      'maart 2026': ['niet getoond'],
      'april 2026': ['minder dan 5'],
      Totaal: ['56'],
    })
    // '/' 43, '/meldpunt/' 12; '/privacy/' 1 is left out.
    expect(getoond(tabel('meest-bekeken'))).toEqual({ '/': ['43'], '/meldpunt/': ['12'] })
  })
})

describe('the public figures', () => {
  it('cover the last 8 quarters and 12 months', () => {
    expect(openbarePeriodes('2026-12-06')).toEqual({
      meldingen: { van: '2025-01-01', tot: '2026-12-06' },
      bezoeken: { van: '2026-01-01', tot: '2026-12-06' },
    })
  })

  it('never hold a number below 5, and the schema refuses one', () => {
    const { tabellen: t } = openbareTabellen({ meldingen: M, metingen: MT, bezoeken: [], kernen: ['Vriezenveen', 'Den Ham'] }, '2026-04-30')
    const cijfers = { bijgewerkt: '2026-04-30', periodes: openbarePeriodes('2026-04-30'), tabellen: t }
    expect(openbareCijfersSchema.safeParse(cijfers).success).toBe(true)
    // From 1 July 2024: the February melding (m14, Vriezenveen) counts too: 9; Den Ham 4 and Onbekend 1 hidden (5).
    const kern = t.find((x) => x.id === 'per-kern')!
    expect(Object.fromEntries(kern.rijen.map((r) => [r.label, r.waarden[0]]))).toEqual({ Vriezenveen: 9, 'Den Ham': null, Onbekend: null })
    const kwartaal = t.find((x) => x.id === 'per-kwartaal')!
    // 1st quarter 2026: m1-m6 and m14 (February): 7; 2nd: m7-m13 (m13: 31 March UTC is 1 April here) = 7.
    expect(Object.fromEntries(kwartaal.rijen.map((r) => [r.label, r.waarden[0]]))).toMatchObject({
      '1e kwartaal 2026': 7,
      '2e kwartaal 2026': 7,
    })
    const fout = structuredClone(cijfers)
    fout.tabellen[1]!.rijen[1]!.waarden[0] = 4
    expect(openbareCijfersSchema.safeParse(fout).success).toBe(false)
  })
})
