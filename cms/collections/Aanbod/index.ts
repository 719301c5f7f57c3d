import type { CollectionConfig, RelationshipField } from 'payload'
import { relationship as relationshipValidation } from 'payload/shared'
import {
  AANBOD_VELDEN,
  aanbodStatussen,
  checks,
  controleWijzen,
  hooguit,
  firstError,
  INDELINGEN,
  type IndelingSlug,
  meedoenManieren,
  placematSoorten,
  schemaFrequenties,
  toegankelijkheidKenmerken,
  versheidStatussen,
} from '../../../content-schema'
import {
  createContent,
  deleteContent,
  isPartner,
  loggedInField,
  ownOrganisaties,
  readContent,
  readContentVersions,
  updateContent,
} from '../../access'
import { alleenRedactie, markTerBeoordeling, reviewPartnerPublish } from '../../hooks/partnerContent'
import { slugField } from '../../fields/slug'
import { contactGroup, locatieFields } from '../../fields/contact'
import { demoField, kostenGroup, options, statusField, taxonomyRelation, tekstVeld, terBeoordelingField } from '../../fields/common'
import { recurrenceFields } from '../../fields/recurrence'
import { computeVersheid, kloptNog, schrijfControle, stampGecontroleerd } from './hooks'
import { importEndpoints } from '../../import/endpoints'
import { bekijkOpSiteField } from '../../fields/bekijk-op-site'
import { voorbeeldEndpoint } from '../../voorbeeld'

const INDELING_EXTRA: Partial<Record<IndelingSlug, Partial<RelationshipField>>> = {
  kernen: {
    admin: { condition: (data) => !data?.heelTwenterand, description: 'In welke dorpen is het aanbod?' },
    validate: async (value: unknown, args: any) => {
      const base = await relationshipValidation(value as any, args)
      if (base !== true) return base
      const empty = !Array.isArray(value) || value.length === 0
      return empty && !args.data?.heelTwenterand ? 'Kernen: kies minstens één kern, of zet "Voor heel Twenterand" aan.' : true
    },
  },
  levensgebeurtenissen: { admin: { description: 'Bij welke gebeurtenissen in het leven helpt dit aanbod?' } },
}

export const Aanbod: CollectionConfig = {
  slug: 'aanbod',
  labels: { singular: 'Aanbod', plural: 'Aanbod' },
  typescript: { interface: 'Aanbod' },
  admin: {
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'organisatie', 'status', '_status', 'updatedAt'],
    group: 'Inhoud',
    description: 'Wat partners bieden: activiteiten, hulp en diensten voor inwoners van Twenterand.',
    // A partner's lists show its own organisaties' content (what it can change).
    baseFilter: ({ req: { user } }) => (isPartner(user) ? { organisatie: { in: ownOrganisaties(user) } } : null),
    listSearchableFields: ['titel', 'samenvatting', 'slug'],
    // Staff: import from a spreadsheet (cms/import).
    components: { beforeList: ['/components/ImportPanel#ImportPanel'] },
  },
  defaultSort: 'titel',
  access: { read: readContent, readVersions: readContentVersions, create: createContent, update: updateContent, delete: deleteContent },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [reviewPartnerPublish],
    beforeChange: [markTerBeoordeling, stampGecontroleerd],
    afterChange: [schrijfControle],
  },
  endpoints: [{ path: '/:id/klopt-nog', method: 'post', handler: kloptNog }, ...importEndpoints('aanbod'), voorbeeldEndpoint('aanbod')],
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Wat en voor wie',
          fields: [
            tekstVeld(AANBOD_VELDEN.titel),
            tekstVeld(AANBOD_VELDEN.samenvatting, 'textarea', {
              admin: {
                description: `In één of twee zinnen: wat is het en voor wie? Dit staat op kaartjes en op papier. ${hooguit(AANBOD_VELDEN.samenvatting)}`,
              },
            }),
            { name: 'beschrijving', type: 'richText', label: 'Beschrijving' },
            {
              name: 'organisatie',
              type: 'relationship',
              relationTo: 'organisaties',
              label: 'Organisatie',
              required: true,
            },
            {
              name: 'heelTwenterand',
              type: 'checkbox',
              label: 'Voor heel Twenterand',
              defaultValue: false,
              admin: { description: 'Aan: het aanbod is voor inwoners van alle kernen.' },
            },
            // The four indelingen (content-schema INDELINGEN), two with more to say.
            ...INDELINGEN.map((i) => taxonomyRelation(i, INDELING_EXTRA[i.slug])),
          ],
        },
        {
          label: 'Meedoen en kosten',
          fields: [
            kostenGroup(),
            {
              name: 'meedoen',
              type: 'group',
              label: 'Hoe doet u mee?',
              fields: [
                {
                  name: 'manier',
                  type: 'radio',
                  label: 'Manier',
                  options: options(meedoenManieren),
                  defaultValue: 'vrije-inloop',
                  required: true,
                },
                {
                  name: 'aanmeldinformatie',
                  type: 'textarea',
                  label: AANBOD_VELDEN.aanmeldinformatie.label,
                  admin: { condition: (_, s) => s?.manier !== 'vrije-inloop' },
                  validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                    firstError(
                      siblingData?.manier && siblingData.manier !== 'vrije-inloop'
                        ? checks.required(AANBOD_VELDEN.aanmeldinformatie.label, v)
                        : true,
                      checks.maxLength(AANBOD_VELDEN.aanmeldinformatie.label, v, AANBOD_VELDEN.aanmeldinformatie.max),
                    ),
                },
              ],
            },
            contactGroup(),
          ],
        },
        {
          label: 'Waar en wanneer',
          fields: [
            {
              name: 'locaties',
              type: 'array',
              label: 'Locaties',
              labels: { singular: 'Locatie', plural: 'Locaties' },
              fields: locatieFields(),
            },
            {
              name: 'tijden',
              type: 'group',
              label: 'Tijden',
              fields: [
                tekstVeld(AANBOD_VELDEN.tijden, 'text', {
                  admin: { description: 'Bijvoorbeeld: elke dinsdag van 10.00 tot 12.00 uur; of: op afspraak.' },
                }),
                {
                  name: 'schema',
                  type: 'array',
                  label: 'Vaste tijden',
                  labels: { singular: 'Vaste tijd', plural: 'Vaste tijden' },
                  admin: { description: 'Vul dit in als het aanbod op vaste momenten is. Dan komt het goed in de agenda en de open data.' },
                  fields: [
                    ...recurrenceFields({
                      frequencies: schemaFrequenties,
                      defaultFreq: 'WEEKLY',
                      needsDay: true,
                      prefix: 'Vaste tijd',
                    }),
                    {
                      type: 'row',
                      fields: [
                        {
                          name: 'opensAt',
                          type: 'text',
                          label: 'Van (uu:mm)',
                          admin: { width: '50%', placeholder: '10:00' },
                          validate: (v: unknown) => checks.time('Van', v),
                        },
                        {
                          name: 'closesAt',
                          type: 'text',
                          label: 'Tot (uu:mm)',
                          admin: { width: '50%', placeholder: '12:00' },
                          validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                            firstError(checks.time('Tot', v), checks.timeAfter('Tot', v, 'Van', siblingData?.opensAt)),
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              name: 'toegankelijkheid',
              type: 'group',
              label: 'Toegankelijkheid',
              fields: [
                {
                  name: 'kenmerken',
                  type: 'select',
                  label: 'Kenmerken',
                  hasMany: true,
                  options: toegankelijkheidKenmerken.map((k) => ({ value: k.slug, label: k.naam })),
                },
                tekstVeld(AANBOD_VELDEN.toegankelijkheidToelichting, 'textarea'),
              ],
            },
          ],
        },
      ],
    },
    bekijkOpSiteField('aanbod'),
    slugField('aanbod', 'titel'),
    statusField(aanbodStatussen, 'actief', 'Loopt het nog?'),
    {
      name: 'laatstGecontroleerd',
      type: 'group',
      label: 'Laatst gecontroleerd',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'datum',
          type: 'date',
          label: 'Datum',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
          validate: (v: unknown) => checks.date('Laatst gecontroleerd', v),
        },
        // A user's name (or e-mail address): never public.
        { name: 'door', type: 'text', label: 'Door', access: { read: loggedInField } },
        {
          name: 'via',
          type: 'select',
          label: 'Hoe',
          options: options(controleWijzen),
          access: { read: loggedInField },
          admin: { readOnly: true, description: 'In het beheer, of met de link in de herinnering per e-mail.' },
        },
        {
          name: 'kloptNog',
          type: 'ui',
          admin: { components: { Field: '/components/KloptNog#KloptNogField' } },
        },
        {
          name: 'versheid',
          type: 'select',
          label: 'Stand',
          virtual: true,
          options: versheidStatussen.map(({ value, label }) => ({ value, label })),
          admin: { readOnly: true, description: 'Na 6 maanden: controle nodig. Na 12 maanden: verouderd.' },
          hooks: { afterRead: [computeVersheid] },
        },
      ],
    },
    {
      name: 'placemats',
      type: 'select',
      label: 'Op de placemat',
      hasMany: true,
      options: options(placematSoorten),
      admin: { position: 'sidebar', description: 'Kiest de redactie.' },
      hooks: { beforeValidate: [alleenRedactie('Op de placemat', [], true)] },
    },
    terBeoordelingField(),
    demoField(),
  ],
}
