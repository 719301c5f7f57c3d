/**
 * Monitoring of the Meldpunt (issue 23, shared/meldpunt.md "Monitoring"): the group figures over meldingen, metingen
 * and visits, as pure functions over plain rows, and the small-number rule. One definition, used by the admin page
 * and its CSV (cms/components/Monitoring.tsx, cms/monitoring/), the public endpoint (/api/monitoring/openbaar) and
 * the site's page "Het Meldpunt in cijfers" (its zod schema is here too).
 *
 * The small-number rule (MIN_GROEP): a figure based on fewer than 5 meldingen or people is never shown; it reads
 * "minder dan 5" (a mean or a percentage of such a group: "niet getoond"). Zero counts as fewer than 5 too.
 * So that a hidden cell cannot be found back as the total minus the other cells (the totals are shown, and the same
 * total is in every table of a period), each table also hides its smallest shown cells until the hidden cells
 * together hold 0 or at least MIN_GROEP (secondary suppression): subtracting then gives only a group of 5 or more,
 * spread over cells nobody can tell apart. The total itself is hidden only when it is below MIN_GROEP.
 * What this does not prevent: comparing two periods that differ by a few days in the admin (the period is free
 * there, for staff). The public figures have fixed periods (whole quarters and months), so they cannot be differenced.
 */
import { z } from 'zod'
import { type Option, labelOf } from './reference/enums'
import { meldingKanalen, meldingMelders } from './reference/meldingen'
import { type MetingCategorie, metingCategorie, metingCategorieen } from './reference/metingen'
import { maandJaar } from './format'
import { localDate } from './time'

/** The smallest group whose figures are shown. */
export const MIN_GROEP = 5
/** What a hidden count says. */
export const MINDER_DAN = `minder dan ${MIN_GROEP}`
/** What a hidden mean, median or percentage says (its group has fewer than MIN_GROEP people). */
export const NIET_GETOOND = 'niet getoond'

/** A count hidden only so that a small one cannot be recomputed from the total (it is 5 or more itself). */
export const VERBORGEN = 'verborgen'

/**
 * A figure: a number; null when it is based on fewer than MIN_GROEP meldingen or people ("minder dan 5"); VERBORGEN
 * when it is hidden as the second cell of the rule ("niet getoond": it is 5 or more, but would reveal a small one).
 */
export type Cijfer = number | null | typeof VERBORGEN

/** What a column holds: a count (hidden as "minder dan 5"), or a figure about a group (hidden as "niet getoond"). */
export type KolomSoort = 'aantal' | 'gemiddelde' | 'procent' | 'dagen'
export interface Kolom {
  kop: string
  soort: KolomSoort
}
export interface Rij {
  label: string
  waarden: Cijfer[]
}
export interface Tabel {
  id: string
  titel: string
  /** A short Dutch explanation of the figure (B1). */
  uitleg: string
  /** The heading of the row labels. */
  rijKop: string
  kolommen: Kolom[]
  rijen: Rij[]
  /** The total row (its label and values), when the table has one. */
  totaal?: Rij
  /** How many meldingen, people or page views the table is about (hidden below MIN_GROEP). */
  n: number | null
  /** What n counts: "meldingen", "mensen", "keer bekeken". */
  nWat: string
}

/**
 * The small-number rule on the counts of one table (see the top of this file): every count below MIN_GROEP is
 * hidden (null); then, while the hidden counts add up to 1..MIN_GROEP-1, the smallest shown count is hidden too
 * (VERBORGEN: it is not below MIN_GROEP itself, so it does not say "minder dan 5").
 */
export function onderdruk(aantallen: readonly number[]): Cijfer[] {
  const verborgen = aantallen.map((a) => a < MIN_GROEP)
  const som = () => aantallen.reduce((s, a, i) => s + (verborgen[i] ? a : 0), 0)
  while (som() > 0 && som() < MIN_GROEP) {
    let kleinste = -1
    aantallen.forEach((a, i) => {
      if (!verborgen[i] && (kleinste < 0 || a < aantallen[kleinste]!)) kleinste = i
    })
    if (kleinste < 0) break
    verborgen[kleinste] = true
  }
  return aantallen.map((a, i) => (!verborgen[i] ? a : a < MIN_GROEP ? null : VERBORGEN))
}

/** One count (a total): hidden below MIN_GROEP. */
export const totaalCijfer = (n: number): number | null => (n < MIN_GROEP ? null : n)

const NL1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const NL0 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })

/** A figure as text: 12, "2,5", "40%"; hidden: "minder dan 5" (a count below 5) or "niet getoond". */
export function cijferTekst(waarde: Cijfer, soort: KolomSoort): string {
  if (waarde === VERBORGEN) return NIET_GETOOND
  if (waarde === null) return soort === 'aantal' ? MINDER_DAN : NIET_GETOOND
  if (soort === 'aantal') return NL0.format(waarde)
  if (soort === 'procent') return `${NL0.format(waarde)}%`
  return NL1.format(waarde)
}

// ——— The rows the figures are counted from ———

/** A melding's anonymous fields (never a personal one), with the names of its kern and terms. */
export interface MonitoringMelding {
  /** ISO instant. */
  ontvangenOp: string | null
  kanaal: string | null
  melder: string | null
  /** The kern's name; null: unknown. */
  kern: string | null
  levensgebeurtenissen: string[]
  eersteContactOp: string | null
  /** The aanbod it was referred to: per aanbod its themas' names and its organisatie's name. */
  doorverwezen: { themas: string[]; organisatie: string | null }[]
  /** The random link to its metingen (content-schema/reference/metingen.ts); never shown. */
  koppeling: string | null
}

export interface MonitoringMeting {
  koppeling: string | null
  moment: string
  /** ISO date or instant. */
  datum: string | null
  totaal: number | null
}

export interface MonitoringBezoek {
  /** YYYY-MM-DD */
  dag: string
  pad: string
  aantal: number
}

/** A period of whole days in Twenterand's time, both ends included (YYYY-MM-DD). */
export interface Periode {
  van: string
  tot: string
}

const inPeriode = (dag: string, p: Periode) => dag >= p.van && dag <= p.tot
const dagVan = (instant: string) => localDate(instant)

/** The months (YYYY-MM) of a period, in order. */
export function maandenVan(p: Periode): string[] {
  const maanden: string[] = []
  let [j, m] = p.van.slice(0, 7).split('-').map(Number) as [number, number]
  const eind = p.tot.slice(0, 7)
  for (;;) {
    const maand = `${j}-${String(m).padStart(2, '0')}`
    if (maand > eind) break
    maanden.push(maand)
    m += 1
    if (m > 12) {
      m = 1
      j += 1
    }
  }
  return maanden
}

/** "1e kwartaal 2026" for a month of it. */
export const kwartaalVan = (maand: string) => `${Math.floor((Number(maand.slice(5, 7)) - 1) / 3) + 1}e kwartaal ${maand.slice(0, 4)}`

/**
 * A table of counts: per label, how many distinct items (meldingen) have it. `labelsVan` gives an item's labels
 * (none, one, or several); `labels` the rows in order (a label that occurs but is not listed is added at the end).
 */
function telTabel<T>(
  def: Pick<Tabel, 'id' | 'titel' | 'uitleg' | 'rijKop' | 'nWat'>,
  items: readonly T[],
  labels: readonly string[],
  labelsVan: (item: T) => readonly string[],
  { alleenVoorkomend = false } = {},
): Tabel {
  const tellingen = new Map<string, number>(alleenVoorkomend ? [] : labels.map((l) => [l, 0]))
  for (const item of items) {
    for (const l of new Set(labelsVan(item))) tellingen.set(l, (tellingen.get(l) ?? 0) + 1)
  }
  const rijLabels = [...tellingen.keys()]
  if (alleenVoorkomend) rijLabels.sort((a, b) => tellingen.get(b)! - tellingen.get(a)! || a.localeCompare(b, 'nl'))
  const cijfers = onderdruk(rijLabels.map((l) => tellingen.get(l)!))
  const n = totaalCijfer(items.length)
  return {
    ...def,
    kolommen: [{ kop: `Aantal ${def.nWat}`, soort: 'aantal' }],
    rijen: rijLabels.map((label, i) => ({ label, waarden: [cijfers[i]!] })),
    totaal: { label: 'Totaal', waarden: [n] },
    n,
  }
}

const optieLabels = (o: readonly Option[]) => o.map((x) => x.label)
const ONBEKEND = 'Onbekend'

const mediaan = (getallen: number[]) => {
  const s = [...getallen].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const DAG_MS = 86_400_000

/** Time to first contact, overall and per kanaal: the median number of days, and n. */
function eersteContactTabel(meldingen: readonly MonitoringMelding[]): Tabel {
  const dagen = (m: MonitoringMelding) =>
    m.ontvangenOp && m.eersteContactOp ? (new Date(m.eersteContactOp).getTime() - new Date(m.ontvangenOp).getTime()) / DAG_MS : null
  const metContact = meldingen.filter((m) => dagen(m) !== null)
  const groepen = meldingKanalen.map((k) => metContact.filter((m) => m.kanaal === k.value))
  const ns = onderdruk(groepen.map((g) => g.length))
  const rij = (label: string, groep: MonitoringMelding[], n: Cijfer): Rij => ({
    label,
    waarden: [n, typeof n !== 'number' ? n : Math.round(mediaan(groep.map((m) => dagen(m)!)) * 10) / 10],
  })
  const n = totaalCijfer(metContact.length)
  return {
    id: 'eerste-contact',
    titel: 'Tijd tot het eerste contact',
    uitleg:
      'Hoeveel dagen er zaten tussen het binnenkomen van de melding en het eerste contact met de melder. De mediaan: de helft had sneller contact, de helft later. Alleen meldingen waarbij het eerste contact is ingevuld.',
    rijKop: 'Kanaal',
    nWat: 'meldingen',
    kolommen: [
      { kop: 'Aantal meldingen', soort: 'aantal' },
      { kop: 'Mediaan (dagen)', soort: 'dagen' },
    ],
    rijen: meldingKanalen.map((k, i) => rij(k.label, groepen[i]!, ns[i]!)),
    totaal: rij('Alle kanalen', metContact, n),
    n,
  }
}

const CATEGORIE_RANG: Record<MetingCategorie, number> = Object.fromEntries(metingCategorieen.map((c, i) => [c.value, i])) as Record<
  MetingCategorie,
  number
>

/** A person with a start and an end measurement (both with a total): the two totals. */
interface Paar {
  melding: MonitoringMelding
  voor: number
  na: number
}

/** Per melding: the start measurement's total (the first start) and the end measurement's (the last end). */
export function metingParen(meldingen: readonly MonitoringMelding[], metingen: readonly MonitoringMeting[]): Paar[] {
  const perKoppeling = new Map<string, MonitoringMeting[]>()
  for (const m of metingen) {
    if (!m.koppeling || m.totaal === null || m.totaal === undefined) continue
    perKoppeling.set(m.koppeling, [...(perKoppeling.get(m.koppeling) ?? []), m])
  }
  const paren: Paar[] = []
  for (const melding of meldingen) {
    const eigen = melding.koppeling ? (perKoppeling.get(melding.koppeling) ?? []) : []
    const opDatum = (moment: string) =>
      eigen.filter((m) => m.moment === moment).sort((a, b) => String(a.datum).localeCompare(String(b.datum)))
    const start = opDatum('start')[0]
    const eind = opDatum('eind').at(-1)
    if (start && eind) paren.push({ melding, voor: start.totaal!, na: eind.totaal! })
  }
  return paren
}

const lager = (p: Paar) => CATEGORIE_RANG[metingCategorie(p.na)!] < CATEGORIE_RANG[metingCategorie(p.voor)!]

const METING_KOLOMMEN: Kolom[] = [
  { kop: 'Aantal mensen', soort: 'aantal' },
  { kop: 'Gemiddelde score bij de start (0-6)', soort: 'gemiddelde' },
  { kop: 'Gemiddelde score aan het eind (0-6)', soort: 'gemiddelde' },
  { kop: 'In een lagere groep gekomen', soort: 'procent' },
]

/** Start and end measurement per group (kern or referral thema), with the same columns and the total. */
function metingTabel(
  def: Pick<Tabel, 'id' | 'titel' | 'uitleg' | 'rijKop'>,
  paren: readonly Paar[],
  labels: readonly string[],
  labelsVan: (p: Paar) => readonly string[],
): Tabel {
  const groepen = labels.map((l) => paren.filter((p) => labelsVan(p).includes(l)))
  const ns = onderdruk(groepen.map((g) => g.length))
  const rij = (label: string, groep: readonly Paar[], n: Cijfer): Rij => {
    if (typeof n !== 'number') return { label, waarden: [n, n, n, n] }
    const gem = (f: (p: Paar) => number) => Math.round((groep.reduce((s, p) => s + f(p), 0) / groep.length) * 10) / 10
    return { label, waarden: [n, gem((p) => p.voor), gem((p) => p.na), Math.round((groep.filter(lager).length / groep.length) * 100)] }
  }
  const n = totaalCijfer(paren.length)
  return {
    ...def,
    nWat: 'mensen',
    kolommen: METING_KOLOMMEN,
    rijen: labels.map((l, i) => rij(l, groepen[i]!, ns[i]!)),
    totaal: rij('Iedereen met een start- en eindmeting', paren, n),
    n,
  }
}

const METING_UITLEG =
  'Mensen met een startmeting én een eindmeting (met een totaalscore). De score is 0 tot 6: hoe hoger, hoe eenzamer. "In een lagere groep gekomen": van sterk naar matig of niet eenzaam, of van matig naar niet eenzaam.'

/** Visitors of the site per month (page views), and the most visited pages (only pages seen MIN_GROEP times or more). */
function bezoekTabellen(bezoeken: readonly MonitoringBezoek[], periode: Periode, maxPaginas = 10): Tabel[] {
  const binnen = bezoeken.filter((b) => inPeriode(b.dag, periode))
  const maanden = maandenVan(periode)
  const perMaand = maanden.map((m) => binnen.filter((b) => b.dag.startsWith(m)).reduce((s, b) => s + b.aantal, 0))
  const totaal = perMaand.reduce((s, a) => s + a, 0)
  const maandCijfers = onderdruk(perMaand)
  const perPad = new Map<string, number>()
  for (const b of binnen) perPad.set(b.pad, (perPad.get(b.pad) ?? 0) + b.aantal)
  const paginas = [...perPad.entries()]
    .filter(([, a]) => a >= MIN_GROEP)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxPaginas)
  const n = totaalCijfer(totaal)
  return [
    {
      id: 'bezoekers-per-maand',
      titel: 'Bezoekers van de site per maand',
      uitleg:
        'Hoe vaak pagina’s van de site bekeken zijn. Geteld zonder cookies en zonder IP-adressen: we weten niet wie er keek, en één persoon die drie pagina’s bekijkt telt drie keer.',
      rijKop: 'Maand',
      nWat: 'keer bekeken',
      kolommen: [{ kop: 'Pagina’s bekeken', soort: 'aantal' }],
      rijen: maanden.map((m, i) => ({ label: maandJaar(m), waarden: [maandCijfers[i]!] })),
      totaal: { label: 'Totaal', waarden: [n] },
      n,
    },
    {
      id: 'meest-bekeken',
      titel: 'Meest bekeken pagina’s',
      uitleg: `De ${maxPaginas} pagina’s die het vaakst bekeken zijn. Pagina’s die minder dan ${MIN_GROEP} keer bekeken zijn, staan er niet in.`,
      rijKop: 'Pagina',
      nWat: 'keer bekeken',
      kolommen: [{ kop: 'Keer bekeken', soort: 'aantal' }],
      rijen: paginas.map(([pad, a]) => ({ label: pad, waarden: [a] })),
      n,
    },
  ]
}

/** The names the rows of a table use, in the order to show them. */
export interface MonitoringNamen {
  kernen: string[]
  levensgebeurtenissen: string[]
  themas: string[]
}

export interface MonitoringInvoer extends MonitoringNamen {
  periode: Periode
  meldingen: readonly MonitoringMelding[]
  metingen: readonly MonitoringMeting[]
  bezoeken: readonly MonitoringBezoek[]
}

/** The meldingen received in the period (by their day in Twenterand's time). */
export const meldingenInPeriode = (meldingen: readonly MonitoringMelding[], periode: Periode) =>
  meldingen.filter((m) => m.ontvangenOp && inPeriode(dagVan(m.ontvangenOp), periode))

/** Every table of the monitoring page and its CSV, for the meldingen received in the period. */
export function monitoringTabellen(invoer: MonitoringInvoer): Tabel[] {
  const { periode } = invoer
  const meldingen = meldingenInPeriode(invoer.meldingen, periode)
  const paren = metingParen(meldingen, invoer.metingen)
  const themasVan = (m: MonitoringMelding) => m.doorverwezen.flatMap((d) => d.themas)
  const doorverwezen = meldingen.filter((m) => m.doorverwezen.length > 0)
  return [
    telTabel(
      {
        id: 'per-maand',
        titel: 'Meldingen per maand',
        uitleg: 'Hoeveel meldingen er per maand binnenkwamen, op alle manieren samen.',
        rijKop: 'Maand',
        nWat: 'meldingen',
      },
      meldingen,
      maandenVan(periode).map(maandJaar),
      (m) => [maandJaar(dagVan(m.ontvangenOp!).slice(0, 7))],
    ),
    telTabel(
      { id: 'per-kanaal', titel: 'Meldingen per kanaal', uitleg: 'Hoe de melding binnenkwam.', rijKop: 'Kanaal', nWat: 'meldingen' },
      meldingen,
      optieLabels(meldingKanalen),
      (m) => [labelOf(meldingKanalen, m.kanaal as any) || ONBEKEND],
    ),
    telTabel(
      {
        id: 'per-kern',
        titel: 'Meldingen per kern',
        uitleg: 'In welk dorp de persoon woont over wie de melding gaat. Onbekend: de melder wist het niet.',
        rijKop: 'Kern',
        nWat: 'meldingen',
      },
      meldingen,
      [...invoer.kernen, ONBEKEND],
      (m) => [m.kern ?? ONBEKEND],
    ),
    telTabel(
      {
        id: 'per-levensgebeurtenis',
        titel: 'Meldingen per levensgebeurtenis',
        uitleg: 'Wat er speelt. Een melding kan bij meer dan één levensgebeurtenis horen, dus de rijen tellen niet op tot het totaal.',
        rijKop: 'Levensgebeurtenis',
        nWat: 'meldingen',
      },
      meldingen,
      invoer.levensgebeurtenissen,
      (m) => m.levensgebeurtenissen,
    ),
    telTabel(
      {
        id: 'per-melder',
        titel: 'Meldingen per melder',
        uitleg: 'Wie de melding deed: de persoon zelf of iemand anders.',
        rijKop: 'Wie meldt',
        nWat: 'meldingen',
      },
      meldingen,
      optieLabels(meldingMelders),
      (m) => [labelOf(meldingMelders, m.melder as any) || ONBEKEND],
    ),
    eersteContactTabel(meldingen),
    telTabel(
      {
        id: 'doorverwezen-thema',
        titel: 'Doorverwezen, per thema van het aanbod',
        uitleg:
          'Meldingen waarbij iemand is doorverwezen naar aanbod op de kaart, geteld per thema van dat aanbod. Een melding kan bij meer thema’s horen.',
        rijKop: 'Thema',
        nWat: 'doorverwezen meldingen',
      },
      doorverwezen,
      invoer.themas,
      themasVan,
    ),
    telTabel(
      {
        id: 'doorverwezen-organisatie',
        titel: 'Doorverwezen, per organisatie',
        uitleg: 'Naar welke organisatie iemand is doorverwezen. Alleen organisaties waar minstens één keer naar is doorverwezen.',
        rijKop: 'Organisatie',
        nWat: 'doorverwezen meldingen',
      },
      doorverwezen,
      [],
      (m) => m.doorverwezen.map((d) => d.organisatie ?? ONBEKEND),
      { alleenVoorkomend: true },
    ),
    metingTabel(
      { id: 'metingen-kern', titel: 'Start- en eindmeting per kern', uitleg: METING_UITLEG, rijKop: 'Kern' },
      paren,
      [...invoer.kernen, ONBEKEND],
      (p) => [p.melding.kern ?? ONBEKEND],
    ),
    metingTabel(
      {
        id: 'metingen-thema',
        titel: 'Start- en eindmeting per thema van de doorverwijzing',
        uitleg: `${METING_UITLEG} Per thema van het aanbod waarnaar iemand is doorverwezen; iemand kan bij meer thema’s horen.`,
        rijKop: 'Thema',
      },
      paren,
      invoer.themas,
      (p) => themasVan(p.melding),
    ),
    ...bezoekTabellen(invoer.bezoeken, periode),
  ]
}

/** What the De Jong Gierveld scale can and cannot show (shared/meldpunt.md, shared/domain.md). */
export const SCHAAL_UITLEG = [
  'De start- en eindmeting gebruiken de eenzaamheidsschaal van De Jong Gierveld: zes vragen, samen een score van 0 tot 6. 0 of 1 is niet eenzaam, 2 tot en met 4 matig eenzaam, 5 of 6 sterk eenzaam.',
  'De schaal is gemaakt om groepen te volgen. Hij is geen diagnose van één persoon.',
  'Een verschil tussen start en eind zegt niet dat de hulp het verschil maakte. Eenzaamheid verandert ook door andere dingen in iemands leven. In onderzoek lieten maar weinig activiteiten tegen eenzaamheid een effect zien dat echt aan de activiteit lag (Fokkema en Van Tilburg, 2007: 2 van de 10).',
  `Kleine groepen zeggen weinig en kunnen iemand herkenbaar maken. Daarom tonen we geen cijfer van minder dan ${MIN_GROEP} mensen of meldingen.`,
] as const

// ——— The public figures (/api/monitoring/openbaar, the site's "Het Meldpunt in cijfers") ———

/** The public figures' periods: the last 8 quarters (this one included) for meldingen, the last 12 months for visits. */
export function openbarePeriodes(vandaag: string): { meldingen: Periode; bezoeken: Periode } {
  const jaar = Number(vandaag.slice(0, 4))
  const maand = Number(vandaag.slice(5, 7))
  const kwartaalStart = Math.floor((maand - 1) / 3) * 3 + 1
  // 7 quarters (21 months) before the start of this quarter.
  const startIndex = jaar * 12 + (kwartaalStart - 1) - 21
  const ym = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
  const bezoekIndex = jaar * 12 + (maand - 1) - 11
  return { meldingen: { van: `${ym(startIndex)}-01`, tot: vandaag }, bezoeken: { van: `${ym(bezoekIndex)}-01`, tot: vandaag } }
}

/** The public figures: meldingen per quarter and per kern, visits per month and the most visited pages. */
export function openbareTabellen(invoer: Omit<MonitoringInvoer, 'periode' | 'levensgebeurtenissen' | 'themas'>, vandaag: string) {
  const periodes = openbarePeriodes(vandaag)
  const meldingen = meldingenInPeriode(invoer.meldingen, periodes.meldingen)
  const kwartalen = [...new Set(maandenVan(periodes.meldingen).map(kwartaalVan))]
  const tabellen: Tabel[] = [
    telTabel(
      {
        id: 'per-kwartaal',
        titel: 'Meldingen per kwartaal',
        uitleg: 'Hoeveel meldingen het Meldpunt kreeg, per drie maanden. Via het formulier, de telefoon, een bezoek of een professional.',
        rijKop: 'Kwartaal',
        nWat: 'meldingen',
      },
      meldingen,
      kwartalen,
      (m) => [kwartaalVan(dagVan(m.ontvangenOp!).slice(0, 7))],
    ),
    telTabel(
      {
        id: 'per-kern',
        titel: 'Meldingen per kern',
        uitleg: 'In welk dorp de persoon woont over wie de melding gaat. Onbekend: de melder wist het niet.',
        rijKop: 'Kern',
        nWat: 'meldingen',
      },
      meldingen,
      [...invoer.kernen, ONBEKEND],
      (m) => [m.kern ?? ONBEKEND],
    ),
    ...bezoekTabellen(invoer.bezoeken, periodes.bezoeken),
  ]
  return { periodes, tabellen }
}

/** A figure of the public figures: never a number below MIN_GROEP (null: "minder dan 5"; or VERBORGEN). */
const openbaarCijfer = z.union([z.number().int().min(MIN_GROEP), z.null(), z.literal(VERBORGEN)])
const openbareRij = z.object({ label: z.string(), waarden: z.array(openbaarCijfer) })
const periodeSchema = z.object({ van: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), tot: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })

/** The public endpoint's answer, as the site checks it: a number below MIN_GROEP fails the build. */
export const openbareCijfersSchema = z.object({
  bijgewerkt: z.string(),
  periodes: z.object({ meldingen: periodeSchema, bezoeken: periodeSchema }),
  tabellen: z.array(
    z.object({
      id: z.string(),
      titel: z.string(),
      uitleg: z.string(),
      rijKop: z.string(),
      kolommen: z.array(z.object({ kop: z.string(), soort: z.literal('aantal') })),
      rijen: z.array(openbareRij),
      totaal: openbareRij.optional(),
      n: z.number().int().min(MIN_GROEP).nullable(),
      nWat: z.string(),
    }),
  ),
})
export type OpenbareCijfers = z.infer<typeof openbareCijfersSchema>
