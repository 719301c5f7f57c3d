/**
 * The "Klopt er iets niet?" form (issue 24): a visitor tells that something on the page of an aanbod, activiteit or
 * organisatie is wrong. Short, sent directly (no check page): what is wrong, what it should be, optionally a name
 * and an e-mail address to hear back. The CMS renders and stores it (cms/collections/Suggesties/formulier.ts); the
 * site links to it from each page (suggestieHref).
 */
import { SUGGESTIE_AFSPRAKEN, SUGGESTIE_LIMIETEN, type SuggestieOnderwerp, suggestieSoorten } from '../reference/suggesties'
import { alsTekst, type FormDefinitie, type FormWaarden } from './formulier'

/** What we do with a suggestion: the purpose statement on the form. */
export const suggestieDoel = (dagen: number = SUGGESTIE_AFSPRAKEN.wissenNaDagen) =>
  'Wij gebruiken uw bericht alleen om de informatie op de kaart te verbeteren. ' +
  'De organisatie van deze pagina en de redactie van de kaart lezen wat er niet klopt. ' +
  'Uw naam en e-mailadres ziet alleen de redactie. Die gebruiken wij alleen om u te laten weten dat uw bericht is behandeld. ' +
  `${dagen} dagen daarna halen we uw naam en e-mailadres weg.`

export function suggestieFormulier(): FormDefinitie {
  return {
    naam: 'suggestie',
    knop: 'Versturen',
    velden: [
      {
        name: 'soort',
        soort: 'radio',
        label: 'Wat klopt er niet?',
        kortLabel: 'Wat klopt er niet',
        required: true,
        options: suggestieSoorten,
        melding: { leeg: 'Kies wat er niet klopt' },
      },
      {
        name: 'juist',
        soort: 'textarea',
        label: 'Wat moet het zijn?',
        kortLabel: 'Wat het moet zijn',
        hint: `Bijvoorbeeld: het nieuwe telefoonnummer, of sinds wanneer het gestopt is. Gebruik niet meer dan ${SUGGESTIE_LIMIETEN.juist} tekens.`,
        required: true,
        maxLength: SUGGESTIE_LIMIETEN.juist,
        regels: 4,
        melding: { leeg: 'Vul in wat het moet zijn' },
      },
      {
        name: 'naam',
        soort: 'text',
        label: 'Uw naam',
        hint: 'Alleen als u antwoord wilt.',
        maxLength: SUGGESTIE_LIMIETEN.naam,
        autocomplete: 'name',
        melding: { leeg: 'Vul uw naam in' },
      },
      {
        name: 'email',
        soort: 'email',
        label: 'Uw e-mailadres',
        hint: 'Dan mailen wij u als uw bericht is behandeld.',
        maxLength: SUGGESTIE_LIMIETEN.email,
        autocomplete: 'email',
        melding: { leeg: 'Vul uw e-mailadres in', ongeldig: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' },
      },
    ],
  }
}

/** The data of a new suggestion from checked answers (the item and its organisatie are set by the server). */
export function suggestieData(waarden: FormWaarden) {
  const of = (v: string | string[] | undefined) => alsTekst(v) || undefined
  return {
    soort: alsTekst(waarden.soort) as (typeof suggestieSoorten)[number]['value'],
    juist: alsTekst(waarden.juist),
    naam: of(waarden.naam),
    email: of(waarden.email),
  }
}

/** The CMS's endpoint of the form: GET shows it for one item, POST stores it. */
export const SUGGESTIE_FORMULIER_PAD = '/api/suggesties/formulier'
export const SUGGESTIE_BEVESTIGING_PAD = `${SUGGESTIE_FORMULIER_PAD}/bevestiging`
/** The query parameter naming the item: "aanbod:12", "activiteiten:3", "organisaties:7". */
export const SUGGESTIE_ITEM = 'item'

export const suggestieItem = (onderwerp: SuggestieOnderwerp, id: number | string) => `${onderwerp}:${id}`

/** The link from a page on the site to the form for its item. */
export const suggestieHref = (cmsOrigin: string, onderwerp: SuggestieOnderwerp, id: number | string) =>
  `${cmsOrigin}${SUGGESTIE_FORMULIER_PAD}?${SUGGESTIE_ITEM}=${encodeURIComponent(suggestieItem(onderwerp, id))}`
