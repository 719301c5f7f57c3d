import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { agendaWindow, occurrences } from '../lib/agenda'
import { agendaIcs } from '../lib/ical'

/** The whole Twenterand Ontmoet agenda as an iCalendar feed (the coming six months). */
export const GET: APIRoute = async ({ site }) => {
  const { activiteiten } = await getContent()
  const body = agendaIcs(occurrences(activiteiten, agendaWindow(new Date(), 26)), {
    naam: 'Twenterand Ontmoet',
    siteUrl: site!.toString(),
    path: (o) => `/activiteit/${o.activiteit.slug}/`,
  })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
