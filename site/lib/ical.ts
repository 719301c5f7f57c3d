/**
 * iCalendar feeds of the agenda (ical-generator). One VEVENT per activiteit: a recurring activity is one series
 * (RRULE, with EXDATE for its exception dates), so a calendar program shows it as a series and the feed stays small
 * (an occurrence per event made the feeds the slowest part of the build). Times are local Europe/Amsterdam
 * (TZID, with its VTIMEZONE in the feed), so a weekly activity at 14:00 stays at 14:00 after a summer-time change.
 * The series starts at the activity's first occurrence in the feed's window; it runs on after that window.
 * The output is deterministic for the same content and day (DTSTAMP is the activity's updatedAt, not the build time).
 *
 * Each activity's VEVENT is made once per build and shared by the feeds it is in (the whole agenda and its kern).
 * The events are folded here, not by the calendar: ical-generator 10 (the last for Node 20) folds the whole feed
 * with a new TextEncoder per character, three quarters of the feeds' time (fixed in 11, which needs Node 22).
 */
import { TZDate } from '@date-fns/tz'
import ical, { ICalEvent, ICalEventStatus, type ICalEventData } from 'ical-generator'
import { activiteitLabels, adresTekst, kostenTekst, localDate, localTime, TIJDZONE, type ActiviteitDoc } from '../../content-schema'
import { reeks, type Reeks } from './agenda'

export const ICAL_UID_DOMAIN = 'sociale-kaart-twenterand'

/** "naam, adres, postcode plaats" (content-schema's adresTekst); null when there is nothing. */
export const locatieTekst = (locatie: ActiviteitDoc['locatie']): string | null => (locatie && adresTekst(locatie)) || null

function beschrijving(a: ActiviteitDoc): string {
  const lines: string[] = []
  if (a.status === 'afgelast') lines.push('Deze activiteit is afgelast.')
  else if (a.status === 'vol') lines.push('Deze activiteit is vol.')
  lines.push(`Organisatie: ${a.organisatie.naam}`)
  if (a.kosten) lines.push(`Kosten: ${kostenTekst(a.kosten)}`)
  if (a.aanmelden?.nodig) lines.push(a.aanmelden.informatie?.trim() ? `Aanmelden: ${a.aanmelden.informatie.trim()}` : 'Aanmelden is nodig.')
  return lines.join('\n')
}

function joinUrl(siteUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  return `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

const labelNaam = new Map(activiteitLabels.map((l) => [l.slug, l.naam]))

/**
 * Europe/Amsterdam as a VTIMEZONE (the EU rule since 1996: summer time from the last Sunday of March, 02:00, to the
 * last Sunday of October, 03:00), for the TZID of every start, end and exception date in the feed.
 */
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIJDZONE}`,
  `X-LIC-LOCATION:${TIJDZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/** "20261027T170000": a moment as Amsterdam wall-clock time, for EXDATE;TZID=… (our times are whole minutes). */
const lokaal = (d: Date) => `${localDate(d).replace(/-/g, '')}T${localTime(d).replace(':', '')}00`

/**
 * RFC 5545 §3.1 line folding: lines of at most 75 octets (UTF-8), continued on a line that starts with a space,
 * never inside a character. The same folds as ical-generator's foldLines, without its encoder per character.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (line.length <= 74 && /^[\x00-\x7f]*$/.test(line)) return line
      let result = ''
      let octets = 0
      for (const ch of line) {
        const code = ch.codePointAt(0)!
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
        octets += size
        if (octets > 74) {
          result += '\r\n '
          octets = size
        }
        result += ch
      }
      return result
    })
    .join('\r\n')
}

const calendar = (naam: string) =>
  ical({
    name: naam,
    prodId: { company: 'Gemeente Twenterand', product: 'Sociale Kaart', language: 'NL' },
    timezone: { name: TIJDZONE, generator: (tz) => (tz === TIJDZONE ? VTIMEZONE_AMSTERDAM : null) },
  })

/** What ical-generator's events are made for; none of its settings show in an event's text. */
const eventCalendar = calendar('')

/** The folded VEVENTs per activity, per window and url: made once, shared by the feeds an activity is in. */
const vevents = new WeakMap<ActiviteitDoc, Map<string, string>>()

/** An iCalendar (text/calendar) feed of the activities that take place in the window, one series each. */
export function agendaIcs(
  activiteiten: ActiviteitDoc[],
  window: { from: Date; to: Date },
  { naam, siteUrl, path }: { naam: string; siteUrl: string; path: (a: ActiviteitDoc) => string },
): string {
  const series = activiteiten.flatMap((a) => {
    const r = reeks(a, window)
    return r ? [r] : []
  })
  series.sort((x, y) => x.eerste.start.getTime() - y.eerste.start.getTime() || (x.eerste.id < y.eerste.id ? -1 : 1))
  const events = series.map((r) => {
    const url = joinUrl(siteUrl, path(r.eerste.activiteit))
    let perFeed = vevents.get(r.eerste.activiteit)
    if (!perFeed) vevents.set(r.eerste.activiteit, (perFeed = new Map()))
    const key = `${window.from.getTime()}|${window.to.getTime()}|${url}`
    let text = perFeed.get(key)
    if (text === undefined) perFeed.set(key, (text = foldLines(vevent(r, url).toString())))
    return text
  })
  // The calendar without events (its own lines and the VTIMEZONE), with the events put in before its end.
  const [head, tail] = calendar(naam)
    .toString()
    .split(/(?=END:VCALENDAR$)/)
  return head! + events.join('') + tail!
}

function vevent({ eerste, rrule, uitzonderingen }: Reeks, url: string): ICalEvent {
  const a = eerste.activiteit
  const updated = new Date(a.updatedAt)
  const herhaling = rrule
    ? [`RRULE:${rrule}`, ...(uitzonderingen.length ? [`EXDATE;TZID=${TIJDZONE}:${uitzonderingen.map(lokaal).join(',')}`] : [])].join('\n')
    : null
  const event: ICalEventData = {
    id: `${a.slug}@${ICAL_UID_DOMAIN}`,
    timezone: TIJDZONE,
    start: new TZDate(eerste.start.getTime(), TIJDZONE),
    end: new TZDate(eerste.einde.getTime(), TIJDZONE),
    repeating: herhaling,
    summary: a.titel,
    description: beschrijving(a),
    location: locatieTekst(a.locatie),
    url,
    status: a.status === 'afgelast' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    categories: (a.labels ?? []).map((slug) => ({ name: labelNaam.get(slug) ?? slug })),
  }
  if (!Number.isNaN(updated.getTime())) {
    event.stamp = updated
    event.lastModified = updated
  }
  return new ICalEvent(event, eventCalendar)
}
