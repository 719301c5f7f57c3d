/**
 * Who may do what, as small named access functions (Payload's access control: booleans and query constraints).
 * Roles: beheerder (everything but meldingen), redacteur (all content, taxonomies and globals; no users), partner (own
 * organisaties' aanbod and activiteiten, own organisatie profile), meldpunt (the Meldpunt's meldingen and nothing
 * else beyond what anyone may read), anonymous (published content only).
 */
import type { Access, FieldAccess, Where } from 'payload'

type Rol = 'beheerder' | 'redacteur' | 'partner' | 'meldpunt'
type AnyUser =
  | { id: number | string; rol?: Rol | null; organisaties?: unknown[] | null; collection?: string; tweestapsOpen?: string | null }
  | null
  | undefined

/**
 * The role of a user. A user who still has to give the second login step (tweestapsOpen, set by the auth strategy
 * in cms/auth/tweestaps.ts) has none: like a visitor, plus reading their own account.
 */
export const rolOf = (user: AnyUser): Rol | null =>
  (user?.collection && user.collection !== 'users') || user?.tweestapsOpen ? null : (user?.rol ?? null)
/** Logged in, with the second login step done if it is needed. */
export const isSignedIn = (user: AnyUser) => Boolean(user) && !user?.tweestapsOpen
export const isBeheerder = (user: AnyUser) => rolOf(user) === 'beheerder'
/** Beheerder or redacteur: the staff who curate all content. */
export const isStaff = (user: AnyUser) => rolOf(user) === 'beheerder' || rolOf(user) === 'redacteur'
export const isPartner = (user: AnyUser) => rolOf(user) === 'partner'
export const isMeldpunt = (user: AnyUser) => rolOf(user) === 'meldpunt'

/**
 * Meldingen (personal, health-adjacent data) are for the meldpunt role only. A beheerder manages accounts, not cases:
 * only when the operator sets MELDPUNT_BEHEERDER_TOEGANG=true on the server may a beheerder read and change them too.
 */
export const beheerderMagMeldingen = (env: Record<string, string | undefined> = process.env) =>
  env.MELDPUNT_BEHEERDER_TOEGANG?.trim().toLowerCase() === 'true'
export const hasMeldingToegang = (user: AnyUser) => isMeldpunt(user) || (isBeheerder(user) && beheerderMagMeldingen())

const idOf = (v: unknown): number | string | null =>
  v && typeof v === 'object' && 'id' in v ? ((v as { id: number | string }).id ?? null) : ((v as number | string | null) ?? null)

/** The ids of the organisaties a partner belongs to (as numbers or strings, whatever the database uses). */
export function ownOrganisaties(user: AnyUser): (number | string)[] {
  return (user?.organisaties ?? []).map(idOf).filter((v): v is number | string => v !== null)
}

export const ownsOrganisatie = (user: AnyUser, organisatie: unknown) => {
  const id = idOf(organisatie)
  return id !== null && ownOrganisaties(user).some((own) => String(own) === String(id))
}

const none: Where = { id: { exists: false } }
const ownDocs = (user: AnyUser): Where => {
  const ids = ownOrganisaties(user)
  return ids.length ? { organisatie: { in: ids } } : none
}

/**
 * The monitoring figures (cms/monitoring, /admin/monitoring): only group figures, never a melding. The meldpunt role
 * and the redacteur (the municipality's evaluation); a beheerder only as for meldingen; partners never.
 */
export const magMonitoring = (user: AnyUser) => hasMeldingToegang(user) || rolOf(user) === 'redacteur'

/** Meldingen and everything about them (collection and field level). */
export const meldingToegang: Access = ({ req: { user } }) => hasMeldingToegang(user)
export const meldingVeld: FieldAccess = ({ req: { user } }) => hasMeldingToegang(user)
/** Nobody, also not a beheerder: for what only the server's own code may do (e.g. write the access log). */
export const nobody: Access = () => false

/** Anyone, also anonymous visitors. */
export const anyone: Access = () => true
export const authenticated: Access = ({ req: { user } }) => isSignedIn(user)
export const staff: Access = ({ req: { user } }) => isStaff(user)
export const beheerder: Access = ({ req: { user } }) => isBeheerder(user)

/** Content with drafts (aanbod, activiteiten): staff read all; partners the published ones and all of their own. */
const published: Where = { _status: { equals: 'published' } }

export const readContent: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isPartner(user)) return { or: [published, ownDocs(user)] }
  return published
}

/** Versions (and so unpublished drafts): staff all, partners only their own organisaties', anonymous none. */
export const readContentVersions: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isPartner(user)) {
    const ids = ownOrganisaties(user)
    return ids.length ? { 'version.organisatie': { in: ids } } : false
  }
  return false
}

/** Create: staff; a partner only for its own organisaties. */
export const createContent: Access = ({ req: { user }, data }) => {
  if (isStaff(user)) return true
  if (!isPartner(user)) return false
  // Without data, Payload asks whether the admin may offer "create" at all (/api/access).
  if (!data) return ownOrganisaties(user).length > 0
  return ownsOrganisatie(user, data.organisatie)
}

/**
 * Update (also publish and unpublish): staff; a partner only its own organisaties' documents, and never
 * moving one to an organisatie that is not its own.
 */
export const updateContent: Access = ({ req: { user }, data }) => {
  if (isStaff(user)) return true
  if (!isPartner(user)) return false
  if (data && 'organisatie' in data && data.organisatie != null && !ownsOrganisatie(user, data.organisatie)) return false
  return ownDocs(user)
}

export const deleteContent: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return isPartner(user) ? ownDocs(user) : false
}

/** Organisatie profiles: staff; a partner only its own. */
export const updateOwnOrganisatie: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (!isPartner(user)) return false
  const ids = ownOrganisaties(user)
  return ids.length ? { id: { in: ids } } : false
}

/** Versions of organisatie profiles: staff, and partners of that organisatie. */
export const readOrganisatieVersions: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const ids = ownOrganisaties(user)
  return isPartner(user) && ids.length ? { parent: { in: ids } } : false
}

/** Contactpersonen of an organisatie: staff, and partners of that organisatie. Never anonymous. */
export const contactpersonenField: FieldAccess = ({ req: { user }, doc, id }) =>
  isStaff(user) || (isPartner(user) && ownsOrganisatie(user, doc?.id ?? id))

/** Users: the beheerder all; meldpunt workers themselves and each other; everyone else only themselves. */
export const readUsers: Access = ({ req: { user } }) => {
  if (isBeheerder(user)) return true
  // Meldpunt workers see each other, to give a melding to a colleague.
  if (isMeldpunt(user)) return { or: [{ id: { equals: user!.id } }, { rol: { equals: 'meldpunt' } }] } as Where
  return user ? { id: { equals: user.id } } : false
}

const sameIds = (a: unknown[] | null | undefined, b: unknown[] | null | undefined) =>
  JSON.stringify((a ?? []).map((v) => String(idOf(v))).sort()) === JSON.stringify((b ?? []).map((v) => String(idOf(v))).sort())

/** Users update: the beheerder anyone; others themselves, but never their own rol or organisaties. */
export const updateUsers: Access = ({ req: { user }, data }) => {
  if (isBeheerder(user)) return true
  if (!user || !isSignedIn(user)) return false
  if (data && 'rol' in data && data.rol !== undefined && data.rol !== user.rol) return false
  if (data && 'organisaties' in data && data.organisaties !== undefined && !sameIds(data.organisaties, user.organisaties)) return false
  return { id: { equals: user.id } }
}

export const beheerderField: FieldAccess = ({ req: { user } }) => isBeheerder(user)
/** Only for logged-in users (staff and partners), never in the public API: e.g. who checked a listing. */
export const loggedInField: FieldAccess = ({ req: { user } }) => isSignedIn(user)

/** Hide an admin menu item for partners (what they may not change, they need not see). */
export const hiddenForPartners = ({ user }: { user: AnyUser }) => isPartner(user)
