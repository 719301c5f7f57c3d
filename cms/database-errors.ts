/**
 * A MongoDB that cannot be reached, said in Dutch: which address (without its password) and what to check, instead of
 * a stack trace from deep inside the seed step. Used by `npm run seed` (and so `npm start`) before Payload starts.
 * No Payload or driver import at the top: the test helpers load this file in vitest's own process.
 */
import type { DatabaseChoice } from './database'

/** How long a MongoDB connection may take to find its server: then a clear error, not a wait of half a minute. */
export const MONGODB_CONNECT_OPTIONS = { serverSelectionTimeoutMS: 10_000 }

/** A database address to show in a message: without the user name and password. */
export const maskDatabaseUri = (uri: string) => uri.replace(/\/\/[^@/]*@/, '//***@')

/** Why a connection failed, in plain words, from the driver's error (its code, or the message of its cause). */
function reason(err: unknown): string {
  const e = err as { name?: string; code?: unknown; codeName?: string; message?: string; cause?: { code?: unknown; message?: string } }
  const text = [e?.message, e?.cause?.message].filter(Boolean).join(' ')
  const code = String(e?.cause?.code ?? e?.code ?? '')
  if (e?.name === 'MongoParseError' || /Invalid scheme|Invalid connection string|URI malformed|Unable to parse/i.test(text)) {
    return `het adres is geen geldig MongoDB-adres (${e?.message ?? 'onbekende fout'}).`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN|querySrv/.test(text)) {
    return 'de naam van de server is niet te vinden (DNS). Controleer de hostnaam in het adres.'
  }
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(text)) {
    return 'de verbinding werd geweigerd: op die host en poort luistert geen MongoDB.'
  }
  if (e?.codeName === 'AuthenticationFailed' || code === '18' || /Authentication failed|auth.*fail/i.test(text)) {
    return 'inloggen bij MongoDB is mislukt: de gebruikersnaam, het wachtwoord of authSource klopt niet.'
  }
  if (/replica ?set/i.test(text)) return `de replica set klopt niet (${e?.message}).`
  if (/timed out|timeout|ETIMEDOUT|Server selection/i.test(text)) {
    return `er kwam binnen ${MONGODB_CONNECT_OPTIONS.serverSelectionTimeoutMS / 1000} seconden geen antwoord (een firewall, een verkeerde poort of een replica set zonder bereikbare primary).`
  }
  return e?.message || String(err)
}

/** The Dutch explanation of a failed connection to `uri`: the address (password masked), the reason and what to check. */
export function mongoUnreachableMessage(uri: string, err: unknown): string {
  // The driver's own words could quote the address: never its user name and password.
  const userinfo = /\/\/([^@/]*)@/.exec(uri)?.[1]
  const hide = (text: string) => (userinfo ? text.split(userinfo).join('***') : text)
  return [
    `De database is niet bereikbaar: MongoDB op ${maskDatabaseUri(uri)} (DATABASE_URI).`,
    `Reden: ${hide(reason(err))}`,
    'Controleer:',
    '  - of MongoDB draait (bijvoorbeeld: systemctl status mongod);',
    '  - of de host en de poort in DATABASE_URI kloppen, en of de naam van de server te vinden is vanaf deze machine;',
    '  - of een firewall de poort (standaard 27017) doorlaat van deze machine naar de database;',
    '  - bij een replica set: of replicaSet=… in het adres de naam van de set is (rs.status()) en of er een primary is;',
    '  - of de gebruikersnaam, het wachtwoord en authSource kloppen (een wachtwoord met : / @ of % moet in het adres gecodeerd zijn, bijvoorbeeld @ als %40).',
  ].join('\n')
}

/**
 * Connect to the chosen MongoDB once and ping it; on failure: the Dutch message on stderr and exit code 1 (no stack).
 * SQLite needs no check (the file is made when it is missing).
 */
export async function exitIfDatabaseUnreachable(choice: DatabaseChoice): Promise<void> {
  if (choice.kind !== 'mongodb') return
  const { default: mongoose } = await import('mongoose')
  let connection: ReturnType<typeof mongoose.createConnection> | undefined
  try {
    connection = mongoose.createConnection(choice.url, { ...MONGODB_CONNECT_OPTIONS, autoIndex: false })
    await connection.asPromise()
    await connection.db!.admin().ping()
  } catch (err) {
    console.error(`\n${mongoUnreachableMessage(choice.url, err)}\n`)
    await connection?.close(true).catch(() => {})
    process.exit(1)
  }
  await connection.close()
}
