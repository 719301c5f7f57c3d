/**
 * /admin/monitoring (issue 23): the Meldpunt's figures for a period, for the meldpunt role and the redacteur (a
 * beheerder only with MELDPUNT_BEHEERDER_TOEGANG; partners get nothing). Everything on it is a group figure
 * (content-schema/monitoring.ts, with the small-number rule); one line in the access log per view. A plain GET form
 * for the period, the CSV of the same tables, and print CSS (A4) for "Afdrukken / opslaan als PDF".
 */
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, ServerProps } from 'payload'
import { cijferTekst, MIN_GROEP, SCHAAL_UITLEG, type Tabel, tijdstipLang } from '../../content-schema'
import { magMonitoring } from '../access'
import { monitoringVoor, periodeTekst, periodeUit } from '../monitoring'
import { BeheerPagina } from './BeheerPagina'

function MonitoringTabel({ tabel }: { tabel: Tabel }) {
  const rijen = [...tabel.rijen, ...(tabel.totaal ? [tabel.totaal] : [])]
  return (
    <section className="skt-monitoring__tabel" aria-labelledby={`skt-monitoring-${tabel.id}`}>
      <h2 id={`skt-monitoring-${tabel.id}`}>{tabel.titel}</h2>
      <p className="skt-uitleg">{tabel.uitleg}</p>
      {rijen.length === 0 ? (
        <p>Geen gegevens in deze periode.</p>
      ) : (
        <table className="skt-table skt-monitoring" data-tabel={tabel.id}>
          <caption>
            {tabel.titel} (n = {cijferTekst(tabel.n, 'aantal')} {tabel.nWat})
          </caption>
          <thead>
            <tr>
              <th scope="col">{tabel.rijKop}</th>
              {tabel.kolommen.map((k) => (
                <th scope="col" key={k.kop}>
                  {k.kop}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr
                key={`${r === tabel.totaal ? 'totaal' : 'rij'}:${r.label}`}
                className={r === tabel.totaal ? 'skt-monitoring__totaal' : undefined}
              >
                <th scope="row">{r.label}</th>
                {r.waarden.map((w, j) => (
                  <td key={tabel.kolommen[j]!.kop}>{cijferTekst(w, tabel.kolommen[j]!.soort)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** On the dashboards: a link to the page (for those who may see it). */
export function MonitoringLink({ user }: Pick<ServerProps, 'user'>) {
  if (!magMonitoring(user as any)) return null
  return (
    <p className="skt-monitoring-link">
      <Link href="/admin/monitoring">Het Meldpunt in cijfers: monitoring en jaarevaluatie</Link>
    </p>
  )
}

export async function MonitoringPagina(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  const user = req.user as ServerProps['user']
  const mag = magMonitoring(user as any)
  const zoek = new URLSearchParams(
    Object.entries(searchParams ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) ? [[k, v[0] ?? '']] : [])),
  )
  const periode = periodeUit(zoek)
  const tabellen = mag ? await monitoringVoor(req, periode, 'lijst') : []
  return (
    <BeheerPagina props={props} className="skt-monitoring-pagina">
      <h1>Het Meldpunt in cijfers</h1>
      {mag ? (
        <>
          <p>
            Meldpunt Eenzaamheid Twenterand. Meldingen die binnenkwamen van {periodeTekst(periode)}. Gemaakt op{' '}
            {tijdstipLang(new Date().toISOString())}.
          </p>
          <form method="get" action={`${req.payload.config.routes.admin}/monitoring`} className="skt-monitoring__periode">
            <div>
              <label htmlFor="skt-monitoring-van">Van</label>
              <input id="skt-monitoring-van" name="van" type="date" defaultValue={periode.van} />
            </div>
            <div>
              <label htmlFor="skt-monitoring-tot">Tot en met</label>
              <input id="skt-monitoring-tot" name="tot" type="date" defaultValue={periode.tot} />
            </div>
            <button type="submit" className="btn btn--style-primary btn--size-medium">
              Toon deze periode
            </button>
          </form>
          <p className="skt-monitoring__acties">
            <a href={`/api/monitoring/csv?van=${periode.van}&tot=${periode.tot}`} download>
              Download deze tabellen als CSV (voor Excel)
            </a>
            . Afdrukken of een PDF maken: kies Afdrukken in uw browser (Ctrl+P) en dan Opslaan als PDF.
          </p>
          <div className="skt-uitleg">
            <p>
              Alle cijfers gaan over groepen. Een cijfer over minder dan {MIN_GROEP} meldingen of mensen tonen we niet: er staat "minder dan{' '}
              {MIN_GROEP}". Soms staat er ook bij een groter aantal "niet getoond". Anders kunt u een klein aantal uitrekenen uit het
              totaal.
            </p>
          </div>
          {tabellen.map((t) => (
            <MonitoringTabel key={t.id} tabel={t} />
          ))}
          <section aria-labelledby="skt-monitoring-schaal" className="skt-monitoring__schaal">
            <h2 id="skt-monitoring-schaal">Wat de eenzaamheidsschaal wel en niet laat zien</h2>
            {SCHAAL_UITLEG.map((z) => (
              <p key={z}>{z}</p>
            ))}
          </section>
        </>
      ) : (
        <p>Deze pagina is voor het Meldpunt en de redactie.</p>
      )}
    </BeheerPagina>
  )
}
