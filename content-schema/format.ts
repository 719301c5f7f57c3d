/**
 * How the kaart writes costs, addresses, dates and times for people: one definition, used by the site's pages and
 * cards, the booklets, the iCalendar feeds, the open data and the CMS. Change a form here and it changes everywhere.
 *
 * Times are written the Dutch way with a dot and "uur" ("14.00 uur"), dates with the month in words
 * ("1 december 2026"). The time-zone arithmetic itself (instants to Amsterdam dates and times) is in time.ts.
 */
import { TIJDZONE } from './reference/enums'
import { compactPhone } from './validation'

// Intl formatters are costly to make (a build formats many thousands of values): each is made once.
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })

/** "€ 2,50" (Intl puts a no-break space, U+00A0, between the sign and the amount). */
export const euro = (bedrag: number): string => EURO.format(bedrag)

export interface Kosten {
  soort: string
  bedrag?: number | null
  omschrijving?: string | null
}

/**
 * What something costs, in one line:
 *   "Gratis"
 *   "Eigen bijdrage: € 2,50"
 *   "Eigen bijdrage: € 2,50 (koffie en thee)"        amount first, the editor's words after it
 *   "Eigen bijdrage: u betaalt per maaltijd"           no amount: the editor's words
 *   "Eigen bijdrage"                                   neither (the CMS asks for one of them)
 * Decision (issue 20): the card showed the amount only, the aanbod page the omschrijving instead of the amount, and
 * the iCalendar feed "€ 2,50 (omschrijving)" or "gratis (omschrijving)" in lower case, so one aanbod had two prices.
 * Now all say the amount when there is one (the fixed fact) and keep the omschrijving (the conditions) after it.
 * An omschrijving on "gratis" is ignored: the CMS hides that field for gratis, so it is a leftover, not a fact.
 */
export function kostenTekst(k: Kosten): string {
  if (k.soort === 'gratis') return 'Gratis'
  const omschrijving = k.omschrijving?.trim()
  if (typeof k.bedrag === 'number') return `Eigen bijdrage: ${euro(k.bedrag)}${omschrijving ? ` (${omschrijving})` : ''}`
  return omschrijving ? `Eigen bijdrage: ${omschrijving}` : 'Eigen bijdrage'
}

export interface Adres {
  naam?: string | null
  adres?: string | null
  postcode?: string | null
  plaats?: string | null
}

/**
 * An address as the lines of an envelope, leaving out what is empty: ["De Schakel", "Julianastraat 5",
 * "7671 BN Vriezenveen"]. For an organisatie pass { adres: straat, postcode, plaats }.
 */
export function adresRegels(a: Adres): string[] {
  const plaats = [a.postcode, a.plaats]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ')
  return [a.naam?.trim(), a.adres?.trim(), plaats].filter((s): s is string => !!s)
}

/**
 * An address on one line: "De Schakel, Julianastraat 5, 7671 BN Vriezenveen" ('' when nothing is known).
 * Decision (issue 20): the meldpunt page wrote "Julianastraat 5 Vriezenveen" (no comma) when the postcode was empty.
 */
export const adresTekst = (a: Adres): string => adresRegels(a).join(', ')

/** "14.00" for "14:00". */
export const tijdTekst = (t: string): string => t.replace(':', '.')

/** "14.00 – 16.00 uur" for ("14:00", "16:00"); "14.00 uur" without a (different) end time. */
export function formatTijd(van: string, tot?: string | null): string {
  return tot && tot !== van ? `${tijdTekst(van)} – ${tijdTekst(tot)} uur` : `${tijdTekst(van)} uur`
}

// A calendar date (YYYY-MM-DD) is formatted as noon UTC of that date in UTC: the same date whatever the zone.
const opDatum = (datum: string) => {
  const [y, m, d] = datum.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!, 12))
}
const DATUM_MET_DAG = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const DAG = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
const DAG_KORT = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })

/** "dinsdag 1 december 2026" for 2026-12-01. */
export const formatDatum = (datum: string): string => DATUM_MET_DAG.format(opDatum(datum))
/** "dinsdag 1 december" for 2026-12-01 (a day heading in the agenda). */
export const dagTekst = (datum: string): string => DAG.format(opDatum(datum))
/** "di 1 dec" for 2026-12-01 (short, for page links). */
export const dagKort = (datum: string): string => DAG_KORT.format(opDatum(datum))

const DATUM_LANG = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIJDZONE })
/** "1 december 2026": the Amsterdam date of an instant. */
export const datumLang = (instant: string | Date): string => DATUM_LANG.format(new Date(instant))

const MAAND_JAAR = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' })
/** "december 2026" for the month "2026-12". */
export const maandJaar = (maand: string): string => MAAND_JAAR.format(new Date(`${maand}-15T12:00:00Z`))

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIJDZONE,
})
/**
 * "6 december 2026 om 05.05 uur": a moment, in Amsterdam time.
 * Decision (issue 20): the open-data page wrote "6 december 2026 om 05:05 uur" and the CMS dashboard "6 december om
 * 05:05", while the site writes times as "14.00 uur": now one form, with the year and a dot.
 */
export function tijdstipLang(instant: string | Date): string {
  const parts = TIJDSTIP.formatToParts(new Date(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')} ${get('month')} ${get('year')} om ${get('hour')}.${get('minute')} uur`
}

/** RRULE day codes as Dutch day names. */
export const DAGEN: Record<string, string> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
}
/** RRULE BYSETPOS as a Dutch ordinal ("de eerste dinsdag"). */
export const POSITIE: Record<string, string> = { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' }
const opsomming = (woorden: string[]) =>
  woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}` : (woorden[0] ?? '')

export interface SchemaRegelTijd {
  freq: string
  interval?: number | null
  byday?: string[] | null
  bysetpos?: string | null
  bymonthday?: number | null
  opensAt?: string | null
  closesAt?: string | null
}

/** A regular time in plain Dutch: "Elke dinsdag van 10.00 tot 12.00 uur", "Elke eerste woensdag van de maand …". */
export function schemaInWoorden(r: SchemaRegelTijd): string {
  const dagen = (r.byday ?? []).map((d) => DAGEN[d] ?? d)
  const n = r.interval ?? 1
  let wanneer: string
  if (r.freq === 'MONTHLY') {
    const maand = n > 1 ? `om de ${n} maanden` : 'van de maand'
    wanneer = r.bymonthday ? `Elke ${r.bymonthday}e ${maand}` : `Elke ${POSITIE[r.bysetpos ?? '1'] ?? ''} ${opsomming(dagen)} ${maand}`
  } else {
    wanneer = n === 2 ? `Om de week op ${opsomming(dagen)}` : n > 2 ? `Om de ${n} weken op ${opsomming(dagen)}` : `Elke ${opsomming(dagen)}`
  }
  const uren =
    r.opensAt && r.closesAt
      ? ` van ${tijdTekst(r.opensAt)} tot ${tijdTekst(r.closesAt)} uur`
      : r.opensAt
        ? ` vanaf ${tijdTekst(r.opensAt)} uur`
        : ''
  return `${wanneer.replace(/\s+/g, ' ').trim()}${uren}`
}

/** tel: link for a Dutch number: 0546 123 456 -> tel:+31546123456; service and short numbers stay as they are. */
export function telHref(telefoon: string): string {
  const v = compactPhone(telefoon)
  if (/^0[1-9]\d{8}$/.test(v)) return `tel:+31${v.slice(1)}`
  if (v.startsWith('0031')) return `tel:+${v.slice(2)}`
  return `tel:${v}`
}
