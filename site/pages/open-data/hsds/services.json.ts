import type { APIRoute } from 'astro'
import { getContent } from '../../../lib/cms'
import { hsdsPage, hsdsServices, jsonBody } from '../../../lib/hsds'

/** All aanbod as HSDS 3.0 services (fully nested), in the shape of the HSDS API's /services list: one page with everything. */
export const GET: APIRoute = async ({ site }) =>
  new Response(jsonBody(hsdsPage(hsdsServices(await getContent(), site!))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
