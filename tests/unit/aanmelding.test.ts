/**
 * The application of a new organisation (issue 24), without a server: the duplicate hints (cms/collections/Aanmeldingen/
 * dubbel.ts) on hand-made organisations, and the form's data (content-schema aanmeldingData) from typed answers.
 * Expected values are written out by hand.
 */
import { describe, expect, it } from 'vitest'
import { lijktOp, naamKern } from '../../cms/collections/Aanmeldingen/dubbel'
import { parseDutchNumber } from '../../content-schema'
import { aanmeldingData, aanmeldingFormulier, valideer } from '../../content-schema/formulieren'

const orgs = [
  { id: 1, naam: 'Stichting De Linde', telefoon: '0546-123456', email: 'info@delinde.example', website: 'https://www.delinde.example/' },
  {
    id: 2,
    naam: 'Voetbalvereniging Vriezenveen',
    telefoon: null,
    email: 'secretaris@gmail.com',
    website: null,
    postcode: '7671AB',
    straat: 'Sportlaan 3',
  },
  { id: 3, naam: 'Repair Café Den Ham', email: 'repair@denham.example' },
  { id: 4, naam: 'Bibliotheek Vroomshoop' },
]

describe('duplicate hints', () => {
  it('the name without words that say what kind of organisation it is', () => {
    expect(naamKern('Stichting De Linde (Vriezenveen)')).toBe('linde vriezenveen')
    expect(naamKern('Vereniging van Vrouwen in Twenterand')).toBe('vrouwen')
  })

  it('the same name once "Stichting" is left out, and the reasons', () => {
    const r = lijktOp({ naam: 'De Linde', telefoon: '0546 12 34 56' }, orgs)
    expect(r).toEqual([{ kandidaat: orgs[0], redenen: ['naam', 'telefoon'] }])
  })

  it('a name with a typing error looks alike', () => {
    expect(lijktOp({ naam: 'Repair Cafe Denham' }, orgs).map((g) => [g.kandidaat.id, g.redenen])).toEqual([[3, ['lijkt-op-naam']]])
  })

  it('e-mail address, e-mail domain (not of a mail provider), website, address, phone with +31', () => {
    expect(lijktOp({ naam: 'Iets heel anders', email: 'INFO@delinde.example' }, orgs).map((g) => g.redenen)).toEqual([['email']])
    expect(lijktOp({ naam: 'Iets heel anders', email: 'jan@delinde.example' }, orgs).map((g) => g.redenen)).toEqual([['e-maildomein']])
    // Many unrelated people use gmail.com.
    expect(lijktOp({ naam: 'Iets heel anders', email: 'ander@gmail.com' }, orgs)).toEqual([])
    expect(lijktOp({ naam: 'Iets heel anders', website: 'http://delinde.example/contact' }, orgs).map((g) => g.redenen)).toEqual([
      ['website'],
    ])
    expect(lijktOp({ naam: 'Iets heel anders', postcode: '7671 ab', straat: 'sportlaan 3' }, orgs).map((g) => g.redenen)).toEqual([
      ['adres'],
    ])
    expect(lijktOp({ naam: 'Iets heel anders', telefoon: '+31 546 123456' }, orgs).map((g) => g.kandidaat.id)).toEqual([1])
  })

  it('nothing alike: no hints', () => {
    expect(lijktOp({ naam: 'Buurtgroep Het Westen', telefoon: '0546 999 999' }, orgs)).toEqual([])
  })
})

describe('the form data', () => {
  it('Dutch amounts', () => {
    expect(parseDutchNumber('2,50')).toBe(2.5)
    expect(parseDutchNumber('€ 1.250,00')).toBe(1250)
    expect(parseDutchNumber('3')).toBe(3)
    expect(parseDutchNumber('twee')).toBeNull()
    expect(parseDutchNumber('')).toBeNull()
  })

  it('all of Twenterand drops the kernen; walk-in drops how to join; gratis drops the amount', () => {
    const w = {
      orgNaam: 'Club',
      orgSoort: 'vereniging',
      orgPostcode: '7671ab',
      contactNaam: 'Jan',
      contactEmail: 'Jan@Club.Example',
      titel: 'Biljart',
      samenvatting: 'Samen biljarten.',
      waar: 'heel-twenterand',
      kernen: ['3'],
      kosten: 'gratis',
      bedrag: '2,50',
      meedoen: 'vrije-inloop',
      aanmeldinformatie: 'Bel Jan',
      doelAkkoord: 'ja',
    }
    expect(valideer(aanmeldingFormulier(), w, { kernen: [{ value: '3', label: 'Den Ham' }] })).toEqual([])
    const d = aanmeldingData(w)
    expect(d.organisatie.postcode).toBe('7671 AB')
    expect(d.contactpersoon.email).toBe('jan@club.example')
    expect(d.aanbod).toMatchObject({
      heelTwenterand: true,
      kernen: [],
      kostenSoort: 'gratis',
      kostenBedrag: null,
      aanmeldinformatie: undefined,
    })
  })
})
