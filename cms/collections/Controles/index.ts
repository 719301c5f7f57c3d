import type { CollectionConfig } from 'payload'
import { controleWijzen } from '../../../content-schema'
import { nobody, staff } from '../../access'
import { options } from '../../fields/common'

/**
 * Every check of an aanbod ("klopt nog", an edit, a link in the reminder e-mail), written in one place only: the
 * aanbod's afterChange hook schrijfControle (cms/collections/Aanbod/hooks.ts), for published saves. Staff read it
 * (the dashboard's monthly table); nobody writes it over the API.
 */
export const Controles: CollectionConfig = {
  slug: 'controles',
  labels: { singular: 'Controle', plural: 'Controles' },
  typescript: { interface: 'Controle' },
  admin: {
    useAsTitle: 'datum',
    defaultColumns: ['aanbod', 'organisatie', 'datum', 'via', 'door'],
    group: 'Beheer',
    description: 'Wanneer en hoe aanbod is nagekeken: in het beheer of met de link in de herinnering.',
  },
  defaultSort: '-datum',
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'aanbod', type: 'relationship', relationTo: 'aanbod', label: 'Aanbod', index: true },
    { name: 'organisatie', type: 'relationship', relationTo: 'organisaties', label: 'Organisatie', index: true },
    {
      name: 'datum',
      type: 'date',
      label: 'Datum',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'via', type: 'select', label: 'Hoe', options: options(controleWijzen), required: true },
    { name: 'door', type: 'text', label: 'Door' },
  ],
}
