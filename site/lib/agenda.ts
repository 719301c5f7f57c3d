/**
 * The Twenterand Ontmoet agenda: activiteiten (with their herhaling) expanded into single occurrences.
 *
 * Every date and time in the kaart is Europe/Amsterdam wall-clock time. The RRULE expansion (the `rrule`
 * package) is done on "floating" times: the local date and time written as if they were UTC
 * (Date.UTC(local components)), with rrule working in UTC. Each floating occurrence is then turned into a
 * real instant with zonedTimeToUtc, so an activity at 14:00 stays at 14:00 local time after a summer-time
 * change (12:00Z in summer, 13:00Z in winter).
 *
 * Choices:
 * - A start date that does not match its own rule (e.g. start on a Monday, "every Tuesday") is NOT an
 *   occurrence: we follow rrule's semantics (dtstart counts only if it matches the rule). RFC 5545 leaves such
 *   an unsynchronised DTSTART undefined; the CMS should prevent it.
 * - `until` means "up to and including that local (Amsterdam) date", whatever time of day it carries.
 * - Exception dates (`uitzonderingen`) are compared by their Amsterdam calendar date, also for freq 'none'.
 * - The end keeps its local end time and its day offset from the start (an activity from 20:00 to 01:00 the next
 *   day keeps ending at 01:00 the next day). An end before the start is clamped to the start.
 * - A monthly rule with a week of the month (`bysetpos`) and no day takes the weekday of the start date
 *   ("the first Tuesday" for an activity that starts on a Tuesday).
 */
import * as rruleModule from 'rrule'
import type { RRule as RRuleClass } from 'rrule'
import { addDays, dagKort, dagTekst, localDate, localTime, toRRuleString, zonedTimeToUtc, type ActiviteitDoc } from '../../content-schema'

// rrule ships a UMD bundle as its CommonJS entry: under Node's ESM loader the named exports are only on
// `default`; under a bundler they are on the namespace itself. Accept both.
const rrule = (
  (rruleModule as unknown as { RRule?: typeof RRuleClass }).RRule
    ? rruleModule
    : (rruleModule as unknown as { default: typeof rruleModule }).default
) as typeof rruleModule
const { RRule } = rrule

export interface Occurrence {
  activiteit: ActiviteitDoc
  /** `${slug}-${datum}`: unique per activity and day. */
  id: string
  start: Date
  einde: Date
  /** Local (Europe/Amsterdam) date of the start, YYYY-MM-DD. */
  datum: string
  /** Local start time, HH:MM. */
  van: string
  /** Local end time, HH:MM. */
  tot: string
  afgelast: boolean
  vol: boolean
}

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

/** Floating time: the wall-clock components of a local date and time, as if they were UTC. */
function floating(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!, hh!, mm!))
}

const isoDay = (floatingDate: Date) => floatingDate.toISOString().slice(0, 10)

function daysBetween(from: string, to: string): number {
  return Math.round((floating(to).getTime() - floating(from).getTime()) / DAY_MS)
}

function validDate(value: string | null | undefined): Date | null {
  if (!value) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** What every occurrence of an activity shares: its local start/end times and its day offset. */
interface Pattern {
  startDatum: string
  van: string
  tot: string
  /** Local days from the start date to the end date. */
  dagen: number
}

function pattern(a: ActiviteitDoc): Pattern | null {
  const start = validDate(a.start)
  if (!start) return null
  const einde = validDate(a.einde) ?? start
  const startDatum = localDate(start)
  const van = localTime(start)
  if (einde.getTime() <= start.getTime()) return { startDatum, van, tot: van, dagen: 0 }
  return { startDatum, van, tot: localTime(einde), dagen: Math.max(0, daysBetween(startDatum, localDate(einde))) }
}

function occurrenceOn(a: ActiviteitDoc, p: Pattern, datum: string): Occurrence {
  const start = zonedTimeToUtc(datum, p.van)
  let einde = zonedTimeToUtc(addDays(datum, p.dagen), p.tot)
  if (einde.getTime() < start.getTime()) einde = start
  return {
    activiteit: a,
    id: `${a.slug}-${datum}`,
    start,
    einde,
    datum,
    van: p.van,
    tot: p.tot,
    afgelast: a.status === 'afgelast',
    vol: a.status === 'vol',
  }
}

/**
 * The RRULE of an activity's herhaling (without DTSTART), or null for a single occurrence. `until: 'floating'`
 * (for the expansion here) writes UNTIL as the last floating moment of the local until date; `'utc'` (for an
 * iCalendar DTSTART with TZID, where RFC 5545 wants UNTIL in UTC) as the real last moment of that local date.
 */
export function activiteitRRule(
  a: ActiviteitDoc,
  startDatum: string,
  { until: untilAs = 'floating' }: { until?: 'floating' | 'utc' } = {},
): string | null {
  const h = a.herhaling
  if (!h?.freq || h.freq === 'none') return null
  let byday = h.byday ?? []
  // "the first … of the month" without a day: the weekday of the start date.
  if (h.freq === 'MONTHLY' && h.bysetpos && byday.length === 0) byday = [RRULE_DAYS[floating(startDatum).getUTCDay()]!]
  const until = validDate(h.until)
  // Up to and including the local until date.
  const untilDatum = until ? localDate(until) : null
  const untilMoment = !untilDatum
    ? null
    : untilAs === 'utc'
      ? new Date(zonedTimeToUtc(addDays(untilDatum, 1), '00:00').getTime() - 1000)
      : new Date(floating(untilDatum).getTime() + DAY_MS - 1000)
  let rule = toRRuleString({ freq: h.freq, interval: h.interval, byday, bysetpos: h.bysetpos }, untilMoment)
  // Several days with a week of the month (the CMS does not allow it, but be exact): the n-th of that set.
  if (rule && h.freq === 'MONTHLY' && h.bysetpos && byday.length > 1) rule += `;BYSETPOS=${h.bysetpos}`
  return rule
}

/** Local dates (YYYY-MM-DD) of an activity's occurrences whose floating start lies in [from, to] (floating). */
function datesBetween(a: ActiviteitDoc, p: Pattern, fromFloating: Date, toFloating: Date): string[] {
  const rule = activiteitRRule(a, p.startDatum)
  const dtstart = floating(p.startDatum, p.van)
  if (!rule) return dtstart >= fromFloating && dtstart <= toFloating ? [p.startDatum] : []
  const options = RRule.parseString(rule)
  const r = new RRule({ ...options, dtstart, tzid: null })
  return r.between(fromFloating, toFloating, true).map(isoDay)
}

function uitzonderingen(a: ActiviteitDoc): Set<string> {
  const set = new Set<string>()
  for (const u of a.herhaling?.uitzonderingen ?? []) {
    const d = validDate(u?.datum)
    if (d) set.add(localDate(d))
  }
  return set
}

/**
 * Expanded occurrences per activity and window, remembered for the build: many pages (agenda, kern, aanbod,
 * activiteit, feeds) ask for the same ones. The lists are shared: callers must not change them.
 */
const expanded = new WeakMap<ActiviteitDoc, Map<string, Occurrence[]>>()
function expand(a: ActiviteitDoc, from: Date, to: Date): Occurrence[] {
  let perWindow = expanded.get(a)
  if (!perWindow) expanded.set(a, (perWindow = new Map()))
  const key = `${from.getTime()}|${to.getTime()}`
  let list = perWindow.get(key)
  if (!list) perWindow.set(key, (list = expandUncached(a, from, to)))
  return list
}

function expandUncached(a: ActiviteitDoc, from: Date, to: Date): Occurrence[] {
  const p = pattern(a)
  if (!p || !(from.getTime() < to.getTime())) return []
  // Floating and real times differ by at most a few hours: widen by two days, then filter on real instants.
  const fromFloating = new Date(from.getTime() - 2 * DAY_MS)
  const toFloating = new Date(to.getTime() + 2 * DAY_MS)
  const skip = uitzonderingen(a)
  const result: Occurrence[] = []
  for (const datum of datesBetween(a, p, fromFloating, toFloating)) {
    if (skip.has(datum)) continue
    const o = occurrenceOn(a, p, datum)
    if (o.start.getTime() >= from.getTime() && o.start.getTime() < to.getTime()) result.push(o)
  }
  return result
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true })

function compare(x: Occurrence, y: Occurrence): number {
  return (
    x.start.getTime() - y.start.getTime() ||
    collator.compare(x.activiteit.titel, y.activiteit.titel) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  )
}

/**
 * An activity as one recurring series for a calendar feed: its first occurrence in the window (so DTSTART is
 * always an occurrence), the rule (UNTIL in UTC) and the starts of its exception dates from then on. Null when
 * it has no occurrence in the window. A calendar program repeats it in local time (TZID Europe/Amsterdam), as the
 * agenda does.
 */
export interface Reeks {
  eerste: Occurrence
  rrule: string | null
  uitzonderingen: Date[]
}

export function reeks(a: ActiviteitDoc, window: { from: Date; to: Date }): Reeks | null {
  const eerste = expand(a, window.from, window.to)[0]
  if (!eerste) return null
  const p = pattern(a)!
  const rrule = activiteitRRule(a, p.startDatum, { until: 'utc' })
  const uitz = rrule
    ? [...uitzonderingen(a)]
        .filter((d) => d > eerste.datum)
        .sort()
        .map((d) => zonedTimeToUtc(d, p.van))
    : []
  return { eerste, rrule, uitzonderingen: uitz }
}

/** All occurrences whose start lies in [from, to), sorted by start, then titel. */
export function occurrences(activiteiten: ActiviteitDoc[], window: { from: Date; to: Date }): Occurrence[] {
  return activiteiten.flatMap((a) => expand(a, window.from, window.to)).sort(compare)
}

/** The occurrences per local day, in order of the days; each day with a Dutch label ("dinsdag 1 december"). */
export function groupByDay(list: Occurrence[]): { datum: string; label: string; items: Occurrence[] }[] {
  const days = new Map<string, Occurrence[]>()
  for (const o of list) {
    const items = days.get(o.datum)
    if (items) items.push(o)
    else days.set(o.datum, [o])
  }
  return [...days.keys()].sort().map((datum) => ({ datum, label: dagTekst(datum), items: days.get(datum)! }))
}

/**
 * The first occurrence of an activity that has not ended at `now` (one in progress counts), looking at most
 * `horizonDays` ahead. Null if there is none.
 */
export function nextOccurrence(a: ActiviteitDoc, now: Date, horizonDays = 366): Occurrence | null {
  const p = pattern(a)
  if (!p) return null
  // Occurrences that started before now may still be running: look back over the duration plus a day.
  const duur = Math.max(0, new Date(a.einde).getTime() - new Date(a.start).getTime()) || 0
  // The window is widened to whole hours, so that pages built within the same hour share one expansion.
  const from = new Date(Math.floor((now.getTime() - duur - DAY_MS) / HOUR_MS) * HOUR_MS)
  const to = new Date(Math.ceil((now.getTime() + horizonDays * DAY_MS) / HOUR_MS) * HOUR_MS)
  return expand(a, from, to).find((o) => o.einde.getTime() > now.getTime() || o.start.getTime() >= now.getTime()) ?? null
}

/** The agenda's window: from the start of today (Europe/Amsterdam) for `weeks` weeks. */
export function agendaWindow(now: Date, weeks = 8): { from: Date; to: Date } {
  const today = localDate(now)
  return { from: zonedTimeToUtc(today, '00:00'), to: zonedTimeToUtc(addDays(today, weeks * 7), '00:00') }
}

/** The days a list of occurrences covers, short: "di 1 dec – do 3 dec", or "di 1 dec" for one day ('' for none). */
export function dagenBereik(list: Occurrence[]): string {
  const eerste = list[0]?.datum
  const laatste = list.at(-1)?.datum
  if (!eerste || !laatste) return ''
  return eerste === laatste ? dagKort(eerste) : `${dagKort(eerste)} – ${dagKort(laatste)}`
}
