/**
 * Reminders: each organisation whose aanbod needs a check (older than 6 months) gets an e-mail to each of its
 * contactpersonen with the list, a "Klopt nog" link per item and one for all (cms/klopt-nog-link.ts), at most once per
 * 14 days; every reminder sent is recorded (one record per organisation).
 */
import type { Payload, TaskConfig } from 'payload'
import { datumLang, labelOf, versheid, versheidStatussen } from '../../content-schema'
import { escapeHtml } from '../email'
import { kloptNogUrl, linkGeldigDagen, maakKloptNogLink, ruimVerlopenLinksOp } from '../klopt-nog-link'

export const HERINNERING_INTERVAL_DAGEN = 14

export interface HerinneringResultaat {
  verstuurd: { organisatie: string; aan: string[]; aanbod: string[] }[]
  overgeslagen: { organisatie: string; reden: 'recent-herinnerd' | 'geen-contactpersoon' }[]
}

const datum = (iso: string | null | undefined) => (iso ? datumLang(iso) : 'nog nooit')

export function adminUrl(env: Record<string, string | undefined> = process.env) {
  return (env.CMS_PUBLIC_URL || `http://localhost:${env.CMS_PORT || 3000}`).replace(/\/$/, '')
}

export interface HerinneringItem {
  titel: string
  datum: string | null | undefined
  stand: string
  /** Confirms this item only (no login). */
  kloptNogLink: string
  /** Its edit page in the admin (after login). */
  wijzigLink: string
}

/** The reminder to one contactpersoon: every item with its own "Klopt nog" link, one link for all, and the admin. */
export function herinneringBericht({
  organisatie,
  naam,
  items,
  allesLink,
  inlogLink,
  geldigDagen,
}: {
  organisatie: string
  naam: string
  items: HerinneringItem[]
  allesLink: string
  inlogLink: string
  geldigDagen: number
}) {
  const onderwerp = `Klopt uw aanbod op de Sociale Kaart nog? (${items.length} om na te kijken)`
  const beschrijving = (i: HerinneringItem) =>
    `${i.titel} (laatst nagekeken: ${datum(i.datum)}; ${labelOf(versheidStatussen, i.stand as any).toLowerCase()})`
  const tekst = [
    `Beste ${naam},`,
    '',
    `Op de Sociale Kaart Twenterand staat aanbod van ${organisatie}. Inwoners rekenen erop dat het klopt.`,
    `Dit aanbod is langer dan een half jaar niet nagekeken:`,
    '',
    ...items.flatMap((i) => [`- ${beschrijving(i)}`, `  Klopt nog: ${i.kloptNogLink}`, `  Er is iets veranderd: ${i.wijzigLink}`, '']),
    `Klopt alles nog? Bevestig alles in één keer (${items.length === 1 ? 'dit aanbod' : `alle ${items.length}`}):`,
    allesLink,
    '',
    `Om te bevestigen hoeft u niet in te loggen. U ziet eerst een pagina met een knop. Elke link werkt één keer, en ${geldigDagen} dagen lang.`,
    'Is er iets veranderd? Log dan in en pas het aan. Is iets gestopt? Zet de status op "Gestopt".',
    `Inloggen: ${inlogLink}`,
    '',
    'Met vriendelijke groet,',
    'Meldpunt Eenzaamheid Twenterand',
  ].join('\n')
  const a = (href: string, tekst: string) => `<a href="${escapeHtml(href)}">${escapeHtml(tekst)}</a>`
  const html = `<p>Beste ${escapeHtml(naam)},</p>
<p>Op de Sociale Kaart Twenterand staat aanbod van ${escapeHtml(organisatie)}. Inwoners rekenen erop dat het klopt. Dit aanbod is langer dan een half jaar niet nagekeken:</p>
<ul>${items
    .map(
      (i) =>
        `<li>${escapeHtml(beschrijving(i))}<br>${a(i.kloptNogLink, `Klopt nog: ${i.titel}`)} · ${a(i.wijzigLink, `Er is iets veranderd: ${i.titel}`)}</li>`,
    )
    .join('')}</ul>
<p>Klopt alles nog? ${a(allesLink, 'Alles klopt nog')}</p>
<p>Om te bevestigen hoeft u niet in te loggen. U ziet eerst een pagina met een knop. Elke link werkt één keer, en ${geldigDagen} dagen lang.</p>
<p>Is er iets veranderd? Log dan in en pas het aan. Is iets gestopt? Zet de status op "Gestopt". ${a(inlogLink, 'Inloggen')}</p>
<p>Met vriendelijke groet,<br>Meldpunt Eenzaamheid Twenterand</p>`
  return { onderwerp, tekst, html }
}

/**
 * Send the reminders due at `now`. `basis`: the CMS's public address, for the links. Each contactpersoon gets an
 * e-mail of their own, with links of their own (cms/klopt-nog-link.ts: bound to that contact).
 */
export async function stuurHerinneringen(
  payload: Payload,
  { now = new Date(), basis = adminUrl() }: { now?: Date; basis?: string } = {},
): Promise<HerinneringResultaat> {
  const result: HerinneringResultaat = { verstuurd: [], overgeslagen: [] }
  const geldigDagen = await linkGeldigDagen(payload)
  const verlooptOp = new Date(now.getTime() + geldigDagen * 86400000)
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
    let onderwerp = ''
    for (const c of contacten) {
      const contact = { naam: c.naam, email: c.email! }
      const link = async (ids: (number | string)[]) =>
        kloptNogUrl(basis, await maakKloptNogLink(payload, { organisatie: org.id, aanbod: ids, contact, verlooptOp }))
      const regels: HerinneringItem[] = []
      for (const a of items) {
        regels.push({
          titel: a.titel,
          datum: a.laatstGecontroleerd?.datum,
          stand: versheid(a.laatstGecontroleerd?.datum, now),
          kloptNogLink: await link([a.id]),
          wijzigLink: `${basis}/admin/collections/aanbod/${a.id}`,
        })
      }
      const bericht = herinneringBericht({
        organisatie: org.naam,
        naam: contact.naam,
        items: regels,
        allesLink: await link(items.map((a) => a.id)),
        inlogLink: `${basis}/admin`,
        geldigDagen,
      })
      onderwerp = bericht.onderwerp
      await payload.sendEmail({ to: contact.email, subject: bericht.onderwerp, text: bericht.tekst, html: bericht.html })
    }
    const aan = contacten.map((c) => c.email!)
    await payload.create({
      collection: 'herinneringen',
      overrideAccess: true,
      data: {
        organisatie: org.id,
        verstuurdOp: now.toISOString(),
        aan: aan.join(', '),
        onderwerp,
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
    const opgeruimd = await ruimVerlopenLinksOp(req.payload)
    req.payload.logger.info(
      `Herinneringen: ${r.verstuurd.length} verstuurd, ${r.overgeslagen.length} overgeslagen; ${opgeruimd} verlopen links opgeruimd.`,
    )
    return { output: { verstuurd: r.verstuurd.length, overgeslagen: r.overgeslagen.length } }
  },
} as TaskConfig<any>
