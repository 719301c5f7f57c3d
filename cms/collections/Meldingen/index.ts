/**
 * The Meldpunt's registration of meldingen (issue 21, shared/meldpunt.md): website meldingen from the public form and
 * the ones staff enter after a phone call, a visit or an e-mail, in one collection with the channel recorded.
 *
 * Privacy: only the meldpunt role reads or changes them (cms/access: meldingToegang; a beheerder only when the
 * operator allows it). The personal fields (MELDING_PERSOONSVELDEN) also carry field-level rules, so that no other
 * response can hold them. No versions: an old version would keep contact details and text after the retention job
 * has wiped them; the history of status changes is kept in the melding itself (`geschiedenis`).
 */
import type { CollectionConfig, Field } from 'payload'
import {
  MELDING_LIMIETEN,
  meldingContactWijzen,
  meldingKanalen,
  meldingMelders,
  meldingStatussen,
  meldingToestemmingen,
} from '../../../content-schema'
import { hasMeldingToegang, meldingToegang, meldingVeld } from '../../access'
import { maxLength, options } from '../../fields/common'
import { emailField, phoneField } from '../../fields/contact'
import { formulierEndpoints } from './formulier'
import { meldingBijhouden } from './hooks'
import { inzageEndpoint } from './inzage'
import { logGeweigerd, logLezen, logVerwijderen, logWijzigen } from './logboek'
import { nieuweMeldingMelden } from './melden'
import { metingenMetMeldingVerwijderen } from '../Metingen/koppeling'

/** A personal field: readable only with access to meldingen, also where the collection's rule would not be asked. */
const persoonlijk = <F extends Field>(field: F): F =>
  ({ ...field, access: { read: meldingVeld, create: meldingVeld, update: meldingVeld } }) as F

const serverVeld = { readOnly: true, position: 'sidebar' } as const

export const Meldingen: CollectionConfig = {
  slug: 'meldingen',
  labels: { singular: 'Melding', plural: 'Meldingen' },
  typescript: { interface: 'Melding' },
  admin: {
    useAsTitle: 'nummer',
    group: 'Meldpunt',
    defaultColumns: ['nummer', 'status', 'kanaal', 'kern', 'ontvangenOp', 'medewerker'],
    description:
      'Meldingen bij het Meldpunt Eenzaamheid. Alleen voor medewerkers van het Meldpunt. Vul een melding na een telefoontje of bezoek hier zelf in, met het kanaal erbij. Vraagt een melder welke gegevens wij bewaren? Open de melding en kies "Inzage downloaden". Wil een melder dat wij de gegevens wissen? Open de melding en verwijder die. Beide komen in het logboek.',
    hidden: ({ user }) => !hasMeldingToegang(user as any),
    listSearchableFields: ['nummer'],
  },
  access: {
    read: meldingToegang,
    create: meldingToegang,
    update: meldingToegang,
    delete: meldingToegang,
  },
  versions: false,
  defaultSort: '-ontvangenOp',
  hooks: {
    beforeChange: [meldingBijhouden],
    afterChange: [logWijzigen, nieuweMeldingMelden],
    afterDelete: [logVerwijderen, metingenMetMeldingVerwijderen],
    afterOperation: [logLezen],
    afterError: [logGeweigerd],
  },
  endpoints: [...formulierEndpoints, inzageEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'nummer', type: 'text', label: 'Meldingnummer', unique: true, index: true, admin: { readOnly: true, width: '40%' } },
        {
          name: 'status',
          type: 'select',
          label: 'Status',
          options: options(meldingStatussen),
          defaultValue: 'nieuw',
          required: true,
          index: true,
          admin: { width: '30%' },
        },
        {
          name: 'kanaal',
          type: 'select',
          label: 'Kanaal',
          options: options(meldingKanalen),
          required: true,
          admin: { width: '30%', description: 'Hoe kwam de melding binnen?' },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Melding',
          fields: [
            {
              name: 'melder',
              type: 'select',
              label: 'Wie meldt',
              options: options(meldingMelders),
              required: true,
              admin: { description: 'Een relatie, geen naam.' },
            },
            {
              name: 'kern',
              type: 'relationship',
              relationTo: 'kernen',
              label: 'Kern',
              admin: { description: 'Leeg: weet de melder niet.' },
            },
            {
              name: 'levensgebeurtenissen',
              type: 'relationship',
              relationTo: 'levensgebeurtenissen',
              hasMany: true,
              label: 'Wat speelt er',
            },
            persoonlijk({
              name: 'tekst',
              type: 'textarea',
              label: 'Wat de melder vertelt',
              validate: maxLength('Wat de melder vertelt', MELDING_LIMIETEN.tekst),
              admin: { description: 'Wordt gewist na de bewaartermijn.' },
            }),
            {
              name: 'toestemmingBetrokkene',
              type: 'select',
              label: 'Weet de persoon het en vindt die het goed?',
              options: options(meldingToestemmingen),
              admin: { condition: (data) => Boolean(data?.melder) && data?.melder !== 'zelf' },
              validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                siblingData?.melder && siblingData.melder !== 'zelf' && !value
                  ? 'Weet de persoon het en vindt die het goed: kies ja of nee. De melding gaat over iemand anders.'
                  : true,
            },
            {
              name: 'doelAkkoord',
              type: 'checkbox',
              label: 'De melder weet wat het Meldpunt met de gegevens doet en is akkoord',
              defaultValue: false,
              validate: (value: unknown) =>
                value === true ? true : 'Akkoord: vertel de melder wat het Meldpunt met de gegevens doet, en vink dit aan.',
            },
          ],
        },
        {
          label: 'Contact',
          description: 'Persoonsgegevens: alleen voor het Meldpunt, gewist na de bewaartermijn.',
          fields: [
            {
              name: 'contactWijze',
              type: 'select',
              label: 'Hoe mogen we contact opnemen',
              options: options(meldingContactWijzen),
              required: true,
              defaultValue: 'telefoon',
            },
            persoonlijk({
              name: 'naam',
              type: 'text',
              label: 'Naam melder',
              validate: maxLength('Naam melder', MELDING_LIMIETEN.naam),
              admin: { description: 'Alleen als het nodig is om contact op te nemen.' },
            }),
            persoonlijk({
              ...phoneField({ name: 'telefoon', label: 'Telefoon' }),
              validate: (v: unknown, args: any) =>
                args.siblingData?.contactWijze === 'telefoon' && !v
                  ? 'Telefoon: vul een telefoonnummer in. De melder wil gebeld worden.'
                  : phoneField({ name: 'telefoon', label: 'Telefoon' }).validate!(v as any, args),
            }),
            persoonlijk({
              ...emailField({ name: 'email', label: 'E-mail' }),
              validate: (v: unknown, args: any) =>
                args.siblingData?.contactWijze === 'e-mail' && !v
                  ? 'E-mail: vul een e-mailadres in. De melder wil een e-mail.'
                  : emailField({ name: 'email', label: 'E-mail' }).validate!(v as any, args),
            }),
            persoonlijk({
              name: 'bereikbaar',
              type: 'text',
              label: 'Wanneer het beste te bereiken',
              validate: maxLength('Wanneer het beste te bereiken', MELDING_LIMIETEN.bereikbaar),
            }),
          ],
        },
        {
          label: 'Metingen',
          description:
            'De eenzaamheidsschaal van De Jong Gierveld: een startmeting bij het begin en een eindmeting aan het eind. De uitkomst is alleen voor het Meldpunt.',
          fields: [{ name: 'metingen', type: 'ui', admin: { components: { Field: '/components/MetingenOverzicht#MetingenOverzicht' } } }],
        },
        {
          label: 'Behandeling',
          fields: [
            {
              name: 'medewerker',
              type: 'relationship',
              relationTo: 'users',
              label: 'Medewerker',
              filterOptions: { rol: { equals: 'meldpunt' } },
            },
            {
              name: 'eersteContactOp',
              type: 'date',
              label: 'Eerste contact met de melder',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'doorverwezenNaar',
              type: 'relationship',
              relationTo: 'aanbod',
              hasMany: true,
              label: 'Doorverwezen naar (aanbod op de kaart)',
            },
            persoonlijk({
              name: 'notities',
              type: 'array',
              label: 'Notities',
              labels: { singular: 'Notitie', plural: 'Notities' },
              admin: { description: 'Worden gewist na de bewaartermijn.' },
              fields: [
                { name: 'datum', type: 'date', label: 'Datum', required: true, defaultValue: () => new Date().toISOString() },
                {
                  name: 'tekst',
                  type: 'textarea',
                  label: 'Notitie',
                  required: true,
                  validate: maxLength('Notitie', MELDING_LIMIETEN.notitie, true),
                },
              ],
            }),
            {
              name: 'geschiedenis',
              type: 'array',
              label: 'Geschiedenis van de status',
              labels: { singular: 'Wijziging', plural: 'Wijzigingen' },
              admin: { readOnly: true, description: 'Houdt het CMS zelf bij.' },
              fields: [
                { name: 'datum', type: 'date', label: 'Wanneer', admin: { date: { pickerAppearance: 'dayAndTime' } } },
                { name: 'van', type: 'select', label: 'Van', options: options(meldingStatussen) },
                { name: 'naar', type: 'select', label: 'Naar', options: options(meldingStatussen) },
                { name: 'door', type: 'text', label: 'Door' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'ontvangenOp',
      type: 'date',
      label: 'Ontvangen op',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'afgeslotenOp',
      type: 'date',
      label: 'Afgesloten op',
      index: true,
      admin: { ...serverVeld, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'gewistOp',
      type: 'date',
      label: 'Persoonsgegevens gewist op',
      admin: { ...serverVeld, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'startmetingOp',
      type: 'date',
      label: 'Startmeting op',
      index: true,
      admin: { ...serverVeld, hidden: true },
    },
    {
      name: 'eindmetingOp',
      type: 'date',
      label: 'Eindmeting op',
      index: true,
      admin: { ...serverVeld, hidden: true },
    },
    // The random link to the melding's measurements (../Metingen/koppeling.ts): made with the melding, never shown.
    // Indexed, not unique: a random UUID does not repeat, and on MongoDB a unique index would refuse the meldingen
    // from before the link existed (they share the empty value until their first meting or change).
    persoonlijk({ name: 'metingKoppeling', type: 'text', index: true, admin: { hidden: true } }),
    { name: 'inzage', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/InzageKnop#InzageKnop' } } },
    { name: 'jaar', type: 'number', index: true, admin: { hidden: true } },
    { name: 'volgnummer', type: 'number', admin: { hidden: true } },
  ],
}
