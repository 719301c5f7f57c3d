/**
 * The paper versions of the site: ONE list, the single source for the staff page /papier/, the "Download als PDF"
 * link on each print page, /papier.json and the PDF step of `npm run build` (scripts/build-site.ts prints every
 * entry with Chromium into the build folder at `pdf`).
 *
 * A print page is an ordinary page of the site with print CSS (site/styles/print.css): its @page rule sets the
 * paper size, so the PDF is the browser's print of that same page. The size here is for people (the /papier/
 * list) and for the build's check of the PDF; keep it equal to the page's @page rule.
 *
 * Adding a paper version: add an entry below (or to the list a function returns), make its page, done.
 *
 * A paper version holds at most about 100 A4 pages (PAPIER_MAX): more is no longer something to hand to somebody,
 * and printing it would make every build slow (figures: docs/benchmark.md, Papier). The
 * agenda on paper then covers fewer weeks (4, 2 or 1); a version that is too big even so has no print page and no
 * PDF, and /papier/ says why and where to look instead (papierVersies().teGroot).
 * No PDF per aanbod: every aanbod page prints as a one-page flyer from the browser (10,000 PDFs would not fit
 * the build), see FLYER.
 */
import type { AanbodDoc, ActiviteitDoc, KernDoc } from '../../content-schema'
import { HEEL_TWENTERAND, localDate, placematSoorten } from '../../content-schema'
import { agendaWindow, occurrences } from './agenda'
import { aanbodVoor, inOverzicht } from './indeling'
import { activiteitenInKern } from './groepen'

export type PaperSize = 'A3' | 'A4'
export type Orientation = 'portrait' | 'landscape'

export type PrintGroup = 'placemats' | 'sociale-kaart' | 'agenda' | 'burenkaart'

export interface PrintPage {
  /** The print page on the site, e.g. '/placemat/jeugd/'. */
  path: string
  /** Where the build writes its PDF, e.g. '/pdf/placemat-jeugd.pdf'. */
  pdf: string
  /** Dutch title, as on the page. */
  title: string
  /** One plain Dutch line for staff: what it is and how to print it. */
  description: string
  size: PaperSize
  orientation: Orientation
  /** Print on both sides when it has more than one page (booklets; a placemat that needs two sides). */
  duplex: boolean
  group: PrintGroup
  /** A booklet or an agenda: its slug (a kern's, HEEL_TWENTERAND_SLUG or ALLE_KERNEN_SLUG) and the place's name. */
  slug?: string
  naam?: string
  /** A booklet or an agenda: where the same content is on the site. */
  online?: string
  /** The agenda on paper: how many weeks it covers. */
  weken?: number
}

/** A paper version that would be too big to print: no print page and no PDF; /papier/ says why. */
export interface TeGrootVersie {
  title: string
  group: PrintGroup
  /** Plain Dutch: why there is no paper version. */
  reden: string
  /** Where the same content is on the site. */
  online: string
}

/** The groups in the order of the /papier/ page, with their Dutch headings. */
export const PRINT_GROUPS: { group: PrintGroup; title: string }[] = [
  { group: 'placemats', title: 'Placemats' },
  { group: 'sociale-kaart', title: 'Sociale kaart per kern' },
  { group: 'agenda', title: 'Agenda Twenterand Ontmoet' },
  { group: 'burenkaart', title: 'Burenkaart' },
]

/** The slug of the booklet with all aanbod of the gemeente. No kern has this slug. */
export const HEEL_TWENTERAND_SLUG = 'heel-twenterand'
/** The slug of the agenda on paper for all kernen together. */
export const ALLE_KERNEN_SLUG = 'alle-kernen'

/** How many weeks the agenda on paper covers, when that fits (PAPIER_MAX); otherwise the next that fits. */
export const AGENDA_WEKEN = 4
const AGENDA_WEKEN_KEUZE = [AGENDA_WEKEN, 2, 1]

/**
 * The most one paper version holds: about 100 A4 pages. A booklet holds about 3.5 aanbod per page since its entries
 * fill the pages (site/styles/boekje.css), the agenda about 8 activiteiten per page (figures: docs/benchmark.md, Papier).
 */
export const PAPIER_MAX = { aanbod: 350, activiteiten: 800 } as const

export const placematPath = (soort: string) => `/placemat/${soort}/`
export const kaartPath = (slug: string) => `/kaart/${slug}/`
export const agendaPapierPath = (slug: string) => `/agenda/papier/${slug}/`

/** What papierVersies needs of the content (getContent()'s result will do). */
export interface PapierContent {
  kernen: Pick<KernDoc, 'slug' | 'naam'>[]
  aanbod: AanbodDoc[]
  activiteiten: ActiviteitDoc[]
}

/** "de komende 4 weken", "de komende week". */
export const wekenTekst = (weken: number) => (weken === 1 ? 'de komende week' : `de komende ${weken} weken`)

/** The aanbod of a kern's booklet: what the kern page lists; for heel Twenterand, everything that still runs. */
export function kaartAanbod(aanbod: AanbodDoc[], slug: string): AanbodDoc[] {
  return slug === HEEL_TWENTERAND_SLUG ? aanbod.filter(inOverzicht) : aanbodVoor(aanbod, 'kern', slug)
}

/** The activiteiten of a paper agenda: one kern's, or all (kern null). */
export const agendaActiviteiten = (activiteiten: ActiviteitDoc[], kern: string | null) =>
  kern === null ? activiteiten : activiteitenInKern(activiteiten, kern)

const getal = new Intl.NumberFormat('nl-NL')
const cache = new WeakMap<object, { dag: string; versies: ReturnType<typeof maakVersies> }>()

/**
 * Every paper version of the site that fits on paper (pages, kernen in their own order), and the ones that do not
 * (teGroot). The same for every page of one build: worked out once per content and day.
 */
export function papierVersies(content: PapierContent, now = new Date()) {
  const dag = localDate(now)
  const hit = cache.get(content)
  if (hit?.dag === dag) return hit.versies
  const versies = maakVersies(content, now)
  cache.set(content, { dag, versies })
  return versies
}

function maakVersies({ kernen, aanbod, activiteiten }: PapierContent, now: Date): { pages: PrintPage[]; teGroot: TeGrootVersie[] } {
  const teGroot: TeGrootVersie[] = []
  const kaart = (slug: string, naam: string): PrintPage[] => {
    const aantal = kaartAanbod(aanbod, slug).length
    const title = `Sociale kaart ${naam}`
    const online = slug === HEEL_TWENTERAND_SLUG ? '/aanbod/' : `/kern/${slug}/`
    if (aantal > PAPIER_MAX.aanbod) {
      teGroot.push({
        title,
        group: 'sociale-kaart',
        reden: `Er is te veel aanbod voor één boekje: ${getal.format(aantal)} keer aanbod. Op papier passen er ${PAPIER_MAX.aanbod}. Kies de sociale kaart van een kern, of bekijk het aanbod op de site.`,
        online,
      })
      return []
    }
    return [
      {
        path: kaartPath(slug),
        pdf: `/pdf/sociale-kaart-${slug}.pdf`,
        title,
        description: `Een boekje met al het aanbod in ${naam}, per thema. Druk het dubbelzijdig af.`,
        size: 'A4',
        orientation: 'portrait',
        duplex: true,
        group: 'sociale-kaart',
        slug,
        naam,
        online,
      },
    ]
  }
  const agenda = (slug: string, kern: string | null, naam: string, waar: string): PrintPage[] => {
    // Expanded once, over the longest window; a shorter one holds the occurrences that start before its end.
    const alle = occurrences(agendaActiviteiten(activiteiten, kern), agendaWindow(now, AGENDA_WEKEN))
    const aantal = (weken: number) => {
      const tot = agendaWindow(now, weken).to
      return alle.filter((o) => o.start < tot).length
    }
    const weken = AGENDA_WEKEN_KEUZE.find((w) => aantal(w) <= PAPIER_MAX.activiteiten)
    const title = `Agenda ${naam}`
    const online = kern === null ? '/agenda/' : `/agenda/kern/${kern}/`
    if (weken === undefined) {
      teGroot.push({
        title,
        group: 'agenda',
        reden: `Er zijn te veel activiteiten voor papier: ${getal.format(aantal(1))} in één week. Op papier passen er ${PAPIER_MAX.activiteiten}. Kies de agenda van een kern, of bekijk de agenda op de site.`,
        online,
      })
      return []
    }
    return [
      {
        path: agendaPapierPath(slug),
        pdf: `/pdf/agenda-${slug}.pdf`,
        title,
        description: `De activiteiten van Twenterand Ontmoet ${waar} in ${wekenTekst(weken)}.`,
        size: 'A4',
        orientation: 'portrait',
        duplex: true,
        group: 'agenda',
        slug,
        naam,
        online,
        weken,
      },
    ]
  }
  const pages: PrintPage[] = [
    ...placematSoorten.map(
      (p): PrintPage => ({
        path: placematPath(p.value),
        pdf: `/pdf/placemat-${p.value}.pdf`,
        title: p.label,
        description: 'Eén groot vel (dubbelzijdig als er veel op staat), met een QR-code bij elk aanbod.',
        size: 'A3',
        orientation: 'landscape',
        duplex: true,
        group: 'placemats',
      }),
    ),
    ...kernen.flatMap((k) => kaart(k.slug, k.naam)),
    ...kaart(HEEL_TWENTERAND_SLUG, HEEL_TWENTERAND),
    ...kernen.flatMap((k) => agenda(k.slug, k.slug, k.naam, `in ${k.naam}`)),
    ...agenda(ALLE_KERNEN_SLUG, null, 'alle kernen', 'in alle kernen'),
    {
      path: '/burenkaart/leeg/',
      pdf: '/pdf/burenkaart-leeg.pdf',
      title: 'Lege Burenkaart',
      description: 'Vier lege kaarten op één vel, om met de hand in te vullen. Knip ze los langs de stippellijnen.',
      size: 'A4',
      orientation: 'portrait',
      duplex: false,
      group: 'burenkaart',
    },
  ]
  return { pages, teGroot }
}

/** Every paper version of the site that fits on paper. */
export const printPages = (content: PapierContent, now = new Date()) => papierVersies(content, now).pages

/** The paper version printed from a page, if that page has one. */
export const printPageFor = (pages: PrintPage[], path: string) => pages.find((p) => p.path === path)

/** Paper size in words, for people: "A3 liggend". */
export const paperLabel = (p: Pick<PrintPage, 'size' | 'orientation'>) =>
  `${p.size} ${p.orientation === 'landscape' ? 'liggend' : 'staand'}`

/** Every aanbod page prints as a one-page A4 flyer from the browser; there is no ready PDF per aanbod. */
export const FLYER = {
  title: 'Flyer van een aanbod',
  description:
    'Elk aanbod past op één A4. Open het aanbod op de site en kies "Afdrukken als flyer" (of Afdrukken in uw browser). Er is geen kant-en-klare PDF per aanbod: dat zouden er te veel worden.',
  size: 'A4',
  orientation: 'portrait',
} as const
