import type { CollectionConfig } from 'payload'
import { ACTIVITEIT_VELDEN, activiteitLabels, activiteitStatussen, checks, firstError, herhalingFrequenties } from '../../../content-schema'
import { createContent, deleteContent, isPartner, ownOrganisaties, readContent, readContentVersions, updateContent } from '../../access'
import { markTerBeoordeling, reviewPartnerPublish } from '../../hooks/partnerContent'
import { slugField } from '../../fields/slug'
import { locatieFields } from '../../fields/contact'
import { demoField, kostenGroup, statusField, tekstVeld, terBeoordelingField } from '../../fields/common'
import { recurrenceFields } from '../../fields/recurrence'
import { bekijkOpSiteField } from '../../fields/bekijk-op-site'
import { voorbeeldEndpoint } from '../../voorbeeld'

type Args = { data: Record<string, any>; siblingData: Record<string, any> }

const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, timeFormat: 'HH:mm', timeIntervals: 15, displayFormat: 'EEEE d MMMM yyyy, HH:mm' },
}

export const Activiteiten: CollectionConfig = {
  slug: 'activiteiten',
  labels: { singular: 'Activiteit', plural: 'Activiteiten' },
  typescript: { interface: 'Activiteit' },
  admin: {
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'start', 'kern', 'status', '_status'],
    group: 'Inhoud',
    description: 'De agenda "Twenterand Ontmoet": activiteiten op een datum, eenmalig of herhalend.',
    // A partner's lists show its own organisaties' content (what it can change).
    baseFilter: ({ req: { user } }) => (isPartner(user) ? { organisatie: { in: ownOrganisaties(user) } } : null),
    listSearchableFields: ['titel', 'slug'],
  },
  defaultSort: 'start',
  access: { read: readContent, readVersions: readContentVersions, create: createContent, update: updateContent, delete: deleteContent },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [voorbeeldEndpoint('activiteiten')],
  hooks: { beforeOperation: [reviewPartnerPublish], beforeChange: [markTerBeoordeling] },
  fields: [
    tekstVeld(ACTIVITEIT_VELDEN.titel),
    { name: 'beschrijving', type: 'richText', label: 'Beschrijving' },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          label: 'Begint',
          required: true,
          timezone: true,
          admin: { ...dateTime, width: '50%' },
          validate: (v: unknown) => firstError(checks.required('Begint', v), checks.date('Begint', v)),
        },
        {
          name: 'einde',
          type: 'date',
          label: 'Eindigt',
          required: true,
          timezone: true,
          admin: { ...dateTime, width: '50%' },
          validate: (v: unknown, { data }: Args) =>
            firstError(checks.required('Eindigt', v), checks.date('Eindigt', v), checks.after('Eindigt', v, 'Begint', data?.start)),
        },
      ],
    },
    {
      name: 'herhaling',
      type: 'group',
      label: 'Herhaling',
      admin: { description: 'Komt de activiteit vaker terug? De dag van de week volgt uit de begindatum, tenzij u dagen kiest.' },
      fields: [
        ...recurrenceFields({
          frequencies: herhalingFrequenties,
          defaultFreq: 'none',
          needsDay: false,
          prefix: 'Herhaling',
          monthDay: false,
        }),
        {
          name: 'until',
          type: 'date',
          label: 'Herhalen tot en met',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
            condition: (_, s) => Boolean(s?.freq && s.freq !== 'none'),
          },
          validate: (v: unknown, { data }: Args) =>
            firstError(checks.date('Herhalen tot en met', v), checks.after('Herhalen tot en met', v, 'Begint', data?.start)),
        },
        {
          name: 'uitzonderingen',
          type: 'array',
          label: 'Gaat niet door op',
          labels: { singular: 'Datum', plural: 'Datums' },
          admin: { condition: (_, s) => Boolean(s?.freq && s.freq !== 'none') },
          fields: [
            {
              name: 'datum',
              type: 'date',
              label: 'Datum',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
              validate: (v: unknown) => firstError(checks.required('Gaat niet door op', v), checks.date('Gaat niet door op', v)),
            },
          ],
        },
      ],
    },
    {
      name: 'kern',
      type: 'relationship',
      relationTo: 'kernen',
      label: 'Kern',
      required: true,
      admin: { position: 'sidebar' },
    },
    { name: 'locatie', type: 'group', label: 'Locatie', fields: locatieFields() },
    {
      name: 'organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      label: 'Organisatie',
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'aanbod',
      type: 'relationship',
      relationTo: 'aanbod',
      label: 'Hoort bij aanbod',
      admin: { position: 'sidebar', description: 'Optioneel: het aanbod waar deze activiteit bij hoort.' },
    },
    kostenGroup(),
    {
      name: 'aanmelden',
      type: 'group',
      label: 'Aanmelden',
      fields: [
        { name: 'nodig', type: 'checkbox', label: 'Aanmelden is nodig', defaultValue: false },
        {
          name: 'informatie',
          type: 'textarea',
          label: 'Hoe meldt u zich aan?',
          admin: { condition: (_, s) => Boolean(s?.nodig) },
          validate: (v: unknown, { siblingData }: Args) =>
            firstError(
              siblingData?.nodig ? checks.required('Hoe meldt u zich aan?', v) : true,
              checks.maxLength('Hoe meldt u zich aan?', v, 500),
            ),
        },
      ],
    },
    {
      name: 'labels',
      type: 'select',
      label: 'Labels',
      hasMany: true,
      options: activiteitLabels.map((l) => ({ value: l.slug, label: l.naam })),
      admin: { position: 'sidebar' },
    },
    bekijkOpSiteField('activiteiten'),
    slugField('activiteiten', 'titel'),
    statusField(activiteitStatussen, 'gepland'),
    terBeoordelingField(),
    demoField(),
  ],
}
