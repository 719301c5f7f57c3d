import type { APIRoute } from 'astro'
import { hsdsIndex, jsonBody } from '../../../lib/hsds'

/** The root of the HSDS data, as the HSDS API's "/": the HSDS version and the address of our profile. */
export const GET: APIRoute = ({ site }) =>
  new Response(jsonBody(hsdsIndex(site!)), { headers: { 'content-type': 'application/json; charset=utf-8' } })
