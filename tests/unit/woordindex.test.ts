/**
 * The woordindex (site/lib/zoeken/woordindex.ts), the snelzoeker's engine, with the synonyms as the site adds them
 * (site/lib/zoeken/suggesties.ts andereWoorden): unfinished words, typos, synonyms, several words, ranking, spelling help, and the
 * same answers over a region-sized index. Speed is measured by `npm run bench:quickfinder`, not here.
 */
import { describe, expect, it } from 'vitest'
import Fuse from 'fuse.js'
import { synoniemen } from '../../content-schema/synonyms'
import { MAX_SUGGESTIES, Woordindex, type WoordindexItem } from '../../site/lib/zoeken/woordindex'
import { andereWoorden } from '../../site/lib/zoeken/suggesties'
import { synoniemenIn, synoniemenVan } from '../../content-schema/synonyms'
import { syntheticZoekhulp } from '../../bench/synthetic'

const items: WoordindexItem[] = [
  {
    t: 'Samen eten in De Schakel',
    u: '/aanbod/samen-eten/',
    s: 'Aanbod',
    o: 'Welzijn Twenterand',
    w: 'Vriezenveen',
    k: 'Ontmoeten Ouderen',
  },
  { t: 'Eettafel Den Ham', u: '/aanbod/eettafel-den-ham/', s: 'Aanbod', o: 'Kerk Den Ham', w: 'Den Ham', k: 'Ontmoeten' },
  { t: 'Koffieochtend Vroomshoop', u: '/aanbod/koffie-vroomshoop/', s: 'Aanbod', o: 'Buurthuis De Klup', w: 'Vroomshoop', k: 'Ontmoeten' },
  {
    t: 'Lotgenotengroep na verlies',
    u: '/aanbod/rouwgroep/',
    s: 'Aanbod',
    o: 'Stichting Steun',
    w: 'Heel Twenterand',
    k: 'Rouw en verlies Eenzaamheid',
  },
  { t: 'Mantelzorgcafé', u: '/aanbod/mantelzorgcafe/', s: 'Aanbod', o: 'Mantelzorg Twenterand', w: 'Den Ham', k: 'Mantelzorg' },
  { t: 'Digicafé', u: '/aanbod/digicafe/', s: 'Aanbod', o: 'Bibliotheek Twenterand', w: 'Den Ham', k: 'Digitaal meedoen' },
  { t: 'Welzijn Twenterand', u: '/organisatie/welzijn/', s: 'Organisatie' },
  { t: 'Den Ham', u: '/kern/den-ham/', s: 'Kern' },
  { t: 'Vroomshoop', u: '/kern/vroomshoop/', s: 'Kern' },
  { t: 'Eenzaamheid', u: '/thema/eenzaamheid/', s: 'Thema' },
]

const zoeker = new Woordindex(items, Fuse, synoniemen.flat())
const zoek = (q: string, z = zoeker) => z.zoek(q, andereWoorden(q)).map((s) => s.u)

describe("woordindex (the snelzoeker's engine)", () => {
  it('finds a word while it is still being typed', () => {
    expect(zoek('koff')[0]).toBe('/aanbod/koffie-vroomshoop/')
    expect(zoek('vrooms')).toEqual(['/kern/vroomshoop/', '/aanbod/koffie-vroomshoop/'])
    expect(zoek('mantelz')[0]).toBe('/aanbod/mantelzorgcafe/')
  })

  it('tolerates typos', () => {
    expect(zoek('eenzaamheit')).toContain('/thema/eenzaamheid/')
    expect(zoek('eenzaamheit')).toContain('/aanbod/rouwgroep/')
    expect(zoek('vromshoop')).toContain('/kern/vroomshoop/')
    // A typo in an unfinished word.
    expect(zoek('eenzam')).toContain('/thema/eenzaamheid/')
  })

  it('finds what the synonyms find: maaltijd finds the meals, overlijden finds the rouwgroep', () => {
    const maaltijd = zoek('maaltijd')
    expect(maaltijd).toContain('/aanbod/samen-eten/')
    expect(maaltijd).toContain('/aanbod/eettafel-den-ham/')
    expect(zoek('overlijden')).toContain('/aanbod/rouwgroep/')
  })

  it('needs every word: "eettafel den ham" is only the Den Ham meal, "digicafe vroomshoop" nothing', () => {
    expect(zoek('eettafel den ham')).toEqual(['/aanbod/eettafel-den-ham/'])
    expect(zoek('digicafe vroomshoop')).toEqual([])
  })

  it('puts the page whose title is the query first, titles before organisations and places', () => {
    expect(zoek('den ham')[0]).toBe('/kern/den-ham/')
    expect(zoek('den h')[0]).toBe('/kern/den-ham/')
    // "welzijn": the organisation page (title) before the aanbod it runs (organisation field).
    expect(zoek('welzijn')).toEqual(['/organisatie/welzijn/', '/aanbod/samen-eten/'])
  })

  it('ignores accents and case, and needs two letters', () => {
    expect(zoek('DIGICAFÉ')).toEqual(['/aanbod/digicafe/'])
    expect(zoek('d')).toEqual([])
    expect(zoek(' ')).toEqual([])
  })

  it('lists each page once and at most MAX_SUGGESTIES', () => {
    const groot = new Woordindex(syntheticZoekhulp(2000), Fuse)
    const lijst = groot.zoek('samen eten', andereWoorden('samen eten'))
    expect(lijst).toHaveLength(MAX_SUGGESTIES)
    expect(new Set(lijst.map((s) => s.u)).size).toBe(lijst.length)
    expect(lijst.every((s) => /samen eten|eettafel/i.test(s.t))).toBe(true)
    // Scores are ordered: best (lowest) first.
    expect(lijst.map((s) => s.score)).toEqual([...lijst.map((s) => s.score)].sort((a, b) => a - b))
  })

  it('answers the same when a word is typed again (its matches are cached)', () => {
    const eerst = zoek('mantelzorg')
    zoek('mantelzorgc')
    expect(zoek('mantelzorg')).toEqual(eerst)
  })

  it('suggests a spelling for unknown words, also from the synonym list, and leaves known words alone', () => {
    expect(zoeker.verbeter('eenzaamheit')).toBe('eenzaamheid')
    expect(zoeker.verbeter('rouwverwerkng')).toBe('rouwverwerking')
    expect(zoeker.verbeter('eettafel')).toBeNull()
    expect(zoeker.verbeter('qqqqqq')).toBeNull()
  })

  it('finds the same kind of answers in a region-sized index (10,000 aanbod)', () => {
    const regio = new Woordindex(syntheticZoekhulp(10_000), Fuse, synoniemen.flat())
    expect(regio.omvang).toBeGreaterThan(4000)
    expect(regio.zoek('den ham', andereWoorden('den ham'))[0]).toMatchObject({ t: 'Den Ham', s: 'Kern' })
    expect(
      regio.zoek('koffieochtnd vroomshoop').every((s) => /koffieochtend.*vroomshoop/i.test(s.t) || /vroomshoop/i.test(s.w ?? '')),
    ).toBe(true)
    expect(regio.zoek('koffieochtnd vroomshoop').length).toBeGreaterThan(0)
  })
})

describe('synoniemenVan', () => {
  it('replaces the synonym inside a longer query and keeps the other words', () => {
    const v = synoniemenVan('eettafel den ham')
    expect(v[0]).toBe('eettafel den ham')
    expect(v).toContain('samen eten den ham')
    expect(v).toContain('maaltijd den ham')
    expect(v.every((x) => x.endsWith(' den ham'))).toBe(true)
  })
  it('matches phrases, longer forms and (last word) unfinished words of four letters or more', () => {
    expect(synoniemenVan('samen eten')).toContain('maaltijd')
    expect(synoniemenVan('maalt')).toContain('samen eten')
    expect(synoniemenVan('mantelzorger').length).toBeGreaterThan(1)
    expect(synoniemenVan('maa')).toEqual(['maa'])
    expect(synoniemenVan('maalt vroomshoop')).toEqual(['maalt vroomshoop'])
  })
})

describe('synoniemenIn (for the search index)', () => {
  it('adds the other members of every group the text mentions as whole words, not what it says itself', () => {
    const extra = synoniemenIn('Samen eten in Den Ham: elke dinsdag een warme maaltijd.')
    expect(extra).toContain('eettafel')
    expect(extra).toContain('lunch')
    expect(extra).not.toContain('maaltijd')
    expect(extra).not.toContain('samen eten')
    expect(synoniemenIn('Hulp bij DigiD en uw tablet')).toContain('computer')
  })
  it('adds nothing for words that only contain a member, or for unrelated text', () => {
    expect(synoniemenIn('Etende vogels in de autowerkplaats')).toEqual([])
    expect(synoniemenIn('Spreekuur van de wijkagent')).toEqual([])
  })
})
