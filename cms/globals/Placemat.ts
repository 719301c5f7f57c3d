import type { GlobalConfig } from 'payload'
import { anyone, hiddenForPartners, staff } from '../access'
import { maxLength } from '../fields/common'

/** A placemat: the municipality's overview of freely accessible aanbod, in ordered sections. */
const placemat = (slug: 'placemat-jeugd' | 'placemat-algemeen', label: string, interfaceName: string): GlobalConfig => ({
  slug,
  label,
  typescript: { interface: interfaceName },
  admin: {
    group: 'Placemats en pagina’s',
    hidden: hiddenForPartners,
    description: 'Kies per onderdeel het aanbod, in de volgorde waarin het op de placemat moet staan.',
  },
  access: { read: anyone, readVersions: staff, update: staff },
  versions: { max: 50 },
  fields: [
    { name: 'titel', type: 'text', label: 'Titel', required: true, validate: maxLength('Titel', 120, true) },
    { name: 'intro', type: 'textarea', label: 'Inleiding', validate: maxLength('Inleiding', 500) },
    {
      name: 'secties',
      type: 'array',
      label: 'Onderdelen',
      labels: { singular: 'Onderdeel', plural: 'Onderdelen' },
      fields: [
        {
          name: 'titel',
          type: 'text',
          label: 'Titel van het onderdeel',
          required: true,
          validate: maxLength('Titel van het onderdeel', 80, true),
        },
        { name: 'aanbod', type: 'relationship', relationTo: 'aanbod', hasMany: true, label: 'Aanbod', required: true },
      ],
    },
  ],
})

export const PlacematJeugd = placemat('placemat-jeugd', 'Placemat Jeugd', 'PlacematJeugd')
export const PlacematAlgemeen = placemat('placemat-algemeen', 'Placemat Algemeen', 'PlacematAlgemeen')
