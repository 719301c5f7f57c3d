/**
 * /papier.json: the list of paper versions (site/lib/papier.ts) as the built site has it. `npm run build` reads it
 * from the fresh build to print each page to its PDF.
 */
import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { papierVersies } from '../lib/papier'

/** pages: what the build prints; teGroot: the versions left out as too big for paper, with the reason. */
export const GET: APIRoute = async () => {
  const { pages, teGroot } = papierVersies(await getContent())
  return new Response(JSON.stringify({ pages, teGroot }, null, 2), { headers: { 'content-type': 'application/json' } })
}
