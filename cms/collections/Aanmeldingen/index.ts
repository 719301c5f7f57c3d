/**
 * "Zet uw organisatie op de kaart" (issue 24): applications of organisations that are not yet on the kaart, with a
 * contact person (never public) and their first aanbod. Only the public form stores one (./formulier.ts, with
 * overrideAccess); nobody creates one over REST. Staff (beheerder, redacteur) read them and may correct a typo;
 * a redacteur approves (./beoordelen.ts: organisatie, the aanbod as a draft, an invited partner account) or declines
 * with a reason that is e-mailed. Partners, the Meldpunt and visitors see nothing. The organisation's and the aanbod's
 * fields carry the CMS's own checks (cms/fields/contact.ts, content-schema/velden.ts). The contact person's details
 * are wiped 30 days after handling (./bewaartermijn.ts); every read of them by a user is logged in the redactie's log.
 */
import type { CollectionConfig, FieldAccess } from 'payload'
import {
  AANBOD_VELDEN,
  AANMELDING_LIMIETEN,
  aanmeldingSoorten,
  aanmeldingStatussen,
  checkKostenBedrag,
  INDELINGEN,
  kostenSoorten,
  meedoenManieren,
  ORGANISATIE_VELDEN,
  toegankelijkheidKenmerken,
} from '../../../content-schema'
import { beheerder, isStaff, nobody, staff } from '../../access'
import { maxLength, options, taxonomyRelation, tekstVeld } from '../../fields/common'
import { emailField, phoneField, postcodeField, urlField } from '../../fields/contact'
import { logboekHooks } from '../../logboek'
import { beoordeelEndpoints } from './beoordelen'
import { formulierEndpoints } from './formulier'

/** Every read of the contact person's details, and every change, in the redactie's log (cms/logboek.ts). */
const log = logboekHooks({
  collectie: 'aanmeldingen',
  persoonsvelden: ['contactpersoon.naam', 'contactpersoon.email', 'contactpersoon.telefoon'],
  naamVan: (doc) => (doc?.id != null ? `A-${doc.id}` : null),
  naamVanId: (id) => `A-${id}`,
  herkomstZonderGebruiker: () => 'website',
})

/** Set by the form or the server (approving, declining, wiping), never over the API. */
const vast: FieldAccess = () => false

export const Aanmeldingen: CollectionConfig = {
  slug: 'aanmeldingen',
  labels: { singular: 'Aanmelding van een organisatie', plural: 'Aanmeldingen van organisaties' },
  typescript: { interface: 'Aanmelding' },
  admin: {
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'status', 'createdAt'],
    group: 'Inhoud',
    description:
      'Organisaties die op de kaart willen, via ‘Zet uw organisatie op de kaart’ op de site. Beoordeel elke aanmelding: goedkeuren of afwijzen met een reden.',
    hidden: ({ user }) => !isStaff(user as any),
  },
  defaultSort: '-createdAt',
  access: { read: staff, create: nobody, update: staff, delete: beheerder },
  endpoints: [...formulierEndpoints, ...beoordeelEndpoints],
  hooks: {
    // The list's title: the organisation's name (kept in step with it).
    beforeChange: [({ data }) => ({ ...data, titel: data?.organisatie?.naam ?? data?.titel })],
    afterOperation: [log.logLezen],
    afterChange: [log.logWijzigen],
    afterDelete: [log.logVerwijderen],
    afterError: [log.logGeweigerd],
  },
  fields: [
    { name: 'titel', type: 'text', label: 'Organisatie', admin: { hidden: true } },
    {
      name: 'beoordelen',
      type: 'ui',
      admin: { components: { Field: '/components/AanmeldingBeoordelen#AanmeldingBeoordelenLink' } },
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      options: options(aanmeldingStatussen),
      required: true,
      defaultValue: 'nieuw',
      index: true,
      access: { update: vast },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reden',
      type: 'textarea',
      label: 'Reden van afwijzen',
      maxLength: AANMELDING_LIMIETEN.reden,
      access: { update: vast },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'afgewezen' },
    },
    {
      name: 'behandeldOp',
      type: 'date',
      label: 'Behandeld op',
      access: { update: vast },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'behandeldDoor',
      type: 'relationship',
      relationTo: 'users',
      label: 'Behandeld door',
      access: { update: vast },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'gemaakt',
      type: 'group',
      label: 'Gemaakt bij goedkeuren',
      access: { update: vast },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'goedgekeurd' },
      fields: [
        { name: 'organisatie', type: 'relationship', relationTo: 'organisaties', label: 'Organisatie', admin: { readOnly: true } },
        { name: 'aanbod', type: 'relationship', relationTo: 'aanbod', label: 'Aanbod (concept)', admin: { readOnly: true } },
        { name: 'account', type: 'relationship', relationTo: 'users', label: 'Account', admin: { readOnly: true } },
      ],
    },
    {
      name: 'organisatie',
      type: 'group',
      label: 'Organisatie',
      fields: [
        tekstVeld(ORGANISATIE_VELDEN.naam),
        { name: 'soort', type: 'select', label: 'Soort organisatie', options: options(aanmeldingSoorten), required: true },
        tekstVeld(ORGANISATIE_VELDEN.korteOmschrijving, 'textarea'),
        {
          name: 'straat',
          type: 'text',
          label: 'Straat en huisnummer',
          validate: maxLength('Straat en huisnummer', AANMELDING_LIMIETEN.adres),
        },
        postcodeField({ name: 'postcode', label: 'Postcode' }),
        { name: 'plaats', type: 'text', label: 'Plaats', validate: maxLength('Plaats', AANMELDING_LIMIETEN.plaats) },
        phoneField({ name: 'telefoon', label: 'Telefoon' }),
        emailField({ name: 'email', label: 'E-mail' }),
        urlField({ name: 'website', label: 'Website' }),
      ],
    },
    {
      name: 'contactpersoon',
      type: 'group',
      label: 'Contactpersoon (niet openbaar)',
      admin: { description: 'Krijgt het antwoord en, bij goedkeuren, een account. Wordt 30 dagen na het behandelen gewist.' },
      fields: [
        { name: 'naam', type: 'text', label: 'Naam', validate: maxLength('Naam', AANMELDING_LIMIETEN.naam) },
        emailField({ name: 'email', label: 'E-mail' }),
        phoneField({ name: 'telefoon', label: 'Telefoon' }),
        { name: 'gewistOp', type: 'date', label: 'Gewist op', access: { update: vast }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'aanbod',
      type: 'group',
      label: 'Eerste aanbod',
      fields: [
        tekstVeld(AANBOD_VELDEN.titel),
        tekstVeld(AANBOD_VELDEN.samenvatting, 'textarea'),
        {
          name: 'beschrijving',
          type: 'textarea',
          label: 'Beschrijving',
          validate: maxLength('Beschrijving', AANMELDING_LIMIETEN.beschrijving),
        },
        { name: 'heelTwenterand', type: 'checkbox', label: 'Voor heel Twenterand', defaultValue: false },
        ...INDELINGEN.map((i) => taxonomyRelation(i)),
        { name: 'kostenSoort', type: 'select', label: 'Kosten', options: options(kostenSoorten), required: true },
        {
          name: 'kostenBedrag',
          type: 'number',
          label: 'Bedrag in euro',
          min: 0,
          validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            checkKostenBedrag('Bedrag in euro', v, siblingData?.kostenSoort, siblingData?.kostenOmschrijving),
        },
        tekstVeld({ ...AANBOD_VELDEN.kostenOmschrijving, naam: 'kostenOmschrijving' }),
        { name: 'meedoen', type: 'select', label: 'Hoe doet u mee?', options: options(meedoenManieren), required: true },
        tekstVeld({ ...AANBOD_VELDEN.aanmeldinformatie, naam: 'aanmeldinformatie' }, 'textarea'),
        tekstVeld({ ...AANBOD_VELDEN.tijden, naam: 'tijden' }),
        { name: 'locatieNaam', type: 'text', label: 'Naam van de plek', validate: maxLength('Naam van de plek', AANMELDING_LIMIETEN.naam) },
        {
          name: 'locatieAdres',
          type: 'text',
          label: 'Straat en huisnummer van de plek',
          validate: maxLength('Straat en huisnummer van de plek', AANMELDING_LIMIETEN.adres),
        },
        postcodeField({ name: 'locatiePostcode', label: 'Postcode van de plek' }),
        {
          name: 'locatiePlaats',
          type: 'text',
          label: 'Plaats van de plek',
          validate: maxLength('Plaats van de plek', AANMELDING_LIMIETEN.plaats),
        },
        {
          name: 'toegankelijkheid',
          type: 'select',
          label: 'Toegankelijkheid',
          hasMany: true,
          options: toegankelijkheidKenmerken.map((k) => ({ value: k.slug, label: k.naam })),
        },
      ],
    },
  ],
}
