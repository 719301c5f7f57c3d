import type { CollectionConfig, Field } from 'payload'
import { anyone, hiddenForPartners, staff } from '../../access'
import { slugField } from '../../fields/slug'
import { tekstVeld } from '../../fields/common'
import { checks, INDELING_VELDEN, INDELINGEN, type Indeling } from '../../../content-schema'

/**
 * The CMS collection of one indeling (kernen, levensgebeurtenissen, doelgroepen, thema's; content-schema INDELINGEN):
 * a name, a slug and a one-line description. Their first content comes from content-schema's reference data (see
 * the seed); from then on staff edit the terms here.
 */
export function taxonomyCollection(indeling: Indeling, extraFields: Field[] = []): CollectionConfig {
  const slug = indeling.slug
  return {
    slug,
    labels: { singular: indeling.labelEnkelvoud, plural: indeling.label },
    typescript: { interface: indeling.labelEnkelvoud },
    admin: {
      useAsTitle: 'naam',
      defaultColumns: ['naam', 'slug', 'volgorde'],
      group: 'Indeling',
      description: indeling.omschrijving,
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

/** A kern's fields beyond name, slug and description. */
const kernVelden: Field[] = [
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
]

/** The collections of the four indelingen, in content-schema's order. */
export const indelingCollections: CollectionConfig[] = INDELINGEN.map((i) => taxonomyCollection(i, i.slug === 'kernen' ? kernVelden : []))
