import type { APIRoute } from 'astro'
import { getContent } from '../../../lib/cms'
import { hsdsOrganizations, hsdsPage, jsonBody } from '../../../lib/hsds'

/** All organisaties as HSDS 3.0 organizations, in the shape of the HSDS API's /organizations list: one page with everything. */
export const GET: APIRoute = async ({ site }) =>
  new Response(jsonBody(hsdsPage(hsdsOrganizations(await getContent(), site!))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
