/**
 * The De Jong Gierveld scale's scoring (content-schema/reference/metingen.ts) against hand-computed cases. The expected
 * values are worked out by hand from shared/domain.md: emotional items (1, 4, 6) score 1 for "ja" or "min of meer";
 * social items (2, 3, 5) score 1 for "nee" or "min of meer"; total 0-6: 0-1 niet, 2-4 matig, 5-6 sterk eenzaam; the
 * total is missing when more than one item is missing.
 */
import { describe, expect, it } from 'vitest'
import {
  METING_ITEMS,
  METING_STANDAARD,
  metingAfspraken,
  metingAntwoorden,
  metingCategorie,
  metingMomenten,
  metingScore,
} from '../../content-schema'

/** The stored names of items 1-6, written out here (not taken from the code). */
const NAMEN = ['leegte', 'terugvallen', 'vertrouwen', 'mensenMissen', 'verbonden', 'inDeSteek'] as const
type A = 'ja' | 'min-of-meer' | 'nee' | 'niet-beantwoord'
const J = 'ja'
const M = 'min-of-meer'
const N = 'nee'
const X = 'niet-beantwoord'

/** Answers to items 1..6 in the scale's order. */
const score = (antwoorden: readonly A[]) => metingScore(Object.fromEntries(antwoorden.map((a, i) => [NAMEN[i], a])))

/** Least lonely: emotional "nee", social "ja". Most lonely: emotional "ja", social "nee". */
const MINST = [N, J, J, N, J, N] as const
const MEEST = [J, N, N, J, N, J] as const
const met = (basis: readonly A[], wijzig: Record<number, A>) => basis.map((a, i) => wijzig[i + 1] ?? a)

describe('the items, answers and moments', () => {
  it('has the six items in order with their exact wording and subscale (shared/domain.md)', () => {
    expect(METING_ITEMS.map((i) => [i.nummer, i.naam, i.tekst, i.subschaal])).toEqual([
      [1, 'leegte', 'Ik ervaar een leegte om me heen.', 'emotioneel'],
      [2, 'terugvallen', 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.', 'sociaal'],
      [3, 'vertrouwen', 'Ik heb veel mensen op wie ik volledig kan vertrouwen.', 'sociaal'],
      [4, 'mensenMissen', 'Ik mis mensen om me heen.', 'emotioneel'],
      [5, 'verbonden', 'Er zijn voldoende mensen met wie ik me nauw verbonden voel.', 'sociaal'],
      [6, 'inDeSteek', 'Vaak voel ik me in de steek gelaten.', 'emotioneel'],
    ])
  })

  it('answers ja / min of meer / nee / niet beantwoord; moments start, tussenmeting, eind; end due after 3 months', () => {
    expect(metingAntwoorden.map((a) => a.label)).toEqual(['Ja', 'Min of meer', 'Nee', 'Niet beantwoord'])
    expect(metingMomenten.map((m) => [m.value, m.label])).toEqual([
      ['start', 'Startmeting'],
      ['tussenmeting', 'Tussenmeting'],
      ['eind', 'Eindmeting'],
    ])
    expect(METING_STANDAARD.eindmetingNaMaanden).toBe(3)
    expect(metingAfspraken(null).eindmetingNaMaanden).toBe(3)
    expect(metingAfspraken({ meldingen: { eindmetingNaMaanden: 6 } }).eindmetingNaMaanden).toBe(6)
    expect(metingAfspraken({ meldingen: { eindmetingNaMaanden: null } }).eindmetingNaMaanden).toBe(3)
  })
})

describe('the extremes', () => {
  it.each([
    ['least lonely (emotional nee, social ja)', MINST, { emotioneel: 0, sociaal: 0, totaal: 0, categorie: 'niet' }],
    ['most lonely (emotional ja, social nee)', MEEST, { emotioneel: 3, sociaal: 3, totaal: 6, categorie: 'sterk' }],
    ['all "ja": only the emotional items count', [J, J, J, J, J, J], { emotioneel: 3, sociaal: 0, totaal: 3, categorie: 'matig' }],
    ['all "nee": only the social items count', [N, N, N, N, N, N], { emotioneel: 0, sociaal: 3, totaal: 3, categorie: 'matig' }],
    ['all "min of meer": every item counts', [M, M, M, M, M, M], { emotioneel: 3, sociaal: 3, totaal: 6, categorie: 'sterk' }],
  ] as const)('%s', (_, antwoorden, verwacht) => {
    expect(score(antwoorden)).toEqual({ ...verwacht, ontbrekend: 0 })
  })
})

describe('each subscale’s reversal', () => {
  it.each([
    [1, J, 1],
    [1, M, 1],
    [1, N, 0],
    [4, J, 1],
    [4, M, 1],
    [4, N, 0],
    [6, J, 1],
    [6, M, 1],
    [6, N, 0],
  ] as const)('emotional item %i answered %s scores %i', (item, antwoord, punten) => {
    expect(score(met(MINST, { [item]: antwoord }))).toEqual({
      emotioneel: punten,
      sociaal: 0,
      totaal: punten,
      categorie: 'niet',
      ontbrekend: 0,
    })
  })

  it.each([
    [2, N, 1],
    [2, M, 1],
    [2, J, 0],
    [3, N, 1],
    [3, M, 1],
    [3, J, 0],
    [5, N, 1],
    [5, M, 1],
    [5, J, 0],
  ] as const)('social item %i answered %s scores %i', (item, antwoord, punten) => {
    expect(score(met(MINST, { [item]: antwoord }))).toEqual({
      emotioneel: 0,
      sociaal: punten,
      totaal: punten,
      categorie: 'niet',
      ontbrekend: 0,
    })
  })

  it('from the most lonely side: emotional "nee" and social "ja" each take one point off', () => {
    expect(score(met(MEEST, { 1: N }))).toMatchObject({ emotioneel: 2, sociaal: 3, totaal: 5, categorie: 'sterk' })
    expect(score(met(MEEST, { 5: J }))).toMatchObject({ emotioneel: 3, sociaal: 2, totaal: 5, categorie: 'sterk' })
    expect(score(met(MEEST, { 1: N, 5: J }))).toMatchObject({ emotioneel: 2, sociaal: 2, totaal: 4, categorie: 'matig' })
  })
})

describe('the missing-item rule', () => {
  it('one emotional item missing: total is the sum of the five answered items, the emotional subscale is missing', () => {
    expect(score(met(MEEST, { 1: X }))).toEqual({ emotioneel: null, sociaal: 3, totaal: 5, categorie: 'sterk', ontbrekend: 1 })
    expect(score(met(MINST, { 6: X }))).toEqual({ emotioneel: null, sociaal: 0, totaal: 0, categorie: 'niet', ontbrekend: 1 })
  })

  it('one social item missing: total is the sum of the five answered items, the social subscale is missing', () => {
    expect(score(met(MEEST, { 3: X }))).toEqual({ emotioneel: 3, sociaal: null, totaal: 5, categorie: 'sterk', ontbrekend: 1 })
    // Emotional 1 + 0 + 1 = 2; social items 2 and 5 "nee" = 2, item 3 missing: total 4, matig.
    expect(score([J, N, X, N, N, J])).toEqual({ emotioneel: 2, sociaal: null, totaal: 4, categorie: 'matig', ontbrekend: 1 })
  })

  it('an empty or unknown answer counts as missing, like "niet beantwoord"', () => {
    const zonder = metingScore({ leegte: 'ja', terugvallen: 'nee', vertrouwen: 'nee', mensenMissen: 'ja', verbonden: 'nee' })
    expect(zonder).toEqual({ emotioneel: null, sociaal: 3, totaal: 5, categorie: 'sterk', ontbrekend: 1 })
    const onbekend = metingScore({ ...Object.fromEntries(NAMEN.map((n, i) => [n, MEEST[i]])), inDeSteek: 'misschien' as any })
    expect(onbekend).toEqual({ emotioneel: null, sociaal: 3, totaal: 5, categorie: 'sterk', ontbrekend: 1 })
  })

  it('two items missing: the total and its category are missing (one in each subscale, or both in one)', () => {
    expect(score(met(MEEST, { 1: X, 2: X }))).toEqual({ emotioneel: null, sociaal: null, totaal: null, categorie: null, ontbrekend: 2 })
    expect(score(met(MEEST, { 1: X, 4: X }))).toEqual({ emotioneel: null, sociaal: 3, totaal: null, categorie: null, ontbrekend: 2 })
    expect(score(met(MINST, { 2: X, 5: X }))).toEqual({ emotioneel: 0, sociaal: null, totaal: null, categorie: null, ontbrekend: 2 })
  })

  it('more than two missing: still no total; nothing answered at all: nothing at all', () => {
    expect(score(met(MEEST, { 1: X, 2: X, 3: X }))).toEqual({
      emotioneel: null,
      sociaal: null,
      totaal: null,
      categorie: null,
      ontbrekend: 3,
    })
    expect(score([X, X, X, X, X, X])).toEqual({ emotioneel: null, sociaal: null, totaal: null, categorie: null, ontbrekend: 6 })
    expect(metingScore({})).toEqual({ emotioneel: null, sociaal: null, totaal: null, categorie: null, ontbrekend: 6 })
  })
})

describe('the category boundaries', () => {
  it.each([
    [0, 'niet'],
    [1, 'niet'],
    [2, 'matig'],
    [3, 'matig'],
    [4, 'matig'],
    [5, 'sterk'],
    [6, 'sterk'],
  ] as const)('total %i is %s eenzaam', (totaal, categorie) => {
    expect(metingCategorie(totaal)).toBe(categorie)
  })

  it('no total, no category', () => {
    expect(metingCategorie(null)).toBeNull()
  })

  it.each([
    ['1 point (item 4 "min of meer")', met(MINST, { 4: M }), 1, 'niet'],
    ['2 points (items 4 and 5)', met(MINST, { 4: M, 5: N }), 2, 'matig'],
    ['4 points (items 1, 2, 3, 4)', met(MINST, { 1: J, 2: N, 3: M, 4: J }), 4, 'matig'],
    ['5 points (all but item 6)', met(MEEST, { 6: N }), 5, 'sterk'],
  ] as const)('from answers: %s', (_, antwoorden, totaal, categorie) => {
    expect(score(antwoorden)).toMatchObject({ totaal, categorie })
  })
})
