/**
 * /papier.json: the list of paper versions (site/lib/papier.ts) as the built site has it. `npm run build` reads it
 * from the fresh build to print each page to its PDF.
 */
import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { printPages } from '../lib/papier'

export const GET: APIRoute = async () => {
  const { kernen } = await getContent()
  return new Response(JSON.stringify({ pages: printPages({ kernen }) }, null, 2), { headers: { 'content-type': 'application/json' } })
}
