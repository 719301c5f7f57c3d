/**
 * Is this organisation perhaps already on the kaart (issue 24)? Before a redacteur approves an application, the
 * review page lists organisaties (and other new applications) that look like it, with the reasons: the same name once
 * words like "Stichting" are left out, a name that looks alike (fuse.js, the fuzzy matcher the quick finder uses), the
 * same phone number, e-mail address, e-mail domain (not of a mail provider), website or address. A hint only: the
 * redacteur decides.
 */
import Fuse from 'fuse.js'
import { compactPhone, slugify } from '../../../content-schema'

export interface Kandidaat {
  id: number | string
  naam: string
  telefoon?: string | null
  email?: string | null
  website?: string | null
  postcode?: string | null
  straat?: string | null
}

export type Reden = 'naam' | 'lijkt-op-naam' | 'telefoon' | 'email' | 'e-maildomein' | 'website' | 'adres'

export const REDEN_TEKST: Record<Reden, string> = {
  naam: 'dezelfde naam',
  'lijkt-op-naam': 'een naam die erop lijkt',
  telefoon: 'hetzelfde telefoonnummer',
  email: 'hetzelfde e-mailadres',
  'e-maildomein': 'een e-mailadres van hetzelfde domein',
  website: 'dezelfde website',
  adres: 'hetzelfde adres',
}

export interface Gelijkenis<K extends Kandidaat = Kandidaat> {
  kandidaat: K
  redenen: Reden[]
}

/** Words that say what kind of organisation it is, not which one. */
const RUIS = new Set(['stichting', 'vereniging', 'de', 'het', 'een', 'van', 'in', 'te', 'en', 'voor', 'twenterand', 'voorbeeld'])

/** The name's distinctive words: "Stichting De Linde (Vriezenveen)" -> "linde vriezenveen". */
export const naamKern = (naam: string) =>
  slugify(naam)
    .split('-')
    .filter((w) => w && !RUIS.has(w))
    .join(' ')

/** Addresses of mail providers: many unrelated people share their domain. */
const MAILDIENSTEN = new Set([
  'gmail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.nl',
  'live.com',
  'ziggo.nl',
  'kpnmail.nl',
  'kpnplanet.nl',
  'planet.nl',
  'home.nl',
  'hetnet.nl',
  'icloud.com',
  'yahoo.com',
  'xs4all.nl',
  'demo.local',
])

const domein = (email: string | null | undefined) => (email ? (email.trim().toLowerCase().split('@')[1] ?? '') : '')
const host = (url: string | null | undefined) => {
  try {
    return url ? new URL(url.trim()).hostname.replace(/^www\./, '').toLowerCase() : ''
  } catch {
    return ''
  }
}
const telefoon = (t: string | null | undefined) => (t ? compactPhone(t).replace(/^(\+31|0031)/, '0') : '')
const adres = (k: Pick<Kandidaat, 'postcode' | 'straat'>) =>
  k.postcode && k.straat ? `${k.postcode.replace(/\s/g, '').toUpperCase()} ${normaalStraat(k.straat)}` : ''
const normaalStraat = (s: string) => slugify(s)

/** How close a name must be for fuse.js (0 = the same, 1 = anything). */
const DREMPEL = 0.3

/** The candidates that look like `aanvraag`, most reasons first. */
export function lijktOp<K extends Kandidaat>(aanvraag: Omit<Kandidaat, 'id'>, kandidaten: readonly K[]): Gelijkenis<K>[] {
  const kern = naamKern(aanvraag.naam)
  const fuse = new Fuse(
    kandidaten.map((k) => ({ k, kern: naamKern(k.naam) })),
    { keys: ['kern'], includeScore: true, threshold: DREMPEL, ignoreLocation: true },
  )
  const lijkend = new Set(kern ? fuse.search(kern).map((r) => r.item.k) : [])
  const uit: Gelijkenis<K>[] = []
  for (const k of kandidaten) {
    const redenen: Reden[] = []
    if (kern && naamKern(k.naam) === kern) redenen.push('naam')
    else if (lijkend.has(k)) redenen.push('lijkt-op-naam')
    if (telefoon(aanvraag.telefoon) && telefoon(aanvraag.telefoon) === telefoon(k.telefoon)) redenen.push('telefoon')
    const email = aanvraag.email?.trim().toLowerCase()
    if (email && email === k.email?.trim().toLowerCase()) redenen.push('email')
    else if (domein(email) && !MAILDIENSTEN.has(domein(email)) && domein(email) === domein(k.email)) redenen.push('e-maildomein')
    if (host(aanvraag.website) && host(aanvraag.website) === host(k.website)) redenen.push('website')
    if (adres(aanvraag) && adres(aanvraag) === adres(k)) redenen.push('adres')
    if (redenen.length) uit.push({ kandidaat: k, redenen })
  }
  return uit.sort((a, b) => b.redenen.length - a.redenen.length)
}
