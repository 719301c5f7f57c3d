import { describe, expect, it } from 'vitest'
import ical from 'node-ical'
import { activiteitSchema, formatDatum, formatTijd, type ActiviteitDoc } from '../../content-schema'
import { agendaWindow, groupByDay, nextOccurrence, occurrences, type Occurrence } from '../../site/lib/agenda'
import { foldLines as libraryFold } from 'ical-generator'
import { agendaIcs, foldLines } from '../../site/lib/ical'

type Herhaling = NonNullable<ActiviteitDoc['herhaling']>

let nextId = 1
/** An activity with every required field filled; `start`/`einde` as ISO instants. Validated like the site does. */
function activiteit(overrides: Partial<ActiviteitDoc> & { herhaling?: Partial<Herhaling> | null } = {}): ActiviteitDoc {
  const id = nextId++
  const doc = {
    id,
    titel: `Activiteit ${id}`,
    slug: `activiteit-${id}`,
    start: '2026-10-13T12:00:00.000Z',
    einde: '2026-10-13T14:00:00.000Z',
    herhaling: { freq: 'none' },
    kern: { id: 1, slug: 'vroomshoop', naam: 'Vroomshoop' },
    organisatie: { id: 1, naam: 'Stichting Voorbeeld (voorbeeld)', slug: 'stichting-voorbeeld' },
    kosten: { soort: 'gratis' },
    status: 'gepland',
    updatedAt: '2026-09-01T08:00:00.000Z',
    ...overrides,
  }
  return activiteitSchema.parse(doc)
}

const range = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) })
const dates = (list: Occurrence[]) => list.map((o) => o.datum)

describe('occurrences', () => {
  it('expands a weekly rule in an 8-week window', () => {
    // Tuesdays 10:00–12:00 local (CEST in september).
    const a = activiteit({
      start: '2026-09-01T08:00:00.000Z',
      einde: '2026-09-01T10:00:00.000Z',
      herhaling: { freq: 'WEEKLY', interval: 1 },
    })
    const window = agendaWindow(new Date('2026-09-01T06:00:00.000Z'))
    expect(window.from.toISOString()).toBe('2026-08-31T22:00:00.000Z')
    expect(window.to.toISOString()).toBe('2026-10-26T23:00:00.000Z') // after the change to winter time
    const list = occurrences([a], window)
    expect(list).toHaveLength(8)
    expect(dates(list)).toEqual([
      '2026-09-01',
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
      '2026-09-29',
      '2026-10-06',
      '2026-10-13',
      '2026-10-20',
    ])
    for (const o of list) {
      expect(o.van).toBe('10:00')
      expect(o.tot).toBe('12:00')
      expect(o.id).toBe(`${a.slug}-${o.datum}`)
      expect(o.einde.getTime() - o.start.getTime()).toBe(2 * 3600_000)
      expect(o.afgelast).toBe(false)
      expect(o.vol).toBe(false)
    }
  })

  it('honours the interval (every other week) and several days', () => {
    const a = activiteit({
      start: '2026-09-01T08:00:00.000Z',
      einde: '2026-09-01T09:00:00.000Z',
      herhaling: { freq: 'WEEKLY', interval: 2 },
    })
    expect(dates(occurrences([a], range('2026-09-01T00:00:00Z', '2026-10-15T00:00:00Z')))).toEqual([
      '2026-09-01',
      '2026-09-15',
      '2026-09-29',
      '2026-10-13',
    ])
    const b = activiteit({
      start: '2026-09-01T08:00:00.000Z',
      einde: '2026-09-01T09:00:00.000Z',
      herhaling: { freq: 'WEEKLY', interval: 2, byday: ['TU', 'TH'] },
    })
    expect(dates(occurrences([b], range('2026-09-01T00:00:00Z', '2026-09-20T00:00:00Z')))).toEqual([
      '2026-09-01',
      '2026-09-03',
      '2026-09-15',
      '2026-09-17',
    ])
  })

  it('expands a daily rule with an interval', () => {
    const a = activiteit({
      start: '2026-09-01T08:00:00.000Z',
      einde: '2026-09-01T09:00:00.000Z',
      herhaling: { freq: 'DAILY', interval: 3 },
    })
    expect(dates(occurrences([a], range('2026-09-01T00:00:00Z', '2026-09-11T00:00:00Z')))).toEqual([
      '2026-09-01',
      '2026-09-04',
      '2026-09-07',
      '2026-09-10',
    ])
  })

  it('expands monthly rules by weekday of the month', () => {
    const window = range('2026-09-01T00:00:00Z', '2027-01-01T00:00:00Z')
    const eersteDinsdag = activiteit({
      start: '2026-09-01T12:00:00.000Z',
      einde: '2026-09-01T14:00:00.000Z',
      herhaling: { freq: 'MONTHLY', interval: 1, bysetpos: '1', byday: ['TU'] },
    })
    expect(dates(occurrences([eersteDinsdag], window))).toEqual(['2026-09-01', '2026-10-06', '2026-11-03', '2026-12-01'])

    const laatsteVrijdag = activiteit({
      start: '2026-09-25T17:00:00.000Z',
      einde: '2026-09-25T19:00:00.000Z',
      herhaling: { freq: 'MONTHLY', interval: 1, bysetpos: '-1', byday: ['FR'] },
    })
    expect(dates(occurrences([laatsteVrijdag], window))).toEqual(['2026-09-25', '2026-10-30', '2026-11-27', '2026-12-25'])

    // No day given: the weekday of the start date (Thursday 2026-09-17 is the third Thursday).
    const derdeVanStartdag = activiteit({
      start: '2026-09-17T12:00:00.000Z',
      einde: '2026-09-17T13:00:00.000Z',
      herhaling: { freq: 'MONTHLY', interval: 1, bysetpos: '3' },
    })
    expect(dates(occurrences([derdeVanStartdag], window))).toEqual(['2026-09-17', '2026-10-15', '2026-11-19', '2026-12-17'])
  })

  it('follows rrule semantics when the start date does not match the rule', () => {
    // Starts on Monday 2026-09-07, "every Tuesday": the Monday itself is not an occurrence.
    const a = activiteit({
      start: '2026-09-07T12:00:00.000Z',
      einde: '2026-09-07T13:00:00.000Z',
      herhaling: { freq: 'WEEKLY', interval: 1, byday: ['TU'] },
    })
    expect(dates(occurrences([a], range('2026-09-01T00:00:00Z', '2026-09-20T00:00:00Z')))).toEqual(['2026-09-08', '2026-09-15'])
  })

  it('removes exception dates, compared by local date', () => {
    const a = activiteit({
      start: '2026-09-01T08:00:00.000Z',
      einde: '2026-09-01T10:00:00.000Z',
      herhaling: {
        freq: 'WEEKLY',
        interval: 1,
        // Midnight local time, stored as the previous day in UTC: still 15 September locally.
        uitzonderingen: [{ datum: '2026-09-14T22:00:00.000Z' }, { datum: '2026-09-29T10:00:00.000Z' }],
      },
    })
    expect(dates(occurrences([a], range('2026-09-01T00:00:00Z', '2026-10-07T00:00:00Z')))).toEqual([
      '2026-09-01',
      '2026-09-08',
      '2026-09-22',
      '2026-10-06',
    ])
  })

  it('honours until as an inclusive local date', () => {
    const a = activiteit({
      start: '2026-09-01T17:00:00.000Z', // 19:00 local
      einde: '2026-09-01T19:00:00.000Z',
      // Midnight local time of 22 September (21 September in UTC), before the start time: 22 September counts.
      herhaling: { freq: 'WEEKLY', interval: 1, until: '2026-09-21T22:00:00.000Z' },
    })
    expect(dates(occurrences([a], range('2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z')))).toEqual([
      '2026-09-01',
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
    ])
  })

  it('keeps the local time across the change to winter time (October 2026)', () => {
    const a = activiteit({
      start: '2026-10-13T12:00:00.000Z', // Tuesday 14:00 CEST
      einde: '2026-10-13T14:00:00.000Z', // 16:00 CEST
      herhaling: { freq: 'WEEKLY', interval: 1 },
    })
    const list = occurrences([a], range('2026-10-14T00:00:00Z', '2026-11-01T00:00:00Z'))
    expect(list.map((o) => o.start.toISOString())).toEqual(['2026-10-20T12:00:00.000Z', '2026-10-27T13:00:00.000Z'])
    expect(list.map((o) => o.einde.toISOString())).toEqual(['2026-10-20T14:00:00.000Z', '2026-10-27T15:00:00.000Z'])
    expect(list.map((o) => `${o.van}-${o.tot}`)).toEqual(['14:00-16:00', '14:00-16:00'])
  })

  it('keeps the local time across the change to summer time (March 2027)', () => {
    const a = activiteit({
      start: '2027-03-16T13:00:00.000Z', // Tuesday 14:00 CET
      einde: '2027-03-16T15:00:00.000Z',
      herhaling: { freq: 'WEEKLY', interval: 1 },
    })
    const list = occurrences([a], range('2027-03-17T00:00:00Z', '2027-04-01T00:00:00Z'))
    expect(list.map((o) => o.start.toISOString())).toEqual(['2027-03-23T13:00:00.000Z', '2027-03-30T12:00:00.000Z'])
    expect(list.map((o) => o.van)).toEqual(['14:00', '14:00'])
  })

  it('keeps the local end time and day offset of an activity past midnight', () => {
    const a = activiteit({
      start: '2026-10-24T18:00:00.000Z', // Saturday 20:00 CEST
      einde: '2026-10-24T23:00:00.000Z', // Sunday 01:00 CEST
      herhaling: { freq: 'WEEKLY', interval: 1 },
    })
    const [first, second] = occurrences([a], range('2026-10-24T00:00:00Z', '2026-11-01T00:00:00Z'))
    expect(first!.einde.toISOString()).toBe('2026-10-24T23:00:00.000Z')
    // The next Saturday is in winter time: 20:00 CET to 01:00 CET the next day.
    expect(second!.start.toISOString()).toBe('2026-10-31T19:00:00.000Z')
    expect(second!.einde.toISOString()).toBe('2026-11-01T00:00:00.000Z')
    expect(second!.tot).toBe('01:00')
  })

  it('includes a single activity only inside the window (start in [from, to))', () => {
    const a = activiteit({ start: '2026-12-01T13:00:00.000Z', einde: '2026-12-01T15:00:00.000Z' })
    expect(occurrences([a], range('2026-09-01T00:00:00Z', '2026-11-01T00:00:00Z'))).toEqual([])
    expect(occurrences([a], range('2026-11-01T00:00:00Z', '2026-12-01T13:00:00Z'))).toEqual([])
    const [o] = occurrences([a], range('2026-12-01T13:00:00Z', '2026-12-02T00:00:00Z'))
    expect(o!.datum).toBe('2026-12-01')
    expect(o!.van).toBe('14:00')
    expect(o!.tot).toBe('16:00')
    expect(o!.start.toISOString()).toBe('2026-12-01T13:00:00.000Z')
    expect(o!.einde.toISOString()).toBe('2026-12-01T15:00:00.000Z')
  })

  it('marks afgelast and vol on every occurrence', () => {
    const base = {
      start: '2026-09-01T08:00:00.000Z',
      einde: '2026-09-01T10:00:00.000Z',
      herhaling: { freq: 'WEEKLY' as const, interval: 1 },
    }
    const window = range('2026-09-01T00:00:00Z', '2026-09-20T00:00:00Z')
    const afgelast = occurrences([activiteit({ ...base, status: 'afgelast' })], window)
    const vol = occurrences([activiteit({ ...base, status: 'vol' })], window)
    expect(afgelast).toHaveLength(3)
    expect(afgelast.every((o) => o.afgelast && !o.vol)).toBe(true)
    expect(vol).toHaveLength(3)
    expect(vol.every((o) => o.vol && !o.afgelast)).toBe(true)
  })

  it('sorts by start, then titel', () => {
    const zelfdeTijd = { start: '2026-09-02T08:00:00.000Z', einde: '2026-09-02T09:00:00.000Z' }
    const b = activiteit({ ...zelfdeTijd, titel: 'Breien' })
    const a = activiteit({ ...zelfdeTijd, titel: 'Aquarelleren' })
    const eerder = activiteit({ start: '2026-09-02T07:00:00.000Z', einde: '2026-09-02T08:00:00.000Z', titel: 'Zumba' })
    const list = occurrences([b, a, eerder], range('2026-09-01T00:00:00Z', '2026-09-03T00:00:00Z'))
    expect(list.map((o) => o.activiteit.titel)).toEqual(['Zumba', 'Aquarelleren', 'Breien'])
  })
})

describe('groupByDay, formatting and windows', () => {
  it('groups by local day with Dutch labels', () => {
    const a = activiteit({
      titel: 'Koffie-ochtend',
      start: '2026-11-24T09:00:00.000Z',
      einde: '2026-11-24T11:00:00.000Z',
      herhaling: { freq: 'WEEKLY', interval: 1 },
    })
    // 23:30 local on 1 December is 22:30Z: grouped under 1 December, not by its UTC date.
    const laat = activiteit({ titel: 'Sterrenkijken', start: '2026-12-01T22:30:00.000Z', einde: '2026-12-01T23:30:00.000Z' })
    const groups = groupByDay(occurrences([a, laat], range('2026-11-24T00:00:00Z', '2026-12-03T00:00:00Z')))
    expect(groups.map((g) => g.datum)).toEqual(['2026-11-24', '2026-12-01'])
    expect(groups.map((g) => g.label)).toEqual(['dinsdag 24 november', 'dinsdag 1 december'])
    expect(groups[1]!.items.map((o) => o.activiteit.titel)).toEqual(['Koffie-ochtend', 'Sterrenkijken'])
  })

  it('formats dates and times the Dutch way', () => {
    expect(formatDatum('2026-12-01')).toBe('dinsdag 1 december 2026')
    expect(formatDatum('2027-03-28')).toBe('zondag 28 maart 2027')
    expect(formatTijd('14:00', '16:00')).toBe('14.00 – 16.00 uur')
    expect(formatTijd('09:30', '09:30')).toBe('09.30 uur')
  })

  it('starts the agenda window at the start of today, local time', () => {
    // 00:30 local on 2 January (23:30Z on 1 January): today is 2 January.
    const w = agendaWindow(new Date('2027-01-01T23:30:00.000Z'), 2)
    expect(w.from.toISOString()).toBe('2027-01-01T23:00:00.000Z')
    expect(w.to.toISOString()).toBe('2027-01-15T23:00:00.000Z')
  })
})

describe('nextOccurrence', () => {
  const a = activiteit({
    start: '2026-09-01T12:00:00.000Z', // Tuesdays 14:00–16:00 local
    einde: '2026-09-01T14:00:00.000Z',
    herhaling: { freq: 'WEEKLY', interval: 1, uitzonderingen: [{ datum: '2026-09-15T12:00:00.000Z' }] },
  })

  it('finds the next occurrence, skipping exceptions', () => {
    expect(nextOccurrence(a, new Date('2026-09-09T10:00:00.000Z'))?.datum).toBe('2026-09-22')
    expect(nextOccurrence(a, new Date('2026-08-01T10:00:00.000Z'))?.datum).toBe('2026-09-01')
  })

  it('counts an occurrence in progress', () => {
    expect(nextOccurrence(a, new Date('2026-09-08T13:00:00.000Z'))?.datum).toBe('2026-09-08')
    expect(nextOccurrence(a, new Date('2026-09-08T14:00:00.000Z'))?.datum).toBe('2026-09-22')
  })

  it('returns null after the last occurrence or beyond the horizon', () => {
    const eenmalig = activiteit({ start: '2026-09-01T12:00:00.000Z', einde: '2026-09-01T14:00:00.000Z' })
    expect(nextOccurrence(eenmalig, new Date('2026-09-02T00:00:00.000Z'))).toBeNull()
    expect(nextOccurrence(eenmalig, new Date('2026-08-01T00:00:00.000Z'), 7)).toBeNull()
    expect(nextOccurrence(eenmalig, new Date('2026-08-01T00:00:00.000Z'))?.start.toISOString()).toBe('2026-09-01T12:00:00.000Z')
  })
})

describe('agendaIcs', () => {
  const gepland = activiteit({
    titel: 'Samen eten',
    slug: 'samen-eten',
    start: '2026-09-29T15:00:00.000Z', // a Tuesday, 17:00 local
    einde: '2026-09-29T17:00:00.000Z',
    herhaling: { freq: 'WEEKLY', interval: 1, uitzonderingen: [{ datum: '2026-11-03T00:00:00.000Z' }] },
    locatie: { naam: 'Het Dorpshuis', adres: 'Dorpsstraat 1', postcode: '7681 AA', plaats: 'Vroomshoop' },
    kosten: { soort: 'eigen-bijdrage', bedrag: 5 },
    labels: ['eerste-keer'],
  })
  const maandelijks = activiteit({
    titel: 'Rouwcafé',
    slug: 'rouwcafe',
    start: '2026-10-06T17:30:00.000Z', // first Tuesday, 19:30 local
    einde: '2026-10-06T19:30:00.000Z',
    herhaling: { freq: 'MONTHLY', interval: 1, bysetpos: '1', until: '2027-03-02T00:00:00.000Z' },
  })
  const afgelast = activiteit({
    titel: 'Wandelen, met koffie; daarna',
    slug: 'wandelen',
    start: '2026-10-21T08:00:00.000Z',
    einde: '2026-10-21T10:00:00.000Z',
    status: 'afgelast',
    locatie: { plaats: 'Westerhaar' },
  })
  const voorbij = activiteit({ slug: 'voorbij', start: '2026-09-01T08:00:00.000Z', einde: '2026-09-01T10:00:00.000Z' })
  const window = range('2026-10-13T00:00:00Z', '2026-11-10T00:00:00Z')
  const maak = () =>
    agendaIcs([gepland, maandelijks, afgelast, voorbij], window, {
      naam: 'Twenterand Ontmoet',
      siteUrl: 'https://kaart.twenterand.nl/',
      path: (a) => `/agenda/${a.slug}/`,
    })
  const text = maak()
  const events = Object.values(ical.sync.parseICS(text)).filter((c) => c.type === 'VEVENT') as ical.VEvent[]
  const byUid = new Map(events.map((e) => [e.uid, e]))
  // node-ical gives URL;VALUE=URI as { val, params }.
  const urlOf = (e: ical.VEvent) => {
    const u = e.url as unknown
    return typeof u === 'string' ? u : (u as { val: string }).val
  }
  /** The raw lines of one VEVENT, unfolded. */
  const raw = (uid: string) => {
    const block = text
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .find((b) => b.includes(`UID:${uid}`))!
    return block.split('\r\n')
  }

  it('has one VEVENT per activity that takes place in the window, with stable UIDs', () => {
    expect(events.map((e) => e.uid).sort()).toEqual(
      ['rouwcafe@sociale-kaart-twenterand', 'samen-eten@sociale-kaart-twenterand', 'wandelen@sociale-kaart-twenterand'].sort(),
    )
  })

  it('starts a series at its first occurrence in the window, in Amsterdam time, with RRULE and EXDATE', () => {
    const lines = raw('samen-eten@sociale-kaart-twenterand')
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261013T170000')
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261013T190000')
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1')
    expect(lines).toContain('EXDATE;TZID=Europe/Amsterdam:20261103T170000')
    const e = byUid.get('samen-eten@sociale-kaart-twenterand')!
    expect(new Date(e.start).toISOString()).toBe('2026-10-13T15:00:00.000Z') // summer time
    // The series runs on in local time: after the change to winter time, 17:00 local is 16:00Z (node-ical expands it).
    const after = e.rrule!.between(new Date('2026-10-26T00:00:00Z'), new Date('2026-11-11T00:00:00Z'), true)
    expect(after.length).toBeGreaterThan(0)
    expect(Object.keys(e.exdate ?? {})).toHaveLength(1)
  })

  it('writes UNTIL in UTC as the end of the local until date, and the week of the month', () => {
    const lines = raw('rouwcafe@sociale-kaart-twenterand')
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261103T193000')
    expect(lines.find((l) => l.startsWith('RRULE:'))).toBe('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;UNTIL=20270302T225959Z')
    expect(lines.some((l) => l.startsWith('EXDATE'))).toBe(false)
  })

  it('carries the Europe/Amsterdam VTIMEZONE with both summer and winter time', () => {
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('TZID:Europe/Amsterdam')
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')
  })

  it('writes summary, location, URL, description and status', () => {
    const e = byUid.get('samen-eten@sociale-kaart-twenterand')!
    expect(e.summary).toBe('Samen eten')
    expect(e.location).toBe('Het Dorpshuis, Dorpsstraat 1, 7681 AA Vroomshoop')
    expect(urlOf(e)).toBe('https://kaart.twenterand.nl/agenda/samen-eten/')
    expect(e.status).toBe('CONFIRMED')
    expect(e.description).toContain('Stichting Voorbeeld (voorbeeld)')
    expect(e.description).toMatch(/Kosten: Eigen bijdrage: €\s5,00/) // Intl puts a no-break space after €

    const cancelled = byUid.get('wandelen@sociale-kaart-twenterand')!
    expect(cancelled.summary).toBe('Wandelen, met koffie; daarna')
    expect(cancelled.status).toBe('CANCELLED')
    expect(cancelled.description).toContain('afgelast')
    expect(cancelled.location).toBe('Westerhaar')
    expect(new Date(cancelled.start).toISOString()).toBe('2026-10-21T08:00:00.000Z')
    expect(raw('wandelen@sociale-kaart-twenterand').some((l) => l.startsWith('RRULE'))).toBe(false)
  })

  it('names the calendar and is deterministic', () => {
    expect(text).toContain('X-WR-CALNAME:Twenterand Ontmoet')
    expect(text).toMatch(/PRODID:-\/\/Gemeente Twenterand\/\/Sociale Kaart\/\/NL/)
    expect(maak()).toBe(text)
  })
})

describe('iCalendar line folding and shared events', () => {
  const octets = (line: string) => Buffer.byteLength(line, 'utf8')

  it('folds as ical-generator does: at most 75 octets a line, never inside a character', () => {
    const samples = [
      'SUMMARY:' + 'a'.repeat(66), // 74 octets: stays
      'SUMMARY:' + 'a'.repeat(67), // 75 octets: folded by both
      'DESCRIPTION:Organisatie: Stichting Één & Café Ü\\nKosten: € 2,50 (koffie inbegrepen)'.repeat(4),
      'DESCRIPTION:' + '😀é€'.repeat(40),
      'LOCATION:' + 'x'.repeat(63) + '€€€' + 'y'.repeat(100),
      ['BEGIN:VEVENT', 'SUMMARY:' + 'ë'.repeat(80), 'END:VEVENT', ''].join('\r\n'),
    ]
    for (const text of samples) {
      const folded = foldLines(text)
      expect(folded).toBe(libraryFold(text))
      for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
      expect(folded.replace(/\r\n /g, '')).toBe(text)
      expect(folded).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/) // no lone half of a surrogate pair
    }
  })

  const window = range('2026-10-13T00:00:00Z', '2026-11-10T00:00:00Z')
  const lang = activiteit({
    slug: 'lang',
    titel: 'Koffie-ochtend met een héél lange titel, zodat de regel in de agenda gevouwen moet worden – één keer',
    start: '2026-10-14T08:00:00.000Z',
    einde: '2026-10-14T10:00:00.000Z',
    kosten: { soort: 'eigen-bijdrage', bedrag: 2.5, omschrijving: 'koffie en thee inbegrepen, 🍰 taart op verzoek' },
  })
  const feed = (naam: string, path: (a: ActiviteitDoc) => string) =>
    agendaIcs([lang], window, { naam, siteUrl: 'https://kaart.twenterand.nl/', path })
  const vevent = (text: string) => text.slice(text.indexOf('BEGIN:VEVENT'), text.indexOf('END:VEVENT') + 'END:VEVENT'.length)

  it('writes the same folded event in every feed the activity is in, and only the calendar lines differ', () => {
    const heel = feed('Twenterand Ontmoet', (a) => `/activiteit/${a.slug}/`)
    const kern = feed('Twenterand Ontmoet – Vroomshoop', (a) => `/activiteit/${a.slug}/`)
    expect(vevent(kern)).toBe(vevent(heel))
    expect(kern).toContain('X-WR-CALNAME:Twenterand Ontmoet – Vroomshoop')
    expect(heel.endsWith('END:VEVENT\r\nEND:VCALENDAR')).toBe(true)
    for (const line of heel.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    const [e] = Object.values(ical.sync.parseICS(heel)).filter((c) => c.type === 'VEVENT') as ical.VEvent[]
    expect(e!.summary).toBe(lang.titel)
    expect(e!.description).toContain('🍰 taart op verzoek')
  })

  it('does not reuse an event made for another address', () => {
    const a = feed('Twenterand Ontmoet', (x) => `/activiteit/${x.slug}/`)
    const b = feed('Twenterand Ontmoet', (x) => `/agenda/${x.slug}/`)
    expect(a.replace(/\r\n /g, '')).toContain('URL;VALUE=URI:https://kaart.twenterand.nl/activiteit/lang/')
    expect(b.replace(/\r\n /g, '')).toContain('URL;VALUE=URI:https://kaart.twenterand.nl/agenda/lang/')
  })
})

describe('an activity whose aanbod is not public', () => {
  it('keeps the activity and drops the link: anonymous readers get only the id of an unpublished aanbod', () => {
    const a = activiteit({ aanbod: 42 as any })
    expect(a.aanbod).toBeNull()
    expect(activiteit({ aanbod: { id: 3, slug: 'samen-eten', titel: 'Samen eten' } }).aanbod).toMatchObject({ slug: 'samen-eten' })
  })
})
