/**
 * "Zet uw organisatie op de kaart" (issue 24): a church, club, buurtinitiatief or care organisation that is not yet
 * on the kaart applies with its first aanbod; a redacteur approves or declines. One definition for the public form
 * (content-schema/formulieren/aanmelding.ts), the CMS collection (cms/collections/Aanmeldingen) and the e-mails.
 * Code depends on these values: change them only with a migration.
 */
import { opts } from './enums'

/** What kind of organisation applies (for the redacteur; not on the site). */
export const aanmeldingSoorten = opts([
  { value: 'kerk', label: 'Kerk of geloofsgemeenschap' },
  { value: 'vereniging', label: 'Vereniging of club' },
  { value: 'buurtinitiatief', label: 'Buurtinitiatief of groep bewoners' },
  { value: 'zorg-welzijn', label: 'Zorg of welzijn' },
  { value: 'anders', label: 'Iets anders' },
] as const)

/** New until a redacteur approves or declines it. */
export const aanmeldingStatussen = opts([
  { value: 'nieuw', label: 'Nieuw' },
  { value: 'goedgekeurd', label: 'Goedgekeurd' },
  { value: 'afgewezen', label: 'Afgewezen' },
] as const)

/** Lengths of the fields that are not public aanbod or organisatie fields (those are in ../velden.ts). */
export const AANMELDING_LIMIETEN = {
  naam: 120,
  email: 254,
  telefoon: 30,
  plaats: 80,
  adres: 120,
  beschrijving: 2000,
  reden: 1000,
} as const

export const AANMELDING_AFSPRAKEN = {
  /** The contact person's details in the application are wiped this many days after it was handled. */
  wissenNaDagen: 30,
  /** The link to choose a password for the new partner account works this many days. */
  uitnodigingDagen: 7,
  /** The redactie looks at a new application within this many working days (said on the confirmation). */
  antwoordBinnenWerkdagen: 10,
} as const
