/**
 * The e-mails about suggestions (issue 24), never with the reporter's name or e-mail address to anyone but the
 * reporter, and never with anyone else's personal data to the reporter:
 * - the reporter who left an address hears that the suggestion was handled (meldMelderAfgehandeld, on the change of
 *   status);
 * - the partner's contactpersonen and accounts get a digest of new suggestions at most once a day
 *   (stuurSuggestieOverzichten, a daily job: cms/jobs/suggesties.ts).
 */
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { labelOf, type SuggestieStatus, suggestieSoorten } from '../../../content-schema'
import { escapeHtml, regelsBericht } from '../../email'
import { adminUrl } from '../../jobs/herinneringen'
import { zonderLogboek } from '../../logboek'

const idVan = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : (v as number | string))

/** The public name of the item (its title, or the organisatie's name). */
export async function itemNaam(payload: Payload, item: { relationTo: string; value: unknown }, req?: any): Promise<string> {
  try {
    const doc: any = await payload.findByID({
      collection: item.relationTo as any,
      id: idVan(item.value),
      depth: 0,
      overrideAccess: true,
      req,
    })
    return String(doc?.titel ?? doc?.naam ?? '')
  } catch {
    return ''
  }
}

const UITKOMST: Record<Exclude<SuggestieStatus, 'open'>, string> = {
  aangepast: 'De informatie op de kaart is aangepast.',
  'klopt-al': 'Wij hebben het nagekeken. De informatie op de kaart klopt al.',
  'geen-actie': 'Wij hebben het nagekeken. Er verandert niets op de kaart.',
}

/** The message to the reporter: which page, what came of it. Nothing about who handled it. */
export function melderBericht({ item, status }: { item: string; status: Exclude<SuggestieStatus, 'open'> }) {
  const onderwerp = 'Uw bericht aan de Sociale Kaart Twenterand is behandeld'
  const regels = [
    'Beste lezer,',
    '',
    `U liet ons weten dat er iets niet klopte${item ? ` bij "${item}"` : ''}. Dank u wel.`,
    UITKOMST[status],
    '',
    'Met vriendelijke groet,',
    'De redactie van de Sociale Kaart Twenterand',
  ]
  return regelsBericht(onderwerp, regels)
}

export const meldMelderAfgehandeld: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'open' || doc.status === 'open') return doc
  // The address is not in `doc` for a partner (field access): read it with the server's rights, only to send. Not
  // the user's read of it, so not in the log (cms/logboek.ts).
  const vol: any = await zonderLogboek(req, () =>
    req.payload.findByID({ collection: 'suggesties', id: doc.id, depth: 0, overrideAccess: true, req }),
  )
  if (!vol?.email) return doc
  const bericht = melderBericht({ item: await itemNaam(req.payload, vol.item, req), status: doc.status })
  try {
    await req.payload.sendEmail({ to: vol.email, subject: bericht.onderwerp, text: bericht.tekst, html: bericht.html })
  } catch {
    // Never the address in the log.
    req.payload.logger.error('Het bericht aan de melder van een suggestie is niet verstuurd')
  }
  return doc
}

export interface OverzichtResultaat {
  verstuurd: { organisatie: string; aan: string[]; suggesties: number }[]
}

/** The digest to one organisation: per item what is wrong and what it should be; a link to the dashboard. */
export function overzichtBericht({
  organisatie,
  regels,
  inlogLink,
}: {
  organisatie: string
  regels: { item: string; soort: string; juist: string }[]
  inlogLink: string
}) {
  const onderwerp = `Klopt er iets niet? ${regels.length} ${regels.length === 1 ? 'nieuwe suggestie' : 'nieuwe suggesties'} voor ${organisatie}`
  const tekst = [
    'Beste contactpersoon,',
    '',
    `Bezoekers van de Sociale Kaart Twenterand denken dat er iets niet klopt bij ${organisatie}:`,
    '',
    ...regels.flatMap((r) => [`- ${r.item}: ${r.soort.toLowerCase()}`, `  Wat het moet zijn: ${r.juist}`, '']),
    `Log in om ze te bekijken en af te handelen: ${inlogLink}`,
    '',
    'Met vriendelijke groet,',
    'De redactie van de Sociale Kaart Twenterand',
  ].join('\n')
  const html =
    `<p>Beste contactpersoon,</p><p>Bezoekers van de Sociale Kaart Twenterand denken dat er iets niet klopt bij ${escapeHtml(organisatie)}:</p>` +
    `<ul>${regels.map((r) => `<li>${escapeHtml(r.item)}: ${escapeHtml(r.soort.toLowerCase())}<br>Wat het moet zijn: ${escapeHtml(r.juist)}</li>`).join('')}</ul>` +
    `<p><a href="${escapeHtml(inlogLink)}">Log in om ze af te handelen</a></p><p>Met vriendelijke groet,<br>De redactie van de Sociale Kaart Twenterand</p>`
  return { onderwerp, tekst, html }
}

/**
 * The daily digest: each organisation with open suggestions not yet in a digest gets one e-mail per address (its
 * contactpersonen and its partner accounts), then those suggestions are marked (inOverzichtOp). Run at most once a
 * day by the job, so an organisation gets at most one digest a day.
 */
export async function stuurSuggestieOverzichten(
  payload: Payload,
  { nu = new Date(), basis = adminUrl() }: { nu?: Date; basis?: string } = {},
): Promise<OverzichtResultaat> {
  const resultaat: OverzichtResultaat = { verstuurd: [] }
  const { docs } = await payload.find({
    collection: 'suggesties',
    where: { and: [{ status: { equals: 'open' } }, { inOverzichtOp: { exists: false } }, { organisatie: { exists: true } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'createdAt',
  })
  const perOrganisatie = new Map<string, typeof docs>()
  for (const s of docs) {
    const key = String(idVan(s.organisatie))
    perOrganisatie.set(key, [...(perOrganisatie.get(key) ?? []), s])
  }
  for (const [orgId, lijst] of perOrganisatie) {
    const org = await payload.findByID({ collection: 'organisaties', id: orgId, depth: 0, overrideAccess: true })
    const { docs: accounts } = await payload.find({
      collection: 'users',
      where: { and: [{ rol: { equals: 'partner' } }, { organisaties: { in: [org.id] } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const aan = [
      ...new Set(
        [...(org.contactpersonen ?? []).map((c) => c.email), ...accounts.map((u) => u.email)]
          .filter((e): e is string => Boolean(e))
          .map((e) => e.toLowerCase()),
      ),
    ]
    if (aan.length) {
      const regels = []
      for (const s of lijst) {
        regels.push({ item: await itemNaam(payload, s.item as any), soort: labelOf(suggestieSoorten, s.soort), juist: s.juist })
      }
      const bericht = overzichtBericht({ organisatie: org.naam, regels, inlogLink: `${basis}/admin` })
      for (const to of aan) await payload.sendEmail({ to, subject: bericht.onderwerp, text: bericht.tekst, html: bericht.html })
      resultaat.verstuurd.push({ organisatie: org.naam, aan, suggesties: lijst.length })
    }
    for (const s of lijst) {
      await schrijfDirect(payload, s.id, { inOverzichtOp: nu.toISOString() })
    }
  }
  return resultaat
}

/**
 * A field the system sets, straight to the database (no access rules, hooks or e-mails): the whole suggestion is
 * written back, as Payload's own update does, with the changes.
 */
export async function schrijfDirect(payload: Payload, id: number | string, wijziging: Record<string, unknown>, req?: any) {
  const huidig = await payload.db.findOne({ collection: 'suggesties', where: { id: { equals: id } }, req })
  if (!huidig) return
  await payload.db.updateOne({ collection: 'suggesties', id, data: { ...huidig, ...wijziging }, req, returning: false } as any)
}
