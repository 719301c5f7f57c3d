/**
 * content-schema/time.ts around the summer-time changes in Europe/Amsterdam. Expected values hand-computed: in 2026
 * summer time starts on Sunday 29 March at 02:00 CET = 01:00 UTC (clocks go to 03:00) and ends on Sunday 25 October
 * at 03:00 CEST = 01:00 UTC (clocks go back to 02:00). Second oracle: @date-fns/tz's TZDate.
 */
import { TZDate } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import { addDays, localDate, localTime, tzOffsetMinutes, zonedTimeToUtc } from '../../content-schema'

const AMS = 'Europe/Amsterdam'
const iso = (date: string, time: string) => zonedTimeToUtc(date, time, AMS).toISOString()

describe('time zone Europe/Amsterdam', () => {
  it('last Sunday of March: 01:59 is winter time, 03:00 summer time, the missing 02:30 moves to 03:30', () => {
    expect(iso('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z')
    expect(iso('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z')
    expect(iso('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z')
    expect(localTime('2026-03-29T01:30:00Z', AMS)).toBe('03:30')
    expect(tzOffsetMinutes(new Date('2026-03-29T00:59:59Z'), AMS)).toBe(60)
    expect(tzOffsetMinutes(new Date('2026-03-29T01:00:00Z'), AMS)).toBe(120)
  })

  it('last Sunday of October: 02:30 happens twice; the second one (winter time) is meant', () => {
    expect(iso('2026-10-25', '01:59')).toBe('2026-10-24T23:59:00.000Z')
    expect(iso('2026-10-25', '02:30')).toBe('2026-10-25T01:30:00.000Z')
    expect(iso('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z')
    // Both 02:30s read back as 02:30 on the same day.
    for (const instant of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      expect(localDate(instant, AMS)).toBe('2026-10-25')
      expect(localTime(instant, AMS)).toBe('02:30')
    }
    expect(tzOffsetMinutes(new Date('2026-10-25T00:59:59Z'), AMS)).toBe(120)
    expect(tzOffsetMinutes(new Date('2026-10-25T01:00:00Z'), AMS)).toBe(60)
  })

  it('the date changes at local midnight, not at UTC midnight', () => {
    expect(localDate('2026-07-01T21:59:00Z', AMS)).toBe('2026-07-01')
    expect(localDate('2026-07-01T22:00:00Z', AMS)).toBe('2026-07-02')
    expect(localDate('2026-12-31T23:00:00Z', AMS)).toBe('2027-01-01')
  })

  it('agrees with TZDate on every quarter of an hour of both change days', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number]
      for (let q = 0; q < 96; q++) {
        const time = `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`
        const expected = new Date(+new TZDate(y, m - 1, d, Math.floor(q / 4), (q % 4) * 15, AMS))
        expect(iso(date, time), `${date} ${time}`).toBe(expected.toISOString())
      }
    }
  })

  it('adds calendar days across months, years, leap days and summer time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02')
  })
})
