/**
 * content-schema/velden.ts is the one description of the public fields; the Payload fields, the zod schemas and the
 * import columns are made from it. Where they remain a second description (Payload's field tree, zod's shape, the
 * import's parsers), these tests prove that they agree with it.
 */
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  AANBOD_CSV_KOLOMMEN,
  AANBOD_VELDEN,
  aanbodSchema,
  ACTIVITEIT_VELDEN,
  activiteitSchema,
  INDELING_VELDEN,
  INDELINGEN,
  ORGANISATIE_VELDEN,
  organisatieSchema,
  kernSchema,
  taxonomySchema,
  type Veld,
} from '../../content-schema'
import { Aanbod } from '../../cms/collections/Aanbod'
import { Activiteiten } from '../../cms/collections/Activiteiten'
import { Organisaties } from '../../cms/collections/Organisaties'
import { indelingCollections } from '../../cms/collections/Taxonomies'
import { IMPORT_KINDS } from '../../cms/import/columns'

/** The Payload field at a dot path (named fields only; tabs, rows and collapsibles are looked through). */
function payloadField(fields: any[], path: string): any {
  const [head, ...rest] = path.split('.')
  const flat = (list: any[]): any[] =>
    list.flatMap((f) => (f.type === 'tabs' ? f.tabs.flatMap((t: any) => flat(t.fields)) : !f.name && f.fields ? flat(f.fields) : [f]))
  const field = flat(fields).find((f) => f.name === head)
  if (!field) return undefined
  return rest.length ? payloadField(field.fields, rest.join('.')) : field
}

/** The zod schema at a dot path, looking through optional, nullable and arrays. */
function zodAt(schema: z.ZodTypeAny, path: string): z.ZodTypeAny | undefined {
  const unwrap = (s: any): any => (s?.unwrap && !s.shape ? unwrap(s.unwrap()) : s?.element ? unwrap(s.element) : s)
  let s: any = schema
  for (const key of path.split('.')) {
    s = unwrap(s)?.shape?.[key]
    if (!s) return undefined
  }
  return s
}

const SOORTEN: [string, Record<string, Veld>, any, z.ZodTypeAny, string[]][] = [
  ['aanbod', AANBOD_VELDEN, Aanbod, aanbodSchema, []],
  ['organisatie', ORGANISATIE_VELDEN, Organisaties, organisatieSchema, ['contactpersonen.naam']], // never public
  ['activiteit', ACTIVITEIT_VELDEN, Activiteiten, activiteitSchema, []],
  ...indelingCollections.map((c): [string, Record<string, Veld>, any, z.ZodTypeAny, string[]] => [
    c.slug,
    INDELING_VELDEN,
    c,
    taxonomySchema,
    [],
  ]),
]

describe.each(SOORTEN)('%s', (_soort, velden, collection, schema, nietOpenbaar) => {
  it.each(Object.values(velden).map((v) => [v.naam, v] as const))(
    '%s: the CMS field has the label, the requirement and the limit',
    (naam, veld) => {
      const field = payloadField(collection.fields, naam)
      expect(field, naam).toBeDefined()
      expect(Boolean(field.required)).toBe(Boolean(veld.required))
      // Conditional requirements (aanmeldinformatie) hold when the condition is met.
      const args = { data: {}, siblingData: { manier: 'aanmelden' } }
      if (veld.max) {
        expect(field.validate('x'.repeat(veld.max), args)).toBe(true)
        expect(field.validate('x'.repeat(veld.max + 1), args)).toBe(
          `${veld.label}: gebruik niet meer dan ${veld.max} tekens (nu ${veld.max + 1}).`,
        )
      }
      if (veld.required) expect(field.validate('', args)).toBe(`${veld.label}: dit veld is verplicht. Vul het in.`)
    },
  )

  it.each(Object.values(velden).map((v) => [v.naam, v] as const))('%s: the public schema has the same limit', (naam, veld) => {
    const s = zodAt(schema, naam)
    if (nietOpenbaar.includes(naam)) return expect(s).toBeUndefined()
    expect(s, naam).toBeDefined()
    if (veld.max) {
      expect(s!.safeParse('x'.repeat(veld.max)).success).toBe(true)
      expect(s!.safeParse('x'.repeat(veld.max + 1)).success).toBe(false)
    }
    expect(s!.safeParse(null).success).toBe(!veld.required)
    expect(s!.safeParse('').success).toBe(!veld.required)
  })
})

describe('written out by hand', () => {
  it('the public schema refuses a title over 120 and a samenvatting over 200 characters, like the CMS', () => {
    const titel = zodAt(aanbodSchema, 'titel')!
    expect(titel.safeParse('t'.repeat(120)).success).toBe(true)
    expect(titel.safeParse('t'.repeat(121)).success).toBe(false)
    const samenvatting = zodAt(aanbodSchema, 'samenvatting')!
    expect(samenvatting.safeParse('s'.repeat(200)).success).toBe(true)
    expect(samenvatting.safeParse('s'.repeat(201)).success).toBe(false)
  })
})

describe('the four indelingen', () => {
  it('are the CMS collections and the aanbod fields of the same name', () => {
    expect(INDELINGEN.map((i) => i.slug)).toEqual(['kernen', 'levensgebeurtenissen', 'doelgroepen', 'themas'])
    expect(indelingCollections.map((c) => c.slug)).toEqual(INDELINGEN.map((i) => i.slug))
    for (const i of INDELINGEN) {
      expect(payloadField(Aanbod.fields, i.slug)).toMatchObject({ type: 'relationship', relationTo: i.slug, hasMany: true, label: i.label })
      expect(zodAt(aanbodSchema, i.slug), i.slug).toBeDefined()
    }
  })
})

describe('a kern', () => {
  it('has one shape: the CMS collection stores the fields the site reads (kernSchema), which the seed writes', () => {
    const velden = [
      'andereNamen',
      'buurtschappen',
      'inwoners',
      'latitude',
      'longitude',
      'naam',
      'omschrijving',
      'postcodes',
      'slug',
      'volgorde',
    ]
    // Top-level names; a row only lays out its fields side by side.
    const namen = (fields: any[]): string[] => fields.flatMap((f) => (f.type === 'row' ? namen(f.fields) : [f.name]))
    const kernenCollection = indelingCollections.find((c) => c.slug === 'kernen')!
    expect(namen(kernenCollection.fields).sort()).toEqual(velden)
    expect(
      Object.keys(kernSchema.shape)
        .filter((k) => k !== 'id')
        .sort(),
    ).toEqual(velden)
  })
})

describe('aanbod.csv and the import', () => {
  it('the import reads exactly the columns marked importable, and knows the others to read past them', () => {
    const importable = AANBOD_CSV_KOLOMMEN.filter((k) => k.import).map((k) => k.naam)
    expect(IMPORT_KINDS.aanbod.columns.map((c) => c.name).sort()).toEqual([...importable].sort())
    expect([...IMPORT_KINDS.aanbod.ignored].sort()).toEqual(
      AANBOD_CSV_KOLOMMEN.filter((k) => !k.import)
        .map((k) => k.naam)
        .sort(),
    )
  })

  it('each import column names its field by the label the CMS shows', () => {
    for (const c of IMPORT_KINDS.aanbod.columns) {
      if (c.name === 'slug') continue
      const field = payloadField(Aanbod.fields, c.path.replace('.0.', '.'))
      expect(field, c.path).toBeDefined()
      // the label of a field inside a group may name the group too ("Omschrijving van de kosten"); the CMS's wins
      if (['titel', 'samenvatting', 'kosten_omschrijving', 'aanmeldinformatie', 'tijden'].includes(c.name))
        expect(c.label).toBe(field.label)
    }
  })
})
