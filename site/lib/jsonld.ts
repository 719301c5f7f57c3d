/** schema.org JSON-LD for aanbod (Service), activiteiten (Event) and organisaties (Organization). */
import type { AanbodDoc, ActiviteitDoc, KernDoc, OrganisatieDoc } from '../../content-schema'
import { gemeente } from '../../content-schema'
import type { Occurrence } from './agenda'

const abs = (site: URL, path: string) => new URL(path, site).toString()

export function organisatieLd(o: OrganisatieDoc, site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': abs(site, `/organisatie/${o.slug}/`),
    name: o.naam,
    description: o.korteOmschrijving ?? undefined,
    url: o.website ?? abs(site, `/organisatie/${o.slug}/`),
    email: o.email ?? undefined,
    telephone: o.telefoon ?? undefined,
    address: o.adres?.straat
      ? {
          '@type': 'PostalAddress',
          streetAddress: o.adres.straat,
          postalCode: o.adres.postcode ?? undefined,
          addressLocality: o.adres.plaats ?? undefined,
          addressCountry: 'NL',
        }
      : undefined,
  }
}

export function aanbodLd(a: AanbodDoc, site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': abs(site, `/aanbod/${a.slug}/`),
    name: a.titel,
    description: a.samenvatting,
    url: abs(site, `/aanbod/${a.slug}/`),
    provider: { '@type': 'Organization', name: a.organisatie.naam, '@id': abs(site, `/organisatie/${a.organisatie.slug}/`) },
    areaServed: a.heelTwenterand
      ? { '@type': 'AdministrativeArea', name: gemeente.naam }
      : (a.kernen ?? []).map((k) => ({ '@type': 'Place', name: k.naam })),
    audience: (a.doelgroepen ?? []).map((d) => ({ '@type': 'Audience', audienceType: d.naam })),
    isAccessibleForFree: a.kosten.soort === 'gratis',
    telephone: a.contact?.telefoon ?? undefined,
    email: a.contact?.email ?? undefined,
  }
}

export function activiteitLd(a: ActiviteitDoc, next: Occurrence | null, site: URL, kern?: KernDoc) {
  const loc = a.locatie
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': abs(site, `/activiteit/${a.slug}/`),
    name: a.titel,
    url: abs(site, `/activiteit/${a.slug}/`),
    startDate: (next?.start ?? new Date(a.start)).toISOString(),
    endDate: (next?.einde ?? new Date(a.einde)).toISOString(),
    eventStatus: a.status === 'afgelast' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    isAccessibleForFree: a.kosten.soort === 'gratis',
    location: {
      '@type': 'Place',
      name: loc?.naam ?? kern?.naam ?? a.kern.naam,
      address: {
        '@type': 'PostalAddress',
        streetAddress: loc?.adres ?? undefined,
        postalCode: loc?.postcode ?? undefined,
        addressLocality: loc?.plaats ?? a.kern.naam,
        addressCountry: 'NL',
      },
    },
    organizer: { '@type': 'Organization', name: a.organisatie.naam, url: abs(site, `/organisatie/${a.organisatie.slug}/`) },
  }
}
