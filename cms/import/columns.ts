/**
 * The columns of the import spreadsheets, written once: they parse a cell into document data, read a stored
 * document back for comparison ("ongewijzigd"), map Payload's error paths to a column, and document themselves
 * for the import screen, the template and the README.
 */
import type { CollectionSlug } from 'payload'
import {
  AANBOD_CSV_KOLOMMEN,
  AANBOD_VELDEN,
  aanbodStatussen,
  hooguit,
  INDELINGEN,
  type IndelingSlug,
  kostenSoorten,
  meedoenManieren,
  normaliseer,
  parseDutchNumber,
  ORGANISATIE_VELDEN,
  placematSoorten,
  richTextLines,
  toegankelijkheidKenmerken,
  type Option,
} from '../../content-schema'
import { paragraphs } from '../seed/richtext'

export const IMPORT_SOORTEN = ['aanbod', 'organisaties'] as const
export type ImportSoort = (typeof IMPORT_SOORTEN)[number]

export type Id = number | string
type Doc = Record<string, any>

/** The documents a cell may refer to, by slug or by name (lower case, without accents). */
export interface RelationIndex {
  /** "kern", "organisatie", …: used in messages. */
  enkelvoud: string
  bySlug: Map<string, Id>
  byName: Map<string, Id[]>
  /** A name to show in examples (the first document), or null when there are none. */
  voorbeeld: string | null
}

export type RelationCollection = 'organisaties' | IndelingSlug
export type Lookups = Record<RelationCollection, RelationIndex>

export type Parsed = { value: unknown } | { error: string }

type Kind =
  | { type: 'text' }
  | { type: 'richtext' }
  | { type: 'bool' }
  | { type: 'number' }
  | { type: 'option'; options: readonly Option[]; leeg: string }
  | { type: 'options'; options: readonly Option[] }
  | { type: 'relation'; to: RelationCollection }
  | { type: 'relations'; to: RelationCollection }
  | { type: 'contactpersonen' }

export interface Column {
  /** The column name in the spreadsheet's first row. */
  name: string
  /** The field's label as the CMS shows it: every message starts with it. */
  label: string
  /** Where the value goes in the document (dot path; "locaties.0.naam" is the first locatie). */
  path: string
  kind: Kind
  /** What to fill in, in plain Dutch (import screen and README). */
  uitleg: string
  voorbeeld: (lookups?: Lookups) => string
  /** Other spellings of the column name that are accepted. */
  aliases?: string[]
}

// ---------------------------------------------------------------- cells

/** Lower case, no accents, single spaces; "-" and "_" count as spaces. For matching names and options. */
export const normalizeName = (value: string) => normaliseer(value.replace(/[-_]+/g, ' '))

/** A header cell as a column name: "Heel Twenterand" -> heel_twenterand, "Thema's" -> themas. */
export const normalizeHeader = (value: string) =>
  normaliseer(value.replace(/^\uFEFF/, ''))
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')

/**
 * A spreadsheet export (aanbod.csv, csv-stringify's escape_formulas) puts ' before text that starts like a formula
 * (= + - @): the ' is not part of the text.
 */
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D]/.test(value) ? value.slice(1) : value)
const text = (cell: string) => (cell.trim() === '' ? null : unescapeFormula(cell.trim()))
/** Several values in one cell: separated by ";" (or by line breaks). */
export const splitList = (cell: string) =>
  cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)

const JA = ['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']
const NEE = ['nee', 'n', 'no', 'false', 'onwaar', '0']

/** An option by its value or its label (or the label's part before ":"), ignoring case, accents and dashes. */
function matchOption(cell: string, options: readonly Option[]): string | null {
  const wanted = normalizeName(cell)
  const found = options.find(
    (o) => normalizeName(o.value) === wanted || normalizeName(o.label) === wanted || normalizeName(o.label.split(':')[0]!) === wanted,
  )
  return found?.value ?? null
}

const optionNames = (options: readonly Option[]) => options.map((o) => o.label.split(':')[0]!.toLowerCase()).join(', ')

function resolve(cell: string, index: RelationIndex): { id: Id } | { error: string } {
  const bySlug = index.bySlug.get(cell.trim().toLowerCase())
  if (bySlug !== undefined) return { id: bySlug }
  const byName = index.byName.get(normalizeName(cell)) ?? []
  if (byName.length === 1) return { id: byName[0]! }
  if (byName.length > 1)
    return {
      error: `er zijn meer ${index.enkelvoud === 'organisatie' ? 'organisaties' : 'items'} met de naam "${cell.trim()}". Gebruik de slug.`,
    }
  const example = index.voorbeeld ? `, bijvoorbeeld ${index.voorbeeld}` : ''
  return {
    error: `"${cell.trim()}" kennen we niet. Gebruik de naam of de slug van een ${index.enkelvoud} die al in het CMS staat${example}.`,
  }
}

const EMAIL_IN_BRACKETS = /^(.*?)\s*<\s*([^<>\s]+)\s*>$/

/** Parse one cell of `column`. An empty cell empties the field (or gives the default of a choice). */
export function parseCell(column: Column, cell: string, lookups: Lookups): Parsed {
  const { kind, label } = column
  const value = cell.trim()
  switch (kind.type) {
    case 'text':
      return { value: text(cell) }
    case 'richtext': {
      const lines = splitParagraphs(unescapeFormula(cell.trim()))
      return { value: lines.length ? paragraphs(lines) : null }
    }
    case 'bool': {
      if (value === '') return { value: false }
      const v = normalizeName(value)
      if (JA.includes(v)) return { value: true }
      if (NEE.includes(v)) return { value: false }
      return { error: `${label}: schrijf ja of nee (nu: "${value}").` }
    }
    case 'number': {
      if (value === '') return { value: null }
      const n = parseDutchNumber(value)
      return n === null ? { error: `${label}: schrijf een getal, bijvoorbeeld 2,50 (nu: "${value}").` } : { value: n }
    }
    case 'option': {
      if (value === '') return { value: kind.leeg }
      const v = matchOption(value, kind.options)
      return v ? { value: v } : { error: `${label}: "${value}" kan niet. Kies uit: ${optionNames(kind.options)}.` }
    }
    case 'options': {
      const values: string[] = []
      for (const item of splitList(cell)) {
        const v = matchOption(item, kind.options)
        if (!v) return { error: `${label}: "${item}" kan niet. Kies uit: ${optionNames(kind.options)}. Zet een ; tussen twee keuzes.` }
        if (!values.includes(v)) values.push(v)
      }
      return { value: values }
    }
    case 'relation': {
      if (value === '') return { value: null }
      const r = resolve(value, lookups[kind.to])
      return 'id' in r ? { value: r.id } : { error: `${label}: ${r.error}` }
    }
    case 'relations': {
      const ids: Id[] = []
      for (const item of splitList(cell)) {
        const r = resolve(item, lookups[kind.to])
        if ('error' in r) return { error: `${label}: ${r.error} Zet een ; tussen twee namen.` }
        if (!ids.includes(r.id)) ids.push(r.id)
      }
      return { value: ids }
    }
    case 'contactpersonen': {
      const people: { naam: string; email: string }[] = []
      for (const item of splitList(cell)) {
        const m = EMAIL_IN_BRACKETS.exec(item)
        if (!m || !m[1]!.trim()) {
          return {
            error: `${label}: schrijf elke contactpersoon als Naam <e-mailadres>, met een ; ertussen. Bijvoorbeeld: Jan Jansen <jan@voorbeeld.nl>; Els de Vries <els@voorbeeld.nl> (nu: "${item}").`,
          }
        }
        people.push({ naam: m[1]!.trim(), email: m[2]!.trim() })
      }
      return { value: people }
    }
  }
}

const splitParagraphs = (cell: string) =>
  cell
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)

const idOf = (v: unknown): string => (v && typeof v === 'object' && 'id' in v ? String((v as { id: Id }).id) : v == null ? '' : String(v))

export function getPath(doc: Doc | null | undefined, path: string): unknown {
  return path.split('.').reduce<any>((v, key) => (v == null ? undefined : v[key]), doc)
}

export function setPath(doc: Doc, path: string, value: unknown) {
  const keys = path.split('.')
  let target: any = doc
  keys.forEach((key, i) => {
    if (i === keys.length - 1) target[key] = value
    else {
      if (target[key] == null) target[key] = /^\d+$/.test(keys[i + 1]!) ? [] : {}
      target = target[key]
    }
  })
}

/** The value of `column` in a document (stored, or about to be stored), as a string to compare. */
export function readColumn(column: Column, doc: Doc | null | undefined): string {
  const v = getPath(doc, column.path)
  switch (column.kind.type) {
    case 'richtext':
      return richTextLines(v).join('\n')
    case 'bool':
      return v ? 'ja' : 'nee'
    case 'number':
      return v == null || v === '' ? '' : String(v)
    case 'options':
      return [...((v as string[] | null) ?? [])].sort().join(';')
    case 'relation':
      return idOf(v)
    case 'relations':
      return ((v as unknown[] | null) ?? []).map(idOf).sort().join(';')
    case 'contactpersonen':
      return ((v as { naam?: string; email?: string }[] | null) ?? [])
        .map(
          (p) =>
            `${String(p.naam ?? '').trim()} <${String(p.email ?? '')
              .trim()
              .toLowerCase()}>`,
        )
        .join(';')
    default:
      return v == null ? '' : String(v).trim()
  }
}

// ---------------------------------------------------------------- the columns

const fixed = (value: string) => () => value
const relationExample = (to: RelationCollection, fallback: string) => (lookups?: Lookups) => lookups?.[to].voorbeeld ?? fallback

const textColumn = (name: string, label: string, path: string, uitleg: string, voorbeeld: string, aliases?: string[]): Column => ({
  name,
  label,
  path,
  kind: { type: 'text' },
  uitleg,
  voorbeeld: fixed(voorbeeld),
  aliases,
})

const slugColumn = (van: string, voorbeeld: string) =>
  textColumn(
    'slug',
    'Slug (webadres)',
    'slug',
    `Het laatste deel van het webadres: kleine letters, cijfers en streepjes. Hiermee vinden we het terug als u het bestand nog een keer importeert: dan wordt het bijgewerkt. Leeg: we maken het van de ${van}.`,
    voorbeeld,
  )

/** Telefoon, e-mail and website: of the aanbod's contact group ("contact."), or of the organisatie itself (""). */
const contactColumns = (prefix: string, waarvoor: string): Column[] => [
  textColumn('telefoon', 'Telefoon', `${prefix}telefoon`, `Telefoonnummer ${waarvoor}, bijvoorbeeld 0546 123 456.`, '0546 012 345'),
  textColumn('email', 'E-mail', `${prefix}email`, `E-mailadres ${waarvoor}.`, 'info@voorbeeld.nl', ['e_mail']),
  textColumn('website', 'Website', `${prefix}website`, 'Het hele webadres, met https:// ervoor.', 'https://www.voorbeeld.nl'),
]

/** Street, postcode and place: of the aanbod's first locatie, or the organisatie's address. */
const addressColumns = (wat: string, [straat, postcode, plaats]: [name: string, path: string][]): Column[] => [
  textColumn(straat![0], 'Straat en huisnummer', straat![1], `${wat}: straat en huisnummer.`, 'Lindelaan 1'),
  textColumn(postcode![0], 'Postcode', postcode![1], `${wat}: postcode, bijvoorbeeld 7683 AB.`, '7683 AB'),
  textColumn(plaats![0], 'Plaats', plaats![1], `${wat}: plaats.`, 'Den Ham'),
]

const aanbodColumns: Column[] = [
  slugColumn('titel', 'koffieochtend-de-linde'),
  textColumn(
    'titel',
    AANBOD_VELDEN.titel.label,
    'titel',
    `Verplicht. De naam van het aanbod. ${hooguit(AANBOD_VELDEN.titel)}`,
    'Koffieochtend in De Linde',
  ),
  textColumn(
    'samenvatting',
    AANBOD_VELDEN.samenvatting.label,
    'samenvatting',
    `Verplicht. In één of twee zinnen: wat is het en voor wie? ${hooguit(AANBOD_VELDEN.samenvatting)}`,
    'Elke dinsdag samen koffie drinken en bijpraten. Iedereen is welkom.',
  ),
  {
    name: 'beschrijving',
    label: 'Beschrijving',
    path: 'beschrijving',
    kind: { type: 'richtext' },
    uitleg: 'Meer uitleg. Elke regel in de cel wordt een alinea.',
    voorbeeld: fixed('U hoeft zich niet aan te melden. Loop gewoon binnen.'),
  },
  {
    name: 'organisatie',
    label: 'Organisatie',
    path: 'organisatie',
    kind: { type: 'relation', to: 'organisaties' },
    uitleg: 'Verplicht. De naam of de slug van een organisatie die al in het CMS staat. (In de open data staat hier de slug.)',
    voorbeeld: relationExample('organisaties', 'Naam van de organisatie'),
  },
  {
    name: 'heel_twenterand',
    label: 'Voor heel Twenterand',
    path: 'heelTwenterand',
    kind: { type: 'bool' },
    uitleg: 'ja of nee. ja: het aanbod is voor inwoners van alle kernen. Leeg: nee.',
    voorbeeld: fixed('nee'),
  },
  // The four indelingen (content-schema INDELINGEN): names or slugs, with a ; between them.
  ...INDELINGEN.map(
    (indeling): Column => ({
      name: indeling.slug,
      label: indeling.label,
      path: indeling.slug,
      kind: { type: 'relations', to: indeling.slug },
      uitleg:
        indeling.slug === 'kernen'
          ? 'De dorpen waar het aanbod is: namen of slugs, met een ; ertussen. Verplicht, behalve als heel_twenterand ja is.'
          : 'Namen of slugs, met een ; ertussen.',
      voorbeeld: relationExample(indeling.slug, indeling.slug === 'kernen' ? 'Den Ham' : ''),
    }),
  ),
  {
    name: 'kosten',
    label: 'Kosten',
    path: 'kosten.soort',
    kind: { type: 'option', options: kostenSoorten, leeg: 'gratis' },
    uitleg: 'gratis of eigen bijdrage. Leeg: gratis.',
    voorbeeld: fixed('eigen bijdrage'),
  },
  {
    name: 'kosten_bedrag',
    label: 'Bedrag in euro',
    path: 'kosten.bedrag',
    kind: { type: 'number' },
    uitleg: 'Het bedrag in euro, bijvoorbeeld 2,50. Bij een eigen bijdrage vult u een bedrag of een omschrijving in.',
    voorbeeld: fixed('1,50'),
  },
  textColumn(
    'kosten_omschrijving',
    AANBOD_VELDEN.kostenOmschrijving.label,
    'kosten.omschrijving',
    `Wat het bedrag inhoudt, zonder het bedrag (dat staat in kosten_bedrag). Bijvoorbeeld: koffie en thee. ${hooguit(AANBOD_VELDEN.kostenOmschrijving)}`,
    'Koffie en thee',
  ),
  {
    name: 'meedoen',
    label: 'Meedoen',
    path: 'meedoen.manier',
    kind: { type: 'option', options: meedoenManieren, leeg: 'vrije-inloop' },
    uitleg: 'vrije inloop, aanmelden of via verwijzing. Leeg: vrije inloop.',
    voorbeeld: fixed('vrije inloop'),
  },
  textColumn(
    'aanmeldinformatie',
    AANBOD_VELDEN.aanmeldinformatie.label,
    'meedoen.aanmeldinformatie',
    `Hoe en bij wie meldt iemand zich aan? Verplicht bij aanmelden en via verwijzing. ${hooguit(AANBOD_VELDEN.aanmeldinformatie)}`,
    '',
  ),
  ...contactColumns('contact.', 'voor vragen'),
  textColumn(
    'locatie_naam',
    'Naam van de plek',
    'locaties.0.naam',
    'De (eerste) plek: naam, bijvoorbeeld Buurthuis De Linde.',
    'Buurthuis De Linde',
  ),
  ...addressColumns('De plek', [
    ['locatie_adres', 'locaties.0.adres'],
    ['locatie_postcode', 'locaties.0.postcode'],
    ['locatie_plaats', 'locaties.0.plaats'],
  ]),
  textColumn(
    'tijden',
    AANBOD_VELDEN.tijden.label,
    'tijden.omschrijving',
    `Wanneer? Bijvoorbeeld: elke dinsdag van 10.00 tot 12.00 uur; of: op afspraak. ${hooguit(AANBOD_VELDEN.tijden)}`,
    'Elke dinsdag van 10.00 tot 12.00 uur',
  ),
  {
    name: 'toegankelijkheid',
    label: 'Toegankelijkheid',
    path: 'toegankelijkheid.kenmerken',
    kind: { type: 'options', options: toegankelijkheidKenmerken.map((k) => ({ value: k.slug, label: k.naam })) },
    uitleg: `Toegankelijkheid, met een ; ertussen. Kies uit: ${toegankelijkheidKenmerken.map((k) => k.naam.toLowerCase()).join(', ')}.`,
    voorbeeld: fixed('Rolstoeltoegankelijk; Aangepast toilet'),
  },
  textColumn(
    'toegankelijkheid_toelichting',
    AANBOD_VELDEN.toegankelijkheidToelichting.label,
    'toegankelijkheid.toelichting',
    `Toegankelijkheid: toelichting. ${hooguit(AANBOD_VELDEN.toegankelijkheidToelichting)}`,
    '',
  ),
  {
    name: 'status',
    label: 'Status',
    path: 'status',
    kind: { type: 'option', options: aanbodStatussen, leeg: 'actief' },
    uitleg: 'actief, tijdelijk gestopt of gestopt. Leeg: actief.',
    voorbeeld: fixed('actief'),
  },
  {
    name: 'placemats',
    label: 'Op de placemat',
    path: 'placemats',
    kind: { type: 'options', options: placematSoorten },
    uitleg: 'jeugd en/of algemeen, met een ; ertussen. Leeg: niet op een placemat.',
    voorbeeld: fixed(''),
  },
  {
    name: 'demo',
    label: 'Voorbeeld (demo-inhoud)',
    path: 'demo',
    kind: { type: 'bool' },
    uitleg: 'ja: dit is verzonnen voorbeeldinhoud, de site zegt dat erbij. Leeg: nee.',
    voorbeeld: fixed('nee'),
  },
]

const organisatieColumns: Column[] = [
  slugColumn('naam', 'buurthuis-de-linde'),
  textColumn(
    'naam',
    ORGANISATIE_VELDEN.naam.label,
    'naam',
    `Verplicht. De naam van de organisatie. ${hooguit(ORGANISATIE_VELDEN.naam)}`,
    'Buurthuis De Linde',
  ),
  textColumn(
    'korte_omschrijving',
    ORGANISATIE_VELDEN.korteOmschrijving.label,
    'korteOmschrijving',
    `Wat doet de organisatie? Eén of twee zinnen in eenvoudige taal. ${hooguit(ORGANISATIE_VELDEN.korteOmschrijving)}`,
    'Het buurthuis van Den Ham, voor ontmoeting en activiteiten.',
  ),
  ...contactColumns('', 'van de organisatie'),
  ...addressColumns('Adres', [
    ['straat', 'adres.straat'],
    ['postcode', 'adres.postcode'],
    ['plaats', 'adres.plaats'],
  ]),
  {
    name: 'contactpersonen',
    label: 'Contactpersonen',
    path: 'contactpersonen',
    kind: { type: 'contactpersonen' },
    uitleg: 'Niet openbaar. Zij krijgen de herinneringen om het aanbod na te kijken. Schrijf Naam <e-mailadres>, met een ; ertussen.',
    voorbeeld: fixed('Jan Jansen <jan@voorbeeld.nl>; Els de Vries <els@voorbeeld.nl>'),
  },
]

export interface ImportKind {
  soort: ImportSoort
  collection: CollectionSlug
  /** The title field: the slug is made from it when the slug column is empty. */
  titleColumn: 'titel' | 'naam'
  enkelvoud: string
  meervoud: string
  columns: Column[]
  /** Columns of the site's own export that the import reads past (computed there: ids, web address, …). */
  ignored: string[]
}

export const IMPORT_KINDS: Record<ImportSoort, ImportKind> = {
  aanbod: {
    soort: 'aanbod',
    collection: 'aanbod',
    titleColumn: 'titel',
    enkelvoud: 'aanbod',
    meervoud: 'aanbod',
    columns: aanbodColumns,
    ignored: AANBOD_CSV_KOLOMMEN.filter((k) => !k.import).map((k) => k.naam),
  },
  organisaties: {
    soort: 'organisaties',
    collection: 'organisaties',
    titleColumn: 'naam',
    enkelvoud: 'organisatie',
    meervoud: 'organisaties',
    columns: organisatieColumns,
    ignored: [],
  },
}

/** The column that reports a Payload error path ("locaties.0.postcode" -> locatie_postcode), if any. */
export function columnForPath(kind: ImportKind, path: string): Column | undefined {
  return (
    kind.columns.find((c) => c.path === path) ??
    // a nested error of a column's value, e.g. contactpersonen.1.email
    kind.columns.find((c) => path.startsWith(`${c.path}.`))
  )
}

/** The column documentation for the import screen and the README. */
export function describeColumns(soort: ImportSoort): { name: string; uitleg: string; voorbeeld: string }[] {
  return IMPORT_KINDS[soort].columns.map((c) => ({ name: c.name, uitleg: c.uitleg, voorbeeld: c.voorbeeld() }))
}
