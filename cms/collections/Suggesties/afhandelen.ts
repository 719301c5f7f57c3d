/**
 * Handling a suggestion from the dashboard with one button, without JavaScript (cms/components/SuggestiesDashboard.tsx):
 * POST /api/suggesties/:id/afhandelen with actie = aangepast | klopt-al | geen-actie (and reden for geen actie).
 * The change is made with the logged-in user's own rights (a partner only its own organisaties' suggestions; the
 * collection's access rules), then the browser goes back: "aangepast" to the item's edit page, the others to the
 * dashboard (with the field's message when the reason is missing).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { leesBody } from '../../site-pagina'

const ACTIES = ['aangepast', 'klopt-al', 'geen-actie'] as const

const terug = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })

async function afhandelen(req: PayloadRequest): Promise<Response> {
  if (!req.user) return Response.json({ errors: [{ message: 'Log eerst in.' }] }, { status: 401 })
  const id = String(req.routeParams?.id ?? '')
  const body = (await leesBody(req, 8 * 1024)) ?? ''
  const params = new URLSearchParams(body)
  const actie = params.get('actie') ?? ''
  if (!(ACTIES as readonly string[]).includes(actie)) return Response.json({ errors: [{ message: 'Kies een actie.' }] }, { status: 400 })
  const reden = (params.get('reden') ?? '').trim()
  if (actie === 'geen-actie' && !reden)
    return terug(`/admin?suggestie=${encodeURIComponent(id)}&fout=reden#suggestie-${encodeURIComponent(id)}`)
  let doc: any
  try {
    doc = await req.payload.update({
      collection: 'suggesties',
      id,
      data: { status: actie, ...(actie === 'geen-actie' ? { reden } : {}) } as any,
      overrideAccess: false,
      user: req.user,
      req,
      depth: 0,
    })
  } catch (err: any) {
    const status = err?.status === 403 || err?.name === 'Forbidden' ? 403 : err?.status === 404 || err?.name === 'NotFound' ? 404 : 400
    return Response.json(
      { errors: [{ message: status === 403 ? 'U mag deze suggestie niet afhandelen.' : 'Dit lukte niet.' }] },
      { status },
    )
  }
  if (actie === 'aangepast' && doc?.item) {
    const value = typeof doc.item.value === 'object' ? doc.item.value.id : doc.item.value
    return terug(`/admin/collections/${doc.item.relationTo}/${value}`)
  }
  return terug('/admin#suggesties')
}

export const afhandelEndpoints: Endpoint[] = [{ path: '/:id/afhandelen', method: 'post', handler: afhandelen }]
