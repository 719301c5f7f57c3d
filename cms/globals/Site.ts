import type { GlobalConfig } from 'payload'
import { anyone, hiddenForPartners, staff } from '../access'
import { emailField, phoneField } from '../fields/contact'
import { maxLength } from '../fields/common'
import { checks, KLOPT_NOG_STANDAARD } from '../../content-schema'

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
      name: 'kloptNogLinkDagen',
      type: 'number',
      label: 'Links "Klopt nog" in de herinnering werken (dagen)',
      defaultValue: KLOPT_NOG_STANDAARD.linkGeldigDagen,
      validate: (v: unknown) => checks.integerBetween('Links "Klopt nog"', v, 1, 90),
      admin: {
        description: `Zo lang na het versturen kan een partner met de link in de herinnering bevestigen dat het aanbod klopt, zonder in te loggen. Standaard ${KLOPT_NOG_STANDAARD.linkGeldigDagen}.`,
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
