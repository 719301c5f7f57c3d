/**
 * Public forms (shared/meldpunt.md, "Public form patterns"): a small typed definition of a form, how to read what a
 * browser posted, and one validation that gives Dutch messages naming the field (GOV.UK style: "Kies over wie de
 * melding gaat"). The HTML is in ./html.ts. No JavaScript needed anywhere: the server checks, the page shows the errors.
 * Used by the melding form (./melding.ts) and the public forms to come.
 */
import { isDutchPhone, isEmail } from '../validation'

export type VeldSoort = 'radio' | 'checkboxes' | 'select' | 'text' | 'email' | 'tel' | 'textarea'

export interface FormOptie {
  value: string
  label: string
  /** A line under the option (e.g. what choosing it means). */
  hint?: string
}

/** What was posted: one string per field, a list for checkboxes. */
export type FormWaarden = Record<string, string | string[]>

export interface FormVeld {
  name: string
  soort: VeldSoort
  /** The question: the label, or the legend of a group of radios or checkboxes. */
  label: string
  /** Short name of the answer on the check page ("Over wie"). Defaults to the label. */
  kortLabel?: string
  hint?: string
  /** Advice shown next to the question, in a box (e.g. the plan's advice about consent). */
  advies?: string
  /** Required, or required only for some answers to other questions. */
  required?: boolean | ((waarden: FormWaarden) => boolean)
  /** The question applies only for some answers (else it is not checked, not shown on the check page, not stored). */
  geldtAls?: (waarden: FormWaarden) => boolean
  maxLength?: number
  /** Options of radio, checkboxes and select; a form built from the CMS passes them in at render time (see FormOpties). */
  options?: readonly FormOptie[]
  /** The HTML autocomplete token (name, tel, email). */
  autocomplete?: string
  /** The messages, naming the field: when empty, when not a valid phone number or e-mail address. */
  melding: { leeg: string; ongeldig?: string }
  /** Lines of a textarea (also the height of the box on paper). */
  regels?: number
  /** This question starts a part of a long form: a heading (and a line under it) before it, also on the check page. */
  sectie?: { kop: string; uitleg?: string }
  /**
   * One more check of a typed answer, after "required" and the length: a message naming the field, or true. The public
   * forms pass content-schema's own checks here (validation.ts), so a form checks as the CMS does.
   */
  controle?: (tekst: string, waarden: FormWaarden) => true | string
}

export interface FormDefinitie {
  /** The id prefix of the form's elements and the name of the form. */
  naam: string
  velden: readonly FormVeld[]
  /** Text of the submit button of the form. */
  knop: string
}

/** Options that come from the CMS (kernen, levensgebeurtenissen), per field name. */
export type FormOpties = Record<string, readonly FormOptie[]>

export interface FormFout {
  /** The field; the summary links to its first input. */
  veld: string
  tekst: string
}

const alsLijst = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const alsTekst = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))

/** The field with its options filled in (those passed in win over the definition's own). */
export function metOpties(veld: FormVeld, opties: FormOpties = {}): FormVeld {
  return opties[veld.name] ? { ...veld, options: opties[veld.name] } : veld
}

export const isVereist = (veld: FormVeld, waarden: FormWaarden) =>
  typeof veld.required === 'function' ? veld.required(waarden) : Boolean(veld.required)

export const geldt = (veld: FormVeld, waarden: FormWaarden) => !veld.geldtAls || veld.geldtAls(waarden)

/**
 * What the browser posted, for the fields of the form only: text trimmed of surrounding white space (line breaks of
 * a textarea kept, as \n), a list for checkboxes, and only the first value of any other field.
 */
export function leesWaarden(def: FormDefinitie, params: URLSearchParams): FormWaarden {
  const waarden: FormWaarden = {}
  for (const veld of def.velden) {
    if (veld.soort === 'checkboxes') waarden[veld.name] = [...new Set(params.getAll(veld.name))]
    else waarden[veld.name] = (params.get(veld.name) ?? '').replace(/\r\n?/g, '\n').trim()
  }
  return waarden
}

/** The limit of a field in words: "De toelichting mag niet meer dan 2000 tekens hebben. Nu zijn het er 2104." */
const teLang = (veld: FormVeld, lengte: number) =>
  `${veld.kortLabel ?? veld.label} mag niet meer dan ${veld.maxLength} tekens hebben. Nu zijn het er ${lengte}.`

/**
 * Check the answers: a list of errors in the order of the form, at most one per field, each naming the field.
 * Options of radios, checkboxes and selects must be one of the field's options (the options passed in for the
 * fields that take them from the CMS).
 */
export function valideer(def: FormDefinitie, waarden: FormWaarden, opties: FormOpties = {}): FormFout[] {
  const fouten: FormFout[] = []
  for (const v of def.velden) {
    if (!geldt(v, waarden)) continue
    const veld = metOpties(v, opties)
    const fout = (tekst: string) => fouten.push({ veld: veld.name, tekst })
    const waarde = waarden[veld.name]
    if (veld.soort === 'radio' || veld.soort === 'select' || veld.soort === 'checkboxes') {
      const gekozen = alsLijst(waarde).filter((x) => x !== '')
      const toegestaan = new Set((veld.options ?? []).map((o) => o.value))
      if (gekozen.length === 0) {
        if (isVereist(veld, waarden)) fout(veld.melding.leeg)
      } else if (gekozen.some((x) => !toegestaan.has(x)) || (veld.soort !== 'checkboxes' && gekozen.length > 1)) {
        fout(veld.melding.ongeldig ?? veld.melding.leeg)
      }
      continue
    }
    const tekst = alsTekst(waarde)
    if (tekst === '') {
      if (isVereist(veld, waarden)) fout(veld.melding.leeg)
    } else if (veld.maxLength !== undefined && tekst.length > veld.maxLength) fout(teLang(veld, tekst.length))
    else if (veld.soort === 'tel' && !isDutchPhone(tekst)) fout(veld.melding.ongeldig ?? veld.melding.leeg)
    else if (veld.soort === 'email' && !isEmail(tekst)) fout(veld.melding.ongeldig ?? veld.melding.leeg)
    else if (veld.controle) {
      const uitslag = veld.controle(tekst, waarden)
      if (uitslag !== true) fout(uitslag)
    }
  }
  return fouten
}

/** The answers that apply (the fields whose geldtAls holds), the others left out. */
export function geldendeWaarden(def: FormDefinitie, waarden: FormWaarden): FormWaarden {
  return Object.fromEntries(
    def.velden.filter((v) => geldt(v, waarden)).map((v) => [v.name, waarden[v.name] ?? (v.soort === 'checkboxes' ? [] : '')]),
  )
}

/** The answer as text for the check page: the option's label(s), or what was typed. */
export function antwoordTekst(veld: FormVeld, waarde: string | string[] | undefined): string[] {
  if (veld.options) {
    const labels = new Map(veld.options.map((o) => [o.value, o.label]))
    return alsLijst(waarde)
      .filter((x) => x !== '')
      .map((x) => labels.get(x) ?? x)
  }
  const tekst = alsTekst(waarde)
  return tekst ? [tekst] : []
}

export { alsLijst, alsTekst }

/** A term of an indeling from the CMS (kern, levensgebeurtenis, ...), as the forms offer it. */
export interface Term {
  id: number | string
  naam: string
  volgorde?: number | null
}

/** The terms as options, in the order of the rest of the kaart: by volgorde, then by name. The value is the id. */
export const termOpties = (list: readonly Term[]): FormOptie[] =>
  [...list]
    .sort((a, b) => (a.volgorde ?? 999) - (b.volgorde ?? 999) || a.naam.localeCompare(b.naam, 'nl'))
    .map((t) => ({ value: String(t.id), label: t.naam }))

/** A relation id as the database has it: a number for SQLite, a string for MongoDB. */
export const relatieId = (v: string): number | string => (/^\d+$/.test(v) ? Number(v) : v)
