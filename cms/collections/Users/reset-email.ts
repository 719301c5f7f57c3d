/** The e-mail with the link to choose a new password (Payload's forgot-password), in Dutch. */
import type { PayloadRequest } from 'payload'
import { escapeHtml } from '../../email'

/** The admin's reset page for a token: CMS_PUBLIC_URL (the config's serverURL) + /admin/reset/<token>. */
export function resetLink(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  const base = (config.serverURL || req.origin || '').replace(/\/$/, '')
  return `${base}${config.routes.admin}${config.admin.routes.reset}/${token}`
}

export const resetEmailSubject = () => 'Nieuw wachtwoord voor de Sociale Kaart Twenterand'

export const resetEmailHTML = ({ req, token, user }: { req?: PayloadRequest; token?: string; user?: any } = {}) => {
  const link = escapeHtml(resetLink(req!, token!))
  const naam = user?.naam ? escapeHtml(String(user.naam)) : ''
  return `<!doctype html>
<html lang="nl"><body>
<p>Beste${naam ? ` ${naam}` : ''},</p>
<p>U (of iemand anders) heeft gevraagd om een nieuw wachtwoord voor uw account op de Sociale Kaart Twenterand.
Kies een nieuw wachtwoord via deze link. De link werkt één keer en één uur lang.</p>
<p><a href="${link}">${link}</a></p>
<p>Heeft u dit niet gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.</p>
</body></html>`
}
