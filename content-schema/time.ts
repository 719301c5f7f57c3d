/**
 * Time zones with @date-fns/tz (the offsets), and calendar days by plain UTC date arithmetic (addDays): no time-zone
 * arithmetic of our own.
 *
 * Why not TZDate everywhere: a site build converts times hundreds of thousands of times (agenda, iCalendar, open
 * data), and `new TZDate(y, m, d, h, min, zone)` asks Intl for the offset several times per call. Measured (200,000
 * conversions, 2 cores under load): zonedTimeToUtc as below 1.2 s, TZDate 9.7 s; localDate through date-fns'
 * formatISO on a TZDate 6.2 s against 3.6 s. So the offset comes from @date-fns/tz's tzOffset, remembered per quarter
 * of an hour, and the two conversions below are the usual "wall clock minus offset" on it. tests/unit/time.test.ts
 * checks them against TZDate on every quarter of an hour of both summer-time changes.
 */
import { tzOffset } from '@date-fns/tz'
import { TIJDZONE } from './reference/enums'

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
  if (offset === undefined) perZone.set(quarter, (offset = tzOffset(timeZone, new Date(quarter * QUARTER_MS))))
  return offset
}

/**
 * The instant of a wall-clock date and time in a time zone: ("2026-10-25", "14:00") -> Date. The same instant as
 * `new TZDate(2026, 9, 25, 14, 0, zone)`: a time that does not exist (02:30 on the last Sunday of March) moves an
 * hour forward (03:30 summer time); a time that exists twice (02:30 on the last Sunday of October) is the second one,
 * in winter time.
 */
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

/**
 * Add days to a calendar date (YYYY-MM-DD); counted in UTC, so neither the server's zone nor summer time matters.
 * Plain Date.UTC arithmetic (it carries day overflow into months and years): date-fns with a TZDate in UTC did the
 * same, but made two TZDates per call; the agenda calls this for every occurrence, and in a build of the S size that
 * was 1.4 s of Intl time-zone lookups out of 20 s (measured with node --cpu-prof, issue 24's note).
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10)
}
