/**
 * iCalendar feeds of the agenda (ical-generator). One VEVENT per occurrence, already expanded (no RRULE), with
 * times in UTC: the simplest form, which every calendar program reads without a VTIMEZONE.
 * The output is deterministic for the same content (DTSTAMP is the activity's updatedAt, not the build time).
 */
import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator'
import { activiteitLabels, type ActiviteitDoc } from '../../content-schema'
import type { Occurrence } from './agenda'

export const ICAL_UID_DOMAIN = 'sociale-kaart-twenterand'

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })

/** "gratis", "€ 2,50 (koffie inbegrepen)", "eigen bijdrage", or null when unknown. */
export function kostenTekst(kosten: ActiviteitDoc['kosten'] | null | undefined): string | null {
  if (!kosten) return null
  const extra = kosten.omschrijving?.trim()
  if (kosten.soort === 'gratis') return extra ? `gratis (${extra})` : 'gratis'
  const bedrag = typeof kosten.bedrag === 'number' ? euro.format(kosten.bedrag) : 'eigen bijdrage'
  return extra ? `${bedrag} (${extra})` : bedrag
}

/** "naam, adres, postcode plaats", skipping empty parts; null when there is nothing. */
export function locatieTekst(locatie: ActiviteitDoc['locatie']): string | null {
  if (!locatie) return null
  const plaats = [locatie.postcode, locatie.plaats].map((s) => s?.trim()).filter(Boolean).join(' ')
  const parts = [locatie.naam, locatie.adres, plaats].map((s) => s?.trim()).filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

function beschrijving(o: Occurrence): string {
  const a = o.activiteit
  const lines: string[] = []
  if (o.afgelast) lines.push('Deze activiteit is afgelast.')
  else if (o.vol) lines.push('Deze activiteit is vol.')
  lines.push(`Organisatie: ${a.organisatie.naam}`)
  const kosten = kostenTekst(a.kosten)
  if (kosten) lines.push(`Kosten: ${kosten}`)
  if (a.aanmelden?.nodig) lines.push(a.aanmelden.informatie?.trim() ? `Aanmelden: ${a.aanmelden.informatie.trim()}` : 'Aanmelden is nodig.')
  return lines.join('\n')
}

function joinUrl(siteUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  return `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

const labelNaam = new Map(activiteitLabels.map((l) => [l.slug, l.naam]))

/** An iCalendar (text/calendar) feed of the given occurrences. */
export function agendaIcs(
  list: Occurrence[],
  { naam, siteUrl, path }: { naam: string; siteUrl: string; path: (o: Occurrence) => string },
): string {
  const calendar = ical({
    name: naam,
    prodId: { company: 'Gemeente Twenterand', product: 'Sociale Kaart', language: 'NL' },
  })
  for (const o of list) {
    const a = o.activiteit
    const updated = new Date(a.updatedAt)
    const event: ICalEventData = {
      id: `${o.id}@${ICAL_UID_DOMAIN}`,
      start: o.start,
      end: o.einde,
      summary: a.titel,
      description: beschrijving(o),
      location: locatieTekst(a.locatie),
      url: joinUrl(siteUrl, path(o)),
      status: o.afgelast ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: (a.labels ?? []).map((slug) => ({ name: labelNaam.get(slug) ?? slug })),
    }
    if (!Number.isNaN(updated.getTime())) {
      event.stamp = updated
      event.lastModified = updated
    }
    calendar.createEvent(event)
  }
  return calendar.toString()
}
