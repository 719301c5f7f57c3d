/**
 * The recurrence fields of the kaart, on the model of iCalendar RRULE (RFC 5545) as Open Referral HSDS 3.0 uses
 * them: freq, interval, byday, bysetpos (week of the month) and bymonthday. One check for the CMS and the site.
 */
import { checks, firstError, type Check } from './validation'
import { weekdagen, weekVanDeMaand } from './reference/enums'

export interface RecurrenceFields {
  freq?: string | null
  interval?: number | null
  byday?: string[] | null
  bysetpos?: string | null
  bymonthday?: number | null
}

const DAYS = new Set<string>(weekdagen.map((d) => d.value))
const POSITIONS = new Set<string>(weekVanDeMaand.map((d) => d.value))

/**
 * Checks that the fields make one valid RRULE. `needsDay`: a weekly rule must name its days
 * (false for activiteiten, whose start date gives the weekday).
 */
export function checkRecurrence(r: RecurrenceFields, { needsDay = true, prefix = 'Herhaling' } = {}): Check {
  if (!r.freq || r.freq === 'none') return true
  if (!['DAILY', 'WEEKLY', 'MONTHLY'].includes(r.freq)) return `${prefix}: kies hoe vaak het is (elke dag, week of maand).`
  const days = r.byday ?? []
  return firstError(
    checks.integerBetween(`${prefix} – om de hoeveel`, r.interval, 1, 52),
    days.every((d) => DAYS.has(d)) ? true : `${prefix} – dagen: kies dagen van de week (maandag tot en met zondag).`,
    r.bysetpos && !POSITIONS.has(r.bysetpos) ? `${prefix} – week van de maand: kies eerste, tweede, derde, vierde of laatste.` : true,
    r.bymonthday !== null && r.bymonthday !== undefined ? checks.integerBetween(`${prefix} – dag van de maand`, r.bymonthday, 1, 31) : true,
    r.freq === 'WEEKLY' && needsDay && days.length === 0 ? `${prefix} – dagen: kies op welke dag of dagen van de week.` : true,
    r.freq !== 'MONTHLY' && (r.bysetpos || r.bymonthday)
      ? `${prefix}: week van de maand en dag van de maand horen alleen bij "elke maand".`
      : true,
    r.freq === 'MONTHLY' && r.bysetpos && r.bymonthday
      ? `${prefix}: kies óf een week van de maand (bijvoorbeeld de eerste dinsdag), óf een dag van de maand (bijvoorbeeld de 15e), niet allebei.`
      : true,
    r.freq === 'MONTHLY' && r.bysetpos && days.length > 1
      ? `${prefix} – dagen: kies bij "de eerste … van de maand" precies één dag.`
      : true,
    r.freq === 'MONTHLY' && needsDay && !r.bymonthday && !(r.bysetpos && days.length === 1)
      ? `${prefix}: kies bij "elke maand" een week en een dag (bijvoorbeeld de eerste dinsdag), of een dag van de maand.`
      : true,
  )
}

/** The RRULE string of the fields, e.g. "FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU". Null for a single occurrence. */
export function toRRuleString(r: RecurrenceFields, untilUtc?: Date | null): string | null {
  if (!r.freq || r.freq === 'none') return null
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval ?? 1}`]
  const days = r.byday ?? []
  if (r.freq === 'MONTHLY' && r.bysetpos && days.length === 1) parts.push(`BYDAY=${r.bysetpos}${days[0]}`)
  else if (days.length) parts.push(`BYDAY=${days.join(',')}`)
  if (r.freq === 'MONTHLY' && r.bymonthday) parts.push(`BYMONTHDAY=${r.bymonthday}`)
  if (untilUtc)
    parts.push(
      `UNTIL=${untilUtc
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    )
  return parts.join(';')
}
