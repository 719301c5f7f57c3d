/**
 * REST endpoints of the spreadsheet import, on the aanbod and organisaties collections (staff only):
 * - POST /api/<soort>/import?dryRun=true  check the CSV (body: the file itself, or multipart with field "file")
 * - POST /api/<soort>/import              import it: all rows, or (when a row has an error) nothing
 * - GET  /api/<soort>/import-sjabloon     the template: the column names and one example row
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { isStaff } from '../access'
import { IMPORT_KINDS, type ImportSoort } from './columns'
import { toCsv } from './csv'
import { loadLookups, MAX_IMPORT_BYTES, runImport } from './run'

const forbidden = () =>
  Response.json(
    { message: 'Alleen medewerkers van het Meldpunt (beheerder of redacteur) mogen importeren. Log in met zo’n account.' },
    { status: 403 },
  )

/** The uploaded file: the request body, or the "file" field of a multipart form. */
async function fileBytes(req: PayloadRequest): Promise<Uint8Array | null> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData!()
    const file = form.get('file') ?? [...form.values()].find((v) => typeof v !== 'string')
    if (!file) return null
    return typeof file === 'string' ? new TextEncoder().encode(file) : new Uint8Array(await file.arrayBuffer())
  }
  return new Uint8Array(await req.arrayBuffer!())
}

const importHandler =
  (soort: ImportSoort): PayloadHandler =>
  async (req) => {
    if (!isStaff(req.user as any)) return forbidden()
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > MAX_IMPORT_BYTES + 64 * 1024) {
      return Response.json(
        { message: `Het bestand is te groot (meer dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Splits het in kleinere bestanden.` },
        { status: 413 },
      )
    }
    const bytes = await fileBytes(req)
    if (!bytes || bytes.byteLength === 0) {
      return Response.json({ message: 'Er is geen bestand meegestuurd. Kies een CSV-bestand.' }, { status: 400 })
    }
    const dryRun = ['true', '1', 'ja'].includes(String(req.searchParams.get('dryRun') ?? '').toLowerCase())
    const { status, verslag } = await runImport({ req, soort, bytes, dryRun })
    return Response.json({ message: verslag.melding, ...verslag }, { status })
  }

const templateHandler =
  (soort: ImportSoort): PayloadHandler =>
  async (req) => {
    if (!isStaff(req.user as any)) return forbidden()
    const lookups = await loadLookups(req.payload)
    const { columns } = IMPORT_KINDS[soort]
    const csv = toCsv([columns.map((c) => c.name), columns.map((c) => c.voorbeeld(lookups))])
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="sjabloon-${soort}.csv"`,
        'cache-control': 'no-store',
      },
    })
  }

export const importEndpoints = (soort: ImportSoort): Endpoint[] => [
  { path: '/import', method: 'post', handler: importHandler(soort) },
  { path: '/import-sjabloon', method: 'get', handler: templateHandler(soort) },
]
