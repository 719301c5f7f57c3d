/** The shapes of the open data: its input (the site's content) and the HSDS 3.0 objects it makes. */
import type { IndelingSlug } from '../../../content-schema'
import type { Content } from '../cms'

/** The content the open data is made of: exactly what getContent gives the site. */
export type OpenDataContent = Pick<Content, 'aanbod' | 'organisaties' | IndelingSlug>

// ---------- HSDS 3.0 object shapes (the fields we fill) ----------

export interface HsdsTaxonomy {
  id: string
  name: string
  description: string
  uri?: string
}
export interface HsdsTaxonomyTerm {
  id: string
  code: string
  name: string
  description: string
  taxonomy: string
  taxonomy_id: string
  language: string
  term_uri?: string
}
export interface HsdsAttribute {
  id: string
  link_id: string
  link_type: string
  link_entity: 'service' | 'organization'
  taxonomy_term_id: string
  value?: string
  taxonomy_term: HsdsTaxonomyTerm
}
export interface HsdsPhone {
  id: string
  service_id?: string
  organization_id?: string
  contact_id?: string
  number: string
  type: 'voice'
}
export interface HsdsContact {
  id: string
  service_id: string
  name: string
  email?: string
  phones: HsdsPhone[]
}
export interface HsdsAddress {
  id: string
  location_id: string
  address_1: string
  city: string
  state_province: string
  postal_code: string
  country: 'NL'
  address_type: 'physical'
}
export interface HsdsAccessibility {
  id: string
  location_id: string
  description: string
  details?: string
}
export interface HsdsLocation {
  id: string
  location_type: 'physical'
  organization_id: string
  name?: string
  description?: string
  latitude?: number
  longitude?: number
  addresses: HsdsAddress[]
  accessibility: HsdsAccessibility[]
}
export interface HsdsServiceAtLocation {
  id: string
  service_id: string
  location_id: string
  location: HsdsLocation
}
export interface HsdsSchedule {
  id: string
  service_id: string
  freq?: 'WEEKLY' | 'MONTHLY'
  interval?: number
  byday?: string
  bymonthday?: string
  opens_at?: string
  closes_at?: string
  description?: string
  notes?: string
}
export interface HsdsCostOption {
  id: string
  service_id: string
  option: string
  currency: 'EUR'
  amount?: number
  amount_description?: string
}
export interface HsdsServiceArea {
  id: string
  service_id: string
  name: string
  description?: string
}
export interface HsdsOrganizationBasic {
  id: string
  name: string
  description: string
  email?: string
  website?: string
}
export interface HsdsOrganization extends HsdsOrganizationBasic {
  phones: HsdsPhone[]
  locations: HsdsLocation[]
  attributes: HsdsAttribute[]
}
export interface HsdsService {
  id: string
  organization_id: string
  name: string
  description: string
  url: string
  email?: string
  status: 'active' | 'inactive' | 'temporarily closed'
  application_process: string
  fees_description: string
  eligibility_description?: string
  assured_date?: string
  alert?: string
  last_modified: string
  organization: HsdsOrganizationBasic
  phones: HsdsPhone[]
  schedules: HsdsSchedule[]
  service_areas: HsdsServiceArea[]
  service_at_locations: HsdsServiceAtLocation[]
  cost_options: HsdsCostOption[]
  contacts: HsdsContact[]
  attributes: HsdsAttribute[]
}
/** An HSDS API list response (the OpenAPI "Page" plus contents), here always one page with everything. */
export interface HsdsPage<T> {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}
