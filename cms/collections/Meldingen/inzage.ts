/**
 * Inzage (AVG art. 15): GET /api/meldingen/:id/inzage gives one melding as a readable text file in Dutch, to hand to
 * the melder who asks what the Meldpunt keeps about them. Only with access to meldingen (the meldpunt role); it is
 * logged as 'exporteren'. The labels are the collection's own (its option labels come from content-schema), so the
 * file always shows what the admin shows.
 */
import type { Endpoint, Field, PayloadRequest } from 'payload'
import { tijdstipLang } from '../../../content-schema'
import { hasMeldingToegang } from '../../access'
import { logboek } from '../MeldingenLogboek'
import { zonderLogboek } from '../../logboek'

type Doc = Record<string, unknown>

const labelVan = (field: { label?: unknown; name?: string }) => (typeof field.label === 'string' ? field.label : (field.name ?? ''))

/** The title of a related document: its naam, titel or the field the admin shows as its title. */
function titelVan(req: PayloadRequest, relationTo: string, value: unknown): string {
  if (value == null) return ''
  if (typeof value !== 'object') return `nr. ${value}`
  const doc = value as Doc
  const useAsTitle = req.payload.collections[relationTo as 'kernen']?.config.admin?.useAsTitle
  return String(doc.naam || doc.titel || (useAsTitle && doc[useAsTitle]) || doc.id)
}

/** One value as text, in the words of the admin. */
function waarde(req: PayloadRequest, field: Field, value: unknown): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return '(leeg)'
  switch (field.type) {
    case 'select': {
      const opties = field.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o))
      const label = (v: unknown) => {
        const o = opties.find((x) => x.value === v)
        return o && typeof o.label === 'string' ? o.label : String(v)
      }
      return Array.isArray(value) ? value.map(label).join(', ') : label(value)
    }
    case 'checkbox':
      return value ? 'Ja' : 'Nee'
    case 'date':
      return tijdstipLang(value as string)
    case 'relationship':
    case 'upload': {
      const to = Array.isArray(field.relationTo) ? null : field.relationTo
      const list = Array.isArray(value) ? value : [value]
      return list.map((v) => (to ? titelVan(req, to, v) : String(v))).join(', ')
    }
    default:
      return String(value)
  }
}

/** The melding as lines "Label: waarde", in the order of the admin, with its tabs as headings. */
function regels(req: PayloadRequest, fields: Field[], doc: Doc, inspringen = ''): string[] {
  const out: string[] = []
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...regels(req, field.fields, doc, inspringen))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        out.push('', `== ${typeof tab.label === 'string' ? tab.label : ''} ==`)
        out.push(...regels(req, tab.fields, 'name' in tab && tab.name ? ((doc[tab.name] as Doc) ?? {}) : doc, inspringen))
      }
      continue
    }
    if (!('name' in field) || field.admin?.hidden || field.hidden) continue
    if (field.name === 'id' || field.name === 'createdAt' || field.name === 'updatedAt') continue
    const value = doc[field.name]
    if (field.type === 'array') {
      const rijen = (value as Doc[] | undefined) ?? []
      out.push(`${inspringen}${labelVan(field)}:${rijen.length ? '' : ' (leeg)'}`)
      rijen.forEach((rij, i) => {
        out.push(`${inspringen}  ${i + 1}.`)
        out.push(...regels(req, field.fields, rij, `${inspringen}     `))
      })
      continue
    }
    if (field.type === 'group') {
      out.push(`${inspringen}${labelVan(field)}:`)
      out.push(...regels(req, field.fields, (value as Doc) ?? {}, `${inspringen}  `))
      continue
    }
    const tekst = waarde(req, field, value)
    // Multi-line text keeps its lines, indented under the label.
    out.push(`${inspringen}${labelVan(field)}: ${tekst.replace(/\r?\n/g, `\n${inspringen}  `)}`)
  }
  return out
}

/** The readable file of one melding (plain text, UTF-8). */
export function inzageTekst(req: PayloadRequest, doc: Doc): string {
  const wie = req.user as { naam?: string | null; email?: string } | null
  const kop = [
    `Inzage in melding ${doc.nummer ?? doc.id}`,
    'Meldpunt Eenzaamheid Twenterand',
    '',
    'Dit zijn alle gegevens die het Meldpunt over deze melding bewaart.',
    `Gemaakt op ${tijdstipLang(new Date())} door ${wie?.naam || wie?.email || 'het Meldpunt'}.`,
  ]
  const velden = regels(req, req.payload.collections.meldingen.config.fields, doc)
  return `${[...kop, '', ...velden].join('\n')}\n`
}

export const inzageEndpoint: Endpoint = {
  path: '/:id/inzage',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return Response.json({ message: 'Log eerst in.' }, { status: 401 })
    if (!hasMeldingToegang(req.user as any)) {
      await logboek(req, { actie: 'exporteren', meldingen: [id], resultaat: 'geweigerd', details: 'inzage' })
      return Response.json({ message: 'U hebt geen toegang tot meldingen.' }, { status: 403 })
    }
    let doc: Doc
    try {
      // Read with the user's own rights; the export writes its own line below, not a 'lezen' as well.
      doc = (await zonderLogboek(req, () =>
        req.payload.findByID({ collection: 'meldingen', id, depth: 1, overrideAccess: false, req }),
      )) as unknown as Doc
    } catch {
      return Response.json({ message: 'Deze melding bestaat niet.' }, { status: 404 })
    }
    const nummer = String(doc.nummer ?? doc.id)
    await logboek(req, { actie: 'exporteren', meldingen: [nummer], details: 'inzage (AVG)' })
    return new Response(inzageTekst(req, doc), {
      status: 200,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="inzage-${nummer.replace(/[^A-Za-z0-9-]/g, '')}.txt"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
