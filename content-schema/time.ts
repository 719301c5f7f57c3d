import { TIJDZONE } from './reference/enums'

/** Intl formatters are costly to make (a site build converts times hundreds of thousands of times): one per use and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(use: string, timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'en-US') {
  const key = `${use}|${timeZone}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

/** Offset of a time zone from UTC at a given instant, in minutes (Europe/Amsterdam: 60 in winter, 120 in summer). */
export function tzOffsetMinutes(instant: Date, timeZone: string = TIJDZONE): number {
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

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date | string, timeZone: string = TIJDZONE): string {
  return formatter('date', timeZone, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA').format(new Date(instant))
}

/** The wall-clock time (HH:MM) of an instant in a time zone. */
export function localTime(instant: Date | string, timeZone: string = TIJDZONE): string {
  return formatter('time', timeZone, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'en-GB').format(new Date(instant))
}

/** Add days to a calendar date (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10)
}
