/**
 * The one formatter each for costs, addresses, dates and times, and the one text normaliser (content-schema/format.ts,
 * content-schema/text.ts). Every expected string is written out by hand. The iCalendar feed goes through the same
 * formatter as the pages: the feed is checked here with a third-party parser (node-ical).
 */
import { describe, expect, it } from 'vitest'
import ical from 'node-ical'
import {
  activiteitSchema,
  adresRegels,
  adresTekst,
  dagKort,
  dagTekst,
  datumLang,
  euro,
  formatDatum,
  formatTijd,
  kostenTekst,
  normaliseer,
  schemaInWoorden,
  slugify,
  synoniemenVan,
  tijdstipLang,
} from '../../content-schema'
import { normalizeHeader, normalizeName } from '../../cms/import/columns'
import { agendaIcs } from '../../site/lib/ical'

const NBSP = '\u00a0' // Intl writes "€ 2,50" with a no-break space

describe('kostenTekst', () => {
  it.each([
    ['gratis', { soort: 'gratis' }, 'Gratis'],
    ['gratis with a leftover omschrijving (the CMS hides the field for gratis)', { soort: 'gratis', omschrijving: 'oud' }, 'Gratis'],
    ['an amount', { soort: 'eigen-bijdrage', bedrag: 2.5 }, `Eigen bijdrage: €${NBSP}2,50`],
    ['an amount of 0', { soort: 'eigen-bijdrage', bedrag: 0 }, `Eigen bijdrage: €${NBSP}0,00`],
    [
      'amount and omschrijving',
      { soort: 'eigen-bijdrage', bedrag: 2.5, omschrijving: ' Koffie en thee ' },
      `Eigen bijdrage: €${NBSP}2,50 (Koffie en thee)`,
    ],
    [
      'only an omschrijving',
      { soort: 'eigen-bijdrage', omschrijving: 'U betaalt per maaltijd.' },
      'Eigen bijdrage: U betaalt per maaltijd.',
    ],
    ['neither', { soort: 'eigen-bijdrage', bedrag: null, omschrijving: '  ' }, 'Eigen bijdrage'],
  ])('%s', (_, kosten, expected) => {
    expect(kostenTekst(kosten)).toBe(expected)
  })

  it('writes euros the Dutch way', () => {
    expect(euro(1234.5)).toBe(`€${NBSP}1.234,50`)
  })

  // Before: the card said "Eigen bijdrage: € 2,50", the page "Eigen bijdrage: Koffie en thee" and the feed
  // "€ 2,50 (Koffie en thee)" for this one activiteit. The feed now says what the page and the card say.
  it('gives the iCalendar feed the same price text as the pages', () => {
    const a = activiteitSchema.parse({
      id: 1,
      titel: 'Koffieochtend',
      slug: 'koffieochtend',
      start: '2026-10-13T08:00:00.000Z',
      einde: '2026-10-13T10:00:00.000Z',
      herhaling: { freq: 'none' },
      kern: { id: 1, slug: 'vroomshoop', naam: 'Vroomshoop' },
      organisatie: { id: 1, naam: 'Stichting Voorbeeld', slug: 'stichting-voorbeeld' },
      locatie: { naam: 'Het Dorpshuis', adres: 'Dorpsstraat 1', plaats: 'Vroomshoop' },
      kosten: { soort: 'eigen-bijdrage', bedrag: 2.5, omschrijving: 'Koffie en thee' },
      status: 'gepland',
      updatedAt: '2026-09-01T08:00:00.000Z',
    })
    const text = agendaIcs(
      [a],
      { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') },
      {
        naam: 'Agenda',
        siteUrl: 'https://kaart.example',
        path: (x) => `/activiteit/${x.slug}/`,
      },
    )
    const event = Object.values(ical.sync.parseICS(text)).find((c) => c.type === 'VEVENT') as ical.VEvent
    expect(String(event.description).split('\n')).toContain(`Kosten: Eigen bijdrage: €${NBSP}2,50 (Koffie en thee)`)
    // No postcode: no double space, a comma between street and place.
    expect(event.location).toBe('Het Dorpshuis, Dorpsstraat 1, Vroomshoop')
  })
})

describe('adresTekst and adresRegels', () => {
  it('writes the lines of an envelope, leaving out what is empty', () => {
    expect(adresRegels({ naam: 'De Schakel', adres: 'Julianastraat 5', postcode: '7671 BN', plaats: 'Vriezenveen' })).toEqual([
      'De Schakel',
      'Julianastraat 5',
      '7671 BN Vriezenveen',
    ])
    expect(adresRegels({ adres: 'Julianastraat 5', postcode: null, plaats: 'Vriezenveen' })).toEqual(['Julianastraat 5', 'Vriezenveen'])
    expect(adresRegels({ naam: ' ', adres: '', postcode: '7671 BN' })).toEqual(['7671 BN'])
    expect(adresRegels({})).toEqual([])
  })

  it('writes one line with commas', () => {
    expect(adresTekst({ naam: 'De Schakel', adres: 'Julianastraat 5', postcode: '7671 BN', plaats: 'Vriezenveen' })).toBe(
      'De Schakel, Julianastraat 5, 7671 BN Vriezenveen',
    )
    // Before, the meldpunt page wrote "Julianastraat 5 Vriezenveen" here.
    expect(adresTekst({ adres: 'Julianastraat 5', plaats: 'Vriezenveen' })).toBe('Julianastraat 5, Vriezenveen')
    expect(adresTekst({})).toBe('')
  })
})

describe('dates and times', () => {
  it('writes times with a dot and "uur"', () => {
    expect(formatTijd('14:00', '16:00')).toBe('14.00 – 16.00 uur')
    expect(formatTijd('09:30', '09:30')).toBe('09.30 uur')
    expect(formatTijd('20:00')).toBe('20.00 uur')
  })

  it('writes calendar dates in words, the same date in any zone', () => {
    expect(formatDatum('2026-12-01')).toBe('dinsdag 1 december 2026')
    expect(formatDatum('2027-03-28')).toBe('zondag 28 maart 2027') // the day summer time starts
    expect(dagTekst('2026-12-01')).toBe('dinsdag 1 december')
    expect(dagKort('2026-12-01')).toBe('di 1 dec')
  })

  it('writes instants in Amsterdam time', () => {
    expect(datumLang('2026-12-31T23:30:00.000Z')).toBe('1 januari 2027') // 00:30 in Amsterdam
    expect(datumLang('2026-07-15T10:00:00.000Z')).toBe('15 juli 2026')
    // Before: "6 december 2026 om 05:05 uur" on the open-data page and "6 december om 05:05" in the CMS.
    expect(tijdstipLang(new Date('2026-12-06T04:05:00Z'))).toBe('6 december 2026 om 05.05 uur')
    expect(tijdstipLang('2026-07-01T22:00:00Z')).toBe('2 juli 2026 om 00.00 uur')
  })

  it('writes a regular time in words', () => {
    expect(schemaInWoorden({ freq: 'WEEKLY', byday: ['TU'], opensAt: '10:00', closesAt: '12:00' })).toBe(
      'Elke dinsdag van 10.00 tot 12.00 uur',
    )
    expect(schemaInWoorden({ freq: 'WEEKLY', interval: 2, byday: ['MO', 'WE', 'FR'], opensAt: '09:30' })).toBe(
      'Om de week op maandag, woensdag en vrijdag vanaf 09.30 uur',
    )
    expect(schemaInWoorden({ freq: 'MONTHLY', byday: ['SA'], bysetpos: '1', opensAt: '10:00', closesAt: '13:00' })).toBe(
      'Elke eerste zaterdag van de maand van 10.00 tot 13.00 uur',
    )
    expect(schemaInWoorden({ freq: 'MONTHLY', interval: 3, bymonthday: 15 })).toBe('Elke 15e om de 3 maanden')
  })
})

describe('normaliseer', () => {
  it('lowers case, drops accents and extra spaces', () => {
    expect(normaliseer('  Dén   Ham\tCafé  ')).toBe('den ham cafe')
    expect(normaliseer('ÉÉN ﬁets')).toBe('een fiets') // NFKD also splits the ligature
  })

  it('is the base of slugs, import matching, headers and synonyms', () => {
    expect(slugify('Samen eten in Dén Ham & zo!')).toBe('samen-eten-in-den-ham-en-zo')
    expect(normalizeName('  Eigen_bijdrage ')).toBe('eigen bijdrage')
    expect(normalizeName('Dén-Ham')).toBe('den ham')
    expect(normalizeHeader('\uFEFFThema’s')).toBe('themas')
    expect(normalizeHeader(' Heel  Twenterand ')).toBe('heel_twenterand')
    expect(synoniemenVan('  Eetcafé   Den Ham')[0]).toBe('eetcafe den ham')
  })
})
