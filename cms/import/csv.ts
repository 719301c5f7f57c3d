/**
 * Reading and writing the import spreadsheets (CSV) with csv-parse / csv-stringify.
 * Accepts what spreadsheet programs write: UTF-8 with or without BOM (Excel "CSV UTF-8"), and as a fallback
 * Windows-1252 (Excel's plain "CSV"); ";" (Dutch Excel) or "," between the cells.
 */
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

/** A problem with the file as a whole (not with one row): the import stops before looking at the rows. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly kolom?: string,
  ) {
    super(message)
    this.name = 'ImportFileError'
  }
}

export type Delimiter = ';' | ','

export interface ParsedCsv {
  delimiter: Delimiter
  header: string[]
  /** The data rows (header excluded), each with its row number as a spreadsheet shows it (the header is row 1). */
  rows: { rij: number; cells: string[] }[]
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

export function decodeCsv(bytes: Uint8Array): string {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b)
  const body = hasBom ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    // Not UTF-8: Excel's plain "CSV" on Windows writes Windows-1252.
    return new TextDecoder('windows-1252').decode(body)
  }
}

/** The separator of the header line: the one of ";" and "," that occurs most outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch === ';') semicolons++
    else if (!quoted && ch === ',') commas++
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ','
}

export function parseCsv(bytes: Uint8Array, { maxRows }: { maxRows: number }): ParsedCsv {
  const text = decodeCsv(bytes)
  if (!text.trim())
    throw new ImportFileError(
      'Het bestand is leeg. Gebruik het sjabloon: de eerste regel bevat de kolomnamen, daaronder komt op elke regel één item.',
    )
  const delimiter = detectDelimiter(text)
  let records: string[][]
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][]
  } catch (err: any) {
    const line = err?.lines ? ` (rond regel ${err.lines})` : ''
    throw new ImportFileError(
      `Het bestand is geen leesbaar CSV-bestand${line}. Controleer of elke cel met een aanhalingsteken (") ook met een aanhalingsteken eindigt, en sla het bestand in Excel op als "CSV UTF-8".`,
    )
  }
  const [header = [], ...data] = records
  const rows = data
    .map((cells, i) => ({ rij: i + 2, cells }))
    // Spreadsheets often add empty lines (or lines with only separators) at the end.
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  if (rows.length === 0)
    throw new ImportFileError('Het bestand heeft alleen kolomnamen en geen gegevens. Vul onder de eerste regel op elke regel één item in.')
  if (rows.length > maxRows)
    throw new ImportFileError(`Het bestand heeft ${rows.length} regels. Dat zijn er te veel: importeer hooguit ${maxRows} regels per keer.`)
  return { delimiter, header, rows }
}

/** A CSV for spreadsheet programs: UTF-8 with BOM and ";" between cells, so Dutch Excel opens it right. */
export function toCsv(records: string[][], delimiter: Delimiter = ';'): string {
  return '\uFEFF' + stringify(records, { delimiter, record_delimiter: 'windows' })
}
