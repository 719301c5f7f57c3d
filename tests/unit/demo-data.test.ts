/**
 * The demo content (cms/seed/demo-data.ts) as the site shows it. A price is shown as "Eigen bijdrage: € 2,50
 * (omschrijving)": when the omschrijving repeats the amount, the visitor reads the price twice. The rule is written
 * here by hand, not taken from the formatter: an omschrijving has no "€" and no amount like 2,50.
 */
import { describe, expect, it } from 'vitest'
import { activiteiten, aanbod } from '../../cms/seed/demo-data'

const HEEFT_BEDRAG = /€|\d,\d\d/

describe('demo content: the kosten omschrijving says what the amount is for, without the amount', () => {
  it('holds for every aanbod', () => {
    const metBedrag = aanbod.filter((a) => HEEFT_BEDRAG.test(a.kosten.omschrijving ?? '')).map((a) => `${a.slug}: ${a.kosten.omschrijving}`)
    expect(metBedrag).toEqual([])
  })

  it('holds for every activiteit', () => {
    const metBedrag = activiteiten
      .filter((a) => HEEFT_BEDRAG.test(a.kosten?.omschrijving ?? ''))
      .map((a) => `${a.slug}: ${a.kosten?.omschrijving}`)
    expect(metBedrag).toEqual([])
  })

  it('the rule finds an amount written as the site writes it, and lets a plain text pass', () => {
    expect(HEEFT_BEDRAG.test('Koffie en thee: € 2,50')).toBe(true)
    expect(HEEFT_BEDRAG.test('Per keer 2,50')).toBe(true)
    expect(HEEFT_BEDRAG.test('Koffie en thee')).toBe(false)
    expect(HEEFT_BEDRAG.test('Lidmaatschap per jaar. De eerste keer is gratis.')).toBe(false)
  })

  it('a few as written here', () => {
    const kosten = (slug: string) => aanbod.find((a) => a.slug === slug)?.kosten
    expect(kosten('koffieochtend-de-schakel')).toEqual({ soort: 'eigen-bijdrage', bedrag: 2.5, omschrijving: 'Koffie en thee' })
  })
})
