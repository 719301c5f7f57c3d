import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** What is wrong with a password (at least 12 characters, and not the e-mail address), or null. */
export function passwordProblem(password: string, email: string | null | undefined): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Wachtwoord: gebruik minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is makkelijk te onthouden.`
  if (email && password.toLowerCase() === email.toLowerCase()) return 'Wachtwoord: gebruik niet uw e-mailadres als wachtwoord.'
  return null
}

const refuse = (message: string, req: PayloadRequest) =>
  new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req }, req.t)

/** Password rules, on create and update. */
export const checkPasswordRules: CollectionBeforeValidateHook = ({ data, req, originalDoc }) => {
  const password = data?.password
  if (typeof password !== 'string') return data
  const message = passwordProblem(password, String(data?.email ?? originalDoc?.email ?? ''))
  if (message) throw refuse(message, req)
  return data
}

/**
 * The same rules on a password reset (Payload's reset sets the hash itself: the password never reaches the
 * beforeValidate hook). The e-mail address is that of the account the token belongs to.
 */
export const checkResetPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
  if (typeof password !== 'string' || typeof token !== 'string' || !token) return args
  const account = await req.payload.db.findOne<{ id: number | string; email?: string }>({
    collection: 'users',
    where: { resetPasswordToken: { equals: token } },
    req,
  })
  const message = passwordProblem(password, account?.email)
  if (message) throw refuse(message, req)
  return args
}
