import type { CheckboxField, Field, GroupField, RelationshipField, SelectField } from 'payload'
import {
  AANBOD_VELDEN,
  checkKostenBedrag,
  checks,
  firstError,
  type Indeling,
  kostenSoorten,
  type Option,
  type Veld,
} from '../../content-schema'
import { alleenRedactie } from '../hooks/partnerContent'

/** Payload select options from a content-schema option list. */
export const options = (list: readonly Option[]) => list.map(({ value, label }) => ({ value, label }))

export const demoField = (): CheckboxField => ({
  name: 'demo',
  type: 'checkbox',
  label: 'Voorbeeld (demo-inhoud)',
  defaultValue: false,
  hooks: { beforeValidate: [alleenRedactie('Voorbeeld (demo-inhoud)', false)] },
  admin: {
    position: 'sidebar',
    description: 'Aan: dit is verzonnen voorbeeldinhoud. De site laat duidelijk zien dat het een voorbeeld is.',
  },
})

/** Set when a partner's change waits for a redacteur (when "partners publiceren zelf" is off). */
export const terBeoordelingField = (): CheckboxField => ({
  name: 'terBeoordeling',
  type: 'checkbox',
  label: 'Ter beoordeling',
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Aan: een partner heeft een wijziging ingediend. Een redacteur kijkt ernaar en publiceert.',
  },
  access: { read: ({ req }) => Boolean(req.user) },
})

/** The aanbod's field of one indeling: its terms, by the indeling's slug and label. */
export const taxonomyRelation = (indeling: Indeling, extra: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: indeling.slug,
    type: 'relationship',
    relationTo: indeling.slug,
    hasMany: true,
    label: indeling.label,
    ...extra,
  }) as RelationshipField

export const kostenGroup = (): GroupField => ({
  name: 'kosten',
  type: 'group',
  label: 'Kosten',
  fields: [
    {
      name: 'soort',
      type: 'radio',
      label: 'Wat kost het?',
      options: options(kostenSoorten),
      defaultValue: 'gratis',
      required: true,
      admin: { layout: 'horizontal' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'bedrag',
          type: 'number',
          label: 'Bedrag in euro',
          min: 0,
          admin: { width: '30%', step: 0.5, condition: (_, s) => s?.soort === 'eigen-bijdrage' },
          validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            checkKostenBedrag('Bedrag in euro', v, siblingData?.soort, siblingData?.omschrijving),
        },
        {
          name: 'omschrijving',
          type: 'text',
          label: AANBOD_VELDEN.kostenOmschrijving.label,
          admin: {
            width: '70%',
            description:
              'Wat het bedrag inhoudt, zonder het bedrag: dat staat al bij "Bedrag in euro". Bijvoorbeeld: koffie en thee; of: per maand, korting met de Twenterandpas.',
            condition: (_, s) => s?.soort === 'eigen-bijdrage',
          },
          validate: veldValidatie(AANBOD_VELDEN.kostenOmschrijving),
        },
      ],
    },
  ],
})

export const statusField = (list: readonly Option[], defaultValue: string, label = 'Status'): SelectField => ({
  name: 'status',
  type: 'select',
  label,
  options: options(list),
  defaultValue,
  required: true,
  admin: { position: 'sidebar' },
})

/** Validate a field's length with a Dutch message naming it. */
export const maxLength =
  (label: string, max: number, required = false) =>
  (v: unknown) =>
    firstError(required ? checks.required(label, v) : true, checks.maxLength(label, v, max))

/** The validation of a content-schema field (velden.ts): required and its length limit, messages naming its label. */
export const veldValidatie = (veld: Veld) => (v: unknown) =>
  firstError(veld.required ? checks.required(veld.label, v) : true, veld.max ? checks.maxLength(veld.label, v, veld.max) : true)

/** A Payload text or textarea field from a content-schema field: name (last part of its path), label, required, limit. */
export const tekstVeld = (
  veld: Veld,
  type: 'text' | 'textarea' = 'text',
  extra: { admin?: Record<string, unknown>; label?: string } = {},
) =>
  ({
    name: veld.naam.split('.').pop()!,
    type,
    label: veld.label,
    ...(veld.required ? { required: true } : {}),
    validate: veldValidatie(veld),
    ...extra,
  }) as Field
