/**
 * Counting the site's visitors without cookies (issue 23; ../shared/meldpunt.md: what the Dutch DPA allows without
 * consent). One definition of what is counted, used by the built-in site server (scripts/lib/bezoeken.ts), by the
 * command that reads a web server's access log (`npm run bezoeken`) and by the privacy statement:
 * per day (in Twenterand's time zone) and page, the number of page views, with the referring site's domain (only
 * when it is another site) and the device class. Never an address, a full user agent, a query string, a time of day
 * or anything else about one visitor; bots and everything that is not a page are not counted.
 */
import { isbot } from 'isbot'
import { opts } from './reference/enums'
import { localDate } from './time'

export const apparaatKlassen = opts([
  { value: 'mobiel', label: 'Mobiel' },
  { value: 'tablet', label: 'Tablet' },
  { value: 'computer', label: 'Computer' },
] as const)
export type ApparaatKlasse = (typeof apparaatKlassen)[number]['value']

/** The device class from a user agent (or a class name already, as the built-in server's counts hold). */
export function apparaatKlasse(userAgent: string | undefined): ApparaatKlasse {
  const ua = userAgent ?? ''
  const al = apparaatKlassen.find((k) => k.value === ua)
  if (al) return al.value
  if (/iPad|Tablet|PlayBook|Silk|Android(?!.*Mobile)/i.test(ua)) return 'tablet'
  if (/Mobi|iPhone|iPod|Android|Windows Phone/i.test(ua)) return 'mobiel'
  return 'computer'
}

/** The referring site's domain (without www.), or null: none, unreadable, or the site itself. */
export function verwijzerDomein(referer: string | undefined, eigenDomeinen: readonly string[] = []): string | null {
  if (!referer || referer === '-') return null
  let host: string
  try {
    const url = new URL(referer)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    host = url.hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
  return eigenDomeinen.some((d) => d.toLowerCase().replace(/^www\./, '') === host) ? null : host
}

/**
 * Whether a request is a page view to count: GET, answered 200 or 304, a page (a folder path or .html; not a script,
 * style, image, PDF, data file or the search index), and not a bot. The path without its query string (a search
 * query can hold anything a visitor typed).
 */
export function teltAlsBezoek(r: { methode: string; pad: string; status: number; userAgent?: string }): string | null {
  if (r.methode !== 'GET' || (r.status !== 200 && r.status !== 304)) return null
  if (r.userAgent && isbot(r.userAgent)) return null
  const pad = r.pad.split(/[?#]/, 1)[0]!
  if (!pad.startsWith('/') || pad.startsWith('/pagefind/') || pad.startsWith('/_astro/')) return null
  const laatste = pad.slice(pad.lastIndexOf('/') + 1)
  if (laatste && !laatste.endsWith('.html') && laatste.includes('.')) return null
  return pad.replace(/\/index\.html$/, '/')
}

/** One cell of the counts: a day, a page, where from, what device. */
export interface BezoekTelling {
  dag: string
  pad: string
  verwijzer: string | null
  apparaat: ApparaatKlasse
  aantal: number
}

const sleutel = (t: Omit<BezoekTelling, 'aantal'>) => JSON.stringify([t.dag, t.pad, t.verwijzer, t.apparaat])

/** Counts being gathered: add page views, read them out. */
export class Bezoekteller {
  readonly #tellingen = new Map<string, BezoekTelling>()

  tel(t: Omit<BezoekTelling, 'aantal'>, aantal = 1) {
    const k = sleutel(t)
    const bestaand = this.#tellingen.get(k)
    if (bestaand) bestaand.aantal += aantal
    else this.#tellingen.set(k, { ...t, aantal })
  }

  /** A request as a web server saw it; false when it is not a page view. */
  telVerzoek(
    r: { tijd: Date; methode: string; pad: string; status: number; referer?: string; userAgent?: string },
    eigenDomeinen: readonly string[] = [],
  ): boolean {
    const pad = teltAlsBezoek(r)
    if (!pad) return false
    this.tel({ dag: localDate(r.tijd), pad, verwijzer: verwijzerDomein(r.referer, eigenDomeinen), apparaat: apparaatKlasse(r.userAgent) })
    return true
  }

  get tellingen(): BezoekTelling[] {
    return [...this.#tellingen.values()]
  }

  get dagen(): string[] {
    return [...new Set(this.tellingen.map((t) => t.dag))].sort()
  }

  leeg() {
    this.#tellingen.clear()
  }
}

const MAANDEN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * One line of an access log in the Common or Combined Log Format (nginx's and Apache's default), or null when the
 * line is not one. The client address and user name are read past, never returned.
 */
export function leesLogregel(
  regel: string,
): { tijd: Date; methode: string; pad: string; status: number; referer?: string; userAgent?: string } | null {
  const m = regel.match(/^\S+ \S+ \S+ \[([^\]]+)\] "(\S+) (\S+)[^"]*" (\d{3}) \S+(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/)
  if (!m) return null
  const t = m[1]!.match(/^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/)
  if (!t) return null
  const maand = MAANDEN.indexOf(t[2]!)
  if (maand < 0) return null
  const offset = (t[7] === '-' ? -1 : 1) * (Number(t[8]) * 60 + Number(t[9]))
  const tijd = new Date(Date.UTC(Number(t[3]), maand, Number(t[1]), Number(t[4]), Number(t[5]), Number(t[6])) - offset * 60_000)
  return { tijd, methode: m[2]!, pad: m[3]!, status: Number(m[4]), referer: m[5], userAgent: m[6] }
}
