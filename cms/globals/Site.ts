import type { GlobalConfig } from 'payload'
import { anyone, hiddenForPartners, staff } from '../access'
import { emailField, phoneField } from '../fields/contact'
import { maxLength } from '../fields/common'

/** The site's name until the Site global says otherwise (its default). */
export const SITE_NAAM = 'Sociale Kaart Twenterand'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site-instellingen',
  typescript: { interface: 'Site' },
  admin: { group: 'Beheer', hidden: hiddenForPartners },
  access: { read: anyone, readVersions: staff, update: staff },
  versions: { max: 50 },
  fields: [
    { name: 'naam', type: 'text', label: 'Naam van de site', required: true, defaultValue: SITE_NAAM },
    { name: 'intro', type: 'textarea', label: 'Inleiding op de voorpagina', validate: maxLength('Inleiding', 600) },
    {
      name: 'footer',
      type: 'group',
      label: 'Contact onderaan elke pagina',
      fields: [
        { name: 'organisatie', type: 'text', label: 'Organisatie' },
        phoneField({ name: 'telefoon', label: 'Telefoon' }),
        emailField({ name: 'email', label: 'E-mail' }),
        { name: 'adres', type: 'text', label: 'Adres' },
      ],
    },
    {
      name: 'partnersPublicerenZelf',
      type: 'checkbox',
      label: 'Partners publiceren zelf',
      defaultValue: true,
      admin: {
        description:
          'Aan: een wijziging van een partner staat meteen op de site. Uit: de wijziging wordt een concept "ter beoordeling"; een redacteur publiceert het.',
      },
    },
    {
      name: 'demoMelding',
      type: 'textarea',
      label: 'Melding over voorbeeldinhoud',
      admin: { description: 'Staat bovenaan de site zolang er voorbeeldinhoud is.' },
    },
  ],
}
