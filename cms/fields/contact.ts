import type { Field, GroupField, NumberField, TextField } from 'payload'
import { checks, firstError, normalizePostcode, isDutchPostcode } from '../../content-schema'

type Opts = { name: string; label: string; required?: boolean; description?: string }

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() || null : value)

/** A text field with one of content-schema's checks, its input tidied before validation. */
function checkedText(
  { name, label, required, description }: Opts,
  check: (label: string, v: unknown) => true | string,
  tidy: (value: unknown) => unknown = trimmed,
): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    admin: description ? { description } : undefined,
    hooks: { beforeValidate: [({ value }) => tidy(value)] },
    validate: (v) => firstError(required ? checks.required(label, v) : true, check(label, v)),
  }
}

export const phoneField = (o: Opts) => checkedText({ description: 'Bijvoorbeeld 0546 123 456 of 06 12345678.', ...o }, checks.phone)

export const emailField = (o: Opts) => checkedText(o, checks.email, (v) => (typeof v === 'string' ? v.trim().toLowerCase() || null : v))

export const urlField = (o: Opts) => checkedText({ description: 'Het hele adres, met https:// ervoor.', ...o }, checks.url)

export const postcodeField = (o: Opts) =>
  checkedText({ description: 'Bijvoorbeeld 7671 AB.', ...o }, checks.postcode, (v) =>
    typeof v === 'string' && isDutchPostcode(v) ? normalizePostcode(v) : trimmed(v),
  )

const coordinate = (name: 'latitude' | 'longitude', label: string): NumberField => ({
  name,
  type: 'number',
  label,
  admin: { step: 0.0001, width: '50%' },
  validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    const other = name === 'latitude' ? siblingData?.longitude : siblingData?.latitude
    const both =
      (v === null || v === undefined) !== (other === null || other === undefined)
        ? `${label}: vul de breedtegraad én de lengtegraad in, of laat ze allebei leeg.`
        : true
    return firstError(name === 'latitude' ? checks.latitude(label, v) : checks.longitude(label, v), both)
  },
})

/** Name, address, postcode, place and optional coordinates of a place where something happens. */
export const locatieFields = (): Field[] => [
  { name: 'naam', type: 'text', label: 'Naam van de plek', admin: { description: 'Bijvoorbeeld: Buurthuis De Linde.' } },
  { name: 'adres', type: 'text', label: 'Straat en huisnummer' },
  {
    type: 'row',
    fields: [
      { ...postcodeField({ name: 'postcode', label: 'Postcode' }), admin: { width: '30%', description: 'Bijvoorbeeld 7671 AB.' } },
      { name: 'plaats', type: 'text', label: 'Plaats', admin: { width: '70%' } },
    ],
  },
  {
    type: 'row',
    fields: [coordinate('latitude', 'Breedtegraad'), coordinate('longitude', 'Lengtegraad')],
  },
]

export const adresGroup = (): GroupField => ({
  name: 'adres',
  type: 'group',
  label: 'Adres',
  fields: [
    { name: 'straat', type: 'text', label: 'Straat en huisnummer' },
    {
      type: 'row',
      fields: [
        { ...postcodeField({ name: 'postcode', label: 'Postcode' }), admin: { width: '30%' } },
        { name: 'plaats', type: 'text', label: 'Plaats', admin: { width: '70%' } },
      ],
    },
  ],
})

export const contactGroup = (): GroupField => ({
  name: 'contact',
  type: 'group',
  label: 'Contact',
  admin: { description: 'Waar kunnen mensen terecht met een vraag over dit aanbod?' },
  fields: [
    phoneField({ name: 'telefoon', label: 'Telefoon' }),
    emailField({ name: 'email', label: 'E-mail' }),
    urlField({ name: 'website', label: 'Website' }),
  ],
})
