import { describe, expect, it } from 'vitest'
import {
  activiteitLabels,
  burenkaartCategorieen,
  burendag,
  checkRecurrence,
  checks,
  doelgroepen,
  hulplijnen,
  isDutchPhone,
  isDutchPostcode,
  isEmail,
  isHttpUrl,
  isSlug,
  kernen,
  kernSchema,
  postcodeGebieden,
  levensgebeurtenissen,
  localDate,
  localTime,
  normalizePostcode,
  slugify,
  themas,
  toRRuleString,
  versheid,
  volgendeWeekTegenEenzaamheid,
  weekTegenEenzaamheid,
  zonedTimeToUtc,
} from '../../content-schema'

describe('reference data', () => {
  const all = { kernen, levensgebeurtenissen, doelgroepen, themas, burenkaartCategorieen, activiteitLabels }
  it.each(Object.entries(all))('%s: unique valid slugs, a Dutch label and a one-line description', (_, list) => {
    const slugs = list.map((t) => t.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const t of list) {
      expect(isSlug(t.slug), t.slug).toBe(true)
      expect(t.naam.length).toBeGreaterThan(2)
      expect(t.omschrijving.length).toBeGreaterThan(10)
      expect(t.omschrijving).not.toContain('\n')
    }
  })

  it('has the kernen of Twenterand with the verified facts', () => {
    expect(kernen.map((k) => k.naam)).toEqual(['Vriezenveen', 'Vroomshoop', 'Den Ham', 'Westerhaar-Vriezenveensewijk', 'Geerdijk'])
    const vriezenveen = kernen.find((k) => k.slug === 'vriezenveen')!
    expect(vriezenveen).toMatchObject({ postcodes: '7670-7672', latitude: 52.4117, longitude: 6.6256 })
    expect(kernen.find((k) => k.slug === 'den-ham')!.buurtschappen).toContainEqual({ naam: 'Hallerhoek' })
    // Westerhaar's postcode and centre are not verified: they stay empty rather than guessed.
    const westerhaar = kernen.find((k) => k.slug === 'westerhaar')!
    expect(westerhaar).toMatchObject({ geverifieerd: false, postcodes: null, latitude: null, longitude: null })
    expect(westerhaar.andereNamen).toContainEqual({ naam: 'De Wieke' })
  })

  it("reads a kern's postcode area as ranges of four-digit postcodes", () => {
    expect(postcodeGebieden('7670-7672')).toEqual([{ van: 7670, tot: 7672 }])
    expect(postcodeGebieden('7681, 7686')).toEqual([
      { van: 7681, tot: 7681 },
      { van: 7686, tot: 7686 },
    ])
    expect(postcodeGebieden(' 7670 - 7672 ,7683')).toEqual([
      { van: 7670, tot: 7672 },
      { van: 7683, tot: 7683 },
    ])
    expect(postcodeGebieden(null)).toEqual([])
    expect(postcodeGebieden('')).toEqual([])
    expect(postcodeGebieden('76xx, 7683')).toEqual([{ van: 7683, tot: 7683 }])
  })

  it('has the reference kernen in the shape the CMS stores and the site reads (kernSchema)', () => {
    for (const { geverifieerd: _, ...k } of kernen) {
      // strict: a field the site's schema does not know would fail here.
      expect(kernSchema.strict().safeParse({ id: 1, volgorde: 1, ...k }).error, k.slug).toBeUndefined()
    }
  })

  it("has at least the levensgebeurtenissen, doelgroepen and thema's the plan names", () => {
    expect(levensgebeurtenissen.map((t) => t.slug)).toEqual(
      expect.arrayContaining([
        'rouw-en-verlies',
        'ziekte-en-beperking',
        'mantelzorg',
        'pensioen',
        'verhuizing',
        'scheiding',
        'verlies-van-werk-of-inkomen',
        'minder-mobiel',
      ]),
    )
    expect(doelgroepen.map((t) => t.slug)).toEqual(
      expect.arrayContaining([
        'ouderen-75-plus',
        'ouderen',
        'volwassenen',
        'jongeren',
        'kinderen-en-gezinnen',
        'mantelzorgers',
        'mensen-met-dementie',
        'mensen-met-een-beperking',
        'nieuwkomers',
      ]),
    )
    expect(themas.map((t) => t.slug)).toEqual(
      expect.arrayContaining([
        'ontmoeting',
        'eten',
        'bewegen',
        'maatje-en-bezoek',
        'vervoer',
        'digitale-hulp',
        'geldzaken',
        'rouw-en-zingeving',
        'mantelzorgondersteuning',
        'wonen-en-hulp-thuis',
        'informatie-en-advies',
      ]),
    )
    expect(burenkaartCategorieen).toHaveLength(11)
  })

  it('lists only the verified helplines, never the stopped Zilverlijn', () => {
    expect(hulplijnen.map((h) => h.telefoon)).toEqual(['088 0767 000', '0800-0113', '0800-5088', '0900-1450', '06-39743797'])
    expect(JSON.stringify(hulplijnen)).not.toMatch(/zilverlijn|sensoor/i)
    for (const h of hulplijnen) expect(isDutchPhone(h.telefoon), h.telefoon).toBe(true)
  })
})

describe('validation rules', () => {
  it.each([
    '0546 123 456',
    '06-12345678',
    '+31 6 12345678',
    '0031546123456',
    '088 0767 000',
    '0800-0113',
    '0900-1450',
    '113',
    '14 0546',
    '(0546) 123456',
  ])('accepts the Dutch phone number %s', (v) => expect(isDutchPhone(v)).toBe(true))
  it.each(['12345', '0546 12 34', '06-1234567', '+32 2 123 45 67', 'bel ons', '0546 123 4567', '00800-1234', ''])(
    'rejects %j as a phone number',
    (v) => expect(isDutchPhone(v)).toBe(false),
  )
  it.each(['info@zorgsaam.nl', 'a.b-c@sub.twenterand.example'])('accepts e-mail %s', (v) => expect(isEmail(v)).toBe(true))
  it.each(['info@', 'info zorgsaam.nl', 'a@b', 'a@@b.nl', '<a@b.nl>'])('rejects e-mail %j', (v) => expect(isEmail(v)).toBe(false))
  it.each(['https://www.twenterand.nl', 'http://example.org/pad?x=1'])('accepts URL %s', (v) => expect(isHttpUrl(v)).toBe(true))
  it.each(['www.twenterand.nl', 'javascript:alert(1)', 'ftp://x.nl', 'https://localhost', 'https://a b.nl'])('rejects URL %j', (v) =>
    expect(isHttpUrl(v)).toBe(false),
  )
  it.each(['7671 AB', '7671ab', '7683 xz'])('accepts postcode %s', (v) => expect(isDutchPostcode(v)).toBe(true))
  it.each(['0671 AB', '767 AB', '7671 SS', '7671 SA', '7671 SD', '7671-AB', '76711AB'])('rejects postcode %j', (v) =>
    expect(isDutchPostcode(v)).toBe(false),
  )
  it('normalizes postcodes', () => expect(normalizePostcode(' 7671ab ')).toBe('7671 AB'))

  it('makes slugs from Dutch titles', () => {
    expect(slugify('Samen eten in Den Ham!')).toBe('samen-eten-in-den-ham')
    expect(slugify('Café “De Klaampe” & Repair')).toBe('cafe-de-klaampe-en-repair')
    expect(slugify("Thema's: rouw")).toBe('themas-rouw')
    expect(slugify('x'.repeat(100)).length).toBe(80)
    expect(isSlug('samen-eten')).toBe(true)
    for (const bad of ['Samen-eten', 'samen eten', '-samen', 'samen--eten', 'samen_eten', 'é']) expect(isSlug(bad), bad).toBe(false)
  })

  it('names the field in every message, in Dutch', () => {
    expect(checks.phone('Telefoon', '123')).toMatch(/^Telefoon: dit is geen geldig Nederlands telefoonnummer/)
    expect(checks.email('E-mail', 'x')).toMatch(/^E-mail: /)
    expect(checks.url('Website', 'www.x.nl')).toMatch(/^Website: .*https:\/\//)
    expect(checks.postcode('Postcode', '1234')).toMatch(/^Postcode: /)
    expect(checks.latitude('Breedtegraad', 91)).toMatch(/^Breedtegraad: /)
    expect(checks.longitude('Lengtegraad', 6.6)).toBe(true)
    expect(checks.after('Eindigt', '2026-12-01T10:00:00Z', 'Begint', '2026-12-01T11:00:00Z')).toBe('Eindigt: moet later zijn dan begint.')
    expect(checks.timeAfter('Tot', '10:00', 'Van', '10:00')).toMatch(/^Tot: /)
    expect(checks.phone('Telefoon', '')).toBe(true)
    expect(checks.required('Titel', ' ')).toMatch(/^Titel: /)
  })
})

describe('recurrence fields', () => {
  it('accepts weekly, fortnightly, monthly-by-weekday and monthly-by-date rules', () => {
    expect(checkRecurrence({ freq: 'WEEKLY', interval: 1, byday: ['TU'] })).toBe(true)
    expect(checkRecurrence({ freq: 'WEEKLY', interval: 2, byday: ['MO', 'TH'] })).toBe(true)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, byday: ['WE'], bysetpos: '1' })).toBe(true)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, byday: ['FR'], bysetpos: '-1' })).toBe(true)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, bymonthday: 15 })).toBe(true)
    expect(checkRecurrence({ freq: 'none' })).toBe(true)
  })
  it('rejects rules that make no valid RRULE, naming the field', () => {
    expect(checkRecurrence({ freq: 'WEEKLY', interval: 1, byday: [] })).toMatch(/dagen/)
    expect(checkRecurrence({ freq: 'WEEKLY', interval: 0, byday: ['MO'] })).toMatch(/om de hoeveel/)
    expect(checkRecurrence({ freq: 'WEEKLY', interval: 1.5, byday: ['MO'] })).toMatch(/om de hoeveel/)
    expect(checkRecurrence({ freq: 'WEEKLY', interval: 1, byday: ['XX'] })).toMatch(/dagen/)
    expect(checkRecurrence({ freq: 'YEARLY', interval: 1 })).toMatch(/hoe vaak/)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, byday: ['MO'], bysetpos: '1', bymonthday: 3 })).toMatch(/niet allebei/)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, bymonthday: 32 })).toMatch(/dag van de maand/)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, bysetpos: '5', byday: ['MO'] })).toMatch(/week van de maand/)
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1 })).toMatch(/elke maand/)
    // An activiteit takes its weekday from its start date.
    expect(checkRecurrence({ freq: 'MONTHLY', interval: 1, bysetpos: '1' }, { needsDay: false })).toBe(true)
  })
  it('writes RRULE strings', () => {
    expect(toRRuleString({ freq: 'MONTHLY', interval: 1, byday: ['TU'], bysetpos: '1' })).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU')
    expect(toRRuleString({ freq: 'WEEKLY', interval: 2, byday: ['MO', 'TH'] }, new Date('2026-12-31T22:59:00Z'))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20261231T225900Z',
    )
    expect(toRRuleString({ freq: 'none' })).toBeNull()
  })
})

describe('dates', () => {
  it('knows the Week tegen Eenzaamheid and Burendag', () => {
    expect(weekTegenEenzaamheid(2026)).toEqual({ van: '2026-09-24', tot: '2026-09-30' })
    expect(weekTegenEenzaamheid(2027)).toEqual({ van: '2027-09-30', tot: '2027-10-06' })
    expect(volgendeWeekTegenEenzaamheid('2026-09-30')).toEqual({ van: '2026-09-24', tot: '2026-09-30' })
    expect(volgendeWeekTegenEenzaamheid('2026-11-28')).toEqual({ van: '2027-09-30', tot: '2027-10-06' })
    expect(burendag(2026)).toBe('2026-09-26')
    expect(burendag(2027)).toBe('2027-09-25')
  })
  it('converts Europe/Amsterdam wall-clock times across the summer-time changes', () => {
    expect(zonedTimeToUtc('2026-03-28', '14:00').toISOString()).toBe('2026-03-28T13:00:00.000Z') // winter
    expect(zonedTimeToUtc('2026-03-29', '14:00').toISOString()).toBe('2026-03-29T12:00:00.000Z') // summer
    expect(zonedTimeToUtc('2026-10-24', '14:00').toISOString()).toBe('2026-10-24T12:00:00.000Z') // summer
    expect(zonedTimeToUtc('2026-10-25', '14:00').toISOString()).toBe('2026-10-25T13:00:00.000Z') // winter again
    expect(localDate('2026-10-24T22:30:00Z')).toBe('2026-10-25')
    expect(localTime('2026-10-25T13:00:00Z')).toBe('14:00')
  })
})

describe('freshness', () => {
  const now = new Date('2026-11-28T12:00:00Z')
  it.each([
    ['2026-11-28T08:00:00Z', 'actueel'],
    ['2026-05-28T12:00:00Z', 'actueel'],
    ['2026-05-27T12:00:00Z', 'controle-nodig'],
    ['2025-11-28T12:00:00Z', 'controle-nodig'],
    ['2025-11-27T12:00:00Z', 'verouderd'],
    [null, 'verouderd'],
    ['geen datum', 'verouderd'],
  ])('checked %s is %s', (date, state) => expect(versheid(date, now)).toBe(state))
})
