/**
 * Mijn lijstje: the aanbod a visitor (or a professional, for someone else) chose, to print or to share. The list is
 * kept only in the visitor's own browser (localStorage) and in a link whose items are in the part after '#', which a
 * browser never sends to a server (/mijn-lijstje/#a=samen-eten,repair-cafe). No request carries it: the page loads one
 * static JSON with every aanbod's public facts (LIJSTJE_DATA_PAD) and picks the chosen ones in the browser.
 */

export const LIJSTJE_PAD = '/mijn-lijstje/'
/** The public facts of every aanbod for the list page (site/pages/mijn-lijstje.json.ts). */
export const LIJSTJE_DATA_PAD = '/mijn-lijstje.json'
/** The localStorage key of the list: the chosen slugs, comma separated. */
export const LIJSTJE_OPSLAG = 'skt-mijn-lijstje'
/**
 * At most this many items: what fits on two sheets of A4 in large print (site/styles/lijstje.css), measured with the
 * longest texts of the demo content; tests/e2e/mijn-lijstje.test.ts prints that many and counts the pages.
 */
export const LIJSTJE_MAX = 6

/** The "Zet op mijn lijstje" button's text (LijstjeKnop.astro, knoppen.ts, the search results): off, on. */
export const KNOP_UIT = 'Zet op mijn lijstje'
export const KNOP_AAN = 'Op mijn lijstje ✓ (haal eraf)'
/** What fits, in words: "Er passen 8 dingen op twee A4'tjes." */
const PAST = `Er passen ${LIJSTJE_MAX} dingen op twee A4'tjes.`
/** Said when someone tries to put one more on a full list (next to the button, and on /mijn-lijstje/). */
export const LIJSTJE_VOL = `Uw lijstje is vol. ${PAST} Haal eerst iets van uw lijstje af.`
/** /mijn-lijstje/ with a full list. */
export const LIJSTJE_VOL_PAGINA = `Uw lijstje is vol. ${PAST} Wilt u iets anders op uw lijstje zetten? Haal dan eerst iets van uw lijstje af.`
/** /mijn-lijstje/ with a list (a link, or one kept before) longer than fits: only the first LIJSTJE_MAX are shown. */
export const LIJSTJE_TE_LANG = `Dit lijstje was te lang. ${PAST} U ziet de eerste ${LIJSTJE_MAX}.`
/** "Bewaar dit lijstje" when the shared list and the list in this browser together do not fit. */
export const lijstjeSamenTeLang = (eigen: number, samen: number) =>
  `Dit lijstje past niet meer bij uw eigen lijstje. Samen zijn het ${samen} dingen. ${PAST} ` +
  `Op uw eigen lijstje ${eigen === 1 ? 'staat er al 1' : `staan er al ${eigen}`}. Haal eerst iets van uw eigen lijstje af, of bewaar alleen de link.`

/** One aanbod in LIJSTJE_DATA_PAD, with its facts as the aanbod page says them. */
export interface LijstjeItem {
  slug: string
  titel: string
  /** What it is, in one line (the aanbod's samenvatting). */
  wat: string
  waar: string
  wanneer: string | null
  kosten: string
  meedoen: string
  telefoon: string | null
  /** The tel: link of `telefoon`. */
  telHref: string | null
  /** "12 maart 2026", or null when it was never checked. */
  gecontroleerd: string | null
  /** The full address of its page (for the QR code). */
  url: string
  demo: boolean
  /** Not 'actief': the label of its status ("Gestopt", "Tijdelijk gestopt"). */
  status: string | null
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Every valid slug in text (a hash's a=… or the stored value), each once. */
function alleSlugs(tekst: string | null | undefined): string[] {
  const slugs = (tekst ?? '').split(',').map((s) => s.trim())
  return [...new Set(slugs.filter((s) => SLUG.test(s)))]
}

/** Slugs from text: only valid slugs, each once, at most LIJSTJE_MAX. */
export const leesSlugs = (tekst: string | null | undefined): string[] => alleSlugs(tekst).slice(0, LIJSTJE_MAX)

/** The slugs of a shared link's hash ('#a=x,y'); null when the hash holds no list. */
export function slugsUitHash(hash: string): string[] | null {
  const waarde = new URLSearchParams(hash.replace(/^#/, '')).get('a')
  return waarde === null ? null : leesSlugs(waarde)
}

/** The hash of a shared link for these slugs: '#a=x,y'. */
export const hashVan = (slugs: string[]) => `#a=${slugs.join(',')}`

/** The list in this browser (empty when storage is off or blocked). */
export function leesLijstje(): string[] {
  try {
    return leesSlugs(window.localStorage.getItem(LIJSTJE_OPSLAG))
  } catch {
    return []
  }
}

/** Whether the list in this browser or a link's hash holds more than LIJSTJE_MAX (kept before the limit, or typed). */
export function teLang(hash: string): boolean {
  const waarde = new URLSearchParams(hash.replace(/^#/, '')).get('a')
  if (waarde !== null) return alleSlugs(waarde).length > LIJSTJE_MAX
  try {
    return alleSlugs(window.localStorage.getItem(LIJSTJE_OPSLAG)).length > LIJSTJE_MAX
  } catch {
    return false
  }
}

/** Keep the list in this browser; false when the browser does not allow it (the link still holds it). */
export function bewaarLijstje(slugs: string[]): boolean {
  try {
    if (slugs.length === 0) window.localStorage.removeItem(LIJSTJE_OPSLAG)
    else window.localStorage.setItem(LIJSTJE_OPSLAG, leesSlugs(slugs.join(',')).join(','))
    return true
  } catch {
    return false
  }
}

/** Put an aanbod on the list, or take it off: 'aan', 'uit', or 'vol' when the list is full (then nothing changed). */
export function wissel(slug: string): 'aan' | 'uit' | 'vol' {
  const lijst = leesLijstje()
  if (lijst.includes(slug)) {
    bewaarLijstje(lijst.filter((s) => s !== slug))
    return 'uit'
  }
  if (lijst.length >= LIJSTJE_MAX) return 'vol'
  bewaarLijstje([...lijst, slug])
  return 'aan'
}

/** The slug of an aanbod page's path ('/aanbod/samen-eten/' → 'samen-eten'); null for any other path. */
export const aanbodSlugVan = (pad: string) => /^\/aanbod\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(pad)?.[1] ?? null
