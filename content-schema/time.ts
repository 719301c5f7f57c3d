import { TIJDZONE } from './reference/enums'

/** Intl formatters are costly to make (a site build converts times hundreds of thousands of times): one per use and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(use: string, timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'en-US') {
  const key = `${use}|${timeZone}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

/**
 * Offsets per zone and quarter of an hour: every real time-zone change falls on a whole quarter of an hour, so the
 * offset is the same throughout one. A year of them is 35,000 numbers; a build asks for the same ones many times.
 */
const QUARTER_MS = 15 * 60_000
const offsets = new Map<string, Map<number, number>>()

/** Offset of a time zone from UTC at a given instant, in minutes (Europe/Amsterdam: 60 in winter, 120 in summer). */
export function tzOffsetMinutes(instant: Date, timeZone: string = TIJDZONE): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_MS)
  let perZone = offsets.get(timeZone)
  if (!perZone) offsets.set(timeZone, (perZone = new Map()))
  let offset = perZone.get(quarter)
  if (offset === undefined) perZone.set(quarter, (offset = computeOffset(new Date(quarter * QUARTER_MS), timeZone)))
  return offset
}

function computeOffset(instant: Date, timeZone: string): number {
  const parts = formatter('offset', timeZone, {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000)
}

/** The instant of a wall-clock date and time in a time zone: ("2026-10-25", "14:00") -> Date. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string = TIJDZONE): Date {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!)
  const first = wall - tzOffsetMinutes(new Date(wall), timeZone) * 60000
  const second = wall - tzOffsetMinutes(new Date(first), timeZone) * 60000
  return new Date(second)
}

/** The instant shifted by the zone's offset: its UTC fields are the wall-clock fields in that zone. */
function wallClock(instant: Date | string, timeZone: string): Date {
  const d = new Date(instant)
  return new Date(d.getTime() + tzOffsetMinutes(d, timeZone) * 60_000)
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date | string, timeZone: string = TIJDZONE): string {
  return wallClock(instant, timeZone).toISOString().slice(0, 10)
}

/** The wall-clock time (HH:MM) of an instant in a time zone. */
export function localTime(instant: Date | string, timeZone: string = TIJDZONE): string {
  return wallClock(instant, timeZone).toISOString().slice(11, 16)
}

/** Add days to a calendar date (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10)
}
