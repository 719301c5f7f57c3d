/**
 * The public fields of aanbod, organisatie, activiteit and the indelingen, written once: name (the CMS field's
 * path), Dutch label (every message starts with it), whether it is required and its length limit. From this table:
 * the CMS field validation (cms/fields/common.ts `veldValidatie`), the zod schemas (schemas.ts `tekstVeld`), the
 * "Hooguit … tekens" in the import's column help (cms/import/columns.ts) and the CSV columns below.
 * tests/unit/velden.test.ts proves that the Payload fields and the zod schemas carry these limits.
 */
export interface Veld {
  /** The field's path in the document ("kosten.omschrijving"). */
  naam: string
  /** The label the CMS shows. */
  label: string
  required?: boolean
  /** Longest text allowed, in characters. */
  max?: number
}

const velden = <const V extends Record<string, Veld>>(v: V) => v

export const AANBOD_VELDEN = velden({
  titel: { naam: 'titel', label: 'Titel', required: true, max: 120 },
  samenvatting: { naam: 'samenvatting', label: 'Samenvatting', required: true, max: 200 },
  aanmeldinformatie: { naam: 'meedoen.aanmeldinformatie', label: 'Aanmelden: hoe en bij wie', max: 500 },
  kostenOmschrijving: { naam: 'kosten.omschrijving', label: 'Omschrijving van de kosten', max: 200 },
  tijden: { naam: 'tijden.omschrijving', label: 'Tijden in woorden', max: 200 },
  toegankelijkheidToelichting: { naam: 'toegankelijkheid.toelichting', label: 'Toelichting', max: 500 },
})

export const ORGANISATIE_VELDEN = velden({
  naam: { naam: 'naam', label: 'Naam', required: true, max: 120 },
  korteOmschrijving: { naam: 'korteOmschrijving', label: 'Korte omschrijving', max: 300 },
  contactpersoonNaam: { naam: 'contactpersonen.naam', label: 'Naam', required: true, max: 120 },
})

export const ACTIVITEIT_VELDEN = velden({
  titel: { naam: 'titel', label: 'Titel', required: true, max: 120 },
})

/** The fields of every indeling (kernen, levensgebeurtenissen, doelgroepen, thema's). */
export const INDELING_VELDEN = velden({
  naam: { naam: 'naam', label: 'Naam', required: true, max: 80 },
  omschrijving: { naam: 'omschrijving', label: 'Omschrijving', max: 200 },
})

/** "Hooguit 200 tekens." for help texts. */
export const hooguit = (veld: Veld) => (veld.max ? `Hooguit ${veld.max} tekens.` : '')

// ---------------------------------------------------------------- the four indelingen

/**
 * The four indelingen (taxonomies) of aanbod, in the order the site shows them: the ONE list. Derived from it: the
 * CMS collections (cms/collections/Taxonomies), the aanbod's relationship fields (cms/collections/Aanbod), the
 * content the site fetches (site/lib/cms.ts), the overview pages (site/lib/indeling.ts), the search filters
 * (site/lib/zoeken/url.ts, site/components/ZoekindexFilters.astro), the HSDS taxonomies (site/lib/hsds/mapping.ts)
 * and the import's columns (cms/import/columns.ts). Their terms are content (the CMS); the first terms are the
 * BEGINLIJSTEN in reference/taxonomies.ts and reference/kernen.ts.
 */
export const INDELINGEN = [
  {
    slug: 'kernen',
    enkelvoud: 'kern',
    meervoud: 'kernen',
    labelEnkelvoud: 'Kern',
    label: 'Kernen',
    pad: '/kern/',
    omschrijving: 'De dorpen (kernen) van Twenterand, met hun buurtschappen.',
    zoekfilter: { legenda: 'Kern (dorp)', volgorde: 1 },
  },
  {
    slug: 'levensgebeurtenissen',
    enkelvoud: 'levensgebeurtenis',
    meervoud: 'levensgebeurtenissen',
    labelEnkelvoud: 'Levensgebeurtenis',
    label: 'Levensgebeurtenissen',
    pad: '/levensgebeurtenis/',
    omschrijving: 'Wat mensen meemaken, zoals rouw, ziekte of pensioen.',
    zoekfilter: { legenda: 'Wat maakt u mee?', volgorde: 3 },
  },
  {
    slug: 'doelgroepen',
    enkelvoud: 'doelgroep',
    meervoud: 'doelgroepen',
    labelEnkelvoud: 'Doelgroep',
    label: 'Doelgroepen',
    pad: '/doelgroep/',
    omschrijving: 'Voor wie het aanbod is.',
    zoekfilter: { legenda: 'Voor wie?', volgorde: 2 },
  },
  {
    slug: 'themas',
    enkelvoud: 'thema',
    meervoud: "thema's",
    labelEnkelvoud: 'Thema',
    label: "Thema's",
    pad: '/thema/',
    omschrijving: 'Waar het aanbod over gaat.',
    zoekfilter: { legenda: 'Thema', volgorde: 4 },
  },
] as const satisfies readonly {
  /** The CMS collection, the aanbod field, the CSV column and the key of the site's content: all the same name. */
  slug: string
  /** The singular in running text; also the name of the search filter and of the HSDS taxonomy. */
  enkelvoud: string
  /** The plural in running text. */
  meervoud: string
  /** The CMS collection's singular label (and its TypeScript interface: Kern, Thema, ...). */
  labelEnkelvoud: string
  /** The CMS collection's plural label, the aanbod field's label and the overview page's title. */
  label: string
  /** The site's overview page; each term has its page below it (/kern/den-ham/). */
  pad: string
  /** What the CMS says about the collection. */
  omschrijving: string
  /** The filter on the zoekpagina: its legend and its place among the filters (after "Soort"). */
  zoekfilter: { legenda: string; volgorde: number }
}[]

export type Indeling = (typeof INDELINGEN)[number]
/** kernen, levensgebeurtenissen, doelgroepen, themas */
export type IndelingSlug = Indeling['slug']
/** kern, levensgebeurtenis, doelgroep, thema */
export type IndelingEnkelvoud = Indeling['enkelvoud']

/** An indeling by its singular name ('kern') or its slug ('kernen'). */
export const indelingVan = (naam: IndelingEnkelvoud | IndelingSlug): Indeling =>
  INDELINGEN.find((i) => i.enkelvoud === naam || i.slug === naam)!

/** The indelingen in the order of the search filters. */
export const INDELINGEN_IN_ZOEKVOLGORDE: readonly Indeling[] = [...INDELINGEN].sort((a, b) => a.zoekfilter.volgorde - b.zoekfilter.volgorde)

// ---------------------------------------------------------------- aanbod.csv: export and import share the columns

export interface CsvKolomDef {
  naam: string
  /** What the column holds, for the /open-data/ page. */
  uitleg: string
  /** false: only in the export (computed or fixed); the import reads past it. */
  import: boolean
}

/**
 * The columns of aanbod.csv, in order. The site writes them (site/lib/hsds/csv.ts), the import reads them
 * (cms/import/columns.ts, by the same names and in the same formats): importing the site's own aanbod.csv changes
 * nothing. Lists are separated by "; ", yes/no is "ja"/"nee", amounts are written as 2,50.
 */
export const AANBOD_CSV_KOLOMMEN = [
  { naam: 'id', import: false, uitleg: 'Vaste code van het aanbod (dezelfde als "id" in services.json).' },
  { naam: 'slug', import: true, uitleg: 'Het laatste deel van het webadres; de sleutel bij het importeren.' },
  { naam: 'titel', import: true, uitleg: 'Naam van het aanbod.' },
  { naam: 'samenvatting', import: true, uitleg: 'Korte uitleg in één of twee zinnen.' },
  { naam: 'beschrijving', import: true, uitleg: 'Meer uitleg, zonder opmaak: één alinea per regel.' },
  { naam: 'organisatie', import: true, uitleg: 'Slug van de organisatie (het laatste deel van haar webadres).' },
  { naam: 'organisatie_naam', import: false, uitleg: 'Naam van de organisatie.' },
  { naam: 'organisatie_id', import: false, uitleg: 'Vaste code van de organisatie (dezelfde als in organizations.json).' },
  { naam: 'heel_twenterand', import: true, uitleg: '"ja" als het aanbod voor alle dorpen van Twenterand is, anders "nee".' },
  {
    naam: 'kernen',
    import: true,
    uitleg: 'De dorpen waar het aanbod is, gescheiden door "; ". Bij heel Twenterand: alle dorpen, ook als hier niets staat.',
  },
  { naam: 'levensgebeurtenissen', import: true, uitleg: 'Waarbij het kan helpen, gescheiden door "; ".' },
  { naam: 'doelgroepen', import: true, uitleg: 'Voor wie het is, gescheiden door "; ".' },
  { naam: 'themas', import: true, uitleg: 'Waar het over gaat, gescheiden door "; ".' },
  { naam: 'kosten', import: true, uitleg: 'Gratis of Eigen bijdrage.' },
  { naam: 'kosten_bedrag', import: true, uitleg: 'Bedrag in euro met een komma (2,50); leeg als het niet bekend is.' },
  { naam: 'kosten_omschrijving', import: true, uitleg: 'Uitleg over de kosten, zonder het bedrag (dat staat in kosten_bedrag).' },
  { naam: 'meedoen', import: true, uitleg: 'Vrije inloop, Aanmelden of Via verwijzing.' },
  { naam: 'aanmeldinformatie', import: true, uitleg: 'Hoe u zich aanmeldt.' },
  { naam: 'telefoon', import: true, uitleg: 'Openbaar telefoonnummer van het aanbod.' },
  { naam: 'email', import: true, uitleg: 'Openbaar e-mailadres van het aanbod.' },
  { naam: 'website', import: true, uitleg: 'Website van het aanbod.' },
  { naam: 'locatie_naam', import: true, uitleg: 'De (eerste) plek: naam.' },
  { naam: 'locatie_adres', import: true, uitleg: 'De (eerste) plek: straat en huisnummer.' },
  { naam: 'locatie_postcode', import: true, uitleg: 'De (eerste) plek: postcode.' },
  { naam: 'locatie_plaats', import: true, uitleg: 'De (eerste) plek: plaats.' },
  { naam: 'locaties', import: false, uitleg: 'Naam en adres van elke plek, gescheiden door " | ".' },
  { naam: 'tijden', import: true, uitleg: 'Wanneer het is, in woorden, zoals de organisatie het schrijft.' },
  { naam: 'vaste_tijden', import: false, uitleg: 'De vaste tijden in woorden, gescheiden door " | ".' },
  { naam: 'toegankelijkheid', import: true, uitleg: 'Bijvoorbeeld Rolstoeltoegankelijk of Ringleiding, gescheiden door "; ".' },
  { naam: 'toegankelijkheid_toelichting', import: true, uitleg: 'Toelichting op de toegankelijkheid.' },
  { naam: 'status', import: true, uitleg: 'Actief, Tijdelijk gestopt of Gestopt.' },
  { naam: 'placemats', import: true, uitleg: 'Op welke placemat het staat: Jeugd en/of Algemeen, gescheiden door "; ".' },
  { naam: 'laatst_gecontroleerd', import: false, uitleg: 'Datum waarop de organisatie het voor het laatst heeft nagekeken (jjjj-mm-dd).' },
  { naam: 'versheid', import: false, uitleg: 'Actueel, Controle nodig (ouder dan een half jaar) of Verouderd (ouder dan een jaar).' },
  { naam: 'demo', import: true, uitleg: '"ja" bij verzonnen voorbeeld-inhoud: niet echt.' },
  { naam: 'pagina', import: false, uitleg: 'Adres van het aanbod op deze website.' },
] as const satisfies readonly CsvKolomDef[]

/** The name of a column of aanbod.csv. */
export type AanbodCsvKolom = (typeof AANBOD_CSV_KOLOMMEN)[number]['naam']

/** The separator between the items of a list in one cell. */
export const CSV_LIJST = '; '
/** An amount as a Dutch spreadsheet writes it: 2,50 (more decimals only when the amount has them). */
export const csvBedrag = (n: number) => (Number(n.toFixed(2)) === n ? n.toFixed(2) : String(n)).replace('.', ',')

/** The plain text of Lexical rich text: one line per paragraph (or heading, list item, quote). */
export function richTextLines(value: unknown): string[] {
  const lines: string[] = []
  const textOf = (node: any): string =>
    node?.type === 'text' ? String(node.text ?? '') : node?.type === 'linebreak' ? ' ' : (node?.children ?? []).map(textOf).join('')
  const walk = (node: any) => {
    for (const child of node?.children ?? []) {
      if (child?.type === 'list') walk(child)
      else {
        const line = textOf(child).trim()
        if (line) lines.push(line)
      }
    }
  }
  walk((value as any)?.root)
  return lines
}
