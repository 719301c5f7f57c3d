/**
 * "Zet uw organisatie op de kaart" (issue 24): a church, club, buurtinitiatief or care organisation that is not yet
 * on the kaart applies with its organisation, a contact person (not public) and its first aanbod. The aanbod's and
 * the organisation's questions have the CMS's own rules: the required fields and lengths of ../velden.ts, the checks
 * of ../validation.ts (phone, e-mail, web address, postcode, the amount, "at least one kern or all of Twenterand",
 * "how to join" unless walk-in), the option lists of ../reference. In the applicant's words, each message naming the
 * field. The site renders the blank form (site/pages/organisatie-aanmelden.astro), the CMS the rest
 * (cms/collections/Aanmeldingen/formulier.ts): the check page, storing, the confirmation.
 */
import { AANMELDING_AFSPRAKEN, AANMELDING_LIMIETEN, aanmeldingSoorten } from '../reference/aanmeldingen'
import { kostenSoorten, meedoenManieren, type OptionValue } from '../reference/enums'
import { toegankelijkheidKenmerken } from '../reference/taxonomies'
import { AANBOD_VELDEN, ORGANISATIE_VELDEN, type Veld } from '../velden'
import { checkKostenBedrag, checks, isDutchPostcode, normalizePostcode, parseDutchNumber } from '../validation'
import {
  alsLijst,
  alsTekst,
  type FormDefinitie,
  type FormOpties,
  type FormVeld,
  type FormWaarden,
  relatieId,
  type Term,
  termOpties,
} from './formulier'

/** What we do with an application: the purpose statement the applicant agrees to. */
export const aanmeldingDoel = (dagen: number = AANMELDING_AFSPRAKEN.wissenNaDagen) =>
  'De redactie van de Sociale Kaart leest uw aanmelding. Klopt alles, dan zetten wij uw organisatie en uw aanbod op de kaart. ' +
  'De gegevens van de organisatie en het aanbod komen dan op de website. ' +
  'De gegevens van de contactpersoon komen nooit op de website. Wij gebruiken die alleen om u te laten weten wat wij met uw aanmelding doen, ' +
  'om een account voor u te maken, en om u te vragen of uw aanbod nog klopt. ' +
  `${dagen} dagen nadat wij uw aanmelding hebben behandeld, halen wij ze uit de aanmelding weg.`

const WAAR_HEEL = 'heel-twenterand'
const WAAR_KERNEN = 'kernen'

/** Required and length from the CMS's field (../velden.ts), in the form's words. */
const volgensCms = (veld: Veld) => ({ required: Boolean(veld.required), maxLength: veld.max })

/** A postcode, checked and written as the CMS does. */
const postcodeControle = (label: string) => (tekst: string) => checks.postcode(label, tekst)

const manier = (w: FormWaarden) => alsTekst(w.meedoen)
const kosten = (w: FormWaarden) => alsTekst(w.kosten)

export function aanmeldingFormulier(): FormDefinitie {
  const velden: FormVeld[] = [
    // ------------------------------------------------------------ the organisation
    {
      name: 'orgNaam',
      soort: 'text',
      label: 'Naam van de organisatie',
      kortLabel: 'Naam van de organisatie',
      ...volgensCms(ORGANISATIE_VELDEN.naam),
      autocomplete: 'organization',
      sectie: { kop: 'Uw organisatie', uitleg: 'Dit komt op de website.' },
      melding: { leeg: 'Vul de naam van de organisatie in' },
    },
    {
      name: 'orgSoort',
      soort: 'radio',
      label: 'Wat voor organisatie is het?',
      kortLabel: 'Soort organisatie',
      required: true,
      options: aanmeldingSoorten,
      melding: { leeg: 'Kies wat voor organisatie het is' },
    },
    {
      name: 'orgOmschrijving',
      soort: 'textarea',
      label: 'Wat doet de organisatie?',
      kortLabel: 'Wat de organisatie doet',
      hint: `In één of twee zinnen, in eenvoudige woorden. Niet meer dan ${ORGANISATIE_VELDEN.korteOmschrijving.max} tekens.`,
      ...volgensCms(ORGANISATIE_VELDEN.korteOmschrijving),
      regels: 3,
      melding: { leeg: 'Vul in wat de organisatie doet' },
    },
    {
      name: 'orgStraat',
      soort: 'text',
      label: 'Straat en huisnummer van de organisatie',
      kortLabel: 'Straat en huisnummer',
      maxLength: AANMELDING_LIMIETEN.adres,
      autocomplete: 'street-address',
      melding: { leeg: 'Vul de straat en het huisnummer in' },
    },
    {
      name: 'orgPostcode',
      soort: 'text',
      label: 'Postcode van de organisatie',
      kortLabel: 'Postcode',
      hint: 'Bijvoorbeeld 7671 AB.',
      maxLength: 7,
      autocomplete: 'postal-code',
      controle: postcodeControle('Postcode van de organisatie'),
      melding: { leeg: 'Vul de postcode in' },
    },
    {
      name: 'orgPlaats',
      soort: 'text',
      label: 'Plaats van de organisatie',
      kortLabel: 'Plaats',
      maxLength: AANMELDING_LIMIETEN.plaats,
      melding: { leeg: 'Vul de plaats in' },
    },
    {
      name: 'orgTelefoon',
      soort: 'tel',
      label: 'Telefoonnummer voor inwoners',
      kortLabel: 'Telefoonnummer',
      hint: 'Dit nummer komt op de website. Bijvoorbeeld 0546 123 456.',
      maxLength: AANMELDING_LIMIETEN.telefoon,
      melding: { leeg: 'Vul het telefoonnummer in', ongeldig: 'Vul een Nederlands telefoonnummer in, zoals 0546 123 456' },
    },
    {
      name: 'orgEmail',
      soort: 'email',
      label: 'E-mailadres voor inwoners',
      kortLabel: 'E-mailadres',
      hint: 'Dit adres komt op de website.',
      maxLength: AANMELDING_LIMIETEN.email,
      melding: { leeg: 'Vul het e-mailadres in', ongeldig: 'Vul een e-mailadres in zoals info@voorbeeld.nl' },
    },
    {
      name: 'orgWebsite',
      soort: 'text',
      label: 'Website',
      hint: 'Het hele adres, met https:// ervoor.',
      maxLength: 300,
      controle: (tekst) => checks.url('Website', tekst),
      melding: { leeg: 'Vul de website in' },
    },
    // ------------------------------------------------------------ the contact person
    {
      name: 'contactNaam',
      soort: 'text',
      label: 'Naam van de contactpersoon',
      kortLabel: 'Naam contactpersoon',
      ...volgensCms(ORGANISATIE_VELDEN.contactpersoonNaam),
      required: true,
      autocomplete: 'name',
      sectie: {
        kop: 'Contactpersoon',
        uitleg: 'Dit komt niet op de website. Deze persoon krijgt een account om het aanbod zelf bij te houden.',
      },
      melding: { leeg: 'Vul de naam van de contactpersoon in' },
    },
    {
      name: 'contactEmail',
      soort: 'email',
      label: 'E-mailadres van de contactpersoon',
      kortLabel: 'E-mailadres contactpersoon',
      hint: 'Hierop krijgt u ons antwoord, en de link om een wachtwoord te kiezen.',
      required: true,
      maxLength: AANMELDING_LIMIETEN.email,
      autocomplete: 'email',
      melding: { leeg: 'Vul het e-mailadres van de contactpersoon in', ongeldig: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' },
    },
    {
      name: 'contactTelefoon',
      soort: 'tel',
      label: 'Telefoonnummer van de contactpersoon',
      kortLabel: 'Telefoon contactpersoon',
      hint: 'Alleen als wij u mogen bellen met een vraag over de aanmelding.',
      maxLength: AANMELDING_LIMIETEN.telefoon,
      autocomplete: 'tel',
      melding: { leeg: 'Vul het telefoonnummer in', ongeldig: 'Vul een Nederlands telefoonnummer in, zoals 06 12345678' },
    },
    // ------------------------------------------------------------ the first aanbod
    {
      name: 'titel',
      soort: 'text',
      label: 'Naam van het aanbod',
      kortLabel: 'Naam van het aanbod',
      hint: 'Bijvoorbeeld: Koffieochtend in de kerk, of Samen wandelen.',
      ...volgensCms(AANBOD_VELDEN.titel),
      sectie: {
        kop: 'Uw eerste aanbod',
        uitleg: 'Wat kunnen inwoners bij u doen? Later kunt u zelf meer aanbod toevoegen. Dit komt op de website.',
      },
      melding: { leeg: 'Vul de naam van het aanbod in' },
    },
    {
      name: 'samenvatting',
      soort: 'textarea',
      label: 'Wat is het, en voor wie?',
      kortLabel: 'Wat het is',
      hint: `In één of twee zinnen. Dit staat op de kaartjes en op papier. Niet meer dan ${AANBOD_VELDEN.samenvatting.max} tekens.`,
      ...volgensCms(AANBOD_VELDEN.samenvatting),
      regels: 3,
      melding: { leeg: 'Vul in wat het aanbod is en voor wie' },
    },
    {
      name: 'beschrijving',
      soort: 'textarea',
      label: 'Meer uitleg',
      hint: `Wat gebeurt er? Wat moet iemand weten voor hij komt? Niet meer dan ${AANMELDING_LIMIETEN.beschrijving} tekens.`,
      maxLength: AANMELDING_LIMIETEN.beschrijving,
      regels: 6,
      melding: { leeg: 'Vul meer uitleg in' },
    },
    {
      name: 'waar',
      soort: 'radio',
      label: 'Voor welke dorpen is het?',
      kortLabel: 'Voor welke dorpen',
      required: true,
      options: [
        { value: WAAR_HEEL, label: 'Voor heel Twenterand' },
        { value: WAAR_KERNEN, label: 'Voor één of meer dorpen' },
      ],
      melding: { leeg: 'Kies voor welke dorpen het aanbod is' },
    },
    {
      name: 'kernen',
      soort: 'checkboxes',
      label: 'Welke dorpen?',
      kortLabel: 'Dorpen',
      hint: 'Alleen als het niet voor heel Twenterand is. Kies één of meer.',
      required: (w) => alsTekst(w.waar) === WAAR_KERNEN,
      geldtAls: (w) => alsTekst(w.waar) !== WAAR_HEEL,
      melding: { leeg: 'Kies minstens één dorp, of kies ‘Voor heel Twenterand’', ongeldig: 'Kies dorpen uit de lijst' },
    },
    {
      name: 'levensgebeurtenissen',
      soort: 'checkboxes',
      label: 'Bij welke gebeurtenissen in het leven helpt het?',
      kortLabel: 'Levensgebeurtenissen',
      hint: 'Kies wat past. Mag ook niets zijn.',
      melding: { leeg: 'Kies gebeurtenissen', ongeldig: 'Kies gebeurtenissen uit de lijst' },
    },
    {
      name: 'doelgroepen',
      soort: 'checkboxes',
      label: 'Voor wie is het?',
      kortLabel: 'Doelgroepen',
      hint: 'Kies wat past. Mag ook niets zijn.',
      melding: { leeg: 'Kies voor wie het is', ongeldig: 'Kies uit de lijst voor wie het is' },
    },
    {
      name: 'themas',
      soort: 'checkboxes',
      label: 'Waar gaat het over?',
      kortLabel: "Thema's",
      hint: 'Kies wat past. Mag ook niets zijn.',
      melding: { leeg: 'Kies waar het over gaat', ongeldig: 'Kies uit de lijst waar het over gaat' },
    },
    {
      name: 'kosten',
      soort: 'radio',
      label: 'Wat kost het?',
      kortLabel: 'Kosten',
      required: true,
      options: kostenSoorten,
      melding: { leeg: 'Kies wat het kost' },
    },
    {
      name: 'bedrag',
      soort: 'text',
      label: 'Bedrag in euro',
      hint: 'Bijvoorbeeld 2,50. Weet u het niet precies? Schrijf het dan hieronder.',
      maxLength: 12,
      geldtAls: (w) => kosten(w) === 'eigen-bijdrage',
      controle: (tekst, w) => {
        const n = parseDutchNumber(tekst)
        if (n === null) return 'Bedrag in euro: schrijf een bedrag, bijvoorbeeld 2,50.'
        return checkKostenBedrag('Bedrag in euro', n, kosten(w), w.kostenOmschrijving)
      },
      melding: { leeg: 'Vul het bedrag in' },
    },
    {
      name: 'kostenOmschrijving',
      soort: 'text',
      label: 'Wat is er bij de prijs inbegrepen?',
      kortLabel: 'Uitleg over de kosten',
      hint: 'Bijvoorbeeld: koffie en thee; of: per maand. Vul het bedrag of deze uitleg in.',
      maxLength: AANBOD_VELDEN.kostenOmschrijving.max,
      geldtAls: (w) => kosten(w) === 'eigen-bijdrage',
      // An eigen bijdrage needs an amount or this description (the CMS's rule, checkKostenBedrag).
      required: (w) => kosten(w) === 'eigen-bijdrage' && !alsTekst(w.bedrag),
      melding: { leeg: 'Vul het bedrag of de uitleg over de kosten in' },
    },
    {
      name: 'meedoen',
      soort: 'radio',
      label: 'Hoe doet iemand mee?',
      kortLabel: 'Meedoen',
      required: true,
      options: meedoenManieren,
      melding: { leeg: 'Kies hoe iemand meedoet' },
    },
    {
      name: 'aanmeldinformatie',
      soort: 'textarea',
      label: 'Hoe meldt iemand zich aan, en bij wie?',
      kortLabel: 'Aanmelden',
      hint: 'Bijvoorbeeld: bel Jan Jansen op 0546 123 456.',
      maxLength: AANBOD_VELDEN.aanmeldinformatie.max,
      regels: 3,
      geldtAls: (w) => manier(w) !== '' && manier(w) !== 'vrije-inloop',
      required: true,
      melding: { leeg: 'Vul in hoe iemand zich aanmeldt' },
    },
    {
      name: 'tijden',
      soort: 'text',
      label: 'Wanneer is het?',
      kortLabel: 'Wanneer',
      hint: 'Bijvoorbeeld: elke dinsdag van 10.00 tot 12.00 uur; of: op afspraak.',
      ...volgensCms(AANBOD_VELDEN.tijden),
      melding: { leeg: 'Vul in wanneer het is' },
    },
    {
      name: 'locatieNaam',
      soort: 'text',
      label: 'Naam van de plek',
      hint: 'Bijvoorbeeld: Buurthuis De Linde. Laat leeg als het bij mensen thuis is.',
      maxLength: AANMELDING_LIMIETEN.naam,
      melding: { leeg: 'Vul de naam van de plek in' },
    },
    {
      name: 'locatieAdres',
      soort: 'text',
      label: 'Straat en huisnummer van de plek',
      kortLabel: 'Adres van de plek',
      maxLength: AANMELDING_LIMIETEN.adres,
      melding: { leeg: 'Vul het adres van de plek in' },
    },
    {
      name: 'locatiePostcode',
      soort: 'text',
      label: 'Postcode van de plek',
      hint: 'Bijvoorbeeld 7671 AB.',
      maxLength: 7,
      controle: postcodeControle('Postcode van de plek'),
      melding: { leeg: 'Vul de postcode van de plek in' },
    },
    {
      name: 'locatiePlaats',
      soort: 'text',
      label: 'Plaats van de plek',
      maxLength: AANMELDING_LIMIETEN.plaats,
      melding: { leeg: 'Vul de plaats van de plek in' },
    },
    {
      name: 'toegankelijkheid',
      soort: 'checkboxes',
      label: 'Wat is er geregeld voor mensen met een beperking?',
      kortLabel: 'Toegankelijkheid',
      hint: 'Kies wat klopt. Mag ook niets zijn.',
      options: toegankelijkheidKenmerken.map((k) => ({ value: k.slug, label: k.naam, hint: k.omschrijving })),
      melding: { leeg: 'Kies wat er geregeld is', ongeldig: 'Kies uit de lijst wat er geregeld is' },
    },
    // ------------------------------------------------------------ agreement
    {
      name: 'doelAkkoord',
      soort: 'checkboxes',
      label: 'Wat doen wij met uw aanmelding?',
      kortLabel: 'Akkoord',
      hint: aanmeldingDoel(),
      required: true,
      options: [{ value: 'ja', label: 'Ik mag deze organisatie aanmelden, en ik vind het goed wat u met de gegevens doet' }],
      sectie: { kop: 'Tot slot' },
      melding: { leeg: 'Geef aan dat u de organisatie mag aanmelden en dat u het goed vindt wat wij met de gegevens doen' },
    },
  ]
  return { naam: 'aanmelding', knop: 'Verder', velden }
}

/** The options from the CMS: the terms of the four indelingen. */
export function aanmeldingOpties(t: {
  kernen: readonly Term[]
  levensgebeurtenissen: readonly Term[]
  doelgroepen: readonly Term[]
  themas: readonly Term[]
}): FormOpties {
  return {
    kernen: termOpties(t.kernen),
    levensgebeurtenissen: termOpties(t.levensgebeurtenissen),
    doelgroepen: termOpties(t.doelgroepen),
    themas: termOpties(t.themas),
  }
}

const of = (v: string | string[] | undefined) => alsTekst(v) || undefined
const postcode = (v: string | string[] | undefined) => {
  const t = alsTekst(v)
  return t && isDutchPostcode(t) ? normalizePostcode(t) : undefined
}
const email = (v: string | string[] | undefined) => of(v)?.toLowerCase()

/** The data of a new application (the collection aanmeldingen) from checked answers that apply. */
export function aanmeldingData(waarden: FormWaarden) {
  const eigenBijdrage = alsTekst(waarden.kosten) === 'eigen-bijdrage'
  const heel = alsTekst(waarden.waar) === WAAR_HEEL
  const bedrag = eigenBijdrage ? parseDutchNumber(alsTekst(waarden.bedrag)) : null
  return {
    organisatie: {
      naam: alsTekst(waarden.orgNaam),
      soort: alsTekst(waarden.orgSoort) as OptionValue<typeof aanmeldingSoorten>,
      korteOmschrijving: of(waarden.orgOmschrijving),
      straat: of(waarden.orgStraat),
      postcode: postcode(waarden.orgPostcode),
      plaats: of(waarden.orgPlaats),
      telefoon: of(waarden.orgTelefoon),
      email: email(waarden.orgEmail),
      website: of(waarden.orgWebsite),
    },
    contactpersoon: {
      naam: alsTekst(waarden.contactNaam),
      email: email(waarden.contactEmail)!,
      telefoon: of(waarden.contactTelefoon),
    },
    aanbod: {
      titel: alsTekst(waarden.titel),
      samenvatting: alsTekst(waarden.samenvatting),
      beschrijving: of(waarden.beschrijving),
      heelTwenterand: heel,
      kernen: heel ? [] : alsLijst(waarden.kernen).map(relatieId),
      levensgebeurtenissen: alsLijst(waarden.levensgebeurtenissen).map(relatieId),
      doelgroepen: alsLijst(waarden.doelgroepen).map(relatieId),
      themas: alsLijst(waarden.themas).map(relatieId),
      kostenSoort: alsTekst(waarden.kosten) as OptionValue<typeof kostenSoorten>,
      kostenBedrag: bedrag,
      kostenOmschrijving: eigenBijdrage ? of(waarden.kostenOmschrijving) : undefined,
      meedoen: alsTekst(waarden.meedoen) as OptionValue<typeof meedoenManieren>,
      aanmeldinformatie: alsTekst(waarden.meedoen) !== 'vrije-inloop' ? of(waarden.aanmeldinformatie) : undefined,
      tijden: of(waarden.tijden),
      locatieNaam: of(waarden.locatieNaam),
      locatieAdres: of(waarden.locatieAdres),
      locatiePostcode: postcode(waarden.locatiePostcode),
      locatiePlaats: of(waarden.locatiePlaats),
      toegankelijkheid: alsLijst(waarden.toegankelijkheid),
    },
  }
}

/** Where the site's form posts to: the CMS's endpoint (cms/collections/Aanmeldingen/formulier.ts). */
export const AANMELDING_FORMULIER_PAD = '/api/aanmeldingen/formulier'
export const AANMELDING_BEVESTIGING_PAD = `${AANMELDING_FORMULIER_PAD}/bevestiging`
/** The site's page with the blank form. */
export const AANMELDING_SITE_PAD = '/organisatie-aanmelden/'
