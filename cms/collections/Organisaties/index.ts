import type { CollectionConfig } from 'payload'
import {
  anyone,
  contactpersonenField,
  isPartner,
  ownOrganisaties,
  readOrganisatieVersions,
  staff,
  updateOwnOrganisatie,
} from '../../access'
import { slugField } from '../../fields/slug'
import { adresGroup, emailField, phoneField, urlField } from '../../fields/contact'
import { demoField, tekstVeld } from '../../fields/common'
import { ORGANISATIE_VELDEN } from '../../../content-schema'
import { importEndpoints } from '../../import/endpoints'
import { bekijkOpSiteField } from '../../fields/bekijk-op-site'
import { reviewPartnerProfiel } from '../../hooks/partnerContent'

export const Organisaties: CollectionConfig = {
  slug: 'organisaties',
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  typescript: { interface: 'Organisatie' },
  admin: {
    useAsTitle: 'naam',
    defaultColumns: ['naam', 'telefoon', 'updatedAt'],
    group: 'Inhoud',
    description: 'De partners die aanbod en activiteiten hebben op de sociale kaart.',
    baseFilter: ({ req: { user } }) => (isPartner(user) ? { id: { in: ownOrganisaties(user) } } : null),
    // Staff: import from a spreadsheet (cms/import).
    components: { beforeList: ['/components/ImportPanel#ImportPanel'] },
  },
  defaultSort: 'naam',
  access: { read: anyone, readVersions: readOrganisatieVersions, create: staff, update: updateOwnOrganisatie, delete: staff },
  versions: { maxPerDoc: 50 },
  // "Partners publiceren zelf" off: a partner may not change the public part of its profile itself.
  hooks: { beforeChange: [reviewPartnerProfiel] },
  endpoints: importEndpoints('organisaties'),
  fields: [
    tekstVeld(ORGANISATIE_VELDEN.naam),
    bekijkOpSiteField('organisaties'),
    slugField('organisaties', 'naam'),
    tekstVeld(ORGANISATIE_VELDEN.korteOmschrijving, 'textarea', {
      admin: { description: 'Wat doet de organisatie? Eén of twee zinnen in eenvoudige taal.' },
    }),
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    urlField({ name: 'website', label: 'Website' }),
    emailField({ name: 'email', label: 'E-mail' }),
    phoneField({ name: 'telefoon', label: 'Telefoon' }),
    adresGroup(),
    {
      name: 'contactpersonen',
      type: 'array',
      label: 'Contactpersonen (niet openbaar)',
      labels: { singular: 'Contactpersoon', plural: 'Contactpersonen' },
      admin: {
        description:
          'Zij krijgen een herinnering als het aanbod van de organisatie moet worden nagekeken. Deze gegevens staan nooit op de site.',
      },
      access: { read: contactpersonenField, create: contactpersonenField, update: contactpersonenField },
      fields: [tekstVeld(ORGANISATIE_VELDEN.contactpersoonNaam), emailField({ name: 'email', label: 'E-mail', required: true })],
    },
    demoField(),
  ],
}
