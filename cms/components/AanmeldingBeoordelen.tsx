/**
 * Applications of new organisations in the admin (issue 24), for staff:
 * - on the dashboard, the new applications, each with a link to review it (AanmeldingenDashboard);
 * - the review page /admin/aanmelding-beoordelen?id=… (AanmeldingBeoordelenPagina): the application, organisations
 *   that look like it (cms/collections/Aanmeldingen/dubbel.ts) and an existing account of the contact person, then
 *   two plain HTML forms (no JavaScript needed): "Goedkeuren" and "Afwijzen" with a reason
 *   (cms/collections/Aanmeldingen/beoordelen.ts); after either, the page says what happened;
 * - in the application's edit view, the link to that page (AanmeldingBeoordelenLink).
 * Everything is read with the user's own rights (the collection's access rules).
 */
import Link from 'next/link'
import type { AdminViewServerProps, ServerComponentProps, ServerProps } from 'payload'
import {
  aanmeldingSoorten,
  aanmeldingStatussen,
  AANMELDING_LIMIETEN,
  datumLang,
  euro,
  kostenSoorten,
  labelOf,
  meedoenManieren,
  toegankelijkheidKenmerken,
} from '../../content-schema'
import { isStaff } from '../access'
import { BEOORDEEL_PAD, UITKOMSTEN, type Uitkomst } from '../collections/Aanmeldingen/beoordelen'
import { type Kandidaat, lijktOp, REDEN_TEKST } from '../collections/Aanmeldingen/dubbel'
import type { Aanmelding } from '../payload-types'
import { BeheerPagina } from './BeheerPagina'

const beoordeelHref = (id: number | string) => `/admin${BEOORDEEL_PAD}?id=${encodeURIComponent(String(id))}`

/** In the application's edit view: where to approve or decline it. */
export function AanmeldingBeoordelenLink({ data }: ServerComponentProps) {
  if (!data?.id) return null
  return (
    <p className="field-type skt-aanmelding-link">
      {data.status === 'nieuw' ? (
        <Link href={beoordeelHref(data.id)}>Beoordelen: goedkeuren of afwijzen</Link>
      ) : (
        <>
          {labelOf(aanmeldingStatussen, data.status)}. <Link href={beoordeelHref(data.id)}>Bekijk wat er is gemaakt</Link>
        </>
      )}
    </p>
  )
}

export async function AanmeldingenDashboard({ payload, user }: ServerProps) {
  if (!user || !isStaff(user as any)) return null
  const { docs } = await payload.find({
    collection: 'aanmeldingen',
    where: { status: { equals: 'nieuw' } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    // Not the contact person: not needed here.
    select: { titel: true, createdAt: true, organisatie: { soort: true } },
    overrideAccess: false,
    user,
  })
  return (
    <section className="skt-dashboard" id="aanmeldingen" aria-labelledby="skt-aanmeldingen">
      <h2 id="skt-aanmeldingen">Nieuwe organisaties die op de kaart willen</h2>
      {docs.length === 0 ? (
        <p>Er zijn geen nieuwe aanmeldingen.</p>
      ) : (
        <>
          <p>
            {docs.length} {docs.length === 1 ? 'aanmelding wacht' : 'aanmeldingen wachten'} op een beoordeling.
          </p>
          <ul className="skt-lijst">
            {docs.map((a) => (
              <li key={a.id}>
                <Link href={beoordeelHref(a.id)}>
                  {a.titel}
                  <span className="skt-visually-hidden">: beoordelen</span>
                </Link>{' '}
                · {labelOf(aanmeldingSoorten, a.organisatie?.soort)} · aangemeld op {datumLang(a.createdAt)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

const naamVan = (v: unknown) => (v && typeof v === 'object' && 'naam' in v ? String((v as { naam: string }).naam) : '')

function Rijen({ rijen }: { rijen: [string, string | null | undefined][] }) {
  return (
    <dl className="skt-aanmelding__gegevens">
      {rijen.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v ? v : <span className="skt-uitleg">Niet ingevuld</span>}</dd>
        </div>
      ))}
    </dl>
  )
}

function Gegevens({ a }: { a: Aanmelding }) {
  const o = a.organisatie
  const c = a.contactpersoon
  const b = a.aanbod
  const termen = (v: unknown) => (Array.isArray(v) ? v.map(naamVan).filter(Boolean).join(', ') : '')
  return (
    <>
      <h2>Organisatie</h2>
      <Rijen
        rijen={[
          ['Naam', o.naam],
          ['Soort', labelOf(aanmeldingSoorten, o.soort)],
          ['Wat de organisatie doet', o.korteOmschrijving],
          ['Adres', [o.straat, [o.postcode, o.plaats].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
          ['Telefoon', o.telefoon],
          ['E-mail', o.email],
          ['Website', o.website],
        ]}
      />
      <h2>Contactpersoon (niet openbaar)</h2>
      {c?.gewistOp ? (
        <p>Gewist op {datumLang(c.gewistOp)}.</p>
      ) : (
        <Rijen
          rijen={[
            ['Naam', c?.naam],
            ['E-mail', c?.email],
            ['Telefoon', c?.telefoon],
          ]}
        />
      )}
      <h2>Eerste aanbod</h2>
      <Rijen
        rijen={[
          ['Titel', b.titel],
          ['Samenvatting', b.samenvatting],
          ['Beschrijving', b.beschrijving],
          ['Dorpen', b.heelTwenterand ? 'Heel Twenterand' : termen(b.kernen)],
          ['Levensgebeurtenissen', termen(b.levensgebeurtenissen)],
          ['Doelgroepen', termen(b.doelgroepen)],
          ["Thema's", termen(b.themas)],
          [
            'Kosten',
            [labelOf(kostenSoorten, b.kostenSoort), typeof b.kostenBedrag === 'number' ? euro(b.kostenBedrag) : '', b.kostenOmschrijving]
              .filter(Boolean)
              .join(', '),
          ],
          ['Meedoen', labelOf(meedoenManieren, b.meedoen)],
          ['Aanmelden', b.aanmeldinformatie],
          ['Wanneer', b.tijden],
          [
            'Plek',
            [b.locatieNaam, b.locatieAdres, [b.locatiePostcode, b.locatiePlaats].filter(Boolean).join(' ')].filter(Boolean).join(', '),
          ],
          [
            'Toegankelijkheid',
            (b.toegankelijkheid ?? []).map((k) => toegankelijkheidKenmerken.find((t) => t.slug === k)?.naam ?? k).join(', '),
          ],
        ]}
      />
    </>
  )
}

async function Dubbelen({ a, props }: { a: Aanmelding; props: AdminViewServerProps }) {
  const { req } = props.initPageResult
  const user = req.user as ServerProps['user']
  const { docs: organisaties } = await req.payload.find({
    collection: 'organisaties',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { naam: true, telefoon: true, email: true, website: true, adres: true },
    overrideAccess: false,
    user,
  })
  const { docs: andere } = await req.payload.find({
    collection: 'aanmeldingen',
    where: { and: [{ status: { equals: 'nieuw' } }, { id: { not_equals: a.id } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { titel: true, organisatie: true },
    overrideAccess: false,
    user,
  })
  const o = a.organisatie
  const aanvraag = { naam: o.naam, telefoon: o.telefoon, email: o.email, website: o.website, postcode: o.postcode, straat: o.straat }
  const bestaand = lijktOp(
    aanvraag,
    organisaties.map((d): Kandidaat & { href: string } => ({
      id: d.id,
      naam: d.naam,
      telefoon: d.telefoon,
      email: d.email,
      website: d.website,
      postcode: d.adres?.postcode,
      straat: d.adres?.straat,
      href: `/admin/collections/organisaties/${d.id}`,
    })),
  )
  const nieuw = lijktOp(
    aanvraag,
    andere.map((d): Kandidaat & { href: string } => ({
      id: d.id,
      naam: d.organisatie?.naam ?? d.titel ?? '',
      telefoon: d.organisatie?.telefoon,
      email: d.organisatie?.email,
      website: d.organisatie?.website,
      postcode: d.organisatie?.postcode,
      straat: d.organisatie?.straat,
      href: beoordeelHref(d.id),
    })),
  )
  const email = a.contactpersoon?.email
  const account = email
    ? (
        await req.payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          limit: 1,
          depth: 0,
          select: { rol: true },
          overrideAccess: true,
        })
      ).docs[0]
    : undefined
  const lijst = [
    ...bestaand.map((g) => ({ ...g, soort: 'Organisatie op de kaart' })),
    ...nieuw.map((g) => ({ ...g, soort: 'Andere nieuwe aanmelding' })),
  ]
  return (
    <section className="skt-aanmelding__dubbel" aria-labelledby="skt-dubbel">
      <h2 id="skt-dubbel">Staat deze organisatie er al op?</h2>
      {lijst.length === 0 ? (
        <p>Wij vonden geen organisatie die erop lijkt.</p>
      ) : (
        <>
          <p>Kijk of het dezelfde organisatie is, voor u goedkeurt:</p>
          <ul className="skt-lijst">
            {lijst.map((g) => (
              <li key={`${g.soort}-${g.kandidaat.id}`}>
                {g.soort}: <Link href={g.kandidaat.href}>{g.kandidaat.naam}</Link> ({g.redenen.map((r) => REDEN_TEKST[r]).join(', ')})
              </li>
            ))}
          </ul>
        </>
      )}
      {account && (
        <p>
          {account.rol === 'partner'
            ? 'Het e-mailadres van de contactpersoon heeft al een account. Bij goedkeuren krijgt dat account ook deze organisatie.'
            : 'Het e-mailadres van de contactpersoon hoort bij een account van de redactie of het Meldpunt. Pas het e-mailadres aan voor u goedkeurt.'}
        </p>
      )}
    </section>
  )
}

function Acties({ a, fout }: { a: Aanmelding; fout: Uitkomst | null }) {
  const redenFout = fout === 'reden-ontbreekt' || fout === 'reden-te-lang'
  return (
    <section className="skt-aanmelding__acties" aria-labelledby="skt-beslissen">
      <h2 id="skt-beslissen">Beslissen</h2>
      <form method="post" action={`/api/aanmeldingen/${a.id}/goedkeuren`}>
        <p>
          Goedkeuren maakt de organisatie, het aanbod als concept (nog niet op de site) en een account voor de contactpersoon. Die krijgt
          een e-mail om een wachtwoord te kiezen.
        </p>
        <button type="submit" className="btn btn--style-primary">
          Goedkeuren
        </button>
      </form>
      <form method="post" action={`/api/aanmeldingen/${a.id}/afwijzen`} className="skt-aanmelding__afwijzen">
        <label htmlFor="reden">Afwijzen? Schrijf de reden. De contactpersoon krijgt die per e-mail.</label>
        {redenFout && (
          <p id="reden-fout" className="skt-klopt-nog__fout">
            {UITKOMSTEN[fout]}
          </p>
        )}
        <textarea
          id="reden"
          name="reden"
          rows={4}
          maxLength={AANMELDING_LIMIETEN.reden}
          aria-invalid={redenFout ? true : undefined}
          aria-describedby={redenFout ? 'reden-fout' : undefined}
        />
        <button type="submit" className="btn btn--style-secondary">
          Afwijzen en de reden mailen
        </button>
      </form>
    </section>
  )
}

function Gemaakt({ a }: { a: Aanmelding }) {
  const id = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number }).id : v)
  const g = a.gemaakt
  return (
    <section aria-labelledby="skt-gemaakt">
      <h2 id="skt-gemaakt">
        {labelOf(aanmeldingStatussen, a.status)}
        {a.behandeldOp ? ` op ${datumLang(a.behandeldOp)}` : ''}
      </h2>
      {a.status === 'afgewezen' && <p>Reden: {a.reden}</p>}
      {a.status === 'goedgekeurd' && g && (
        <ul className="skt-lijst">
          {g.organisatie && (
            <li>
              <Link href={`/admin/collections/organisaties/${id(g.organisatie)}`}>De organisatie</Link>
            </li>
          )}
          {g.aanbod && (
            <li>
              <Link href={`/admin/collections/aanbod/${id(g.aanbod)}`}>Het aanbod (concept): nakijken en publiceren</Link>
            </li>
          )}
          {g.account && (
            <li>
              <Link href={`/admin/collections/users/${id(g.account)}`}>Het account van de contactpersoon</Link>
            </li>
          )}
        </ul>
      )}
    </section>
  )
}

export async function AanmeldingBeoordelenPagina(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user as ServerProps['user']
  const zoek = props.searchParams ?? {}
  const id = typeof zoek.id === 'string' ? zoek.id : ''
  const uitkomst = typeof zoek.uitkomst === 'string' && zoek.uitkomst in UITKOMSTEN ? (zoek.uitkomst as Uitkomst) : null
  let a: Aanmelding | null = null
  if (user && isStaff(user as any) && id) {
    try {
      a = (await req.payload.findByID({ collection: 'aanmeldingen', id, depth: 1, overrideAccess: false, user })) as Aanmelding
    } catch {
      a = null
    }
  }
  const fout = uitkomst && !['goedgekeurd', 'goedgekeurd-bestaand-account', 'afgewezen'].includes(uitkomst)
  return (
    <BeheerPagina props={props} className="skt-aanmelding-pagina">
      <h1>{a ? `Aanmelding: ${a.organisatie.naam}` : 'Aanmelding beoordelen'}</h1>
      {!user || !isStaff(user as any) ? (
        <p>Deze pagina is voor de redactie.</p>
      ) : !a ? (
        <p>
          Deze aanmelding bestaat niet (meer). <Link href="/admin/collections/aanmeldingen">Naar alle aanmeldingen</Link>
        </p>
      ) : (
        <>
          {uitkomst && (
            <div className={fout ? 'skt-melding skt-melding--fout' : 'skt-melding'} role={fout ? 'alert' : 'status'}>
              <p>{UITKOMSTEN[uitkomst]}</p>
            </div>
          )}
          <p>
            Aangemeld op {datumLang(a.createdAt)}.{' '}
            <Link href={`/admin/collections/aanmeldingen/${a.id}`}>Iets verbeteren? Bewerk de aanmelding</Link>
          </p>
          {a.status === 'nieuw' && <Dubbelen a={a} props={props} />}
          {a.status === 'nieuw' ? <Acties a={a} fout={uitkomst} /> : <Gemaakt a={a} />}
          <Gegevens a={a} />
        </>
      )}
    </BeheerPagina>
  )
}
