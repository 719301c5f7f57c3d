import type { CollectionConfig } from 'payload'
import { apparaatKlassen } from '../../../content-schema/bezoeken'
import { isMeldpunt, isStaff, nobody } from '../../access'
import { options } from '../../fields/common'

/**
 * Visits of the public site, counted without cookies (content-schema/bezoeken.ts says what is counted): per day, page,
 * referring domain and device class, a number. Nothing about one visitor. Written only by the counting
 * (./tellingen.ts: the built-in site server's counts and `npm run bezoeken` for a web server's access log).
 */
export const Bezoeken: CollectionConfig = {
  slug: 'bezoeken',
  labels: { singular: 'Bezoek (telling)', plural: 'Bezoeken' },
  typescript: { interface: 'Bezoek' },
  admin: {
    useAsTitle: 'pad',
    defaultColumns: ['dag', 'pad', 'aantal', 'verwijzer', 'apparaat'],
    group: 'Beheer',
    description: 'Hoe vaak een pagina van de site is bekeken, per dag. Zonder cookies en zonder IP-adressen: alleen aantallen.',
    hidden: ({ user }) => !isStaff(user as any) && !isMeldpunt(user as any),
  },
  defaultSort: '-dag',
  access: {
    read: ({ req: { user } }) => isStaff(user as any) || isMeldpunt(user as any),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'dag', type: 'text', label: 'Dag', required: true, index: true, admin: { description: 'JJJJ-MM-DD' } },
    { name: 'pad', type: 'text', label: 'Pagina', required: true, index: true },
    { name: 'verwijzer', type: 'text', label: 'Kwam van (website)' },
    { name: 'apparaat', type: 'select', label: 'Apparaat', required: true, options: options(apparaatKlassen) },
    { name: 'aantal', type: 'number', label: 'Aantal keer bekeken', required: true, min: 1 },
  ],
}
