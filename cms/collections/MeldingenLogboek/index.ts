/**
 * The access log of meldingen (BIO, shared/meldpunt.md): every time a melding is listed, opened, exported, changed,
 * deleted or wiped, one line records who, when, what, on which melding(s), with which result and from where. The
 * Dutch DPA fined a hospital in 2019 for not logging who READ patient data; so reads are logged, not only changes.
 *
 * Readable only with access to meldingen; nobody can write, change or delete a line through the API (only the
 * server's own code, with overrideAccess). A line holds no personal data of the melding and no secrets: numbers,
 * ids, field names, never values.
 */
import type { CollectionConfig, PayloadRequest } from 'payload'
import { hasMeldingToegang, meldingToegang, nobody } from '../../access'
import { type LogRegel, logboekVelden, logRegel } from '../../logboek'

/** A line of the meldingen log: as cms/logboek.ts's, with the melding numbers (or ids while there is none). */
export type LogboekRegel = Omit<LogRegel, 'documenten'> & { meldingen: (string | number)[] }

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
  fields: logboekVelden({ name: 'meldingen', label: 'Melding(en)' }),
}

/** Write one line to the meldingen log, as the server (no access check); see logRegel in cms/logboek.ts. */
export async function logboek(req: PayloadRequest, { meldingen, ...regel }: LogboekRegel): Promise<void> {
  return logRegel(req, 'meldingen-logboek', 'meldingen', { ...regel, documenten: meldingen })
}
