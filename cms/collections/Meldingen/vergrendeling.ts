/**
 * Payload keeps a lock (collection payload-locked-documents) while someone has a document open in the admin. Its
 * default rule lets every signed-in user read, change and delete every lock, so a partner could see which melding a
 * Meldpunt worker has open and when, take the lock over, or put one on a melding. Locks on meldingen (and on their
 * measurements, metingen) are therefore only for those with access to meldingen; all other locks keep Payload's rule
 * (signed in).
 *
 * The collection is made by Payload itself while it sanitizes the config, after our collections and plugins: so its
 * access rules are set on the sanitized config (cms/config.ts).
 */
import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { hasMeldingToegang } from '../../access'

/** The collections whose locks only those with access to meldingen may see or touch. */
const AFGESCHERMD = new Set(['meldingen', 'metingen'])

/**
 * Locks on anything but a melding: a global's lock (it has no document), or a lock on a document of one of the other
 * lockable collections. Named one by one: the SQLite adapter answers `relationTo: { not_equals }` as if it were
 * `equals`, and refuses `in` / `not_in` on relationTo.
 */
const geenMeldingen = (req: PayloadRequest): Where => ({
  or: [
    { globalSlug: { exists: true } },
    ...req.payload.config.collections
      .filter((c) => c.lockDocuments !== false && !AFGESCHERMD.has(c.slug))
      .map((c): Where => ({ 'document.relationTo': { equals: c.slug } })),
  ],
})

const opMelding = (data: unknown) =>
  AFGESCHERMD.has((data as { document?: { relationTo?: string } | null } | undefined)?.document?.relationTo ?? '')

const lezen: Access = ({ req }) => {
  if (!req.user) return false
  return hasMeldingToegang(req.user as any) ? true : geenMeldingen(req)
}

const schrijven: Access = ({ req, data }) => {
  if (!req.user) return false
  if (hasMeldingToegang(req.user as any)) return true
  return opMelding(data) ? false : geenMeldingen(req)
}

const aanmaken: Access = ({ req: { user }, data }) => Boolean(user) && (hasMeldingToegang(user as any) || !opMelding(data))

export function meldingLocksAfschermen(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: lezen, update: schrijven, delete: schrijven, create: aanmaken }
  return config
}
