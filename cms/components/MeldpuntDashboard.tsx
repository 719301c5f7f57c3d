/**
 * Above the admin dashboard, for those with access to meldingen (the meldpunt role; a beheerder only when the operator
 * allows it): new meldingen, the worker's own open ones, and those waiting longer than the promised answer time.
 * Each row shows only number, status, kern and date: no personal fields (a screen can be seen by others).
 * The lists are read as the user, through the normal access rules, so the access log records them.
 */
import { subBusinessDays } from 'date-fns'
import Link from 'next/link'
import type { ServerProps, Where } from 'payload'
import { datumLang, labelOf, MELDING_EINDSTATUSSEN, meldingStatussen } from '../../content-schema'
import { hasMeldingToegang } from '../access'
import { meldpuntAfspraken } from '../globals/meldpunt-afspraken'

/**
 * The moment before which a melding without first contact waits too long: `werkdagen` working days (Monday to
 * Friday) before `nu`. Public holidays (Koningsdag, Kerst, Pasen, …) are not counted as days off: on such days a
 * melding shows as late a day early.
 */
export const antwoordGrens = (nu: Date, werkdagen: number): Date => subBusinessDays(nu, werkdagen)

interface Rij {
  id: number | string
  nummer?: string | null
  status: string
  kern?: { naam?: string } | number | string | null
  ontvangenOp?: string | null
}

const open: Where = { status: { not_in: [...MELDING_EINDSTATUSSEN] } }

function Lijst({ id, titel, leeg, rijen }: { id: string; titel: string; leeg: string; rijen: Rij[] }) {
  return (
    <div className="skt-meldpunt-lijst">
      <h3 id={id}>
        {titel} ({rijen.length})
      </h3>
      {rijen.length === 0 ? (
        <p>{leeg}</p>
      ) : (
        <table className="skt-table">
          <caption className="skt-visually-hidden">{titel}</caption>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Status</th>
              <th scope="col">Kern</th>
              <th scope="col">Ontvangen</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/admin/collections/meldingen/${r.id}`}>{r.nummer ?? `Melding ${r.id}`}</Link>
                </th>
                <td>{labelOf(meldingStatussen, r.status as any)}</td>
                <td>{r.kern && typeof r.kern === 'object' ? r.kern.naam : 'Onbekend'}</td>
                <td>{r.ontvangenOp ? datumLang(r.ontvangenOp) : 'Onbekend'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

export async function MeldpuntDashboard({ payload, user }: ServerProps) {
  if (!user || !hasMeldingToegang(user as any)) return null
  const afspraken = await meldpuntAfspraken(payload)
  const grens = antwoordGrens(new Date(), afspraken.antwoordBinnenWerkdagen)
  const lijst = async (where: Where): Promise<Rij[]> =>
    (
      await payload.find({
        collection: 'meldingen',
        where,
        sort: 'ontvangenOp',
        limit: 50,
        depth: 1,
        // Only what the lists show: no personal field is read at all.
        select: { nummer: true, status: true, kern: true, ontvangenOp: true },
        populate: { kernen: { naam: true } },
        overrideAccess: false,
        user,
      })
    ).docs as Rij[]
  const [nieuw, mijn, teLang] = await Promise.all([
    lijst({ status: { equals: 'nieuw' } }),
    lijst({ and: [{ medewerker: { equals: user.id } }, open] }),
    lijst({ and: [open, { eersteContactOp: { exists: false } }, { ontvangenOp: { less_than: grens.toISOString() } }] }),
  ])
  const { antwoordBinnenWerkdagen: dagen, bewaartermijnMaanden: maanden } = afspraken
  return (
    <section className="skt-dashboard skt-meldpunt" aria-labelledby="skt-meldpunt">
      <h2 id="skt-meldpunt">Meldingen bij het Meldpunt</h2>
      <p>
        Wij beloven melders antwoord binnen {dagen} {dagen === 1 ? 'werkdag' : 'werkdagen'}. Contactgegevens, tekst en notities van een
        melding wist het systeem {maanden} {maanden === 1 ? 'maand' : 'maanden'} na het afsluiten. Moet dit anders? Een beheerder of
        redacteur past het aan bij Meldpunt Eenzaamheid.
      </p>
      <Lijst id="skt-meldpunt-nieuw" titel="Nieuwe meldingen" leeg="Er zijn geen nieuwe meldingen." rijen={nieuw} />
      <Lijst id="skt-meldpunt-mijn" titel="Mijn meldingen" leeg="U heeft geen open meldingen." rijen={mijn} />
      <Lijst id="skt-meldpunt-te-lang" titel="Wachten te lang op antwoord" leeg="Geen melding wacht te lang. Goed zo!" rijen={teLang} />
      <p className="skt-uitleg">
        Wachten te lang: nog geen eerste contact, en langer dan {dagen} {dagen === 1 ? 'werkdag' : 'werkdagen'} geleden ontvangen
        (feestdagen tellen mee als werkdag). <Link href="/admin/collections/meldingen">Alle meldingen</Link>
      </p>
    </section>
  )
}
