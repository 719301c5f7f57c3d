/**
 * "Klopt er iets niet?" (issue 24): what visitors report about an aanbod, activiteit or organisatie. Only the public
 * form stores one (./formulier.ts, with overrideAccess); nobody creates one over REST. The organisatie is derived
 * from the item by the server. Who sees what:
 * - staff (beheerder, redacteur): all, with the reporter's name and e-mail address;
 * - a partner: only the suggestions on its own organisaties' items, never the reporter's name or e-mail (field access);
 * - anyone else: nothing.
 * Handling is one change of status (aangepast, klopt al, geen actie with a reason); the server records by whom and
 * when, and mails the reporter who left an address (./berichten.ts). The reporter's details are wiped 30 days after
 * handling (./bewaartermijn.ts).
 */
import type { Access, CollectionBeforeChangeHook, CollectionConfig, FieldAccess, Where } from 'payload'
import { SUGGESTIE_LIMIETEN, SUGGESTIE_ONDERWERPEN, suggestieSoorten, suggestieStatussen } from '../../../content-schema'
import { beheerder, isPartner, isStaff, nobody, ownOrganisaties } from '../../access'
import { options } from '../../fields/common'
import { logboekHooks } from '../../logboek'
import { meldMelderAfgehandeld } from './berichten'
import { afhandelEndpoints } from './afhandelen'
import { formulierEndpoints } from './formulier'

/** Every read of the reporter's name or e-mail address, and every change, in the redactie's log (cms/logboek.ts). */
const log = logboekHooks({ collectie: 'suggesties', persoonsvelden: ['naam', 'email'], herkomstZonderGebruiker: () => 'website' })

const none: Where = { id: { exists: false } }
const eigen = (user: any): Where => {
  const ids = ownOrganisaties(user)
  return ids.length ? { organisatie: { in: ids } } : none
}

/** Reading and handling: staff all; a partner its own organisaties' suggestions; nobody else. */
export const suggestieToegang: Access = ({ req: { user } }) => {
  if (isStaff(user as any)) return true
  if (isPartner(user as any)) return eigen(user)
  return false
}

/** The reporter's name and e-mail address: staff only. */
const alleenRedactie: FieldAccess = ({ req: { user } }) => isStaff(user as any)
/** Set by the form or the server, never changed over the API. */
const vast: FieldAccess = () => false

const idVan = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : (v as number | string))

/** The organisatie of the item, from the database (never from what was posted). */
export async function organisatieVan(req: any, item: { relationTo: string; value: unknown }): Promise<number | string | null> {
  const id = idVan(item.value)
  if (item.relationTo === 'organisaties') return id
  const doc = await req.payload.findByID({ collection: item.relationTo, id, depth: 0, overrideAccess: true, req, draft: false })
  return doc?.organisatie != null ? idVan(doc.organisatie) : null
}

const beforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' && data.item) data.organisatie = await organisatieVan(req, data.item)
  const was = originalDoc?.status ?? 'open'
  const wordt = data.status ?? was
  if (operation === 'update' && was === 'open' && wordt !== 'open') {
    data.afgehandeldOp = new Date().toISOString()
    data.afgehandeldDoor = req.user?.id ?? null
  }
  if (operation === 'update' && wordt === 'open') {
    data.afgehandeldOp = null
    data.afgehandeldDoor = null
  }
  return data
}

export const Suggesties: CollectionConfig = {
  slug: 'suggesties',
  labels: { singular: 'Suggestie', plural: 'Suggesties' },
  typescript: { interface: 'Suggestie' },
  admin: {
    useAsTitle: 'soort',
    defaultColumns: ['item', 'soort', 'status', 'createdAt'],
    group: 'Inhoud',
    description: 'Wat bezoekers melden met ‘Klopt er iets niet?’ op de site. Handel elke suggestie af met één keuze.',
  },
  defaultSort: '-createdAt',
  access: { read: suggestieToegang, create: nobody, update: suggestieToegang, delete: beheerder },
  endpoints: [...formulierEndpoints, ...afhandelEndpoints],
  hooks: {
    beforeChange: [beforeChange],
    afterChange: [log.logWijzigen, meldMelderAfgehandeld],
    afterDelete: [log.logVerwijderen],
    afterOperation: [log.logLezen],
    afterError: [log.logGeweigerd],
  },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...SUGGESTIE_ONDERWERPEN],
      label: 'Over',
      required: true,
      index: true,
      access: { update: vast },
      admin: { readOnly: true },
    },
    {
      name: 'organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      label: 'Organisatie',
      index: true,
      access: { update: vast },
      admin: { readOnly: true, description: 'Van het item afgeleid.' },
    },
    {
      name: 'soort',
      type: 'select',
      label: 'Wat klopt er niet',
      options: options(suggestieSoorten),
      required: true,
      access: { update: vast },
      admin: { readOnly: true },
    },
    {
      name: 'juist',
      type: 'textarea',
      label: 'Wat het moet zijn',
      required: true,
      maxLength: SUGGESTIE_LIMIETEN.juist,
      access: { update: vast },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      options: options(suggestieStatussen),
      required: true,
      defaultValue: 'open',
      index: true,
    },
    {
      name: 'reden',
      type: 'textarea',
      label: 'Reden (bij geen actie)',
      maxLength: SUGGESTIE_LIMIETEN.reden,
      validate: (value: unknown, { siblingData }: { siblingData: any }) =>
        siblingData?.status === 'geen-actie' && !String(value ?? '').trim() ? 'Vul de reden in waarom u niets doet' : true,
    },
    {
      name: 'afgehandeldOp',
      type: 'date',
      label: 'Afgehandeld op',
      index: true,
      access: { update: vast },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'afgehandeldDoor',
      type: 'relationship',
      relationTo: 'users',
      label: 'Afgehandeld door',
      access: { update: vast },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: 'Melder (alleen redactie)',
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'naam',
          type: 'text',
          label: 'Naam van de melder',
          maxLength: SUGGESTIE_LIMIETEN.naam,
          access: { read: alleenRedactie, create: vast, update: vast },
          admin: { readOnly: true },
        },
        {
          name: 'email',
          type: 'email',
          label: 'E-mailadres van de melder',
          access: { read: alleenRedactie, create: vast, update: vast },
          admin: { readOnly: true },
        },
        {
          name: 'gewistOp',
          type: 'date',
          label: 'Naam en e-mailadres gewist op',
          access: { read: alleenRedactie, create: vast, update: vast },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'inOverzichtOp',
      type: 'date',
      label: 'In het dagoverzicht aan de organisatie',
      access: { read: alleenRedactie, create: vast, update: vast },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
