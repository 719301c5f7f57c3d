/** The HSDS mapping: taxonomies, organisations and services from the site's content (see index.ts for the choices). */
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import {
  adresTekst,
  gemeente,
  HEEL_TWENTERAND,
  kostenTekst,
  labelOf,
  localDate,
  meedoenManieren,
  normaliseer,
  schemaInWoorden,
  toegankelijkheidKenmerken,
  INDELINGEN,
  type IndelingEnkelvoud,
  type IndelingSlug,
  type AanbodDoc,
  type KernDoc,
  type Locatie,
  type OrganisatieDoc,
  type SchemaRegel,
  type TaxonomyDoc,
} from '../../../content-schema'
import { abs, HSDS_VERSION, hsdsId, OPEN_DATA_PADEN, organizationId, serviceId, uuidV5 } from './ids'
import type {
  HsdsAddress,
  HsdsAttribute,
  HsdsOrganization,
  HsdsOrganizationBasic,
  HsdsPage,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  OpenDataContent,
} from './types'

// ---------- Taxonomies ----------

export type TaxonomieSleutel = IndelingEnkelvoud | 'markering'

interface TaxonomieInfo {
  sleutel: TaxonomieSleutel
  naam: string
  omschrijving: string
  /** link_type of the attributes that apply a term of this taxonomy to a service. */
  linkType: string
  /** The site's overview page of the terms (and each term's page below it). */
  pad: string
  veld?: IndelingSlug
}

/** What HSDS says of each indeling (content-schema's INDELINGEN) beyond its names: the taxonomy's name and description, the attributes' link_type. */
const HSDS_INDELING: Record<IndelingEnkelvoud, Pick<TaxonomieInfo, 'naam' | 'omschrijving' | 'linkType'>> = {
  kern: {
    naam: 'Kernen van Twenterand',
    omschrijving: 'De dorpen (kernen) van de gemeente Twenterand: waar het aanbod is. Aanbod voor heel Twenterand heeft alle kernen.',
    linkType: 'service_area',
  },
  levensgebeurtenis: {
    naam: 'Levensgebeurtenissen',
    omschrijving: 'Wat iemand meemaakt, zoals rouw, ziekte of mantelzorg: waarbij het aanbod kan helpen.',
    linkType: 'life_event',
  },
  doelgroep: { naam: 'Doelgroepen', omschrijving: 'Voor wie het aanbod is.', linkType: 'audience' },
  thema: { naam: "Thema's", omschrijving: 'Waar het aanbod over gaat.', linkType: 'topic' },
}

/** The HSDS taxonomies: our four indelingen, then the markering of demo content. */
export const TAXONOMIEEN: readonly TaxonomieInfo[] = [
  ...INDELINGEN.map((i) => ({ sleutel: i.enkelvoud, ...HSDS_INDELING[i.enkelvoud], pad: i.pad, veld: i.slug })),
  {
    sleutel: 'markering',
    naam: 'Markering',
    omschrijving: 'Een waarschuwing bij de gegevens zelf. "Voorbeeld" betekent: verzonnen demo-inhoud, niet echt.',
    linkType: 'data_marking',
    pad: '/open-data/#markering',
  },
]

/** The one term of the taxonomy "Markering": demo content. */
export const DEMO_TERM = {
  slug: 'voorbeeld',
  naam: 'Voorbeeld (demo-inhoud)',
  omschrijving:
    'Verzonnen om te laten zien hoe de sociale kaart werkt. Dit aanbod of deze organisatie bestaat niet zo: bel of mail deze gegevens niet.',
}
export const DEMO_ALERT = 'Voorbeeld (demo-inhoud): verzonnen, niet echt. Bel of mail deze gegevens niet.'

const taxonomyId = (sleutel: TaxonomieSleutel) => hsdsId('taxonomie', sleutel)
export const taxonomyTermId = (sleutel: TaxonomieSleutel, slug: string) => hsdsId('taxonomie', sleutel, slug)

export function hsdsTaxonomies(siteUrl: string | URL): HsdsTaxonomy[] {
  return TAXONOMIEEN.map((t) => ({ id: taxonomyId(t.sleutel), name: t.naam, description: t.omschrijving, uri: abs(siteUrl, t.pad) }))
}

function termsOf(
  c: OpenDataContent,
  sleutel: TaxonomieSleutel,
): { slug: string; naam: string; omschrijving?: string | null; pagina: boolean }[] {
  if (sleutel === 'markering') return [{ ...DEMO_TERM, pagina: false }]
  const veld = TAXONOMIEEN.find((t) => t.sleutel === sleutel)!.veld!
  return (c[veld] as TaxonomyDoc[]).map((t) => ({ slug: t.slug, naam: t.naam, omschrijving: t.omschrijving, pagina: true }))
}

function term(
  siteUrl: string | URL,
  info: TaxonomieInfo,
  t: { slug: string; naam: string; omschrijving?: string | null; pagina: boolean },
): HsdsTaxonomyTerm {
  return {
    id: taxonomyTermId(info.sleutel, t.slug),
    code: t.slug,
    name: t.naam,
    description: t.omschrijving ?? '',
    taxonomy: info.naam,
    taxonomy_id: taxonomyId(info.sleutel),
    language: 'nl',
    term_uri: t.pagina ? abs(siteUrl, `${info.pad}${t.slug}/`) : undefined,
  }
}

export function hsdsTaxonomyTerms(c: OpenDataContent, siteUrl: string | URL): HsdsTaxonomyTerm[] {
  return TAXONOMIEEN.flatMap((info) => termsOf(c, info.sleutel).map((t) => term(siteUrl, info, t)))
}

function attribute(
  siteUrl: string | URL,
  c: OpenDataContent,
  owner: { entity: 'service' | 'organization'; key: string[]; id: string },
  sleutel: TaxonomieSleutel,
  ref: { slug: string; naam: string; omschrijving?: string | null },
  value?: string,
): HsdsAttribute {
  const info = TAXONOMIEEN.find((t) => t.sleutel === sleutel)!
  // The full term from the taxonomy itself (the reference in a document may carry fewer fields).
  const full = termsOf(c, sleutel).find((t) => t.slug === ref.slug) ?? { ...ref, pagina: true }
  const taxonomyTerm = term(siteUrl, info, full)
  return {
    id: hsdsId(...owner.key, 'attribute', sleutel, ref.slug),
    link_id: owner.id,
    link_type: info.linkType,
    link_entity: owner.entity,
    taxonomy_term_id: taxonomyTerm.id,
    value,
    taxonomy_term: taxonomyTerm,
  }
}

// ---------- Organisations ----------

function organizationBasic(o: OrganisatieDoc): HsdsOrganizationBasic {
  return {
    id: organizationId(o.slug),
    name: o.naam,
    // Required by HSDS; empty when the organisation has no short description (we do not make one up).
    description: o.korteOmschrijving?.trim() ?? '',
    email: o.email ?? undefined,
    website: o.website ?? undefined,
  }
}

/** Is this plaats a kern or buurtschap of Twenterand (so we know its province)? */
function inTwenterand(plaats: string, kernen: KernDoc[]): boolean {
  const namen = kernen.flatMap((k) => [k.naam, ...(k.andereNamen ?? []).map((n) => n.naam), ...(k.buurtschappen ?? []).map((n) => n.naam)])
  return namen.some((n) => normaliseer(n) === normaliseer(plaats))
}

/**
 * An HSDS address needs street, city, province and postcode. We give one only when the street, postcode and place
 * are known and the place is in Twenterand (province Overijssel); otherwise the known parts go in the location's
 * description.
 */
function address(
  locationId: string,
  l: { adres?: string | null; postcode?: string | null; plaats?: string | null },
  kernen: KernDoc[],
): HsdsAddress | null {
  if (!l.adres || !l.postcode || !l.plaats || !inTwenterand(l.plaats, kernen)) return null
  return {
    id: uuidV5(`${locationId}/adres`),
    location_id: locationId,
    address_1: l.adres,
    city: l.plaats,
    state_province: gemeente.provincie,
    postal_code: l.postcode,
    country: 'NL',
    address_type: 'physical',
  }
}

function demoAttributes(
  siteUrl: string | URL,
  c: OpenDataContent,
  owner: { entity: 'service' | 'organization'; key: string[]; id: string },
  demo?: boolean | null,
) {
  return demo ? [attribute(siteUrl, c, owner, 'markering', DEMO_TERM)] : []
}

export function hsdsOrganizations(c: OpenDataContent, siteUrl: string | URL): HsdsOrganization[] {
  return c.organisaties.map((o) => {
    const basic = organizationBasic(o)
    const key = ['organisatie', o.slug]
    const locationId = hsdsId(...key, 'adres')
    const adres = o.adres?.straat ? { adres: o.adres.straat, postcode: o.adres.postcode, plaats: o.adres.plaats } : null
    const addr = adres ? address(locationId, adres, c.kernen) : null
    return {
      ...basic,
      phones: o.telefoon ? [{ id: hsdsId(...key, 'telefoon'), organization_id: basic.id, number: o.telefoon, type: 'voice' as const }] : [],
      locations: adres
        ? [
            {
              id: locationId,
              location_type: 'physical' as const,
              organization_id: basic.id,
              name: o.naam,
              description: addr ? undefined : adresTekst(adres),
              addresses: addr ? [addr] : [],
              accessibility: [],
            },
          ]
        : [],
      attributes: demoAttributes(siteUrl, c, { entity: 'organization', key, id: basic.id }, o.demo),
    }
  })
}

// ---------- Services (aanbod) ----------

const STATUS: Record<AanbodDoc['status'], HsdsService['status']> = {
  actief: 'active',
  'tijdelijk-gestopt': 'temporarily closed',
  gestopt: 'inactive',
}

/** Samenvatting plus the rich-text beschrijving as plain text. */
export function beschrijvingTekst(a: AanbodDoc): string {
  const rest = a.beschrijving ? convertLexicalToPlaintext({ data: a.beschrijving as any }).trim() : ''
  return rest ? `${a.samenvatting}\n\n${rest}` : a.samenvatting
}

/** One recurrence rule as an HSDS schedule (RRULE fields). Times are local Dutch time (Europe/Amsterdam). */
function schedule(id: string, service_id: string, r: SchemaRegel, notes?: string): HsdsSchedule {
  const days = r.byday ?? []
  const byday = r.freq === 'MONTHLY' && r.bysetpos ? days.map((d) => `${r.bysetpos}${d}`) : days
  return {
    id,
    service_id,
    freq: r.freq,
    interval: r.interval ?? 1,
    byday: byday.length ? byday.join(',') : undefined,
    bymonthday: r.freq === 'MONTHLY' && r.bymonthday ? String(r.bymonthday) : undefined,
    opens_at: r.opensAt ?? undefined,
    closes_at: r.closesAt ?? undefined,
    description: schemaInWoorden(r),
    notes,
  }
}

function locations(a: AanbodDoc, key: string[], id: string, orgId: string, kernen: KernDoc[]): HsdsServiceAtLocation[] {
  const kenmerken = (a.toegankelijkheid?.kenmerken ?? []).map((k) => toegankelijkheidKenmerken.find((t) => t.slug === k)?.naam ?? k)
  const toelichting = a.toegankelijkheid?.toelichting?.trim() || undefined
  return (a.locaties ?? []).map((l: Locatie, i) => {
    const locationId = hsdsId(...key, 'locatie', i)
    const addr = address(locationId, l, kernen)
    const location: HsdsLocation = {
      id: locationId,
      location_type: 'physical',
      organization_id: orgId,
      name: l.naam ?? l.adres ?? l.plaats ?? undefined,
      description: addr ? undefined : adresTekst({ adres: l.adres, postcode: l.postcode, plaats: l.plaats }) || undefined,
      latitude: l.latitude ?? undefined,
      longitude: l.longitude ?? undefined,
      addresses: addr ? [addr] : [],
      accessibility:
        kenmerken.length || toelichting
          ? [
              {
                id: hsdsId(...key, 'locatie', i, 'toegankelijkheid'),
                location_id: locationId,
                description: kenmerken.join(', ') || 'Toelichting',
                details: toelichting,
              },
            ]
          : [],
    }
    return { id: hsdsId(...key, 'service_at_location', i), service_id: id, location_id: locationId, location }
  })
}

export function hsdsService(a: AanbodDoc, c: OpenDataContent, siteUrl: string | URL): HsdsService {
  const key = ['aanbod', a.slug]
  const id = serviceId(a.slug)
  const org = c.organisaties.find((o) => o.slug === a.organisatie.slug)
  const organization = org ? organizationBasic(org) : { id: organizationId(a.organisatie.slug), name: a.organisatie.naam, description: '' }
  const owner = { entity: 'service' as const, key, id }

  const phone: HsdsPhone | null = a.contact?.telefoon
    ? { id: hsdsId(...key, 'telefoon'), service_id: id, contact_id: hsdsId(...key, 'contact'), number: a.contact.telefoon, type: 'voice' }
    : null
  const email = a.contact?.email ?? undefined

  const regels = a.tijden?.schema ?? []
  const omschrijving = a.tijden?.omschrijving?.trim() || undefined
  const schedules = regels.length
    ? regels.map((r, i) => schedule(hsdsId(...key, 'schema', i), id, r, omschrijving !== schemaInWoorden(r) ? omschrijving : undefined))
    : omschrijving
      ? [{ id: hsdsId(...key, 'schema', 0), service_id: id, description: omschrijving }]
      : []

  const kernAttrs = a.heelTwenterand
    ? c.kernen.map((k) => attribute(siteUrl, c, owner, 'kern', k, 'heel Twenterand'))
    : (a.kernen ?? []).map((k) => attribute(siteUrl, c, owner, 'kern', k))
  const attrs = [
    ...kernAttrs,
    ...INDELINGEN.filter((i) => i.slug !== 'kernen').flatMap((i) =>
      (a[i.slug] ?? []).map((t) => attribute(siteUrl, c, owner, i.enkelvoud, t)),
    ),
    ...demoAttributes(siteUrl, c, owner, a.demo),
  ]

  const alerts = [a.demo ? DEMO_ALERT : null, a.status === 'tijdelijk-gestopt' ? 'Tijdelijk gestopt.' : null].filter(Boolean)
  const doelgroepen = (a.doelgroepen ?? []).map((d) => d.naam)

  return {
    id,
    organization_id: organization.id,
    name: a.titel,
    description: beschrijvingTekst(a),
    url: a.contact?.website ?? abs(siteUrl, `/aanbod/${a.slug}/`),
    email,
    status: STATUS[a.status],
    application_process: [labelOf(meedoenManieren, a.meedoen.manier), a.meedoen.aanmeldinformatie?.trim()].filter(Boolean).join('. '),
    fees_description: kostenTekst(a.kosten),
    eligibility_description: doelgroepen.length ? `Voor: ${doelgroepen.join(', ')}.` : undefined,
    assured_date: a.laatstGecontroleerd?.datum ? localDate(a.laatstGecontroleerd.datum) : undefined,
    alert: alerts.length ? alerts.join(' ') : undefined,
    last_modified: new Date(a.updatedAt).toISOString(),
    organization,
    phones: phone ? [phone] : [],
    schedules,
    service_areas: a.heelTwenterand
      ? [
          {
            id: hsdsId(...key, 'gebied', 'twenterand'),
            service_id: id,
            name: gemeente.naam,
            description: `${HEEL_TWENTERAND}: alle kernen.`,
          },
        ]
      : (a.kernen ?? []).map((k) => ({ id: hsdsId(...key, 'gebied', k.slug), service_id: id, name: k.naam })),
    service_at_locations: locations(a, key, id, organization.id, c.kernen),
    cost_options: [
      {
        id: hsdsId(...key, 'kosten'),
        service_id: id,
        option: a.kosten.soort === 'gratis' ? 'Gratis' : 'Eigen bijdrage',
        currency: 'EUR',
        amount: a.kosten.soort === 'gratis' ? 0 : (a.kosten.bedrag ?? undefined),
        amount_description: a.kosten.omschrijving?.trim() || undefined,
      },
    ],
    // The public contact point as the site shows it, named after the organisation: never a person.
    contacts:
      phone || email
        ? [{ id: hsdsId(...key, 'contact'), service_id: id, name: a.organisatie.naam, email, phones: phone ? [phone] : [] }]
        : [],
    attributes: attrs,
  }
}

export function hsdsServices(c: OpenDataContent, siteUrl: string | URL): HsdsService[] {
  return c.aanbod.map((a) => hsdsService(a, c, siteUrl))
}

/** A list response with every item on one page. */
export function hsdsPage<T>(items: T[]): HsdsPage<T> {
  return {
    total_items: items.length,
    total_pages: 1,
    page_number: 1,
    size: items.length,
    first_page: true,
    last_page: true,
    empty: items.length === 0,
    contents: items,
  }
}

/** The HSDS API root ("/"): the HSDS version and where the profile is described. */
export const hsdsIndex = (siteUrl: string | URL) => ({ version: HSDS_VERSION, profile: abs(siteUrl, `${OPEN_DATA_PADEN.pagina}#profiel`) })

/** JSON as the endpoints write it: stable (same content, same bytes), readable, UTF-8. */
export const jsonBody = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`
