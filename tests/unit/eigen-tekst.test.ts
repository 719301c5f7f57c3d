/**
 * What a page says about itself (site/lib/zoeken/eigen-tekst.ts): the text without the lists of other pages' content, which
 * Pagefind leaves out too (data-pagefind-ignore="all"). The synonyms a page carries come from it.
 */
import { describe, expect, it } from 'vitest'
import { synoniemenIn } from '../../content-schema'
import { eigenTekst } from '../../site/lib/zoeken/eigen-tekst'

const woorden = (html: string) => eigenTekst(html).split(/\s+/).filter(Boolean)

describe('eigenTekst', () => {
  it('leaves out elements marked as other pages’ content, with everything in them', () => {
    const html = `
      <h1>Buurthuis De Schakel</h1><p>Ontmoeten in Vroomshoop.</p>
      <section data-pagefind-ignore="all"><h2>Aanbod</h2>
        <section><h3>Koersbal</h3><p>Elke dinsdag<br>in de zaal <img src="x.png" alt="bal"></p></section>
        <p>Samen eten</p>
      </section>
      <p>Bel ons &amp; kom langs.</p>`
    expect(woorden(html)).toEqual(['Buurthuis', 'De', 'Schakel', 'Ontmoeten', 'in', 'Vroomshoop.', 'Bel', 'ons', '&', 'kom', 'langs.'])
  })

  it('keeps what Pagefind keeps: hidden filter values and text that is ignored only for the excerpt', () => {
    const html = `<div hidden data-pagefind-ignore><span data-pagefind-filter="thema">Samen eten en maaltijden</span></div><p>Eettafel</p>`
    expect(woorden(html)).toEqual(['Samen', 'eten', 'en', 'maaltijden', 'Eettafel'])
  })

  it('gives the synonyms of the page’s own words only', () => {
    const html = `<p>Eettafel voor ouderen</p><ul data-pagefind-ignore="all"><li>Mantelzorgcafé</li><li>mantelzorg</li></ul>`
    const extra = synoniemenIn(eigenTekst(html))
    expect(extra).toContain('maaltijd')
    expect(extra).not.toContain('mantelzorger')
  })
})
