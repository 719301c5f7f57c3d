/**
 * Above the admin dashboard: how current the kaart is. A partner sees its own listings with "Klopt nog";
 * staff see per organisation how many listings are current, need a check or are stale, and what waits for review.
 */
import Link from 'next/link'
import type { ServerProps } from 'payload'
import {
  datumLang,
  labelOf,
  maandJaar,
  tijdstipLang,
  versheid,
  versheidGrenzen,
  versheidStatussen,
  type Versheid,
} from '../../content-schema'
import { isPartner, isStaff, ownOrganisaties } from '../access'
import { laadMaandOverzicht } from '../collections/Controles/overzicht'
import { KloptNogButton } from './KloptNog'

const datum = (iso?: string | null) => (iso ? datumLang(iso) : 'nooit')
const ORDER: Versheid[] = ['verouderd', 'controle-nodig', 'actueel']

/** A link to the admin list of one organisation's aanbod in one freshness state (filtered on the check date). */
function stateListUrl(organisatie: number | string, stand: Versheid, now = new Date()) {
  const grens = versheidGrenzen(now)
  const conditions: [string, string, string][] = [['organisatie', 'equals', String(organisatie)]]
  const datum = 'laatstGecontroleerd.datum'
  if (stand === 'actueel') conditions.push([datum, 'greater_than_equal', grens.controleNodig.toISOString()])
  if (stand === 'controle-nodig')
    conditions.push([datum, 'less_than', grens.controleNodig.toISOString()], [datum, 'greater_than_equal', grens.verouderd.toISOString()])
  if (stand === 'verouderd') conditions.push([datum, 'less_than', grens.verouderd.toISOString()])
  const q = new URLSearchParams()
  for (const [i, [field, op, value]] of conditions.entries()) q.set(`where[and][${i}][${field}][${op}]`, value)
  return `/admin/collections/aanbod?${q.toString()}`
}

export async function VersheidDashboard({ payload, user }: ServerProps) {
  if (!user || (!isPartner(user as any) && !isStaff(user as any))) return null
  const partner = isPartner(user as any)
  const own = ownOrganisaties(user as any)
  const { docs } = await payload.find({
    collection: 'aanbod',
    where: partner ? { organisatie: { in: own } } : { status: { not_equals: 'gestopt' } },
    limit: 0,
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user,
    sort: 'titel',
  })
  // Open "Klopt er iets niet?" suggestions (issue 24), read with the user's own rights: a correction is waiting.
  const { docs: open } = await payload.find({
    collection: 'suggesties',
    where: { status: { equals: 'open' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { item: true },
  })
  const wachtend = new Map<string, number>()
  for (const s of open) {
    if (s.item?.relationTo !== 'aanbod') continue
    const v = s.item.value
    const key = String(typeof v === 'object' && v ? v.id : v)
    wachtend.set(key, (wachtend.get(key) ?? 0) + 1)
  }
  const correcties = (id: number | string) => wachtend.get(String(id)) ?? 0
  const rows = docs.map((a) => ({
    id: a.id,
    titel: a.titel,
    organisatie: typeof a.organisatie === 'object' ? a.organisatie : null,
    datum: a.laatstGecontroleerd?.datum,
    stand: versheid(a.laatstGecontroleerd?.datum),
  }))

  if (partner) {
    rows.sort((a, b) => ORDER.indexOf(a.stand) - ORDER.indexOf(b.stand) || a.titel.localeCompare(b.titel, 'nl'))
    const todo = rows.filter((r) => r.stand !== 'actueel').length
    return (
      <section className="skt-dashboard" aria-labelledby="skt-versheid">
        <h2 id="skt-versheid">Uw aanbod actueel houden</h2>
        <p>
          {todo === 0
            ? 'Alles is de laatste zes maanden nagekeken. Dank u wel!'
            : `${todo} van uw ${rows.length} aanbod is langer dan een half jaar niet nagekeken. Klopt het nog? Klik dan op "Klopt nog". Is er iets veranderd? Klik op de titel en pas het aan.`}
        </p>
        <table className="skt-table">
          <thead>
            <tr>
              <th scope="col">Aanbod</th>
              <th scope="col">Laatst nagekeken</th>
              <th scope="col">Stand</th>
              <th scope="col">Nakijken</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/admin/collections/aanbod/${r.id}`}>{r.titel}</Link>
                </td>
                <td>{datum(r.datum)}</td>
                <td>
                  <span className={`skt-stand skt-stand--${r.stand}`}>{labelOf(versheidStatussen, r.stand)}</span>
                  {correcties(r.id) > 0 && (
                    <>
                      {' '}
                      <Link href="#suggesties" className="skt-correctie">
                        Er wacht een correctie
                      </Link>
                    </>
                  )}
                </td>
                <td>
                  <KloptNogButton id={r.id} titel={r.titel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    )
  }

  const perOrg = new Map<string, { naam: string; id: number | string; counts: Record<Versheid, number>; correcties: number }>()
  for (const r of rows) {
    if (!r.organisatie) continue
    const key = String(r.organisatie.id)
    const entry = perOrg.get(key) ?? {
      naam: r.organisatie.naam,
      id: r.organisatie.id,
      counts: { actueel: 0, 'controle-nodig': 0, verouderd: 0 },
      correcties: 0,
    }
    entry.counts[r.stand]++
    entry.correcties += correcties(r.id)
    perOrg.set(key, entry)
  }
  const orgs = [...perOrg.values()].sort(
    (a, b) =>
      b.counts.verouderd - a.counts.verouderd ||
      b.counts['controle-nodig'] - a.counts['controle-nodig'] ||
      a.naam.localeCompare(b.naam, 'nl'),
  )
  const [aanbodReview, activiteitenReview] = await Promise.all(
    (['aanbod', 'activiteiten'] as const).map((collection) =>
      payload.count({ collection, where: { terBeoordeling: { equals: true } }, draft: true, overrideAccess: false, user } as any),
    ),
  )
  const perMaand = await laadMaandOverzicht(payload, user)
  const reviewLink = (collection: string) => `/admin/collections/${collection}?where[terBeoordeling][equals]=true`
  const {
    docs: [publicatie],
  } = await payload.find({ collection: 'publicaties', sort: '-gestartOp', limit: 1, depth: 0, overrideAccess: false, user })
  return (
    <>
      <section className="skt-dashboard" aria-labelledby="skt-versheid">
        <h2 id="skt-versheid">Hoe actueel is de kaart?</h2>
        {publicatie && (
          <p>
            Openbare site:{' '}
            {publicatie.status === 'bezig'
              ? `wordt nu bijgewerkt (sinds ${tijdstipLang(publicatie.gestartOp)}).`
              : publicatie.status === 'gelukt'
                ? `laatst bijgewerkt op ${tijdstipLang(publicatie.klaarOp ?? publicatie.gestartOp)}.`
                : `bijwerken is mislukt op ${tijdstipLang(publicatie.gestartOp)}; de vorige versie staat nog online.`}{' '}
            <Link href="/admin/collections/publicaties">Alle publicaties</Link>
          </p>
        )}
        <p>
          Ter beoordeling: <Link href={reviewLink('aanbod')}>{aanbodReview!.totalDocs} aanbod</Link> en{' '}
          <Link href={reviewLink('activiteiten')}>{activiteitenReview!.totalDocs} activiteiten</Link> wachten op een redacteur.
        </p>
        <table className="skt-table">
          <thead>
            <tr>
              <th scope="col">Organisatie</th>
              {ORDER.slice()
                .reverse()
                .map((s) => (
                  <th scope="col" key={s}>
                    {labelOf(versheidStatussen, s)}
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/admin/collections/aanbod?where[organisatie][equals]=${o.id}`}>{o.naam}</Link>
                  {o.correcties > 0 && (
                    <>
                      {' '}
                      <Link href="#suggesties" className="skt-correctie">
                        {o.correcties === 1 ? 'Er wacht een correctie' : `Er wachten ${o.correcties} correcties`}
                      </Link>
                    </>
                  )}
                </td>
                {(['actueel', 'controle-nodig', 'verouderd'] as const).map((stand) => (
                  <td key={stand}>
                    {o.counts[stand] ? (
                      <Link
                        href={stateListUrl(o.id, stand)}
                        aria-label={`${o.counts[stand]} ${labelOf(versheidStatussen, stand).toLowerCase()} bij ${o.naam}`}
                      >
                        {o.counts[stand]}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="skt-uitleg">
          Controle nodig: langer dan 6 maanden niet nagekeken. Verouderd: langer dan 12 maanden. Partners krijgen dan een herinnering per
          e-mail (hooguit één keer per 14 dagen).
        </p>
      </section>
      <section className="skt-dashboard-herinneringen" aria-labelledby="skt-herinneringen">
        <h2 id="skt-herinneringen">Werken de herinneringen?</h2>
        <table className="skt-table skt-herinneringen-per-maand">
          <caption>Per maand: hoeveel herinneringen zijn verstuurd, en hoe het aanbod daarin daarna is nagekeken.</caption>
          <thead>
            <tr>
              <th scope="col">Maand</th>
              <th scope="col">Herinneringen verstuurd</th>
              <th scope="col">Nagekeken via e-mail</th>
              <th scope="col">Nagekeken in het beheer</th>
              <th scope="col">Niet nagekeken</th>
            </tr>
          </thead>
          <tbody>
            {perMaand.length === 0 ? (
              <tr>
                <td colSpan={5}>Het afgelopen jaar zijn geen herinneringen verstuurd.</td>
              </tr>
            ) : (
              perMaand.map((m) => (
                <tr key={m.maand}>
                  <th scope="row">{maandJaar(m.maand)}</th>
                  <td>{m.herinneringen}</td>
                  <td>{m.viaEmail}</td>
                  <td>{m.inBeheer}</td>
                  <td>{m.niet}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </section>
    </>
  )
}
