/**
 * Meldingen and their measurements (cms/collections/Metingen) in the Meldpunt's access log
 * (cms/collections/MeldingenLogboek, BIO style), with the log hooks of cms/logboek.ts: every list, read, create,
 * change, delete and refused attempt. All of a melding is personal, so every read counts (no `persoonsvelden`). The
 * export is logged by the inzage endpoint itself.
 */
import { logboekHooks } from '../../logboek'

/** A melding by its number (its id while it has none); created without a user: from the website form or the system. */
export const { logLezen, logWijzigen, logVerwijderen, logGeweigerd } = logboekHooks({
  collectie: 'meldingen',
  logboek: 'meldingen-logboek',
  naamVan: (doc) => (doc?.nummer as string | null | undefined) || (doc?.id != null ? String(doc.id) : null),
  herkomstZonderGebruiker: (doc) => (doc.kanaal === 'website' ? 'website' : 'systeem'),
})

/** A meting by its id only, as "meting <id>": the log never links it to a melding number. */
export const metingLogboek = logboekHooks({
  collectie: 'metingen',
  logboek: 'meldingen-logboek',
  naamVan: (doc) => (doc?.id != null ? `meting ${doc.id}` : null),
  naamVanId: (id) => `meting ${id}`,
})
