/**
 * "Klopt er iets niet?" (issue 24): what a visitor can report about an aanbod, activiteit or organisatie, and how a
 * partner or redacteur handles it. One definition for the public form (content-schema/formulieren/suggestie.ts), the
 * CMS collection (cms/collections/Suggesties) and the e-mails. Code depends on these values: change them only with a
 * migration.
 */
import { opts } from './enums'

/** What is wrong. */
export const suggestieSoorten = opts([
  { value: 'telefoonnummer', label: 'Het telefoonnummer' },
  { value: 'adres', label: 'Het adres' },
  { value: 'tijden', label: 'De dagen of tijden' },
  { value: 'gestopt', label: 'Het bestaat niet meer' },
  { value: 'anders', label: 'Iets anders' },
] as const)

/** Open until handled with one action. */
export const suggestieStatussen = opts([
  { value: 'open', label: 'Open' },
  { value: 'aangepast', label: 'Aangepast' },
  { value: 'klopt-al', label: 'Klopt al' },
  { value: 'geen-actie', label: 'Geen actie' },
] as const)

export type SuggestieStatus = (typeof suggestieStatussen)[number]['value']

/** What a suggestion can be about: the collections with a public page. */
export const SUGGESTIE_ONDERWERPEN = ['aanbod', 'activiteiten', 'organisaties'] as const
export type SuggestieOnderwerp = (typeof SUGGESTIE_ONDERWERPEN)[number]

export const SUGGESTIE_LIMIETEN = { juist: 1000, naam: 100, email: 254, reden: 500 } as const

export const SUGGESTIE_AFSPRAKEN = {
  /** An open suggestion older than this shows on the staff dashboard. */
  openTeLangDagen: 14,
  /** The reporter's name and e-mail address are wiped this many days after handling. */
  wissenNaDagen: 30,
} as const
