/**
 * A new melding from the website tells the Meldpunt: one e-mail to each meldpunt account, with ONLY the melding's
 * number and a link to it in the admin. Never its content (kern, text, names, contact details): an e-mail passes
 * servers outside our control and stays in mailboxes; the worker reads the melding behind the login.
 *
 * The e-mail goes after the melding is saved and apart from it: a failing mail server never loses a melding (the
 * failure is logged, without content). Staff who enter a phone or walk-in melding know about it already: no e-mail.
 */
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { escapeHtml } from '../../email'
import { adminUrl } from '../../jobs/herinneringen'

/** Sends still under way (the server does not wait for them; a test or script can). */
const bezig = new Set<Promise<void>>()

/** Resolves when every notification e-mail started so far has been sent or has failed. */
export async function meldingMailsKlaar(): Promise<void> {
  while (bezig.size) await Promise.allSettled([...bezig])
}

export const meldingLink = (id: number | string, env: Record<string, string | undefined> = process.env) =>
  `${adminUrl(env)}/admin/collections/meldingen/${encodeURIComponent(String(id))}`

/** The message: the number and the link, nothing else about the melding. */
export function meldingBericht(nummer: string, link: string) {
  const onderwerp = `Nieuwe melding ${nummer} via de website`
  const tekst = [
    'Er is een nieuwe melding binnengekomen via het meldformulier op de website.',
    '',
    `Meldingnummer: ${nummer}`,
    '',
    'Log in om de melding te lezen:',
    link,
    '',
    'In deze e-mail staat bewust niets over de melding zelf.',
  ].join('\n')
  const html = `<p>Er is een nieuwe melding binnengekomen via het meldformulier op de website.</p>
<p>Meldingnummer: <strong>${escapeHtml(nummer)}</strong></p>
<p><a href="${escapeHtml(link)}">Log in om de melding te lezen</a></p>
<p>In deze e-mail staat bewust niets over de melding zelf.</p>`
  return { onderwerp, tekst, html }
}

async function stuurMeldingMails(payload: Payload, id: number | string, nummer: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { rol: { equals: 'meldpunt' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  if (!docs.length) {
    payload.logger.warn(`Melding ${nummer}: er is geen account met de rol meldpunt; niemand kreeg een e-mail.`)
    return
  }
  const { onderwerp, tekst, html } = meldingBericht(nummer, meldingLink(id))
  for (const user of docs) {
    try {
      // One e-mail per account: the addresses of colleagues are not shared.
      await payload.sendEmail({ to: user.email, subject: onderwerp, text: tekst, html })
    } catch (err) {
      // Without the message or the address: only that it failed, and the kind of error.
      const soort = (err as { code?: string; name?: string })?.code ?? (err as Error)?.name ?? 'onbekend'
      payload.logger.error(`Melding ${nummer}: de e-mail aan een meldpunt-account is niet verstuurd (${soort}).`)
    }
  }
}

/** afterChange of meldingen: a new website melding starts the e-mails, without waiting for them. */
export const nieuweMeldingMelden: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.kanaal !== 'website') return doc
  const { payload } = req
  const verstuur: Promise<void> = stuurMeldingMails(payload, doc.id, doc.nummer)
    .catch((err) => {
      const soort = (err as { code?: string; name?: string })?.code ?? (err as Error)?.name ?? 'onbekend'
      payload.logger.error(`Melding ${doc.nummer}: de e-mail aan het Meldpunt is niet verstuurd (${soort}).`)
    })
    .finally(() => bezig.delete(verstuur))
  bezig.add(verstuur)
  return doc
}
