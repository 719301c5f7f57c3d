/**
 * Start-, tussen- and eindmetingen with the De Jong Gierveld loneliness scale (issue 23, shared/meldpunt.md): per
 * melding and moment the answer to each of the six items; the CMS computes the emotional, social and total score and
 * the category (content-schema/reference/metingen.ts) on the server, whatever a client sends for them.
 *
 * Stored apart from the melding, linked by a random id and nothing else (./koppeling.ts). Same rules as meldingen:
 * only with access to meldingen (the meldpunt role; a beheerder only with MELDPUNT_BEHEERDER_TOEGANG), every read
 * and change in the meldingen access log ("meting <id>"), no versions, no free text (nothing identifying to wipe).
 */
import type { CollectionBeforeChangeHook, CollectionConfig, Field, Validate } from 'payload'
import { ValidationError } from 'payload'
import {
  datumLang,
  labelOf,
  METING_EENMALIGE_MOMENTEN,
  METING_ITEMS,
  type MetingAntwoordenSet,
  type MetingMoment,
  metingAntwoorden,
  metingCategorieen,
  metingMomenten,
  metingScore,
} from '../../../content-schema'
import { hasMeldingToegang, meldingToegang, meldingVeld } from '../../access'
import { options } from '../../fields/common'
import { zonderLogboek } from '../../logboek'
import { metingLogboek } from '../Meldingen/logboek'
import { datumsNaVerwijderen, datumsNaWijzigen, koppelingVan, meldingMetNummer, normaliseerNummer } from './koppeling'

const { logLezen, logWijzigen, logVerwijderen, logGeweigerd } = metingLogboek

/** Readable and writable only with access to meldingen, also where the collection's rule would not be asked. */
const afgeschermd = <F extends Field>(field: F): F =>
  ({ ...field, access: { read: meldingVeld, create: meldingVeld, update: meldingVeld } }) as F

const MELDING_LABEL = 'Bij melding'
const ANTWOORD_WAARDEN = new Set<string>(metingAntwoorden.map((a) => a.value))

/** On a new meting: the number of an existing melding. On a change: empty (the meting stays with its melding). */
const meldingValideren: Validate = async (value, { operation, req }) => {
  const nummer = normaliseerNummer(value)
  if (!nummer) return operation === 'create' ? `${MELDING_LABEL}: vul het meldingnummer in, bijvoorbeeld M-2026-0012.` : true
  if (!(await meldingMetNummer(req, nummer))) return `${MELDING_LABEL}: er is geen melding met nummer ${nummer}. Kijk het nummer na.`
  return true
}

const antwoordValideren =
  (item: (typeof METING_ITEMS)[number]): Validate =>
  (value) =>
    typeof value === 'string' && ANTWOORD_WAARDEN.has(value)
      ? true
      : `Vraag ${item.nummer}: kies een antwoord. Gaf de persoon geen antwoord? Kies dan "Niet beantwoord".`

/** The link this meting will have: of the melding number given, else the one it has. Without logging the lookup. */
async function koppelingVoor(req: Parameters<Validate>[1]['req'], data: Record<string, unknown> | undefined) {
  if (normaliseerNummer(data?.melding)) return (await meldingMetNummer(req, data?.melding))?.metingKoppeling ?? null
  return (data?.koppeling as string | undefined) ?? null
}

/** A melding has at most one start- and one eindmeting. */
const momentValideren: Validate = async (value, { data, id, req }) => {
  if (!metingMomenten.some((m) => m.value === value)) return 'Moment: kies Startmeting, Tussenmeting of Eindmeting.'
  if (!METING_EENMALIGE_MOMENTEN.includes(value as MetingMoment)) return true
  const koppeling = await koppelingVoor(req, data as Record<string, unknown>)
  if (!koppeling) return true
  const { totalDocs } = await zonderLogboek(req, () =>
    req.payload.count({
      collection: 'metingen',
      where: {
        and: [{ koppeling: { equals: koppeling } }, { moment: { equals: value } }, ...(id != null ? [{ id: { not_equals: id } }] : [])],
      },
      overrideAccess: true,
      req,
    }),
  )
  const label = labelOf(metingMomenten, value as MetingMoment).toLowerCase()
  return totalDocs > 0 ? `Moment: deze melding heeft al een ${label}. Kies een ander moment, of pas die ${label} aan.` : true
}

const datumValideren: Validate = (value) => {
  if (!value) return 'Datum: vul de datum van de meting in.'
  const d = new Date(value as string)
  if (Number.isNaN(d.getTime())) return 'Datum: dit is geen geldige datum.'
  // A day's slack: the date picker stores the day at noon or midnight in another time zone.
  if (d.getTime() > Date.now() + 24 * 60 * 60 * 1000) return 'Datum: de datum ligt in de toekomst. Vul de dag van de meting in.'
  return true
}

/**
 * The server's part: the link from the melding number (a client cannot set it), and the scores and category from
 * the answers (what a client sends for them is ignored).
 */
const metingBerekenen: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const { melding, koppeling: _genegeerd, emotioneel, sociaal, totaal, categorie, ontbrekend, titel, ...rest } = data
  let koppeling: string | null = originalDoc?.koppeling ?? null
  if (normaliseerNummer(melding)) {
    const gevonden = await meldingMetNummer(req, melding)
    if (gevonden) koppeling = await koppelingVan(req, gevonden)
    else koppeling = null
  }
  // A new meting without a (known) melding number: its own field check says so, with the other checks.
  if (!koppeling && operation !== 'create') {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'melding', label: MELDING_LABEL, message: `${MELDING_LABEL}: vul het nummer in van een melding die bestaat.` }],
        req,
      },
      req.t,
    )
  }
  const antwoorden = { ...(originalDoc?.antwoorden ?? {}), ...(data.antwoorden ?? {}) } as MetingAntwoordenSet
  const score = metingScore(antwoorden)
  const moment = (rest.moment ?? originalDoc?.moment) as MetingMoment | undefined
  const datum = (rest.datum ?? originalDoc?.datum) as string | undefined
  return {
    ...rest,
    // Virtual (never stored): kept for its own check, which runs after this hook.
    melding,
    antwoorden,
    koppeling,
    ...score,
    titel: [labelOf(metingMomenten, moment), datum && !Number.isNaN(new Date(datum).getTime()) ? datumLang(datum) : null]
      .filter(Boolean)
      .join(', '),
  }
}

const berekend = (name: string, label: string, description: string): Field =>
  afgeschermd({ name, type: 'number', label, admin: { readOnly: true, description } })

export const Metingen: CollectionConfig = {
  slug: 'metingen',
  labels: { singular: 'Meting', plural: 'Metingen' },
  typescript: { interface: 'Meting' },
  admin: {
    useAsTitle: 'titel',
    group: 'Meldpunt',
    defaultColumns: ['titel', 'moment', 'datum', 'totaal', 'categorie'],
    description:
      'Metingen met de eenzaamheidsschaal van De Jong Gierveld: bij het begin (startmeting) en aan het eind (eindmeting). Voeg een meting toe vanuit de melding. De schaal is bedoeld om groepen te volgen. Het is geen oordeel over één persoon: vertel de persoon de uitkomst niet als oordeel.',
    hidden: ({ user }) => !hasMeldingToegang(user as any),
  },
  access: {
    read: meldingToegang,
    create: meldingToegang,
    update: meldingToegang,
    delete: meldingToegang,
  },
  versions: false,
  defaultSort: '-datum',
  hooks: {
    beforeChange: [metingBerekenen],
    afterChange: [logWijzigen, datumsNaWijzigen],
    afterDelete: [logVerwijderen, datumsNaVerwijderen],
    afterOperation: [logLezen],
    afterError: [logGeweigerd],
  },
  fields: [
    {
      name: 'melding',
      type: 'text',
      label: MELDING_LABEL,
      virtual: true,
      validate: meldingValideren,
      // From the melding's button "Meting toevoegen" (…/metingen/create?melding=M-2026-0012): the admin builds the
      // new meting's form on the server with the page's address.
      defaultValue: ({ req }) => normaliseerNummer(req?.searchParams?.get('melding')) || undefined,
      admin: {
        description: 'Het meldingnummer, bijvoorbeeld M-2026-0012. Via de knop "Meting toevoegen" op de melding staat het er al.',
        condition: (data) => !data?.id,
      },
    },
    {
      name: 'hoortBij',
      type: 'ui',
      admin: { condition: (data) => Boolean(data?.id), components: { Field: '/components/MetingHoortBij#MetingHoortBij' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'moment',
          type: 'select',
          label: 'Moment',
          options: options(metingMomenten),
          required: true,
          index: true,
          validate: momentValideren,
          admin: { width: '50%' },
        },
        {
          name: 'datum',
          type: 'date',
          label: 'Datum',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          validate: datumValideren,
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
      ],
    },
    afgeschermd({
      name: 'antwoorden',
      type: 'group',
      label: 'Antwoorden',
      admin: {
        description:
          'Lees elke uitspraak voor. Vraag: "Geldt dit voor u?" Kies wat de persoon zegt. Geeft de persoon geen antwoord? Kies dan "Niet beantwoord".',
      },
      fields: METING_ITEMS.map(
        (item): Field => ({
          name: item.naam,
          type: 'radio',
          label: `${item.nummer}. ${item.tekst}`,
          options: options(metingAntwoorden),
          validate: antwoordValideren(item),
          admin: { layout: 'horizontal' },
        }),
      ),
    }),
    {
      type: 'collapsible',
      label: 'Uitkomst (berekent het CMS)',
      admin: {
        description:
          'Alleen voor het Meldpunt. Het CMS rekent dit uit bij het opslaan. Mist er meer dan één antwoord, dan is er geen totaal.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            berekend('emotioneel', 'Emotionele eenzaamheid (0-3)', 'Vragen 1, 4 en 6. Leeg als een van die vragen niet is beantwoord.'),
            berekend('sociaal', 'Sociale eenzaamheid (0-3)', 'Vragen 2, 3 en 5. Leeg als een van die vragen niet is beantwoord.'),
            berekend('totaal', 'Totaal (0-6)', 'Leeg als meer dan één vraag niet is beantwoord.'),
          ],
        },
        {
          type: 'row',
          fields: [
            afgeschermd({
              name: 'categorie',
              type: 'select',
              label: 'Uitkomst',
              options: options(metingCategorieen),
              index: true,
              admin: { readOnly: true, width: '50%', description: '0-1 niet, 2-4 matig, 5-6 sterk eenzaam.' },
            }),
            berekend('ontbrekend', 'Niet beantwoord', 'Hoeveel van de zes vragen geen antwoord hebben.'),
          ],
        },
      ],
    },
    afgeschermd({ name: 'koppeling', type: 'text', index: true, admin: { hidden: true } }),
    { name: 'titel', type: 'text', label: 'Meting', admin: { hidden: true } },
  ],
}
