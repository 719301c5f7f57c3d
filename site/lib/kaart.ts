/** How the pages write things down: amounts, costs, phone links, where an aanbod is, regular times, dates. */
import type { AanbodDoc } from '../../content-schema'
import { HEEL_TWENTERAND, kostenSoorten, labelOf } from '../../content-schema'

export const waar = (a: AanbodDoc) => (a.heelTwenterand ? HEEL_TWENTERAND : (a.kernen ?? []).map((k) => k.naam).join(', '))

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
/** "€ 2,50" (one formatter for the whole build: making one is costly). */
export const euro = (bedrag: number) => EURO.format(bedrag)

export function kosten(k: { soort: string; bedrag?: number | null; omschrijving?: string | null }): string {
  if (k.soort === 'gratis') return 'Gratis'
  // The omschrijving usually says the amount itself ("Koffie en thee: € 2,50"); otherwise show the amount.
  const detail = k.omschrijving?.trim() || (k.bedrag != null ? euro(k.bedrag) : '')
  return `${labelOf(kostenSoorten, 'eigen-bijdrage')}${detail ? `: ${detail}` : ''}`
}

export const telHref = (telefoon: string) => `tel:${telefoon.replace(/[^\d+]/g, '')}`

const DAGEN: Record<string, string> = { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' }
const POSITIE: Record<string, string> = { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' }
const tijd = (t?: string | null) => (t ? t.replace(':', '.') : '')
const lijst = (woorden: string[]) => (woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}` : (woorden[0] ?? ''))

/** A regular time in plain Dutch: "Elke dinsdag van 10.00 tot 12.00 uur", "Elke eerste woensdag van de maand …". */
export function schemaInWoorden(r: { freq: string; interval?: number | null; byday?: string[] | null; bysetpos?: string | null; bymonthday?: number | null; opensAt?: string | null; closesAt?: string | null }): string {
  const dagen = (r.byday ?? []).map((d) => DAGEN[d] ?? d)
  const n = r.interval ?? 1
  let wanneer: string
  if (r.freq === 'MONTHLY') {
    const maand = n > 1 ? `om de ${n} maanden` : 'van de maand'
    wanneer = r.bymonthday ? `Elke ${r.bymonthday}e ${maand === 'van de maand' ? 'van de maand' : maand}` : `Elke ${POSITIE[r.bysetpos ?? '1'] ?? ''} ${lijst(dagen)} ${maand}`
  } else {
    wanneer = n === 2 ? `Om de week op ${lijst(dagen)}` : n > 2 ? `Om de ${n} weken op ${lijst(dagen)}` : `Elke ${lijst(dagen)}`
  }
  const uren = r.opensAt && r.closesAt ? ` van ${tijd(r.opensAt)} tot ${tijd(r.closesAt)} uur` : r.opensAt ? ` vanaf ${tijd(r.opensAt)} uur` : ''
  return `${wanneer.replace(/\s+/g, ' ').trim()}${uren}`
}

const DATUM_LANG = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })
export const datumLang = (iso: string | Date) => DATUM_LANG.format(new Date(iso))
