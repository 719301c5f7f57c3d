import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { agendaWindow } from '../lib/agenda'
import { agendaIcs } from '../lib/ical'

/** The whole Twenterand Ontmoet agenda as an iCalendar feed (what takes place in the coming six months, recurring activities as series). */
export const GET: APIRoute = async ({ site }) => {
  const { activiteiten } = await getContent()
  const body = agendaIcs(activiteiten, agendaWindow(new Date(), 26), {
    naam: 'Twenterand Ontmoet',
    siteUrl: site!.toString(),
    path: (a) => `/activiteit/${a.slug}/`,
  })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
