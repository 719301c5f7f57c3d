import type { Kern } from './types'

/**
 * BEGINLIJST (see taxonomies.ts): the first content of the CMS collection kernen; editing it changes nothing on a
 * running site. The kernen (villages) of Gemeente Twenterand with their buurtschappen.
 * Facts from shared/domain.md (verified); Westerhaar's postcode and centre are not verified and stay empty.
 */
export const kernen: readonly Kern[] = [
  {
    slug: 'vriezenveen',
    naam: 'Vriezenveen',
    omschrijving: 'Het grootste dorp van Twenterand, met het gemeentehuis.',
    andereNamen: [],
    buurtschappen: ['Westerhoeven', 'Weitemanslanden', 'De Pollen'],
    postcodes: [{ van: 7670, tot: 7672 }],
    centrum: { latitude: 52.4117, longitude: 6.6256 },
    inwoners: 13800,
    geverifieerd: true,
  },
  {
    slug: 'vroomshoop',
    naam: 'Vroomshoop',
    omschrijving: 'Dorp aan het kanaal, in het noorden van Twenterand.',
    andereNamen: [],
    buurtschappen: ['Fortwijk'],
    postcodes: [{ van: 7681, tot: 7681 }],
    centrum: { latitude: 52.4603, longitude: 6.5658 },
    inwoners: 9400,
    geverifieerd: true,
  },
  {
    slug: 'den-ham',
    naam: 'Den Ham',
    omschrijving: 'Dorp in het westen van Twenterand, met de buurtschappen eromheen.',
    andereNamen: [],
    buurtschappen: ['Hallerhoek', 'Linde', 'Magele', 'Meer en Noord-Meer'],
    postcodes: [{ van: 7683, tot: 7683 }],
    centrum: { latitude: 52.465, longitude: 6.4942 },
    inwoners: 5830,
    geverifieerd: true,
  },
  {
    slug: 'westerhaar',
    naam: 'Westerhaar-Vriezenveensewijk',
    omschrijving: 'Dorp in het oosten van Twenterand, ook wel Westerhaar of De Wieke genoemd.',
    andereNamen: ['Westerhaar', 'De Wieke'],
    buurtschappen: [],
    postcodes: [],
    centrum: null,
    inwoners: null,
    geverifieerd: false,
  },
  {
    slug: 'geerdijk',
    naam: 'Geerdijk',
    omschrijving: 'Klein dorp tussen Vroomshoop en Vriezenveen.',
    andereNamen: [],
    buurtschappen: [],
    postcodes: [
      { van: 7681, tot: 7681 },
      { van: 7686, tot: 7686 },
    ],
    centrum: { latitude: 52.4756, longitude: 6.5698 },
    inwoners: 995,
    geverifieerd: true,
  },
]

/** Buurtschappen in Twenterand that are not tied to one kern in our verified facts. */
export const overigeBuurtschappen: readonly string[] = ['Bruinehaar']

/** Places nearby that people may think are in Twenterand, but are not. */
export const nietTwenterand: readonly { naam: string; gemeente: string }[] = [
  { naam: 'Aadorp', gemeente: 'Almelo' },
  { naam: 'Kloosterhaar', gemeente: 'Hardenberg' },
  { naam: 'Sibculo', gemeente: 'Hardenberg' },
  { naam: 'Daarlerveen', gemeente: 'Hellendoorn' },
]

/** The label used when aanbod is for every kern. */
export const HEEL_TWENTERAND = 'Heel Twenterand'

export const gemeente = {
  naam: 'Gemeente Twenterand',
  provincie: 'Overijssel',
  cbsCode: '1700',
  inwoners: 34000,
  gemeentehuis: 'Vriezenveen',
} as const
