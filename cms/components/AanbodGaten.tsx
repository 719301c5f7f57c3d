/**
 * Where aanbod is missing (issue 23, "Gaten in het aanbod"): kernen against levensgebeurtenissen, and kernen against
 * doelgroepen, with the number of active aanbod in each cell: published, with the status "Actief", and "voor heel
 * Twenterand" in every kern (as the site's overview pages count it, site/lib/indeling.ts). Each cell links to the same list in the admin and
 * on the site's zoekpagina. On the staff dashboard, and as its own page (/admin/aanbod-gaten) to print for meetings.
 */
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, Payload, ServerProps, Where } from 'payload'
import { indelingVan, tijdstipLang } from '../../content-schema'
import { isStaff } from '../access'
import { BeheerPagina } from './BeheerPagina'
import { MonitoringLink } from './Monitoring'

type Kolom = 'levensgebeurtenis' | 'doelgroep'
interface Term {
  id: number | string
  naam: string
  slug: string
}
export interface GatenTabel {
  kolom: Kolom
  kernen: Term[]
  termen: Term[]
  /** aantal[kern][term]: the number of aanbod in that kern for that term. */
  aantal: number[][]
}

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map((t) => String(typeof t === 'object' && t ? (t as Term).id : t)) : [])

/** Active aanbod: published (a staff user would read drafts too) with the status "Actief". */
const ACTIEF: Where = { and: [{ _status: { equals: 'published' } }, { status: { equals: 'actief' } }] }

async function termen(payload: Payload, user: ServerProps['user'], collection: 'kernen' | 'levensgebeurtenissen' | 'doelgroepen') {
  const { docs } = await payload.find({ collection, sort: 'volgorde', limit: 0, pagination: false, depth: 0, overrideAccess: false, user })
  return docs.map((d) => ({ id: d.id, naam: d.naam, slug: d.slug }))
}

/** Both tables, counted from one read of the aanbod. */
export async function gatenTabellen(payload: Payload, user: ServerProps['user']): Promise<GatenTabel[]> {
  const [kernen, levensgebeurtenissen, doelgroepen, { docs: aanbod }] = await Promise.all([
    termen(payload, user, 'kernen'),
    termen(payload, user, 'levensgebeurtenissen'),
    termen(payload, user, 'doelgroepen'),
    payload.find({
      collection: 'aanbod',
      where: ACTIEF,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
      select: { heelTwenterand: true, kernen: true, levensgebeurtenissen: true, doelgroepen: true },
    }),
  ])
  const tabel = (kolom: Kolom, kolomTermen: Term[]): GatenTabel => {
    const veld = indelingVan(kolom).slug as 'levensgebeurtenissen' | 'doelgroepen'
    const aantal = kernen.map((kern) =>
      kolomTermen.map(
        (term) =>
          aanbod.filter((a) => (a.heelTwenterand || ids(a.kernen).includes(String(kern.id))) && ids(a[veld]).includes(String(term.id)))
            .length,
      ),
    )
    return { kolom, kernen, termen: kolomTermen, aantal }
  }
  return [tabel('levensgebeurtenis', levensgebeurtenissen), tabel('doelgroep', doelgroepen)]
}

/** The admin's list of the aanbod in one cell: the same conditions as the count, in the list's where= parameters. */
export function adminLijst(kern: Term, kolom: Kolom, term: Term): string {
  const veld = indelingVan(kolom).slug
  const q = new URLSearchParams()
  q.set('where[and][0][_status][equals]', 'published')
  q.set('where[and][1][status][equals]', 'actief')
  q.set('where[and][2][or][0][kernen][in]', String(kern.id))
  q.set('where[and][2][or][1][heelTwenterand][equals]', 'true')
  q.set(`where[and][3][${veld}][in]`, String(term.id))
  return `/admin/collections/aanbod?${q.toString()}`
}

/** The site's zoekpagina with the kern and the term ticked (its filters take names: site/lib/zoeken/url.ts). */
export function siteLijst(siteUrl: string, kern: Term, kolom: Kolom, term: Term): string {
  const q = new URLSearchParams({ kern: kern.naam, [kolom]: term.naam })
  return `${siteUrl.replace(/\/$/, '')}/zoeken/?${q.toString()}`
}

/** The public site's address, as the CMS is told it (SITE_URL); on one machine the default port. */
const siteUrl = () => process.env.SITE_URL?.trim() || `http://localhost:${process.env.SITE_PORT || 4321}`

function Tabel({ tabel, site }: { tabel: GatenTabel; site: string }) {
  const { kolom, kernen, termen, aantal } = tabel
  const info = indelingVan(kolom)
  const leeg = aantal.flat().filter((n) => n === 0).length
  return (
    <div className="skt-gaten__tabel">
      <table className="skt-table skt-gaten">
        <caption>
          Aanbod per kern en {info.enkelvoud}. {leeg === 0 ? 'Geen lege vakjes.' : `${leeg} lege vakjes: daar is geen aanbod.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Kern</th>
            {termen.map((t) => (
              <th scope="col" key={t.id}>
                {t.naam}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kernen.map((kern, r) => (
            <tr key={kern.id}>
              <th scope="row">{kern.naam}</th>
              {termen.map((term, c) => {
                const n = aantal[r]![c]!
                const wat = `${kern.naam}, ${term.naam}`
                return (
                  <td key={term.id} className={n === 0 ? 'skt-gaten__leeg' : undefined}>
                    <Link href={adminLijst(kern, kolom, term)} aria-label={`${n === 0 ? 'Geen' : n} aanbod in het beheer: ${wat}`}>
                      {n === 0 ? 'geen' : n}
                    </Link>{' '}
                    <a className="skt-gaten__site" href={siteLijst(site, kern, kolom, term)} aria-label={`Op de site: ${wat}`}>
                      site
                    </a>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Uitleg() {
  const kern = indelingVan('kern')
  return (
    <p className="skt-uitleg">
      Geteld: gepubliceerd aanbod met de status Actief (tijdelijk gestopt en gestopt tellen niet mee). Aanbod "voor heel Twenterand" telt in
      elke {kern.enkelvoud} mee. Een getal opent de lijst in het beheer; "site" opent dezelfde zoekopdracht op de site.
    </p>
  )
}

/** On the staff dashboard. */
export async function AanbodGatenDashboard({ payload, user }: ServerProps) {
  if (!isStaff(user as any)) return null
  const tabellen = await gatenTabellen(payload, user)
  return (
    <section className="skt-dashboard" aria-labelledby="skt-gaten">
      <h2 id="skt-gaten">Waar ontbreekt aanbod?</h2>
      <p>
        <Link href="/admin/aanbod-gaten">Deze tabellen op een eigen pagina, om af te drukken</Link>
      </p>
      <MonitoringLink user={user} />
      {tabellen.map((t) => (
        <Tabel key={t.kolom} tabel={t} site={siteUrl()} />
      ))}
      <Uitleg />
    </section>
  )
}

/** /admin/aanbod-gaten: the tables on a page of their own, printable (landscape A4, without the admin's menu). */
export async function AanbodGatenPagina(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  const user = req.user as ServerProps['user']
  return (
    <BeheerPagina props={props} className="skt-gaten-pagina">
      <h1>Waar ontbreekt aanbod?</h1>
      {isStaff(user as any) ? (
        <>
          <p>Sociale Kaart Twenterand, stand van {tijdstipLang(new Date().toISOString())}.</p>
          {(await gatenTabellen(req.payload, user)).map((t) => (
            <Tabel key={t.kolom} tabel={t} site={siteUrl()} />
          ))}
          <Uitleg />
        </>
      ) : (
        <p>Deze pagina is voor de redactie.</p>
      )}
    </BeheerPagina>
  )
}
