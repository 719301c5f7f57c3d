import type { Access, FieldAccess } from 'payload'

/** Anyone, also anonymous visitors. */
export const anyone: Access = () => true

/** Any logged-in user. The per-role rules come with the roles issue. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)

/** Logged-in users read everything; anonymous visitors only what is published. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }

/** Field-level: only logged-in users see the field (e.g. contactpersonen, never public). */
export const authenticatedField: FieldAccess = ({ req: { user } }) => Boolean(user)
