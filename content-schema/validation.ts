/**
 * Validation rules of the kaart, written once and used by the CMS (field validation) and by the public schemas.
 * Each check returns true, or a Dutch message in B1 that names the field by its label.
 */
import { normaliseer } from './text'

export type Check = true | string

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')

/** Strip what people type between digits: spaces, dashes, dots, slashes and brackets. */
export const compactPhone = (value: string) => value.replace(/[\s\-./()]/g, '')

/**
 * Dutch phone numbers: 10 digits starting with 0 (landline and mobile), +31/0031 followed by 9 digits,
 * 0800/0900/0906/0909 service numbers, 14 + area code for municipalities, and the short numbers 112 and 113.
 */
export function isDutchPhone(value: string): boolean {
  const v = compactPhone(value)
  return (
    /^0[1-9]\d{8}$/.test(v) ||
    /^(\+31|0031)[1-9]\d{8}$/.test(v) ||
    /^0(800|900|906|909)\d{4,7}$/.test(v) ||
    /^14\d{3,4}$/.test(v) ||
    /^11[23]$/.test(v)
  )
}

/** A plain e-mail address: something@domain.tld, no spaces, one @. */
export function isEmail(value: string): boolean {
  return /^[^\s@<>()[\],;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i.test(value.trim())
}

/** An absolute http:// or https:// address with a host name. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(value.trim())
  } catch {
    return false
  }
}

/** Dutch postcode: four digits (not starting with 0), optional space, two letters (not SA, SD or SS). */
export function isDutchPostcode(value: string): boolean {
  return /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/i.test(value.trim())
}

/** Normal form of a Dutch postcode: "7671 AB". */
export function normalizePostcode(value: string): string {
  const v = value.trim().toUpperCase().replace(/\s+/g, '')
  return `${v.slice(0, 4)} ${v.slice(4)}`
}

export const SLUG_MAX = 80
/** Lower-case letters, digits and single dashes between them. */
export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}

/** Turn a title into a slug: "Samen eten in Den Ham!" -> "samen-eten-in-den-ham". */
export function slugify(value: string): string {
  return normaliseer(value)
    .replace(/&/g, ' en ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '')
}

/** Time of day as HH:MM (24 hours). */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
}

/** The Netherlands, roughly: coordinates outside this box are a typing error for a kaart of Twenterand. */
export const NL_BOUNDS = { minLat: 50.7, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 } as const

export const checks = {
  required: (label: string, v: unknown): Check => (isEmpty(v) ? `${label}: dit veld is verplicht. Vul het in.` : true),
  phone: (label: string, v: unknown): Check =>
    isEmpty(v) || isDutchPhone(String(v))
      ? true
      : `${label}: dit is geen geldig Nederlands telefoonnummer. Schrijf het bijvoorbeeld zo: 0546 123 456, 06 12345678 of 0800-0113.`,
  email: (label: string, v: unknown): Check =>
    isEmpty(v) || isEmail(String(v)) ? true : `${label}: dit is geen geldig e-mailadres. Schrijf het bijvoorbeeld zo: naam@organisatie.nl.`,
  url: (label: string, v: unknown): Check =>
    isEmpty(v) || isHttpUrl(String(v))
      ? true
      : `${label}: dit is geen geldig webadres. Begin met https:// of http://, bijvoorbeeld https://www.twenterand.nl.`,
  postcode: (label: string, v: unknown): Check =>
    isEmpty(v) || isDutchPostcode(String(v)) ? true : `${label}: dit is geen geldige postcode. Schrijf het bijvoorbeeld zo: 7671 AB.`,
  slug: (label: string, v: unknown): Check =>
    isEmpty(v) || isSlug(String(v))
      ? true
      : `${label}: gebruik alleen kleine letters, cijfers en streepjes, zonder spaties (bijvoorbeeld samen-eten-den-ham), en niet meer dan ${SLUG_MAX} tekens.`,
  time: (label: string, v: unknown): Check =>
    isEmpty(v) || isTime(String(v)) ? true : `${label}: schrijf de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.`,
  latitude: (label: string, v: unknown): Check =>
    isEmpty(v) || (typeof v === 'number' && v >= NL_BOUNDS.minLat && v <= NL_BOUNDS.maxLat)
      ? true
      : `${label}: de breedtegraad moet in Nederland liggen (tussen ${NL_BOUNDS.minLat} en ${NL_BOUNDS.maxLat}), bijvoorbeeld 52.4117.`,
  longitude: (label: string, v: unknown): Check =>
    isEmpty(v) || (typeof v === 'number' && v >= NL_BOUNDS.minLon && v <= NL_BOUNDS.maxLon)
      ? true
      : `${label}: de lengtegraad moet in Nederland liggen (tussen ${NL_BOUNDS.minLon} en ${NL_BOUNDS.maxLon}), bijvoorbeeld 6.6256.`,
  maxLength: (label: string, v: unknown, max: number): Check =>
    isEmpty(v) || String(v).length <= max ? true : `${label}: gebruik niet meer dan ${max} tekens (nu ${String(v).length}).`,
  /** End after start; both ISO date strings or Dates. */
  after: (label: string, end: unknown, startLabel: string, start: unknown): Check => {
    if (isEmpty(end) || isEmpty(start)) return true
    const e = new Date(end as string).getTime()
    const s = new Date(start as string).getTime()
    return e > s ? true : `${label}: moet later zijn dan ${startLabel.toLowerCase()}.`
  },
  timeAfter: (label: string, end: unknown, startLabel: string, start: unknown): Check => {
    if (isEmpty(end) || isEmpty(start) || !isTime(String(end)) || !isTime(String(start))) return true
    return String(end) > String(start) ? true : `${label}: moet later zijn dan ${startLabel.toLowerCase()}.`
  },
  integerBetween: (label: string, v: unknown, min: number, max: number): Check =>
    isEmpty(v) || (Number.isInteger(v) && (v as number) >= min && (v as number) <= max)
      ? true
      : `${label}: vul een heel getal in van ${min} tot en met ${max}.`,
  date: (label: string, v: unknown): Check =>
    isEmpty(v) || !Number.isNaN(new Date(v as string).getTime()) ? true : `${label}: dit is geen geldige datum.`,
}

/** A number as people type it in the Netherlands: "2,50", "€ 2,50", "1.250,00", "3". null when it is not one. */
export function parseDutchNumber(value: string): number | null {
  let v = value.replace(/€|eur(o)?/gi, '').replace(/\s/g, '')
  if (v.includes(',') && v.includes('.')) v = v.replace(/\./g, '').replace(',', '.')
  else v = v.replace(',', '.')
  const n = Number(v)
  return v !== '' && Number.isFinite(n) ? n : null
}

/**
 * The amount of an aanbod's costs (kosten.bedrag): 0 or more, and with an "eigen bijdrage" an amount or a description.
 * The CMS field (cms/fields/common.ts kostenGroup) and the public application form use this one rule.
 */
export function checkKostenBedrag(label: string, bedrag: unknown, soort: unknown, omschrijving: unknown): Check {
  const leeg = bedrag === null || bedrag === undefined
  if (!leeg && (typeof bedrag !== 'number' || bedrag < 0)) return `${label}: vul een bedrag van 0 of meer in.`
  if (soort === 'eigen-bijdrage' && leeg && isEmpty(omschrijving))
    return `${label}: vul bij een eigen bijdrage een bedrag of een omschrijving in.`
  return true
}

/** Combine checks: the first message wins. */
export const firstError = (...results: Check[]): Check => results.find((r) => r !== true) ?? true
