import { describe, expect, it } from 'vitest'
import { aanbodSchema, activiteitSchema, type AanbodDoc, type ActiviteitDoc } from '../../content-schema'
import { occurrences, agendaWindow } from '../../site/lib/agenda'
import { PAPIER_MAX, papierVersies, printPages, type PapierContent } from '../../site/lib/papier'

const NOW = new Date('2026-10-06T08:00:00.000Z') // a Tuesday
const kernen = [
  { id: 1, slug: 'vriezenveen', naam: 'Vriezenveen' },
  { id: 2, slug: 'geerdijk', naam: 'Geerdijk' },
]
const org = { id: 1, naam: 'Stichting Voorbeeld', slug: 'stichting-voorbeeld' }

let nextId = 1
/** What every document here has: a new id, a title and slug from it, the organisation, free of cost. */
function nieuw(soort: 'Aanbod' | 'Activiteit') {
  const id = nextId++
  return {
    id,
    titel: `${soort} ${id}`,
    slug: `${soort.toLowerCase()}-${id}`,
    organisatie: org,
    kosten: { soort: 'gratis' },
    updatedAt: '2026-09-01T08:00:00.000Z',
  }
}

function aanbod(kern: (typeof kernen)[number] | 'heel'): AanbodDoc {
  return aanbodSchema.parse({
    ...nieuw('Aanbod'),
    samenvatting: 'Iets om samen te doen.',
    ...(kern === 'heel' ? { heelTwenterand: true, kernen: [] } : { kernen: [kern] }),
    meedoen: { manier: 'vrije-inloop' },
    status: 'actief',
  })
}

/** `perWeek` occurrences a week from the day NOW falls on: daily (7) or weekly (1), from 10:00 to 12:00. */
function activiteit(kern: (typeof kernen)[number], freq: 'DAILY' | 'WEEKLY'): ActiviteitDoc {
  return activiteitSchema.parse({
    ...nieuw('Activiteit'),
    start: '2026-10-06T08:00:00.000Z',
    einde: '2026-10-06T10:00:00.000Z',
    herhaling: { freq, interval: 1 },
    kern,
    status: 'gepland',
  })
}

const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make)
const content = (c: Partial<PapierContent>): PapierContent => ({ kernen, aanbod: [], activiteiten: [], ...c })
const paths = (c: PapierContent) => printPages(c, NOW).map((p) => p.path)

describe('paper versions and their size limit (site/lib/papier.ts)', () => {
  it('small content: every paper version, the agenda over 4 weeks', () => {
    const c = content({ aanbod: [aanbod(kernen[0]!), aanbod('heel')], activiteiten: [activiteit(kernen[1]!, 'WEEKLY')] })
    const { pages, teGroot } = papierVersies(c, NOW)
    expect(teGroot).toEqual([])
    expect(pages.map((p) => p.path)).toEqual([
      '/placemat/jeugd/',
      '/placemat/algemeen/',
      '/kaart/vriezenveen/',
      '/kaart/geerdijk/',
      '/kaart/heel-twenterand/',
      '/agenda/papier/vriezenveen/',
      '/agenda/papier/geerdijk/',
      '/agenda/papier/alle-kernen/',
      '/burenkaart/leeg/',
    ])
    expect(pages.filter((p) => p.group === 'agenda').map((p) => p.weken)).toEqual([4, 4, 4])
    expect(pages.find((p) => p.path === '/agenda/papier/geerdijk/')!.description).toBe(
      'De activiteiten van Twenterand Ontmoet in Geerdijk in de komende 4 weken.',
    )
  })

  it('a booklet over the limit is left out, with the reason and where to look instead', () => {
    const c = content({ aanbod: [...times(PAPIER_MAX.aanbod, () => aanbod(kernen[0]!)), aanbod(kernen[1]!)] })
    const { pages, teGroot } = papierVersies(c, NOW)
    // Vriezenveen has exactly the limit: it fits. Heel Twenterand holds one more: it does not.
    expect(pages.map((p) => p.path)).toContain('/kaart/vriezenveen/')
    expect(pages.map((p) => p.path)).toContain('/kaart/geerdijk/')
    expect(pages.map((p) => p.path)).not.toContain('/kaart/heel-twenterand/')
    expect(teGroot).toEqual([
      {
        title: 'Sociale kaart Heel Twenterand',
        group: 'sociale-kaart',
        reden:
          'Er is te veel aanbod voor één boekje: 351 keer aanbod. Op papier passen er 350. Kies de sociale kaart van een kern, of bekijk het aanbod op de site.',
        online: '/aanbod/',
      },
    ])
  })

  it('"heel Twenterand" aanbod counts for every kern booklet', () => {
    const c = content({ aanbod: [...times(PAPIER_MAX.aanbod, () => aanbod('heel')), aanbod(kernen[1]!)] })
    expect(paths(c)).toContain('/kaart/vriezenveen/')
    expect(paths(c)).not.toContain('/kaart/geerdijk/')
    expect(papierVersies(c, NOW).teGroot.map((t) => t.online)).toEqual(['/kern/geerdijk/', '/aanbod/'])
  })

  it('a busy agenda covers 2 weeks, or 1, and is left out when even one week is too much', () => {
    // Vriezenveen: 250 weekly activities, 1,000 in 4 weeks (over), 500 in 2 weeks (fits).
    // Geerdijk: 120 daily activities, 840 in one week: no paper agenda. All kernen: 1,090 in one week: none either.
    const c = content({
      activiteiten: [...times(250, () => activiteit(kernen[0]!, 'WEEKLY')), ...times(120, () => activiteit(kernen[1]!, 'DAILY'))],
    })
    const vv = c.activiteiten.filter((a) => a.kern.slug === 'vriezenveen')
    expect(occurrences(vv, agendaWindow(NOW, 4))).toHaveLength(1000)
    const { pages, teGroot } = papierVersies(c, NOW)
    const agenda = pages.filter((p) => p.group === 'agenda')
    expect(agenda.map((p) => [p.path, p.weken])).toEqual([['/agenda/papier/vriezenveen/', 2]])
    expect(agenda[0]!.description).toBe('De activiteiten van Twenterand Ontmoet in Vriezenveen in de komende 2 weken.')
    expect(teGroot.map((t) => [t.title, t.online])).toEqual([
      ['Agenda Geerdijk', '/agenda/kern/geerdijk/'],
      ['Agenda alle kernen', '/agenda/'],
    ])
    expect(teGroot[0]!.reden).toBe(
      'Er zijn te veel activiteiten voor papier: 840 in één week. Op papier passen er 800. Kies de agenda van een kern, of bekijk de agenda op de site.',
    )
  })

  it('one week fits: "de komende week"', () => {
    const c = content({ activiteiten: times(100, () => activiteit(kernen[1]!, 'DAILY')) }) // 700 a week
    const geerdijk = printPages(c, NOW).find((p) => p.path === '/agenda/papier/geerdijk/')!
    expect(geerdijk.weken).toBe(1)
    expect(geerdijk.description).toBe('De activiteiten van Twenterand Ontmoet in Geerdijk in de komende week.')
  })

  it('is worked out once per content and day', () => {
    const c = content({ aanbod: [aanbod(kernen[0]!)] })
    expect(papierVersies(c, NOW)).toBe(papierVersies(c, new Date('2026-10-06T20:00:00.000Z')))
    expect(papierVersies(c, NOW)).not.toBe(papierVersies(c, new Date('2026-10-07T08:00:00.000Z')))
  })
})
