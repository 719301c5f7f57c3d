import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone, authenticated, staff } from '../../access'
import { maxLength } from '../../fields/common'
import { projectRoot } from '../../paths'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  typescript: { interface: 'Media' },
  admin: { group: 'Inhoud', description: 'Logo’s en foto’s. Beschrijf altijd wat er op de afbeelding staat.' },
  access: { read: anyone, create: authenticated, update: staff, delete: staff },
  upload: {
    staticDir: path.join(projectRoot(), 'data', 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    imageSizes: [{ name: 'kaart', width: 640 }],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Beschrijving van de afbeelding (alt-tekst)',
      required: true,
      admin: { description: 'Voor mensen die de afbeelding niet kunnen zien. Bijvoorbeeld: logo van Buurthuis De Linde.' },
      validate: maxLength('Beschrijving van de afbeelding', 200, true),
    },
  ],
}
