import type { KernDoc } from '../schemas'
import type { PostcodeRange } from './types'

/**
 * A kern in the one shape the CMS stores, the site reads (KernDoc in schemas.ts, without the database's id and
 * volgorde) and the seed writes: names as { naam } objects, the postcode area as text ("7670-7672", "7681, 7686"),
 * the centre as latitude/longitude. Plus, for this reference list only, whether the facts were checked.
 */
export type KernGegevens = Required<Omit<KernDoc, 'id' | 'volgorde' | 'omschrijving'>> & {
  omschrijving: string
  /** True when postcode and centre were checked against public sources (../shared/domain.md). */
  geverifieerd: boolean
}

const namen = (...n: string[]) => n.map((naam) => ({ naam }))

/**
 * BEGINLIJST (seed only, see taxonomies.ts): the first content of the CMS collection kernen; editing it changes
 * nothing on a running site (staff edit the kernen in the admin, Indeling > Kernen). The kernen (villages) of
 * Gemeente Twenterand with their buurtschappen. Facts from shared/domain.md (verified); Westerhaar's postcode and
 * centre are not verified and stay empty.
 */
export const kernen: readonly KernGegevens[] = [
  {
    slug: 'vriezenveen',
    naam: 'Vriezenveen',
    omschrijving: 'Het grootste dorp van Twenterand, met het gemeentehuis.',
    andereNamen: [],
    buurtschappen: namen('Westerhoeven', 'Weitemanslanden', 'De Pollen'),
    postcodes: '7670-7672',
    latitude: 52.4117,
    longitude: 6.6256,
    inwoners: 13800,
    geverifieerd: true,
  },
  {
    slug: 'vroomshoop',
    naam: 'Vroomshoop',
    omschrijving: 'Dorp aan het kanaal, in het noorden van Twenterand.',
    andereNamen: [],
    buurtschappen: namen('Fortwijk'),
    postcodes: '7681',
    latitude: 52.4603,
    longitude: 6.5658,
    inwoners: 9400,
    geverifieerd: true,
  },
  {
    slug: 'den-ham',
    naam: 'Den Ham',
    omschrijving: 'Dorp in het westen van Twenterand, met de buurtschappen eromheen.',
    andereNamen: [],
    buurtschappen: namen('Hallerhoek', 'Linde', 'Magele', 'Meer en Noord-Meer'),
    postcodes: '7683',
    latitude: 52.465,
    longitude: 6.4942,
    inwoners: 5830,
    geverifieerd: true,
  },
  {
    slug: 'westerhaar',
    naam: 'Westerhaar-Vriezenveensewijk',
    omschrijving: 'Dorp in het oosten van Twenterand, ook wel Westerhaar of De Wieke genoemd.',
    andereNamen: namen('Westerhaar', 'De Wieke'),
    buurtschappen: [],
    postcodes: null,
    latitude: null,
    longitude: null,
    inwoners: null,
    geverifieerd: false,
  },
  {
    slug: 'geerdijk',
    naam: 'Geerdijk',
    omschrijving: 'Klein dorp tussen Vroomshoop en Vriezenveen.',
    andereNamen: [],
    buurtschappen: [],
    postcodes: '7681, 7686',
    latitude: 52.4756,
    longitude: 6.5698,
    inwoners: 995,
    geverifieerd: true,
  },
]

/**
 * A kern's postcode area (the text of its field postcodes: "7670-7672", "7681, 7686") as ranges of four-digit
 * postcodes; [] when empty. Parts that are not four digits (or two joined by "-") are left out.
 */
export function postcodeGebieden(tekst: string | null | undefined): PostcodeRange[] {
  return (tekst ?? '')
    .split(',')
    .map((deel) => /^\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*$/.exec(deel))
    .filter((m) => m !== null)
    .map((m) => ({ van: Number(m[1]), tot: Number(m[2] ?? m[1]) }))
}

/*
 * Not in any list, as no code needs them (facts from shared/domain.md): Bruinehaar is a buurtschap of Twenterand
 * not tied to one kern; Aadorp (Almelo), Kloosterhaar and Sibculo (Hardenberg) and Daarlerveen (Hellendoorn) are
 * nearby but not in Twenterand.
 */

/** The label used when aanbod is for every kern. */
export const HEEL_TWENTERAND = 'Heel Twenterand'

export const gemeente = {
  naam: 'Gemeente Twenterand',
  provincie: 'Overijssel',
  cbsCode: '1700',
  inwoners: 34000,
  gemeentehuis: 'Vriezenveen',
} as const
