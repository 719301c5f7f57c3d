import type { CollectionConfig } from 'payload'
import { rollen } from '../../../content-schema'
import { authenticated } from '../../access'
import { maxLength, options } from '../../fields/common'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  typescript: { interface: 'User' },
  admin: { useAsTitle: 'naam', defaultColumns: ['naam', 'email', 'rol'], group: 'Beheer' },
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  access: { read: authenticated, create: authenticated, update: authenticated, delete: authenticated },
  fields: [
    { name: 'naam', type: 'text', label: 'Naam', required: true, validate: maxLength('Naam', 120, true) },
    {
      name: 'rol',
      type: 'select',
      label: 'Rol',
      options: options(rollen),
      defaultValue: 'partner',
      required: true,
      saveToJWT: true,
      admin: {
        position: 'sidebar',
        description: 'Beheerder: alles. Redacteur: alle inhoud. Partner: alleen het aanbod van de eigen organisatie(s).',
      },
    },
    {
      name: 'organisaties',
      type: 'relationship',
      relationTo: 'organisaties',
      hasMany: true,
      label: 'Organisaties',
      saveToJWT: true,
      admin: { position: 'sidebar', condition: (data) => data?.rol === 'partner' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.rol === 'partner' && (!Array.isArray(value) || value.length === 0)
          ? 'Organisaties: een partner hoort bij minstens één organisatie. Kies de organisatie(s).'
          : true,
    },
  ],
}
