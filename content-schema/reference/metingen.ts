/**
 * The De Jong Gierveld loneliness scale, 6-item version (De Jong Gierveld & Van Tilburg, 2006), as the Meldpunt uses it
 * for its start- and end-measurement (shared/domain.md, shared/meldpunt.md, issue 23): the items, the answers, the
 * scoring of the emotional and social subscale and the total, the categories, the missing-item rule and the moments.
 * One definition, used by the CMS collection `metingen` (which computes the scores on the server) and the monitoring.
 *
 * The scale is made for research and monitoring of groups. It is not a diagnosis of one person: a person's category
 * is shown only to the Meldpunt worker, never as a verdict to the resident.
 *
 * Code depends on the values below (they are stored): change them only with a migration.
 */
import { type OptionValue, opts } from './enums'

export const metingAntwoorden = opts([
  { value: 'ja', label: 'Ja' },
  { value: 'min-of-meer', label: 'Min of meer' },
  { value: 'nee', label: 'Nee' },
  { value: 'niet-beantwoord', label: 'Niet beantwoord' },
] as const)
export type MetingAntwoord = OptionValue<typeof metingAntwoorden>

export type Subschaal = 'emotioneel' | 'sociaal'

export interface MetingItem {
  /** The stored field name of the answer. */
  naam: string
  /** The item's number on the scale (1-6), in this order. */
  nummer: number
  /** The item's exact Dutch wording. */
  tekst: string
  subschaal: Subschaal
}

/**
 * The six items in the scale's order. Emotional items are worded negatively ("ja" is lonely), social items
 * positively ("nee" is lonely).
 */
export const METING_ITEMS = [
  { naam: 'leegte', nummer: 1, tekst: 'Ik ervaar een leegte om me heen.', subschaal: 'emotioneel' },
  {
    naam: 'terugvallen',
    nummer: 2,
    tekst: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.',
    subschaal: 'sociaal',
  },
  { naam: 'vertrouwen', nummer: 3, tekst: 'Ik heb veel mensen op wie ik volledig kan vertrouwen.', subschaal: 'sociaal' },
  { naam: 'mensenMissen', nummer: 4, tekst: 'Ik mis mensen om me heen.', subschaal: 'emotioneel' },
  { naam: 'verbonden', nummer: 5, tekst: 'Er zijn voldoende mensen met wie ik me nauw verbonden voel.', subschaal: 'sociaal' },
  { naam: 'inDeSteek', nummer: 6, tekst: 'Vaak voel ik me in de steek gelaten.', subschaal: 'emotioneel' },
] as const satisfies readonly MetingItem[]

export type MetingItemNaam = (typeof METING_ITEMS)[number]['naam']
export type MetingAntwoordenSet = Partial<Record<MetingItemNaam, MetingAntwoord | null | undefined>>

/** The answers that score 1 ("lonely") per subscale; every other answer scores 0, "niet beantwoord" is missing. */
const EENZAAM_ANTWOORD: Record<Subschaal, readonly MetingAntwoord[]> = {
  emotioneel: ['ja', 'min-of-meer'],
  sociaal: ['nee', 'min-of-meer'],
}

export const metingCategorieen = opts([
  { value: 'niet', label: 'Niet eenzaam' },
  { value: 'matig', label: 'Matig eenzaam' },
  { value: 'sterk', label: 'Sterk eenzaam' },
] as const)
export type MetingCategorie = OptionValue<typeof metingCategorieen>

/** The category of a total score 0-6: 0-1 niet, 2-4 matig, 5-6 sterk eenzaam. */
export const METING_CATEGORIE_GRENZEN: readonly { categorie: MetingCategorie; van: number; tot: number }[] = [
  { categorie: 'niet', van: 0, tot: 1 },
  { categorie: 'matig', van: 2, tot: 4 },
  { categorie: 'sterk', van: 5, tot: 6 },
]

/** How many items may be missing before the total is missing: "Total is missing when more than one item is missing." */
export const METING_MAX_ONTBREKEND = 1

export const metingMomenten = opts([
  { value: 'start', label: 'Startmeting' },
  { value: 'tussenmeting', label: 'Tussenmeting' },
  { value: 'eind', label: 'Eindmeting' },
] as const)
export type MetingMoment = OptionValue<typeof metingMomenten>

/** Moments a melding has at most one of. */
export const METING_EENMALIGE_MOMENTEN: readonly MetingMoment[] = ['start', 'eind']

export interface MetingScore {
  /** 0-3, or null when an emotional item is missing. */
  emotioneel: number | null
  /** 0-3, or null when a social item is missing. */
  sociaal: number | null
  /** 0-6, or null when more than one item is missing; with one item missing: the sum of the five answered items. */
  totaal: number | null
  categorie: MetingCategorie | null
  /** How many of the six items have no answer ("niet beantwoord" or empty). */
  ontbrekend: number
}

const beantwoord = (a: MetingAntwoord | null | undefined): a is Exclude<MetingAntwoord, 'niet-beantwoord'> =>
  a === 'ja' || a === 'min-of-meer' || a === 'nee'

export function metingCategorie(totaal: number | null): MetingCategorie | null {
  if (totaal === null) return null
  return METING_CATEGORIE_GRENZEN.find((g) => totaal >= g.van && totaal <= g.tot)?.categorie ?? null
}

/**
 * The scores of one measurement. The missing-item rule, as shared/domain.md states it: the total is missing when more
 * than one item is missing; with one item missing the total is the sum of the five answered items (no item is
 * imputed). domain.md gives no rule for the subscales: a subscale (three items) is missing as soon as one of its
 * items is missing, so a subscale score always means the same three questions. The category follows the total.
 * Anything but the three answers (empty, an unknown value) counts as missing.
 */
export function metingScore(antwoorden: MetingAntwoordenSet): MetingScore {
  const sub: Record<Subschaal, { som: number; ontbrekend: number }> = {
    emotioneel: { som: 0, ontbrekend: 0 },
    sociaal: { som: 0, ontbrekend: 0 },
  }
  for (const item of METING_ITEMS) {
    const a = antwoorden[item.naam]
    const s = sub[item.subschaal]
    if (!beantwoord(a)) s.ontbrekend += 1
    else if (EENZAAM_ANTWOORD[item.subschaal].includes(a)) s.som += 1
  }
  const ontbrekend = sub.emotioneel.ontbrekend + sub.sociaal.ontbrekend
  const totaal = ontbrekend > METING_MAX_ONTBREKEND ? null : sub.emotioneel.som + sub.sociaal.som
  return {
    emotioneel: sub.emotioneel.ontbrekend ? null : sub.emotioneel.som,
    sociaal: sub.sociaal.ontbrekend ? null : sub.sociaal.som,
    totaal,
    categorie: metingCategorie(totaal),
    ontbrekend,
  }
}

/** Defaults of the Meldpunt's settings for measurements (the global meldpunt's group `meldingen` holds the values). */
export const METING_STANDAARD = {
  /** The end measurement is due this many months after the start measurement. */
  eindmetingNaMaanden: 3,
} as const

/** The setting in use: the global meldpunt's value, else the default. */
export const metingAfspraken = (meldpunt?: { meldingen?: { eindmetingNaMaanden?: number | null } | null } | null) => ({
  eindmetingNaMaanden: meldpunt?.meldingen?.eindmetingNaMaanden ?? METING_STANDAARD.eindmetingNaMaanden,
})
