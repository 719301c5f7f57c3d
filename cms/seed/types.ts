/**
 * The shape of the demo content, written by hand in demo-data.ts and turned into CMS documents by the seed.
 * Relations are given by slug (of content-schema's reference taxonomies, or of another demo document).
 * Dates of activiteiten are relative to the day the seed runs, so the agenda is always filled for the coming weeks.
 */
import type {
  OptionValue,
  activiteitStatussen,
  aanbodStatussen,
  herhalingFrequenties,
  kostenSoorten,
  meedoenManieren,
  schemaFrequenties,
  weekdagen,
  weekVanDeMaand,
} from '../../content-schema'

type V<T extends readonly { value: string }[]> = OptionValue<T>
export type Weekdag = V<typeof weekdagen>

export interface DemoAdres {
  straat: string
  postcode: string
  plaats: string
}

export interface DemoLocatie {
  naam: string
  adres: string
  postcode: string
  plaats: string
  latitude?: number
  longitude?: number
}

export interface DemoKosten {
  soort: V<typeof kostenSoorten>
  /** Euros, when soort is eigen-bijdrage. */
  bedrag?: number
  omschrijving?: string
}

export interface DemoOrganisatie {
  slug: string
  naam: string
  korteOmschrijving: string
  /**
   * true: a real organisation in Twenterand (shared/domain.md); only verified facts, so no invented phone number,
   * e-mail, website or address. false: a fictional example organisation, visibly named as such.
   */
  bestaat: boolean
  website?: string
  email?: string
  telefoon?: string
  adres?: DemoAdres
  contactpersonen: { naam: string; email: string }[]
}

export interface DemoAanbod {
  slug: string
  titel: string
  /** B1 Dutch; its limit is AANBOD_VELDEN.samenvatting in content-schema/velden.ts (the seed saves through the CMS, which enforces it). */
  samenvatting: string
  /** Paragraphs of the description. */
  beschrijving: string[]
  organisatie: string
  heelTwenterand?: boolean
  kernen: string[]
  levensgebeurtenissen: string[]
  doelgroepen: string[]
  themas: string[]
  kosten: DemoKosten
  meedoen: { manier: V<typeof meedoenManieren>; aanmeldinformatie?: string }
  contact?: { telefoon?: string; email?: string; website?: string }
  locaties?: DemoLocatie[]
  tijden?: {
    omschrijving: string
    schema?: {
      freq: V<typeof schemaFrequenties>
      interval?: number
      byday?: Weekdag[]
      bysetpos?: V<typeof weekVanDeMaand>
      bymonthday?: number
      opensAt?: string
      closesAt?: string
    }[]
  }
  toegankelijkheid?: { kenmerken: string[]; toelichting?: string }
  status?: V<typeof aanbodStatussen>
  placemats?: ('jeugd' | 'algemeen')[]
  /** How many months ago the listing was last checked (to show fresh, "controle nodig" and "verouderd" listings). */
  gecontroleerdMaandenGeleden: number
}

export interface DemoActiviteit {
  slug: string
  titel: string
  beschrijving: string[]
  organisatie: string
  kern: string
  /** Slug of a related demo aanbod. */
  aanbod?: string
  locatie: DemoLocatie
  /**
   * When, at a local time in Europe/Amsterdam: days after the seed date (0 = today); or, with
   * weekTegenEenzaamheid, a day (0-6) of the next Week tegen Eenzaamheid (0 = its Thursday); or, with feestdagen,
   * days after 28 November of the coming (or current) Christmas season, so Christmas stays in December.
   */
  wanneer: { dag: number; van: string; tot: string; weekTegenEenzaamheid?: boolean; feestdagen?: boolean }
  herhaling?: {
    freq: Exclude<V<typeof herhalingFrequenties>, 'none'>
    interval?: number
    byday?: Weekdag[]
    bysetpos?: V<typeof weekVanDeMaand>
    /** Last day (days after the seed date) on which it may occur. */
    totDag?: number
    /** Occurrences that do not take place, as days after the seed date. */
    uitzonderingDagen?: number[]
  }
  kosten: DemoKosten
  aanmelden?: { nodig: boolean; informatie?: string }
  labels?: string[]
  status?: V<typeof activiteitStatussen>
}
