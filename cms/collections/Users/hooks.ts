import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Password rules, on create, update and reset: at least 12 characters, and not the e-mail address. */
export const checkPasswordRules: CollectionBeforeValidateHook = ({ data, req, originalDoc }) => {
  const password = data?.password
  if (typeof password !== 'string') return data
  const email = String(data?.email ?? originalDoc?.email ?? '').toLowerCase()
  const message =
    password.length < MIN_PASSWORD_LENGTH
      ? `Wachtwoord: gebruik minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is makkelijk te onthouden.`
      : email && password.toLowerCase() === email
        ? 'Wachtwoord: gebruik niet uw e-mailadres als wachtwoord.'
        : null
  if (message) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req }, req.t)
  return data
}
