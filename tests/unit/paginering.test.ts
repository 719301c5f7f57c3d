import { describe, expect, it } from 'vitest'
import { paginaHref, paginaNummers, paginaPaden, paginaTitel, pagineer } from '../../site/lib/paginering'

describe('pagineer', () => {
  it('splits a list into pages of a fixed size, in order, each knowing its place', () => {
    const items = Array.from({ length: 23 }, (_, i) => i)
    const paginas = pagineer(items, 10, '/aanbod/')
    expect(paginas.map((p) => p.items.length)).toEqual([10, 10, 3])
    expect(paginas.flatMap((p) => p.items)).toEqual(items)
    expect(paginas.map((p) => [p.nummer, p.aantal, p.totaal])).toEqual([
      [1, 3, 23],
      [2, 3, 23],
      [3, 3, 23],
    ])
  })
  it('gives an empty list one empty page, and a list of exactly one page one page', () => {
    expect(pagineer([], 10, '/x/')).toMatchObject([{ nummer: 1, aantal: 1, items: [] }])
    expect(pagineer([1, 2], 2, '/x/')).toHaveLength(1)
  })
})

describe('page addresses', () => {
  it('puts page 1 at the list itself and page n under pagina/n/', () => {
    expect(paginaHref('/agenda/kern/den-ham/', 1)).toBe('/agenda/kern/den-ham/')
    expect(paginaHref('/agenda/kern/den-ham/', 4)).toBe('/agenda/kern/den-ham/pagina/4/')
    const paden = paginaPaden([1, 2, 3], 2, '/kern/geerdijk/', { indeling: 'kern', slug: 'geerdijk' }, { x: 1 })
    expect(paden.map((p) => p.params)).toEqual([
      { indeling: 'kern', slug: 'geerdijk', pagina: undefined },
      { indeling: 'kern', slug: 'geerdijk', pagina: 'pagina/2' },
    ])
    expect(paden[1]!.props).toMatchObject({ x: 1, pagina: { nummer: 2, items: [3] } })
    expect(paden[1]!.props.paginas).toHaveLength(2)
  })
  it('says the page in the title after the first', () => {
    const [een, twee] = pagineer([1, 2, 3], 2, '/aanbod/')
    expect(paginaTitel(een!)).toBe('')
    expect(paginaTitel(twee!)).toBe(' – pagina 2 van 2')
  })
})

describe('paginaNummers', () => {
  it('links the first, the last and two on each side of the current page, with gaps between', () => {
    expect(paginaNummers(1, 1)).toEqual([1])
    expect(paginaNummers(3, 5)).toEqual([1, 2, 3, 4, 5])
    expect(paginaNummers(1, 20)).toEqual([1, 2, 3, null, 20])
    expect(paginaNummers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20])
    expect(paginaNummers(20, 20)).toEqual([1, null, 18, 19, 20])
  })
})
