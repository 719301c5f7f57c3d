/**
 * Above the admin dashboard, for those with access to meldingen (the meldpunt role; a beheerder only when the operator
 * allows it): new meldingen, the worker's own open ones, those waiting longer than the promised answer time, and the
 * end-measurement reminders (cms/collections/Metingen/eindmeting.ts).
 * Each row shows only number, status, kern and date: no personal fields (a screen can be seen by others).
 * The lists are read as the user, through the normal access rules, so the access log records them.
 */
import { subBusinessDays } from 'date-fns'
import Link from 'next/link'
import type { ServerProps, Where } from 'payload'
import { datumLang, labelOf, MELDING_EINDSTATUSSEN, meldingStatussen } from '../../content-schema'
import { hasMeldingToegang } from '../access'
import { afgeslotenZonderEindmeting, eindmetingNaMaanden, eindmetingNodig } from '../collections/Metingen/eindmeting'
import { meldpuntAfspraken } from '../globals/meldpunt-afspraken'
import { MonitoringLink } from './Monitoring'

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
  startmetingOp?: string | null
}

/** The date column of a list: when the melding came in, or when its start measurement was. */
type DatumKolom = { kop: string; veld: 'ontvangenOp' | 'startmetingOp' }
const ONTVANGEN: DatumKolom = { kop: 'Ontvangen', veld: 'ontvangenOp' }
const STARTMETING: DatumKolom = { kop: 'Startmeting', veld: 'startmetingOp' }

const open: Where = { status: { not_in: [...MELDING_EINDSTATUSSEN] } }

function Lijst({
  id,
  titel,
  leeg,
  rijen,
  datum = ONTVANGEN,
}: {
  id: string
  titel: string
  leeg: string
  rijen: Rij[]
  datum?: DatumKolom
}) {
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
              <th scope="col">{datum.kop}</th>
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
                <td>{r[datum.veld] ? datumLang(r[datum.veld]!) : 'Onbekend'}</td>
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
  const [afspraken, eindNa] = await Promise.all([meldpuntAfspraken(payload), eindmetingNaMaanden(payload)])
  const nu = new Date()
  const grens = antwoordGrens(nu, afspraken.antwoordBinnenWerkdagen)
  const lijst = async (where: Where, sort = 'ontvangenOp'): Promise<Rij[]> =>
    (
      await payload.find({
        collection: 'meldingen',
        where,
        sort,
        limit: 50,
        depth: 1,
        // Only what the lists show: no personal field is read at all.
        select: { nummer: true, status: true, kern: true, ontvangenOp: true, startmetingOp: true },
        populate: { kernen: { naam: true } },
        overrideAccess: false,
        user,
      })
    ).docs as Rij[]
  const [nieuw, mijn, teLang, eindNodig, zonderEind] = await Promise.all([
    lijst({ status: { equals: 'nieuw' } }),
    lijst({ and: [{ medewerker: { equals: user.id } }, open] }),
    lijst({ and: [open, { eersteContactOp: { exists: false } }, { ontvangenOp: { less_than: grens.toISOString() } }] }),
    lijst(eindmetingNodig(nu, eindNa), 'startmetingOp'),
    lijst(afgeslotenZonderEindmeting, 'startmetingOp'),
  ])
  const { antwoordBinnenWerkdagen: dagen, bewaartermijnMaanden: maanden } = afspraken
  return (
    <section className="skt-dashboard skt-meldpunt" aria-labelledby="skt-meldpunt">
      <h2 id="skt-meldpunt">Meldingen bij het Meldpunt</h2>
      <MonitoringLink user={user} />
      <p>
        Wij beloven melders antwoord binnen {dagen} {dagen === 1 ? 'werkdag' : 'werkdagen'}. Contactgegevens, tekst en notities van een
        melding wist het systeem {maanden} {maanden === 1 ? 'maand' : 'maanden'} na het afsluiten. Moet dit anders? Een beheerder of
        redacteur past het aan bij Meldpunt Eenzaamheid.
      </p>
      <Lijst id="skt-meldpunt-nieuw" titel="Nieuwe meldingen" leeg="Er zijn geen nieuwe meldingen." rijen={nieuw} />
      <Lijst id="skt-meldpunt-mijn" titel="Mijn meldingen" leeg="U heeft geen open meldingen." rijen={mijn} />
      <Lijst id="skt-meldpunt-te-lang" titel="Wachten te lang op antwoord" leeg="Geen melding wacht te lang. Goed zo!" rijen={teLang} />
      <Lijst
        id="skt-meldpunt-eindmeting"
        titel="Eindmeting nodig"
        leeg="Geen melding wacht op een eindmeting."
        rijen={eindNodig}
        datum={STARTMETING}
      />
      <Lijst
        id="skt-meldpunt-zonder-eindmeting"
        titel="Afgesloten zonder eindmeting"
        leeg="Elke afgesloten melding met een startmeting heeft ook een eindmeting."
        rijen={zonderEind}
        datum={STARTMETING}
      />
      <p className="skt-uitleg">
        Eindmeting nodig: de startmeting is {eindNa} {eindNa === 1 ? 'maand' : 'maanden'} of langer geleden en er is nog geen eindmeting.
        Doe de eindmeting ook als een melding wordt afgesloten. Open de melding en kies het tabblad Metingen.
      </p>
      <p className="skt-uitleg">
        Wachten te lang: nog geen eerste contact, en langer dan {dagen} {dagen === 1 ? 'werkdag' : 'werkdagen'} geleden ontvangen
        (feestdagen tellen mee als werkdag). <Link href="/admin/collections/meldingen">Alle meldingen</Link>
      </p>
    </section>
  )
}
