import type { GlobalConfig } from 'payload'
import { anyone, hiddenForPartners, staff } from '../access'
import { emailField, phoneField, postcodeField } from '../fields/contact'
import { maxLength } from '../fields/common'
import { checks, MELDING_STANDAARD, METING_STANDAARD } from '../../content-schema'

const geheelGetal = (label: string, min: number, max: number) => (v: unknown) => checks.integerBetween(label, v, min, max)

export const Meldpunt: GlobalConfig = {
  slug: 'meldpunt',
  label: 'Meldpunt Eenzaamheid',
  typescript: { interface: 'Meldpunt' },
  admin: { group: 'Placemats en pagina’s', hidden: hiddenForPartners },
  access: { read: anyone, readVersions: staff, update: staff },
  versions: { max: 50 },
  fields: [
    { name: 'titel', type: 'text', label: 'Titel', required: true, defaultValue: 'Meldpunt Eenzaamheid Twenterand' },
    {
      name: 'meldingen',
      type: 'group',
      label: 'Meldingen: afspraken',
      admin: { description: 'Staan op het meldformulier en in de privacyverklaring. Leeg: de standaard.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'antwoordBinnenWerkdagen',
              type: 'number',
              label: 'Antwoord binnen (werkdagen)',
              defaultValue: MELDING_STANDAARD.antwoordBinnenWerkdagen,
              validate: geheelGetal('Antwoord binnen', 1, 20),
              admin: {
                width: '50%',
                description: `"We nemen binnen … werkdagen contact met u op." Standaard ${MELDING_STANDAARD.antwoordBinnenWerkdagen}.`,
              },
            },
            {
              name: 'bewaartermijnMaanden',
              type: 'number',
              label: 'Bewaartermijn (maanden na afsluiten)',
              defaultValue: MELDING_STANDAARD.bewaartermijnMaanden,
              validate: geheelGetal('Bewaartermijn', 1, 60),
              admin: {
                width: '50%',
                description: `Daarna wist het CMS de contactgegevens en de tekst van een afgesloten melding. Standaard ${MELDING_STANDAARD.bewaartermijnMaanden}.`,
              },
            },
          ],
        },
        {
          name: 'eindmetingNaMaanden',
          type: 'number',
          label: 'Eindmeting na (maanden na de startmeting)',
          defaultValue: METING_STANDAARD.eindmetingNaMaanden,
          validate: geheelGetal('Eindmeting na', 1, 24),
          admin: {
            width: '50%',
            description: `Zoveel maanden na de startmeting staat een melding op het dashboard bij "Eindmeting nodig". Standaard ${METING_STANDAARD.eindmetingNaMaanden}.`,
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { ...phoneField({ name: 'telefoon', label: 'Telefoon' }), admin: { width: '40%' } },
        {
          name: 'telefoonGeverifieerd',
          type: 'checkbox',
          label: 'Telefoonnummer is nagekeken',
          defaultValue: false,
          admin: { width: '30%', description: 'Uit: de site toont het nummer als voorbeeld.' },
        },
        { ...emailField({ name: 'email', label: 'E-mail' }), admin: { width: '30%' } },
      ],
    },
    { name: 'tekst', type: 'richText', label: 'Tekst' },
    {
      name: 'inlooppunten',
      type: 'array',
      label: 'Inlooppunten per kern (zorginformatiepunten)',
      labels: { singular: 'Inlooppunt', plural: 'Inlooppunten' },
      fields: [
        { name: 'kern', type: 'relationship', relationTo: 'kernen', label: 'Kern', required: true },
        { name: 'naam', type: 'text', label: 'Naam', required: true },
        { name: 'adres', type: 'text', label: 'Straat en huisnummer' },
        {
          type: 'row',
          fields: [
            { ...postcodeField({ name: 'postcode', label: 'Postcode' }), admin: { width: '30%' } },
            { name: 'plaats', type: 'text', label: 'Plaats', admin: { width: '70%' } },
          ],
        },
        { name: 'openingstijden', type: 'text', label: 'Openingstijden', validate: maxLength('Openingstijden', 200) },
        { name: 'demo', type: 'checkbox', label: 'Voorbeeld (adres en tijden niet nagekeken)', defaultValue: false },
      ],
    },
    {
      name: 'signaleringskaart',
      type: 'array',
      label: 'Signaleringskaart: signalen per soort',
      labels: { singular: 'Soort signalen', plural: 'Soorten signalen' },
      fields: [
        { name: 'naam', type: 'text', label: 'Soort', required: true },
        {
          name: 'signalen',
          type: 'array',
          label: 'Signalen',
          labels: { singular: 'Signaal', plural: 'Signalen' },
          fields: [{ name: 'signaal', type: 'text', label: 'Signaal', required: true }],
        },
      ],
    },
    {
      name: 'gespreksTips',
      type: 'array',
      label: 'Tips voor het gesprek',
      labels: { singular: 'Tip', plural: 'Tips' },
      fields: [{ name: 'tip', type: 'text', label: 'Tip', required: true }],
    },
    {
      name: 'route',
      type: 'array',
      label: 'Route na een signaal',
      labels: { singular: 'Stap', plural: 'Stappen' },
      fields: [
        { name: 'stap', type: 'text', label: 'Stap', required: true },
        { name: 'uitleg', type: 'text', label: 'Uitleg' },
      ],
    },
    {
      name: 'hulplijnen',
      type: 'array',
      label: 'Hulplijnen',
      labels: { singular: 'Hulplijn', plural: 'Hulplijnen' },
      fields: [
        { name: 'naam', type: 'text', label: 'Naam', required: true },
        phoneField({ name: 'telefoon', label: 'Telefoon', required: true }),
        { name: 'omschrijving', type: 'textarea', label: 'Omschrijving' },
        { name: 'bereikbaar', type: 'text', label: 'Bereikbaar' },
        { name: 'chat', type: 'text', label: 'Chat' },
      ],
    },
  ],
}
