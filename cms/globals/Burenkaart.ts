import type { GlobalConfig } from 'payload'
import { anyone, hiddenForPartners, staff } from '../access'
import { maxLength } from '../fields/common'
import { checks, firstError } from '../../content-schema'

export const Burenkaart: GlobalConfig = {
  slug: 'burenkaart',
  label: 'Burenkaart',
  typescript: { interface: 'Burenkaart' },
  admin: { group: 'Placemats en pagina’s', hidden: hiddenForPartners },
  access: { read: anyone, readVersions: staff, update: staff },
  versions: { max: 50 },
  fields: [
    { name: 'titel', type: 'text', label: 'Titel', required: true, defaultValue: 'De Burenkaart' },
    { name: 'intro', type: 'textarea', label: 'Inleiding', validate: maxLength('Inleiding', 600) },
    {
      name: 'categorieen',
      type: 'array',
      label: 'Waarmee buren kunnen helpen',
      labels: { singular: 'Categorie', plural: 'Categorieën' },
      minRows: 1,
      fields: [
        {
          name: 'slug',
          type: 'text',
          label: 'Code',
          required: true,
          validate: (v: unknown) => firstError(checks.required('Code', v), checks.slug('Code', v)),
        },
        { name: 'naam', type: 'text', label: 'Naam', required: true },
        { name: 'omschrijving', type: 'text', label: 'Omschrijving' },
      ],
    },
    {
      name: 'instructies',
      type: 'array',
      label: 'Zo werkt het',
      labels: { singular: 'Stap', plural: 'Stappen' },
      fields: [{ name: 'stap', type: 'text', label: 'Stap', required: true }],
    },
    { name: 'toestemming', type: 'textarea', label: 'Tekst over toestemming', validate: maxLength('Tekst over toestemming', 400) },
  ],
}
