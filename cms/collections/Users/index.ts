import type { CollectionConfig } from 'payload'
import { rollen } from '../../../content-schema'
import { beheerder, beheerderField, isBeheerder, readUsers, updateUsers } from '../../access'
import { maxLength, options } from '../../fields/common'
import { authEndpoints } from './endpoints'
import { checkPasswordRules, checkResetPassword } from './hooks'
import { resetEmailHTML, resetEmailSubject } from './reset-email'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  typescript: { interface: 'User' },
  admin: { useAsTitle: 'naam', defaultColumns: ['naam', 'email', 'rol'], group: 'Beheer', hidden: ({ user }) => !isBeheerder(user as any) },
  auth: {
    // Five wrong passwords lock the account for 15 minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Our forgot-password endpoint (./endpoints.ts) sends this e-mail itself: Payload's own sending first reserves
    // the account with a write outside its transaction, which on SQLite waits for that transaction's write lock
    // ("database is locked", 500 for every address).
    forgotPassword: {
      // A reset link works one hour.
      expiration: 60 * 60 * 1000,
      generateEmailSubject: resetEmailSubject,
      generateEmailHTML: resetEmailHTML,
    },
  },
  // Login, forgot-password and first-register: rate limits, equal answers, no claiming a real installation.
  endpoints: authEndpoints,
  hooks: { beforeValidate: [checkPasswordRules], beforeOperation: [checkResetPassword] },
  access: {
    read: readUsers,
    create: beheerder,
    update: updateUsers,
    delete: beheerder,
    // Only a beheerder unlocks an account (otherwise anyone logged in could undo the lockout).
    unlock: beheerder,
    admin: ({ req: { user } }) => Boolean(user),
  },
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
      access: { create: beheerderField, update: beheerderField },
      admin: {
        position: 'sidebar',
        description:
          'Beheerder: accounts en alle inhoud. Redacteur: alle inhoud. Partner: alleen het aanbod van de eigen organisatie(s). Meldpunt: de meldingen van het Meldpunt (en verder niets).',
      },
    },
    {
      name: 'organisaties',
      type: 'relationship',
      relationTo: 'organisaties',
      hasMany: true,
      label: 'Organisaties',
      saveToJWT: true,
      access: { create: beheerderField, update: beheerderField },
      admin: { position: 'sidebar', condition: (data) => data?.rol === 'partner' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.rol === 'partner' && (!Array.isArray(value) || value.length === 0)
          ? 'Organisaties: een partner hoort bij minstens één organisatie. Kies de organisatie(s).'
          : true,
    },
  ],
}
