/** How the open data's items are named (HSDS IDs) and where the open-data files are. */
import { v5 } from 'uuid'

export const HSDS_VERSION = '3.0'

/** The fixed namespace of every ID in our open data. Never change it: every ID would change with it. */
export const HSDS_NAMESPACE = 'f7c8c600-fd08-44bf-ac89-e3f1cfa02042'

/** UUID version 5 (name-based, SHA-1) of `name` in `namespace` (RFC 9562 section 5.5), by the uuid package. */
export const uuidV5 = (name: string, namespace: string = HSDS_NAMESPACE): string => v5(name, namespace)

/** The HSDS id of a key like ['aanbod', 'samen-eten'] or ['aanbod', 'samen-eten', 'locatie', 0]. */
export const hsdsId = (...key: (string | number)[]) => uuidV5(key.join('/'))

/** Public web addresses of the open data, relative to the site. */
export const OPEN_DATA_PADEN = {
  pagina: '/open-data/',
  index: '/open-data/hsds/index.json',
  services: '/open-data/hsds/services.json',
  organizations: '/open-data/hsds/organizations.json',
  taxonomies: '/open-data/hsds/taxonomies.json',
  taxonomyTerms: '/open-data/hsds/taxonomy_terms.json',
  csv: '/open-data/aanbod.csv',
} as const

export const serviceId = (slug: string) => hsdsId('aanbod', slug)
export const organizationId = (slug: string) => hsdsId('organisatie', slug)

/** An absolute address on the site. */
export const abs = (siteUrl: string | URL, pad: string) => new URL(pad, siteUrl).toString()
