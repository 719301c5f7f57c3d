/**
 * On a melding (tab Metingen): the person's measurements over time, with date, moment, scores and category, and a
 * button to add one with the melding's number filled in. Only with access to meldingen; the list is read as the
 * user, so the access log records it ("meting <id>"); a melding without metingen adds no line (a count is not
 * logged). The random link itself is never shown.
 */
import Link from 'next/link'
import type { ServerComponentProps, Where } from 'payload'
import { datumLang, labelOf, type MetingCategorie, type MetingMoment, metingCategorieen, metingMomenten } from '../../content-schema'
import { hasMeldingToegang } from '../access'

interface MetingRij {
  id: number | string
  moment: MetingMoment
  datum: string
  emotioneel?: number | null
  sociaal?: number | null
  totaal?: number | null
  categorie?: MetingCategorie | null
}

const getal = (n: number | null | undefined) => (n === null || n === undefined ? 'onbekend' : String(n))

export async function MetingenOverzicht({ data, id, payload, req }: ServerComponentProps) {
  const user = req?.user
  if (!user || !hasMeldingToegang(user as any)) return null
  if (!id) return <p className="field-description">Sla de melding eerst op. Daarna kunt u hier een meting toevoegen.</p>
  const koppeling = (data?.metingKoppeling as string | null | undefined) ?? null
  const where: Where = { koppeling: { equals: koppeling } }
  // A count reads nothing personal and is not logged: the list (which is) is read only when there is one.
  const aantal = koppeling ? (await payload.count({ collection: 'metingen', where, overrideAccess: false, user })).totalDocs : 0
  const metingen = aantal
    ? ((
        await payload.find({
          collection: 'metingen',
          where,
          sort: 'datum',
          limit: 100,
          depth: 0,
          select: { moment: true, datum: true, emotioneel: true, sociaal: true, totaal: true, categorie: true },
          overrideAccess: false,
          user,
        })
      ).docs as MetingRij[])
    : []
  const nummer = String(data?.nummer ?? '')
  return (
    <div className="field-type skt-metingen">
      {metingen.length === 0 ? (
        <p>Deze melding heeft nog geen metingen.</p>
      ) : (
        <table className="skt-table">
          <caption>Metingen van deze melding, de oudste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Moment</th>
              <th scope="col">Emotioneel (0-3)</th>
              <th scope="col">Sociaal (0-3)</th>
              <th scope="col">Totaal (0-6)</th>
              <th scope="col">Uitkomst</th>
            </tr>
          </thead>
          <tbody>
            {metingen.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link href={`/admin/collections/metingen/${m.id}`}>{datumLang(m.datum)}</Link>
                </th>
                <td>{labelOf(metingMomenten, m.moment)}</td>
                <td>{getal(m.emotioneel)}</td>
                <td>{getal(m.sociaal)}</td>
                <td>{getal(m.totaal)}</td>
                <td>{m.categorie ? labelOf(metingCategorieen, m.categorie) : 'Geen uitkomst: meer dan één vraag niet beantwoord'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nummer ? (
        <p>
          <Link
            className="btn btn--style-secondary btn--size-small btn--withoutPopup"
            href={`/admin/collections/metingen/create?melding=${encodeURIComponent(nummer)}`}
          >
            Meting toevoegen
          </Link>
        </p>
      ) : null}
      <p className="skt-uitleg">
        Onbekend: een van de vragen is niet beantwoord. De schaal is om groepen te volgen. Het is geen oordeel over één persoon: vertel de
        persoon de uitkomst niet als oordeel.
      </p>
    </div>
  )
}
