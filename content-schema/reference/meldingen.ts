/**
 * The Meldpunt's registration of meldingen (shared/meldpunt.md): the fixed option lists and limits, one definition
 * used by the CMS collection (cms/collections/Meldingen), the public melding form (content-schema/formulieren) and
 * the statistics. Code depends on these values: change them only with a migration.
 */
import { type OptionValue, opts } from './enums'

/** How the melding came in. Staff choose it for phone and walk-in meldingen; the form always gives "website". */
export const meldingKanalen = opts([
  { value: 'website', label: 'Website (formulier)' },
  { value: 'telefoon', label: 'Telefoon' },
  { value: 'langs', label: 'Langs bij het zorginformatiepunt' },
  { value: 'e-mail', label: 'E-mail' },
  { value: 'professional', label: 'Via een professional' },
  { value: 'vrijwilliger', label: 'Via een vrijwilliger' },
] as const)

/** Who melded: a relation, not a name. */
export const meldingMelders = opts([
  { value: 'zelf', label: 'De persoon zelf' },
  { value: 'naaste', label: 'Iemand anders: familie, buur of bekende' },
  { value: 'professional', label: 'Een professional' },
  { value: 'vrijwilliger', label: 'Een vrijwilliger' },
] as const)

/** Does the person it is about know of the melding and agree? Not asked when the melder is the person. */
export const meldingToestemmingen = opts([
  { value: 'ja', label: 'Ja, de persoon weet het en vindt het goed' },
  { value: 'nee', label: 'Nee, nog niet' },
] as const)

/** How the Meldpunt may answer. Anonymous: no answer is possible. */
export const meldingContactWijzen = opts([
  { value: 'telefoon', label: 'Bel mij' },
  { value: 'e-mail', label: 'Mail mij' },
  { value: 'anoniem', label: 'Ik wil anoniem blijven' },
] as const)

export const meldingStatussen = opts([
  { value: 'nieuw', label: 'Nieuw' },
  { value: 'in-behandeling', label: 'In behandeling' },
  { value: 'doorverwezen', label: 'Doorverwezen' },
  { value: 'afgesloten', label: 'Afgesloten' },
  { value: 'geannuleerd', label: 'Geannuleerd' },
] as const)

export type MeldingMelder = OptionValue<typeof meldingMelders>
export type MeldingStatus = OptionValue<typeof meldingStatussen>

/** A melding in one of these statuses is finished: the retention period runs from the moment it got there. */
export const MELDING_EINDSTATUSSEN: readonly MeldingStatus[] = ['afgesloten', 'geannuleerd']

/**
 * The personal fields of a melding: who can be reached and what was told. Only the meldpunt role reads them; the
 * retention job empties them (MELDING_BEWAARTERMIJN_MAANDEN after the end status). All else is anonymous.
 */
export const MELDING_PERSOONSVELDEN = ['naam', 'telefoon', 'email', 'bereikbaar', 'tekst', 'notities'] as const

/** Limits of the melding's own fields (the form and the CMS use the same). */
export const MELDING_LIMIETEN = { naam: 100, telefoon: 20, email: 254, bereikbaar: 200, tekst: 2000, notitie: 2000 } as const

/** Defaults of the Meldpunt's settings (the global meldpunt holds the values in use). */
export const MELDING_STANDAARD = {
  /** "We bellen u binnen ... werkdagen." */
  antwoordBinnenWerkdagen: 3,
  /** Contact details and text are wiped this many months after the end status. */
  bewaartermijnMaanden: 12,
} as const

/** A melding number: M-<year>-<sequence of at least four digits>, e.g. M-2026-0042. */
export const meldingnummer = (jaar: number, volgnummer: number) => `M-${jaar}-${String(volgnummer).padStart(4, '0')}`

/** The Meldpunt's promises in use: its settings (the global meldpunt's group `meldingen`), else the defaults. */
export const meldingAfspraken = (
  meldpunt?: {
    meldingen?: { antwoordBinnenWerkdagen?: number | null; bewaartermijnMaanden?: number | null } | null
  } | null,
) => ({
  antwoordBinnenWerkdagen: meldpunt?.meldingen?.antwoordBinnenWerkdagen ?? MELDING_STANDAARD.antwoordBinnenWerkdagen,
  bewaartermijnMaanden: meldpunt?.meldingen?.bewaartermijnMaanden ?? MELDING_STANDAARD.bewaartermijnMaanden,
})
