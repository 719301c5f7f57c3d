/**
 * Reminders: each organisation whose aanbod needs a check (older than 6 months) gets an e-mail to its
 * contactpersonen with the list and a link to confirm, at most once per 14 days; every reminder sent is recorded.
 */
import type { Payload, TaskConfig } from 'payload'
import { datumLang, labelOf, versheid, versheidStatussen } from '../../content-schema'
import { escapeHtml } from '../email'

export const HERINNERING_INTERVAL_DAGEN = 14

export interface HerinneringResultaat {
  verstuurd: { organisatie: string; aan: string[]; aanbod: string[] }[]
  overgeslagen: { organisatie: string; reden: 'recent-herinnerd' | 'geen-contactpersoon' }[]
}

const datum = (iso: string | null | undefined) => (iso ? datumLang(iso) : 'nog nooit')

export function adminUrl(env: Record<string, string | undefined> = process.env) {
  return (env.CMS_PUBLIC_URL || `http://localhost:${env.CMS_PORT || 3000}`).replace(/\/$/, '')
}

export function herinneringBericht({
  organisatie,
  namen,
  items,
  link,
}: {
  organisatie: string
  namen: string[]
  items: { titel: string; datum: string | null | undefined; stand: string }[]
  link: string
}) {
  const onderwerp = `Klopt uw aanbod op de Sociale Kaart nog? (${items.length} om na te kijken)`
  const regels = items.map(
    (i) => `- ${i.titel} (laatst nagekeken: ${datum(i.datum)}; ${labelOf(versheidStatussen, i.stand as any).toLowerCase()})`,
  )
  const tekst = [
    `Beste ${namen.join(' en ')},`,
    '',
    `Op de Sociale Kaart Twenterand staat aanbod van ${organisatie}. Inwoners rekenen erop dat het klopt.`,
    `Dit aanbod is langer dan een half jaar niet nagekeken:`,
    '',
    ...regels,
    '',
    'Klopt alles nog? Log in en klik bij elk aanbod op "Klopt nog". Dat is één klik per aanbod:',
    link,
    '',
    'Is er iets veranderd? Pas het dan aan. Is iets gestopt? Zet de status op "Gestopt".',
    '',
    'Met vriendelijke groet,',
    'Meldpunt Eenzaamheid Twenterand',
  ].join('\n')
  const html = `<p>Beste ${escapeHtml(namen.join(' en '))},</p>
<p>Op de Sociale Kaart Twenterand staat aanbod van ${escapeHtml(organisatie)}. Inwoners rekenen erop dat het klopt. Dit aanbod is langer dan een half jaar niet nagekeken:</p>
<ul>${regels.map((r) => `<li>${escapeHtml(r.slice(2))}</li>`).join('')}</ul>
<p>Klopt alles nog? <a href="${escapeHtml(link)}">Log in en klik bij elk aanbod op "Klopt nog"</a>. Dat is één klik per aanbod.</p>
<p>Is er iets veranderd? Pas het dan aan. Is iets gestopt? Zet de status op "Gestopt".</p>
<p>Met vriendelijke groet,<br>Meldpunt Eenzaamheid Twenterand</p>`
  return { onderwerp, tekst, html }
}

export async function stuurHerinneringen(
  payload: Payload,
  { now = new Date(), link = `${adminUrl()}/admin` } = {},
): Promise<HerinneringResultaat> {
  const result: HerinneringResultaat = { verstuurd: [], overgeslagen: [] }
  const { docs: aanbod } = await payload.find({
    collection: 'aanbod',
    where: { and: [{ _status: { equals: 'published' } }, { status: { not_equals: 'gestopt' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'titel',
  })
  const perOrganisatie = new Map<string, typeof aanbod>()
  for (const a of aanbod) {
    if (versheid(a.laatstGecontroleerd?.datum, now) === 'actueel') continue
    const key = String(typeof a.organisatie === 'object' ? a.organisatie.id : a.organisatie)
    perOrganisatie.set(key, [...(perOrganisatie.get(key) ?? []), a])
  }
  const since = new Date(now.getTime() - HERINNERING_INTERVAL_DAGEN * 86400000).toISOString()
  for (const [orgId, items] of perOrganisatie) {
    const org = await payload.findByID({ collection: 'organisaties', id: orgId, depth: 0, overrideAccess: true })
    const recent = await payload.count({
      collection: 'herinneringen',
      where: { and: [{ organisatie: { equals: org.id } }, { verstuurdOp: { greater_than: since } }] },
      overrideAccess: true,
    })
    if (recent.totalDocs > 0) {
      result.overgeslagen.push({ organisatie: org.naam, reden: 'recent-herinnerd' })
      continue
    }
    const contacten = (org.contactpersonen ?? []).filter((c) => c.email)
    if (!contacten.length) {
      result.overgeslagen.push({ organisatie: org.naam, reden: 'geen-contactpersoon' })
      continue
    }
    const bericht = herinneringBericht({
      organisatie: org.naam,
      namen: contacten.map((c) => c.naam),
      items: items.map((a) => ({
        titel: a.titel,
        datum: a.laatstGecontroleerd?.datum,
        stand: versheid(a.laatstGecontroleerd?.datum, now),
      })),
      link,
    })
    const aan = contacten.map((c) => c.email)
    await payload.sendEmail({ to: aan, subject: bericht.onderwerp, text: bericht.tekst, html: bericht.html })
    await payload.create({
      collection: 'herinneringen',
      overrideAccess: true,
      data: {
        organisatie: org.id,
        verstuurdOp: now.toISOString(),
        aan: aan.join(', '),
        onderwerp: bericht.onderwerp,
        aanbod: items.map((a) => a.id),
        aantal: items.length,
      },
    })
    result.verstuurd.push({ organisatie: org.naam, aan, aanbod: items.map((a) => a.slug) })
  }
  return result
}

/** The daily job in Payload's jobs queue (queue "dagelijks", 07:00). Also run on demand by `npm run reminders`. */
export const herinneringenTask = {
  slug: 'herinneringen',
  label: 'Herinneringen om aanbod na te kijken',
  retries: 2,
  schedule: [{ cron: '0 0 7 * * *', queue: 'dagelijks' }],
  outputSchema: [
    { name: 'verstuurd', type: 'number' },
    { name: 'overgeslagen', type: 'number' },
  ],
  handler: async ({ req }) => {
    const r = await stuurHerinneringen(req.payload)
    req.payload.logger.info(`Herinneringen: ${r.verstuurd.length} verstuurd, ${r.overgeslagen.length} overgeslagen.`)
    return { output: { verstuurd: r.verstuurd.length, overgeslagen: r.overgeslagen.length } }
  },
} as TaskConfig<any>
