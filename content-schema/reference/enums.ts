/** Option lists shared by the CMS fields and the public schemas. Each: stable value, Dutch label. */
export interface Option<V extends string = string> {
  value: V
  label: string
}

/** An option list, typed by its literal values. */
export const opts = <V extends string>(o: readonly Option<V>[]) => o

export const aanbodStatussen = opts([
  { value: 'actief', label: 'Actief' },
  { value: 'tijdelijk-gestopt', label: 'Tijdelijk gestopt' },
  { value: 'gestopt', label: 'Gestopt' },
] as const)

export const activiteitStatussen = opts([
  { value: 'gepland', label: 'Gaat door' },
  { value: 'afgelast', label: 'Afgelast' },
  { value: 'vol', label: 'Vol' },
] as const)

export const kostenSoorten = opts([
  { value: 'gratis', label: 'Gratis' },
  { value: 'eigen-bijdrage', label: 'Eigen bijdrage' },
] as const)

export const meedoenManieren = opts([
  { value: 'vrije-inloop', label: 'Vrije inloop: u kunt zo binnenlopen' },
  { value: 'aanmelden', label: 'Aanmelden: meld u eerst aan' },
  { value: 'via-verwijzing', label: 'Via verwijzing: iemand meldt u aan, bijvoorbeeld de huisarts' },
] as const)

export const placematSoorten = opts([
  { value: 'jeugd', label: 'Placemat Jeugd' },
  { value: 'algemeen', label: 'Placemat Algemeen' },
] as const)

export const rollen = opts([
  { value: 'beheerder', label: 'Beheerder' },
  { value: 'redacteur', label: 'Redacteur' },
  { value: 'partner', label: 'Partner' },
  { value: 'meldpunt', label: 'Meldpunt (medewerker)' },
] as const)

/** iCalendar weekdays as used by RRULE BYDAY and by Open Referral HSDS 3.0 schedules. */
export const weekdagen = opts([
  { value: 'MO', label: 'maandag' },
  { value: 'TU', label: 'dinsdag' },
  { value: 'WE', label: 'woensdag' },
  { value: 'TH', label: 'donderdag' },
  { value: 'FR', label: 'vrijdag' },
  { value: 'SA', label: 'zaterdag' },
  { value: 'SU', label: 'zondag' },
] as const)

/** RRULE FREQ values we support for aanbod (HSDS 3.0 allows WEEKLY and MONTHLY). */
export const schemaFrequenties = opts([
  { value: 'WEEKLY', label: 'Elke week (of om de paar weken)' },
  { value: 'MONTHLY', label: 'Elke maand' },
] as const)

/** RRULE FREQ values for activiteiten; "none" means a single occurrence. */
export const herhalingFrequenties = opts([
  { value: 'none', label: 'Eenmalig' },
  { value: 'DAILY', label: 'Elke dag (of om de paar dagen)' },
  { value: 'WEEKLY', label: 'Elke week (of om de paar weken)' },
  { value: 'MONTHLY', label: 'Elke maand' },
] as const)

/** RRULE BYSETPOS / the numeric prefix of BYDAY for "the first Tuesday of the month" and the like. */
export const weekVanDeMaand = opts([
  { value: '1', label: 'eerste' },
  { value: '2', label: 'tweede' },
  { value: '3', label: 'derde' },
  { value: '4', label: 'vierde' },
  { value: '-1', label: 'laatste' },
] as const)

/** The values of an option list as a type: OptionValue<typeof kostenSoorten> is 'gratis' | 'eigen-bijdrage'. */
export type OptionValue<T extends readonly { value: string }[]> = T[number]['value']

export const valuesOf = <V extends string>(o: readonly Option<V>[]) => o.map((x) => x.value) as [V, ...V[]]
export const labelOf = <V extends string>(o: readonly Option<V>[], value: V | null | undefined): string =>
  o.find((x) => x.value === value)?.label ?? ''

/** The time zone of every date and time in the kaart. */
export const TIJDZONE = 'Europe/Amsterdam'
