/**
 * The access log of meldingen (BIO, shared/meldpunt.md): every time a melding is listed, opened, exported, changed,
 * deleted or wiped, one line records who, when, what, on which melding(s), with which result and from where. The
 * Dutch DPA fined a hospital in 2019 for not logging who READ patient data; so reads are logged, not only changes.
 *
 * Readable only with access to meldingen; nobody can write, change or delete a line through the API (only the
 * server's own code, with overrideAccess). A line holds no personal data of the melding and no secrets: numbers,
 * ids, field names, never values.
 */
import pLimit from 'p-limit'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { hasMeldingToegang, meldingToegang, nobody } from '../../access'
import { options } from '../../fields/common'
import { type OptionValue, opts } from '../../../content-schema'

export const logboekActies = opts([
  { value: 'lijst', label: 'Lijst bekeken' },
  { value: 'lezen', label: 'Geopend' },
  { value: 'aanmaken', label: 'Aangemaakt' },
  { value: 'wijzigen', label: 'Gewijzigd' },
  { value: 'verwijderen', label: 'Verwijderd' },
  { value: 'exporteren', label: 'Geëxporteerd' },
  { value: 'wissen', label: 'Persoonsgegevens gewist (bewaartermijn)' },
] as const)

export const logboekHerkomsten = opts([
  { value: 'beheer', label: 'Beheeromgeving of API' },
  { value: 'website', label: 'Meldformulier op de website' },
  { value: 'systeem', label: 'Systeem (geplande taak)' },
] as const)

export interface LogboekRegel {
  actie: OptionValue<typeof logboekActies>
  /** The melding numbers (or ids when there is no number yet) the action was about. */
  meldingen: (string | number)[]
  resultaat?: 'gelukt' | 'geweigerd'
  herkomst?: OptionValue<typeof logboekHerkomsten>
  /** What else matters, without personal data: e.g. the names of the changed fields, or how many were wiped. */
  details?: string
}

export const MeldingenLogboek: CollectionConfig = {
  slug: 'meldingen-logboek',
  labels: { singular: 'Logregel', plural: 'Logboek meldingen' },
  typescript: { interface: 'MeldingenLogregel' },
  admin: {
    group: 'Meldpunt',
    useAsTitle: 'actie',
    defaultColumns: ['wanneer', 'gebruikerNaam', 'actie', 'meldingen', 'resultaat', 'herkomst'],
    description: 'Wie wanneer welke melding bekeek, wijzigde, exporteerde of wiste. Kan niet worden veranderd.',
    hidden: ({ user }) => !hasMeldingToegang(user as any),
  },
  access: { read: meldingToegang, create: nobody, update: nobody, delete: nobody },
  versions: false,
  defaultSort: '-wanneer',
  fields: [
    { name: 'wanneer', type: 'date', label: 'Wanneer', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'gebruiker', type: 'relationship', relationTo: 'users', label: 'Wie (account)' },
    {
      name: 'gebruikerNaam',
      type: 'text',
      label: 'Wie',
      admin: { description: 'Naam en e-mail op dat moment (blijft staan als het account weg is).' },
    },
    { name: 'actie', type: 'select', label: 'Actie', options: options(logboekActies), required: true, index: true },
    { name: 'meldingen', type: 'text', label: 'Melding(en)', index: true },
    {
      name: 'resultaat',
      type: 'select',
      label: 'Resultaat',
      options: [
        { value: 'gelukt', label: 'Gelukt' },
        { value: 'geweigerd', label: 'Geweigerd' },
      ],
      defaultValue: 'gelukt',
    },
    { name: 'herkomst', type: 'select', label: 'Herkomst', options: options(logboekHerkomsten), defaultValue: 'beheer' },
    { name: 'details', type: 'text', label: 'Details' },
  ],
}

/**
 * Lines written outside a change (a list, a read) each start their own write transaction. Two at the same moment in
 * one process (a dashboard that reads three lists at once, two workers) wait on each other's SQLite write lock until
 * the busy timeout, so the page hangs: they are written one at a time, in this process-wide queue.
 */
const logRij: ReturnType<typeof pLimit> = ((globalThis as any)[Symbol.for('skt.logboekRij')] ??= pLimit(1))

/**
 * Write one line to the log, as the server (no access check): inside the request's transaction when there is one
 * (the change and its line are stored together, or neither), else one at a time (logRij).
 */
export async function logboek(req: PayloadRequest, regel: LogboekRegel): Promise<void> {
  if (req.transactionID) return schrijf(req, regel)
  return logRij(() => schrijf(req, regel))
}

async function schrijf(req: PayloadRequest, regel: LogboekRegel): Promise<void> {
  const user = req.user as { id: number | string; naam?: string | null; email?: string; collection?: string } | null | undefined
  const wie = user && (!user.collection || user.collection === 'users') ? user : null
  await req.payload.create({
    collection: 'meldingen-logboek',
    overrideAccess: true,
    req,
    data: {
      wanneer: new Date().toISOString(),
      gebruiker: wie?.id ?? null,
      gebruikerNaam: wie
        ? [wie.naam, wie.email && `<${wie.email}>`].filter(Boolean).join(' ')
        : regel.herkomst === 'website'
          ? 'melder (website)'
          : 'systeem',
      actie: regel.actie,
      meldingen: regel.meldingen.join(', '),
      resultaat: regel.resultaat ?? 'gelukt',
      herkomst: regel.herkomst ?? (wie ? 'beheer' : 'systeem'),
      details: regel.details,
    } as any,
  })
}
