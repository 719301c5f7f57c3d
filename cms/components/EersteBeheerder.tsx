/**
 * The admin's "first user" screen. In demo mode Payload's own form; in a real installation (DEMO_MODE off) nobody
 * claims the installation from the browser: the operator makes the first beheerder on the server.
 */
import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'
import { isDemoMode } from '../demo'

export function EersteBeheerder(props: AdminViewServerProps) {
  if (isDemoMode()) return <CreateFirstUserView {...(props as any)} />
  return (
    <div className="create-first-user">
      <h1>Er is nog geen beheerder</h1>
      <p>Deze installatie heeft nog geen accounts. De eerste beheerder maakt u niet hier aan, maar op de server, met het commando:</p>
      <pre>npm run beheerder -- --email uw.adres@gemeente.nl --naam &quot;Uw Naam&quot;</pre>
      <p>
        Het commando toont een link die één keer werkt. Open die link, kies een wachtwoord van minstens 12 tekens en log daarna hier in.
      </p>
    </div>
  )
}
