import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { anyone, hiddenForPartners, staff } from '../../access'
import { slugField } from '../../fields/slug'
import { tekstVeld } from '../../fields/common'
import { checks, INDELING_VELDEN } from '../../../content-schema'

type TaxonomyArgs = {
  slug: CollectionSlug
  singular: string
  plural: string
  interfaceName: string
  description: string
  extraFields?: Field[]
}

/**
 * The editable taxonomies (kernen, levensgebeurtenissen, doelgroepen, thema's): a name, a slug and a one-line
 * description. Their first content comes from content-schema's reference data (see the seed).
 */
export function taxonomyCollection({
  slug,
  singular,
  plural,
  interfaceName,
  description,
  extraFields = [],
}: TaxonomyArgs): CollectionConfig {
  return {
    slug,
    labels: { singular, plural },
    typescript: { interface: interfaceName },
    admin: {
      useAsTitle: 'naam',
      defaultColumns: ['naam', 'slug', 'volgorde'],
      group: 'Indeling',
      description,
      hidden: hiddenForPartners,
    },
    defaultSort: 'volgorde',
    access: { read: anyone, readVersions: staff, create: staff, update: staff, delete: staff },
    versions: { maxPerDoc: 20 },
    fields: [
      tekstVeld(INDELING_VELDEN.naam),
      slugField(slug, 'naam'),
      tekstVeld(INDELING_VELDEN.omschrijving, 'textarea', { label: 'Omschrijving (één zin, eenvoudige taal)' }),
      {
        name: 'volgorde',
        type: 'number',
        label: 'Volgorde',
        admin: { position: 'sidebar', description: 'Lagere nummers staan eerder in lijsten.' },
      },
      ...extraFields,
    ],
  }
}

export const Kernen = taxonomyCollection({
  slug: 'kernen',
  singular: 'Kern',
  plural: 'Kernen',
  interfaceName: 'Kern',
  description: 'De dorpen (kernen) van Twenterand, met hun buurtschappen.',
  extraFields: [
    {
      name: 'andereNamen',
      type: 'array',
      label: 'Andere namen',
      labels: { singular: 'Naam', plural: 'Namen' },
      fields: [{ name: 'naam', type: 'text', label: 'Naam', required: true }],
    },
    {
      name: 'buurtschappen',
      type: 'array',
      label: 'Buurtschappen',
      labels: { singular: 'Buurtschap', plural: 'Buurtschappen' },
      fields: [{ name: 'naam', type: 'text', label: 'Naam', required: true }],
    },
    {
      name: 'postcodes',
      type: 'text',
      label: 'Postcodegebied',
      admin: { description: 'Bijvoorbeeld 7670-7672. Leeg als dit niet is nagekeken.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          label: 'Breedtegraad van het centrum',
          admin: { width: '50%' },
          validate: (v: unknown) => checks.latitude('Breedtegraad van het centrum', v),
        },
        {
          name: 'longitude',
          type: 'number',
          label: 'Lengtegraad van het centrum',
          admin: { width: '50%' },
          validate: (v: unknown) => checks.longitude('Lengtegraad van het centrum', v),
        },
      ],
    },
    { name: 'inwoners', type: 'number', label: 'Aantal inwoners (ongeveer)', min: 0 },
  ],
})

export const Levensgebeurtenissen = taxonomyCollection({
  slug: 'levensgebeurtenissen',
  singular: 'Levensgebeurtenis',
  plural: 'Levensgebeurtenissen',
  interfaceName: 'Levensgebeurtenis',
  description: 'Wat mensen meemaken, zoals rouw, ziekte of pensioen.',
})

export const Doelgroepen = taxonomyCollection({
  slug: 'doelgroepen',
  singular: 'Doelgroep',
  plural: 'Doelgroepen',
  interfaceName: 'Doelgroep',
  description: 'Voor wie het aanbod is.',
})

export const Themas = taxonomyCollection({
  slug: 'themas',
  singular: 'Thema',
  plural: "Thema's",
  interfaceName: 'Thema',
  description: 'Waar het aanbod over gaat.',
})
