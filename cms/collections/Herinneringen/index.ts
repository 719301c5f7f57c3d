import type { CollectionConfig } from 'payload'
import { staff } from '../../access'

/** Every reminder e-mail sent to an organisation's contactpersonen, written by the reminder job only. */
export const Herinneringen: CollectionConfig = {
  slug: 'herinneringen',
  labels: { singular: 'Herinnering', plural: 'Herinneringen' },
  typescript: { interface: 'Herinnering' },
  admin: {
    useAsTitle: 'onderwerp',
    defaultColumns: ['organisatie', 'verstuurdOp', 'aantal', 'aan'],
    group: 'Beheer',
    description: 'Verstuurde herinneringen om aanbod na te kijken. Hooguit één per organisatie per 14 dagen.',
  },
  defaultSort: '-verstuurdOp',
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'organisatie', type: 'relationship', relationTo: 'organisaties', label: 'Organisatie', required: true, index: true },
    {
      name: 'verstuurdOp',
      type: 'date',
      label: 'Verstuurd op',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'aan', type: 'text', label: 'Aan', required: true },
    { name: 'onderwerp', type: 'text', label: 'Onderwerp', required: true },
    { name: 'aanbod', type: 'relationship', relationTo: 'aanbod', hasMany: true, label: 'Aanbod dat nagekeken moet worden' },
    { name: 'aantal', type: 'number', label: 'Aantal' },
  ],
}
