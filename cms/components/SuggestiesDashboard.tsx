/**
 * Above the admin dashboard: "Klopt er iets niet?" suggestions (issue 24). A partner sees the open suggestions on its
 * own organisaties' items (read with its own rights: the collection's access rules), staff all open ones and, apart,
 * those open longer than SUGGESTIE_AFSPRAKEN.openTeLangDagen days. Each is handled with one button in a plain HTML
 * form (POST /api/suggesties/:id/afhandelen, cms/collections/Suggesties/afhandelen.ts), no JavaScript needed:
 * "Aangepast" (then the item opens to edit), "Klopt al", or "Geen actie" with a reason. No reporter's details here.
 */
import Link from 'next/link'
import type { ServerProps } from 'payload'
import { datumLang, labelOf, SUGGESTIE_AFSPRAKEN, suggestieSoorten } from '../../content-schema'
import { isPartner, isStaff } from '../access'

interface Rij {
  id: number | string
  itemNaam: string
  itemLink: string
  soort: string
  juist: string
  datum: string
}

const DAG = 86_400_000

function SuggestieRij({ r, fout }: { r: Rij; fout: boolean }) {
  const redenId = `suggestie-${r.id}-reden`
  const foutId = `${redenId}-fout`
  return (
    <li id={`suggestie-${r.id}`} className="skt-suggestie">
      <p>
        <strong>
          <Link href={r.itemLink}>{r.itemNaam}</Link>
        </strong>{' '}
        · {labelOf(suggestieSoorten, r.soort as any)} · gemeld op {datumLang(r.datum)}
      </p>
      <p>Wat het moet zijn: {r.juist}</p>
      <form method="post" action={`/api/suggesties/${r.id}/afhandelen`} className="skt-suggestie__acties">
        <button type="submit" name="actie" value="aangepast" className="btn btn--style-primary btn--size-small">
          Aangepast<span className="skt-visually-hidden">: {r.itemNaam}</span>
        </button>{' '}
        <button type="submit" name="actie" value="klopt-al" className="btn btn--style-secondary btn--size-small">
          Klopt al<span className="skt-visually-hidden">: {r.itemNaam}</span>
        </button>
        <div className="skt-suggestie__reden">
          <label htmlFor={redenId}>Geen actie? Vul de reden in</label>
          {fout && (
            <p id={foutId} className="skt-klopt-nog__fout">
              Vul de reden in waarom u niets doet
            </p>
          )}
          <input
            type="text"
            id={redenId}
            name="reden"
            maxLength={500}
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? foutId : undefined}
          />{' '}
          <button type="submit" name="actie" value="geen-actie" className="btn btn--style-secondary btn--size-small">
            Geen actie<span className="skt-visually-hidden">: {r.itemNaam}</span>
          </button>
        </div>
      </form>
    </li>
  )
}

export async function SuggestiesDashboard({ payload, user, searchParams }: ServerProps) {
  if (!user || (!isPartner(user as any) && !isStaff(user as any))) return null
  const { docs } = await payload.find({
    collection: 'suggesties',
    where: { status: { equals: 'open' } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user,
    // Not the reporter's name or e-mail: the dashboard does not show them, so this is no read of them (cms/logboek.ts).
    select: { item: true, soort: true, juist: true, createdAt: true },
  })
  const rijen: Rij[] = docs.map((s: any) => {
    const waarde = s.item?.value
    const id = typeof waarde === 'object' && waarde ? waarde.id : waarde
    return {
      id: s.id,
      itemNaam: String((typeof waarde === 'object' && waarde && (waarde.titel ?? waarde.naam)) || `${s.item?.relationTo} ${id}`),
      itemLink: `/admin/collections/${s.item?.relationTo}/${id}`,
      soort: s.soort,
      juist: s.juist,
      datum: s.createdAt,
    }
  })
  const foutBij = searchParams?.fout === 'reden' ? String(searchParams?.suggestie ?? '') : ''
  const lijst = (rs: Rij[]) => (
    <ul className="skt-suggesties">
      {rs.map((r) => (
        <SuggestieRij key={r.id} r={r} fout={String(r.id) === foutBij} />
      ))}
    </ul>
  )
  const partner = isPartner(user as any)
  const grens = Date.now() - SUGGESTIE_AFSPRAKEN.openTeLangDagen * DAG
  const teLang = rijen.filter((r) => new Date(r.datum).getTime() < grens)
  return (
    <section className="skt-dashboard" id="suggesties" aria-labelledby="skt-suggesties">
      <h2 id="skt-suggesties">Klopt er iets niet? Suggesties van bezoekers</h2>
      {rijen.length === 0 ? (
        <p>Er zijn geen open suggesties.</p>
      ) : (
        <>
          <p>
            {partner
              ? `Bezoekers denken dat er iets niet klopt bij uw aanbod (${rijen.length}). Kijk het na en kies wat u deed.`
              : `${rijen.length} open ${rijen.length === 1 ? 'suggestie' : 'suggesties'}.`}
          </p>
          {!partner && (
            <>
              <h3>Langer dan {SUGGESTIE_AFSPRAKEN.openTeLangDagen} dagen open</h3>
              {teLang.length === 0 ? <p>Geen.</p> : lijst(teLang)}
              <h3>Korter dan {SUGGESTIE_AFSPRAKEN.openTeLangDagen} dagen open</h3>
            </>
          )}
          {lijst(partner ? rijen : rijen.filter((r) => !teLang.includes(r)))}
        </>
      )}
    </section>
  )
}
