import type { APIRoute, GetStaticPaths } from 'astro'
import { getContent } from '../../../lib/cms'
import { agendaWindow } from '../../../lib/agenda'
import { agendaIcs } from '../../../lib/ical'

export const getStaticPaths: GetStaticPaths = async () => {
  const { kernen } = await getContent()
  return kernen.map((k) => ({ params: { slug: k.slug }, props: { naam: k.naam } }))
}

/** The agenda of one kern as an iCalendar feed (what takes place in the coming six months, recurring activities as series). */
export const GET: APIRoute = async ({ params, props, site }) => {
  const { activiteiten } = await getContent()
  const body = agendaIcs(
    activiteiten.filter((a) => a.kern.slug === params.slug),
    agendaWindow(new Date(), 26),
    {
      naam: `Twenterand Ontmoet – ${props.naam}`,
      siteUrl: site!.toString(),
      path: (a) => `/activiteit/${a.slug}/`,
    },
  )
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
