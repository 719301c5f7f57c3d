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
 * No PDF per aanbod: every aanbod page prints as a one-page flyer from the browser (10,000 PDFs would not fit
 * the build), see FLYER.
 */
import type { KernDoc } from '../../content-schema'
import { HEEL_TWENTERAND, placematSoorten } from '../../content-schema'

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

/** How many weeks the agenda on paper covers. */
export const AGENDA_WEKEN = 4

export const placematPath = (soort: string) => `/placemat/${soort}/`
export const kaartPath = (slug: string) => `/kaart/${slug}/`
export const agendaPapierPath = (slug: string) => `/agenda/papier/${slug}/`

/** Every paper version of the site (kernen in their own order). */
export function printPages({ kernen }: { kernen: Pick<KernDoc, 'slug' | 'naam'>[] }): PrintPage[] {
  const kaart = (slug: string, naam: string): PrintPage => ({
    path: kaartPath(slug),
    pdf: `/pdf/sociale-kaart-${slug}.pdf`,
    title: `Sociale kaart ${naam}`,
    description: `Een boekje met al het aanbod in ${naam}, per thema. Druk het dubbelzijdig af.`,
    size: 'A4',
    orientation: 'portrait',
    duplex: true,
    group: 'sociale-kaart',
  })
  const agenda = (slug: string, naam: string, waar: string): PrintPage => ({
    path: agendaPapierPath(slug),
    pdf: `/pdf/agenda-${slug}.pdf`,
    title: `Agenda ${naam}`,
    description: `De activiteiten van Twenterand Ontmoet ${waar} in de komende ${AGENDA_WEKEN} weken.`,
    size: 'A4',
    orientation: 'portrait',
    duplex: true,
    group: 'agenda',
  })
  return [
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
    ...kernen.map((k) => kaart(k.slug, k.naam)),
    kaart(HEEL_TWENTERAND_SLUG, HEEL_TWENTERAND),
    ...kernen.map((k) => agenda(k.slug, k.naam, `in ${k.naam}`)),
    agenda(ALLE_KERNEN_SLUG, 'alle kernen', 'in alle kernen'),
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
}

/** The paper version printed from a page, if that page has one. */
export const printPageFor = (pages: PrintPage[], path: string) => pages.find((p) => p.path === path)

/** Paper size in words, for people: "A3 liggend". */
export const paperLabel = (p: Pick<PrintPage, 'size' | 'orientation'>) => `${p.size} ${p.orientation === 'landscape' ? 'liggend' : 'staand'}`

/** Every aanbod page prints as a one-page A4 flyer from the browser; there is no ready PDF per aanbod. */
export const FLYER = {
  title: 'Flyer van een aanbod',
  description:
    'Elk aanbod past op één A4. Open het aanbod op de site en kies "Afdrukken als flyer" (of Afdrukken in uw browser). Er is geen kant-en-klare PDF per aanbod: dat zouden er te veel worden.',
  size: 'A4',
  orientation: 'portrait',
} as const
