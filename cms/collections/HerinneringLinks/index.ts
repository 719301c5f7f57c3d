import type { CollectionConfig } from 'payload'
import { nobody, staff } from '../../access'

/**
 * The "Klopt nog" links of the reminder e-mails (cms/klopt-nog-link.ts): per link only the SHA-256 hash of its random
 * token (never the token; the hash is not readable over the API or in the admin), what it is bound to (the
 * organisatie, the exact aanbod it names, the contact it was sent to), when it expires and when it was used. Written
 * by the reminder job and the link's endpoint only; staff can read the rest, hidden from the admin's navigation.
 */
export const HerinneringLinks: CollectionConfig = {
  slug: 'herinnering-links',
  labels: { singular: 'Herinneringslink', plural: 'Herinneringslinks' },
  typescript: { interface: 'HerinneringLink' },
  admin: {
    hidden: true,
    defaultColumns: ['organisatie', 'aanbod', 'verlooptOp', 'gebruiktOp', 'uitkomst'],
    group: 'Beheer',
  },
  defaultSort: '-createdAt',
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'tokenHash',
      type: 'text',
      label: 'Controlegetal',
      required: true,
      unique: true,
      index: true,
      // Only the server compares it (with overrideAccess): not in any API answer, not filterable.
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
    { name: 'organisatie', type: 'relationship', relationTo: 'organisaties', label: 'Organisatie', index: true },
    { name: 'aanbod', type: 'relationship', relationTo: 'aanbod', hasMany: true, label: 'Aanbod in de link', required: true },
    { name: 'contactNaam', type: 'text', label: 'Verstuurd aan (naam)' },
    { name: 'contactEmail', type: 'email', label: 'Verstuurd aan (e-mail)', required: true },
    { name: 'verlooptOp', type: 'date', label: 'Verloopt op', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'gebruiktOp', type: 'date', label: 'Gebruikt op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'uitkomst',
      type: 'select',
      label: 'Uitkomst',
      options: [
        { value: 'bevestigd', label: 'Alles bevestigd' },
        { value: 'deels', label: 'Deels bevestigd' },
        { value: 'niets', label: 'Niets bevestigd' },
      ],
    },
  ],
}
