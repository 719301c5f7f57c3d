/** aanbod.csv: all aanbod as one spreadsheet, in the columns the import reads back. */
import { stringify } from 'csv-stringify/sync'
import {
  AANBOD_CSV_KOLOMMEN,
  type AanbodCsvKolom,
  aanbodStatussen,
  adresTekst,
  CSV_LIJST,
  csvBedrag,
  kostenSoorten,
  labelOf,
  localDate,
  meedoenManieren,
  type Option,
  placematSoorten,
  richTextLines,
  schemaInWoorden,
  toegankelijkheidKenmerken,
  versheidStatussen,
  type AanbodDoc,
} from '../../../content-schema'
import { abs, organizationId, serviceId } from './ids'
import type { OpenDataContent } from './types'

/** The columns of aanbod.csv, in order, with what they hold (shown on /open-data/): content-schema's, shared with the import. */
export const CSV_KOLOMMEN = AANBOD_CSV_KOLOMMEN

export type CsvKolom = AanbodCsvKolom

/** The list separator Dutch Excel expects: the comma is the decimal separator in Dutch. */
export const CSV_SCHEIDINGSTEKEN = ';'

const lijst = (items: (string | null | undefined)[]) => items.filter(Boolean).join(CSV_LIJST)
const naamLijst = (list?: { naam: string }[] | null) => lijst((list ?? []).map((t) => t.naam))
/** An option's label without its explanation: "Vrije inloop: u kunt zo binnenlopen" -> "Vrije inloop". */
const optieLabel = <V extends string>(o: readonly Option<V>[], value: V | null | undefined) => labelOf(o, value).split(':')[0]!

/**
 * One row of aanbod.csv. The importable columns hold the stored values in the import's formats (content-schema's
 * AANBOD_CSV_KOLOMMEN): importing the file again changes nothing.
 */
export function aanbodCsvRij(a: AanbodDoc, _c: OpenDataContent, siteUrl: string | URL): Record<CsvKolom, string> {
  const eerste = a.locaties?.[0]
  return {
    id: serviceId(a.slug),
    slug: a.slug,
    titel: a.titel,
    samenvatting: a.samenvatting,
    beschrijving: richTextLines(a.beschrijving).join('\n'),
    organisatie: a.organisatie.slug,
    organisatie_naam: a.organisatie.naam,
    organisatie_id: organizationId(a.organisatie.slug),
    heel_twenterand: a.heelTwenterand ? 'ja' : 'nee',
    kernen: naamLijst(a.kernen),
    levensgebeurtenissen: naamLijst(a.levensgebeurtenissen),
    doelgroepen: naamLijst(a.doelgroepen),
    themas: naamLijst(a.themas),
    kosten: labelOf(kostenSoorten, a.kosten.soort),
    kosten_bedrag: a.kosten.bedrag != null ? csvBedrag(a.kosten.bedrag) : '',
    kosten_omschrijving: a.kosten.omschrijving ?? '',
    meedoen: optieLabel(meedoenManieren, a.meedoen.manier),
    aanmeldinformatie: a.meedoen.aanmeldinformatie ?? '',
    telefoon: a.contact?.telefoon ?? '',
    email: a.contact?.email ?? '',
    website: a.contact?.website ?? '',
    locatie_naam: eerste?.naam ?? '',
    locatie_adres: eerste?.adres ?? '',
    locatie_postcode: eerste?.postcode ?? '',
    locatie_plaats: eerste?.plaats ?? '',
    locaties: (a.locaties ?? []).map(adresTekst).join(' | '),
    tijden: a.tijden?.omschrijving ?? '',
    vaste_tijden: (a.tijden?.schema ?? []).map(schemaInWoorden).join(' | '),
    toegankelijkheid: lijst(
      (a.toegankelijkheid?.kenmerken ?? []).map((k) => toegankelijkheidKenmerken.find((t) => t.slug === k)?.naam ?? k),
    ),
    toegankelijkheid_toelichting: a.toegankelijkheid?.toelichting ?? '',
    status: labelOf(aanbodStatussen, a.status),
    placemats: lijst((a.placemats ?? []).map((p) => labelOf(placematSoorten, p).replace(/^Placemat /, ''))),
    laatst_gecontroleerd: a.laatstGecontroleerd?.datum ? localDate(a.laatstGecontroleerd.datum) : '',
    versheid: versheidStatussen.find((v) => v.value === a.laatstGecontroleerd?.versheid)?.label ?? '',
    demo: a.demo ? 'ja' : 'nee',
    pagina: abs(siteUrl, `/aanbod/${a.slug}/`),
  }
}

/**
 * All aanbod as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads é and € right), a semicolon
 * between columns (Dutch Excel's list separator), Windows line ends, and text that starts with = + - @ prefixed
 * with ' so a spreadsheet never runs it as a formula.
 */
export function aanbodCsv(c: OpenDataContent, siteUrl: string | URL): string {
  return stringify(
    c.aanbod.map((a) => aanbodCsvRij(a, c, siteUrl)),
    {
      bom: true,
      header: true,
      columns: CSV_KOLOMMEN.map((k) => k.naam),
      delimiter: CSV_SCHEIDINGSTEKEN,
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  )
}
