import type { APIRoute } from 'astro'
import { getContent } from '../../lib/cms'
import { aanbodCsv } from '../../lib/hsds'

/** All aanbod as one spreadsheet (CSV for Excel: UTF-8 with BOM, semicolons), one row per aanbod. */
export const GET: APIRoute = async ({ site }) =>
  new Response(aanbodCsv(await getContent(), site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
