/**
 * The public content of the kaart as an anonymous visitor receives it from the CMS REST API (depth=1),
 * and as the site build validates it. Field names are the CMS's field names.
 */
import { z } from 'zod'
import {
  activiteitStatussen,
  aanbodStatussen,
  herhalingFrequenties,
  kostenSoorten,
  meedoenManieren,
  placematSoorten,
  schemaFrequenties,
  valuesOf,
  weekdagen,
  weekVanDeMaand,
} from './reference/enums'
import { isDutchPhone, isDutchPostcode, isEmail, isHttpUrl, isSlug, isTime, NL_BOUNDS } from './validation'
import { versheidStatussen } from './freshness'
import { ACTIVITEIT_VELDEN, AANBOD_VELDEN, INDELING_VELDEN, ORGANISATIE_VELDEN, type Veld } from './velden'

const id = z.union([z.number(), z.string()])
const opt = <T extends z.ZodTypeAny>(s: T) => s.nullish()
const text = z.string()
const phone = z.string().refine(isDutchPhone, 'geen geldig Nederlands telefoonnummer')
const email = z.string().refine(isEmail, 'geen geldig e-mailadres')
const url = z.string().refine(isHttpUrl, 'geen geldig webadres (http of https)')
const postcode = z.string().refine(isDutchPostcode, 'geen geldige postcode')
const slug = z.string().refine(isSlug, 'geen geldige slug')
const time = z.string().refine(isTime, 'geen tijd als uu:mm')
const isoDate = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'geen geldige datum')
/** A text field of velden.ts, never longer than its limit: required (at least one character) or nullish. */
const verplicht = (veld: Veld) => (veld.max ? z.string().min(1).max(veld.max) : z.string().min(1))
const tekstVeld = (veld: Veld) => opt(veld.max ? z.string().max(veld.max) : z.string())
const latitude = z.number().min(NL_BOUNDS.minLat).max(NL_BOUNDS.maxLat)
const longitude = z.number().min(NL_BOUNDS.minLon).max(NL_BOUNDS.maxLon)

/** Lexical rich text as Payload stores it. Rendered by Payload's Lexical-to-HTML converter. */
export const richTextSchema = z.object({ root: z.object({ type: z.literal('root'), children: z.array(z.any()) }).passthrough() })

const published = z.literal('published')

export const taxonomySchema = z.object({
  id,
  slug,
  naam: verplicht(INDELING_VELDEN.naam),
  omschrijving: tekstVeld(INDELING_VELDEN.omschrijving),
  volgorde: opt(z.number()),
})
export type TaxonomyDoc = z.infer<typeof taxonomySchema>

export const kernSchema = taxonomySchema.extend({
  andereNamen: opt(z.array(z.object({ naam: text }))),
  buurtschappen: opt(z.array(z.object({ naam: text }))),
  postcodes: opt(text),
  latitude: opt(latitude),
  longitude: opt(longitude),
  inwoners: opt(z.number().int().nonnegative()),
})
export type KernDoc = z.infer<typeof kernSchema>

/** A relation as it arrives at depth=1: the related document (only what the site needs is required). */
const taxonomyRef = taxonomySchema.pick({ id: true, slug: true, naam: true }).passthrough()

export const adresSchema = z.object({
  straat: opt(text),
  postcode: opt(postcode),
  plaats: opt(text),
})

export const locatieSchema = z.object({
  naam: opt(text),
  adres: opt(text),
  postcode: opt(postcode),
  plaats: opt(text),
  latitude: opt(latitude),
  longitude: opt(longitude),
})
export type Locatie = z.infer<typeof locatieSchema>

export const kostenSchema = z.object({
  soort: z.enum(valuesOf(kostenSoorten)),
  bedrag: opt(z.number().nonnegative()),
  omschrijving: tekstVeld(AANBOD_VELDEN.kostenOmschrijving),
})

export const contactSchema = z.object({
  telefoon: opt(phone),
  email: opt(email),
  website: opt(url),
})

export const mediaSchema = z
  .object({ id, url: opt(text), alt: text, width: opt(z.number()), height: opt(z.number()), mimeType: opt(text) })
  .passthrough()

export const organisatieSchema = z.object({
  id,
  naam: verplicht(ORGANISATIE_VELDEN.naam),
  slug,
  korteOmschrijving: tekstVeld(ORGANISATIE_VELDEN.korteOmschrijving),
  logo: opt(z.union([id, mediaSchema])),
  website: opt(url),
  email: opt(email),
  telefoon: opt(phone),
  adres: opt(adresSchema),
  demo: opt(z.boolean()),
  updatedAt: isoDate,
})
export type OrganisatieDoc = z.infer<typeof organisatieSchema>

/** One regular opening or meeting time, on the model of an HSDS 3.0 schedule / iCalendar RRULE. */
export const schemaRegelSchema = z.object({
  freq: z.enum(valuesOf(schemaFrequenties)),
  interval: opt(z.number().int().min(1).max(52)),
  byday: opt(z.array(z.enum(valuesOf(weekdagen)))),
  bysetpos: opt(z.enum(valuesOf(weekVanDeMaand))),
  bymonthday: opt(z.number().int().min(1).max(31)),
  opensAt: opt(time),
  closesAt: opt(time),
})
export type SchemaRegel = z.infer<typeof schemaRegelSchema>

export const aanbodSchema = z.object({
  id,
  titel: verplicht(AANBOD_VELDEN.titel),
  slug,
  samenvatting: verplicht(AANBOD_VELDEN.samenvatting),
  beschrijving: opt(richTextSchema),
  organisatie: organisatieSchema.pick({ id: true, naam: true, slug: true }).passthrough(),
  heelTwenterand: opt(z.boolean()),
  kernen: opt(z.array(taxonomyRef)),
  levensgebeurtenissen: opt(z.array(taxonomyRef)),
  doelgroepen: opt(z.array(taxonomyRef)),
  themas: opt(z.array(taxonomyRef)),
  kosten: kostenSchema,
  meedoen: z.object({ manier: z.enum(valuesOf(meedoenManieren)), aanmeldinformatie: tekstVeld(AANBOD_VELDEN.aanmeldinformatie) }),
  contact: opt(contactSchema),
  locaties: opt(z.array(locatieSchema)),
  tijden: opt(z.object({ omschrijving: tekstVeld(AANBOD_VELDEN.tijden), schema: opt(z.array(schemaRegelSchema)) })),
  toegankelijkheid: opt(z.object({ kenmerken: opt(z.array(text)), toelichting: tekstVeld(AANBOD_VELDEN.toegankelijkheidToelichting) })),
  status: z.enum(valuesOf(aanbodStatussen)),
  laatstGecontroleerd: opt(
    z.object({
      datum: opt(isoDate),
      door: opt(text),
      versheid: opt(z.enum(versheidStatussen.map((v) => v.value) as ['actueel', 'controle-nodig', 'verouderd'])),
    }),
  ),
  placemats: opt(z.array(z.enum(valuesOf(placematSoorten)))),
  demo: opt(z.boolean()),
  _status: opt(published),
  updatedAt: isoDate,
})
export type AanbodDoc = z.infer<typeof aanbodSchema>

export const activiteitSchema = z.object({
  id,
  titel: verplicht(ACTIVITEIT_VELDEN.titel),
  slug,
  beschrijving: opt(richTextSchema),
  start: isoDate,
  einde: isoDate,
  herhaling: opt(
    z.object({
      freq: z.enum(valuesOf(herhalingFrequenties)),
      interval: opt(z.number().int().min(1).max(52)),
      byday: opt(z.array(z.enum(valuesOf(weekdagen)))),
      bysetpos: opt(z.enum(valuesOf(weekVanDeMaand))),
      until: opt(isoDate),
      uitzonderingen: opt(z.array(z.object({ datum: isoDate }))),
    }),
  ),
  kern: taxonomyRef,
  locatie: opt(locatieSchema),
  organisatie: organisatieSchema.pick({ id: true, naam: true, slug: true }).passthrough(),
  // The aanbod it belongs to; an unpublished aanbod is not populated for anonymous readers (only its id): no link then.
  aanbod: opt(z.union([z.object({ id, slug, titel: text }).passthrough(), id.transform(() => null)])),
  kosten: kostenSchema,
  aanmelden: opt(z.object({ nodig: opt(z.boolean()), informatie: opt(text) })),
  labels: opt(z.array(text)),
  status: z.enum(valuesOf(activiteitStatussen)),
  demo: opt(z.boolean()),
  _status: opt(published),
  updatedAt: isoDate,
})
export type ActiviteitDoc = z.infer<typeof activiteitSchema>

export const placematSchema = z.object({
  soort: z.enum(valuesOf(placematSoorten)).optional(),
  titel: text.min(1),
  intro: opt(text),
  secties: z.array(
    z.object({
      titel: text.min(1),
      aanbod: z.array(z.union([id, aanbodSchema.pick({ id: true, slug: true, titel: true }).passthrough()])),
    }),
  ),
})
export type PlacematDoc = z.infer<typeof placematSchema>

export const meldpuntSchema = z.object({
  titel: text.min(1),
  telefoon: opt(phone),
  telefoonGeverifieerd: opt(z.boolean()),
  email: opt(email),
  tekst: opt(richTextSchema),
  /** The Meldpunt's promises for meldingen (empty: MELDING_STANDAARD). */
  meldingen: opt(z.object({ antwoordBinnenWerkdagen: opt(z.number().int().min(1)), bewaartermijnMaanden: opt(z.number().int().min(1)) })),
  inlooppunten: z.array(
    z.object({
      kern: z.union([id, taxonomyRef]),
      naam: text.min(1),
      adres: opt(text),
      postcode: opt(postcode),
      plaats: opt(text),
      openingstijden: opt(text),
      demo: opt(z.boolean()),
    }),
  ),
  signaleringskaart: z.array(z.object({ naam: text, signalen: z.array(z.object({ signaal: text })) })),
  gespreksTips: opt(z.array(z.object({ tip: text }))),
  route: opt(z.array(z.object({ stap: text, uitleg: opt(text) }))),
  hulplijnen: z.array(
    z.object({
      naam: text.min(1),
      telefoon: phone,
      omschrijving: opt(text),
      bereikbaar: opt(text),
      chat: opt(text),
    }),
  ),
})
export type MeldpuntDoc = z.infer<typeof meldpuntSchema>

export const burenkaartSchema = z.object({
  titel: text.min(1),
  intro: opt(text),
  categorieen: z.array(z.object({ slug, naam: text.min(1), omschrijving: opt(text) })).min(1),
  instructies: opt(z.array(z.object({ stap: text }))),
  toestemming: opt(text),
})
export type BurenkaartDoc = z.infer<typeof burenkaartSchema>

export const siteSchema = z.object({
  naam: text.min(1),
  intro: opt(text),
  footer: opt(
    z.object({
      organisatie: opt(text),
      telefoon: opt(phone),
      email: opt(email),
      adres: opt(text),
    }),
  ),
  demoMelding: opt(text),
})
export type SiteDoc = z.infer<typeof siteSchema>

/** Payload's paginated list response. */
export const paginatedSchema = <T extends z.ZodTypeAny>(doc: T) =>
  z.object({
    docs: z.array(doc),
    totalDocs: z.number(),
    limit: z.number(),
    page: opt(z.number()),
    totalPages: z.number(),
    hasNextPage: z.boolean(),
  })
