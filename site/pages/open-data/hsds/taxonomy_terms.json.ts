import type { APIRoute } from 'astro'
import { getContent } from '../../../lib/cms'
import { hsdsPage, hsdsTaxonomyTerms, jsonBody } from '../../../lib/hsds'

/** Every term of every taxonomy as HSDS 3.0 taxonomy terms. */
export const GET: APIRoute = async ({ site }) =>
  new Response(jsonBody(hsdsPage(hsdsTaxonomyTerms(await getContent(), site!))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
