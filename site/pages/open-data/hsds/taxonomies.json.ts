import type { APIRoute } from 'astro'
import { hsdsPage, hsdsTaxonomies, jsonBody } from '../../../lib/hsds'

/** Our indelingen (kernen, levensgebeurtenissen, doelgroepen, thema's) and the markering of demo content as HSDS 3.0 taxonomies. */
export const GET: APIRoute = ({ site }) =>
  new Response(jsonBody(hsdsPage(hsdsTaxonomies(site!))), { headers: { 'content-type': 'application/json; charset=utf-8' } })
