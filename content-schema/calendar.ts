/** Dates of yearly events the kaart refers to. All dates are calendar dates (YYYY-MM-DD), no time zone involved. */

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** Last given weekday (0 = Sunday … 6 = Saturday) of a month (1-12). */
function lastWeekday(year: number, month: number, weekday: number): number {
  const last = new Date(Date.UTC(year, month, 0))
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)
}

/** The Week tegen Eenzaamheid: from the last Thursday of September, seven days (Thursday to Wednesday). */
export function weekTegenEenzaamheid(year: number): { van: string; tot: string } {
  const start = new Date(Date.UTC(year, 8, lastWeekday(year, 9, 4)))
  const end = new Date(start.getTime() + 6 * 86400000)
  return {
    van: iso(year, 9, start.getUTCDate()),
    tot: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()),
  }
}

/** The first Week tegen Eenzaamheid that has not ended on the given date. */
export function volgendeWeekTegenEenzaamheid(today: string): { van: string; tot: string } {
  const year = Number(today.slice(0, 4))
  const week = weekTegenEenzaamheid(year)
  return week.tot >= today ? week : weekTegenEenzaamheid(year + 1)
}

/** Burendag: the fourth Saturday of September. */
export function burendag(year: number): string {
  const firstDay = new Date(Date.UTC(year, 8, 1)).getUTCDay()
  const firstSaturday = 1 + ((6 - firstDay + 7) % 7)
  return iso(year, 9, firstSaturday + 21)
}
