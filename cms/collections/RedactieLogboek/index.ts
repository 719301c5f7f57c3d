/**
 * The access log of the personal data that staff (the redactie) handle outside the Meldpunt: the reporter's name and
 * e-mail address of a suggestie (cms/collections/Suggesties), and any other staff-only collection that uses the log
 * hooks of cms/logboek.ts. Every time a signed-in user reads such data (or creates, changes or deletes a document
 * with it) one line records who, when, what, in which collection (`bron`), on which document(s), with which result
 * and from where; never the data itself.
 *
 * Readable only by the beheerder: the one who must be able to see who read what (a redacteur reads suggestions, so
 * is the one logged, not the one checking). Nobody can write, change or delete a line through the API (only the
 * server's own code, with overrideAccess). Kept apart from the Meldpunt's log, which staff may not read (decision
 * docs/besluiten/0011-logboek-redactie-naast-meldpunt.md).
 */
import type { CollectionConfig } from 'payload'
import { beheerder, isBeheerder, nobody } from '../../access'
import { logboekVelden } from '../../logboek'

export const RedactieLogboek: CollectionConfig = {
  slug: 'redactie-logboek',
  labels: { singular: 'Logregel', plural: 'Logboek persoonsgegevens' },
  typescript: { interface: 'RedactieLogregel' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'actie',
    defaultColumns: ['wanneer', 'gebruikerNaam', 'actie', 'bron', 'documenten', 'resultaat'],
    description:
      'Wie wanneer persoonsgegevens bekeek of wijzigde, bijvoorbeeld de naam en het e-mailadres bij een suggestie. Alleen voor de beheerder. Kan niet worden veranderd.',
    hidden: ({ user }) => !isBeheerder(user as any),
  },
  access: { read: beheerder, create: nobody, update: nobody, delete: nobody },
  versions: false,
  defaultSort: '-wanneer',
  fields: logboekVelden({ name: 'documenten', label: 'Document(en)' }, [
    { name: 'bron', type: 'text', label: 'Collectie', required: true, index: true },
  ]),
}
