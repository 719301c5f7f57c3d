/** The licences of the open data (ours) and of the HSDS specification it follows (Open Referral's), shown on /open-data/. */
export const LICENTIE = {
  data: { naam: 'CC0 1.0 Universeel (Publiek Domein Verklaring)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' },
  hsds: {
    naam: 'CC BY-SA 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.nl',
    attributie: 'Human Services Data Specification: an Open Referral resource (https://openreferral.org/)',
  },
} as const
