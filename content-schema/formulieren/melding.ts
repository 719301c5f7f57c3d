/**
 * The melding form of the Meldpunt Eenzaamheid (issue 21): its questions in B1 Dutch, in the order the action plan's
 * route asks them. Values, labels and limits come from ../reference/meldingen.ts; the kernen and levensgebeurtenissen
 * are options from the CMS, passed in at render time (meldingOpties). The site renders the blank form, the CMS the
 * rest (cms/collections/Meldingen/formulier.ts).
 */
import {
  MELDING_LIMIETEN,
  MELDING_STANDAARD,
  type MeldingMelder,
  meldingContactWijzen,
  meldingMelders,
  meldingToestemmingen,
} from '../reference/meldingen'
import {
  alsLijst,
  alsTekst,
  type FormDefinitie,
  type FormOptie,
  type FormOpties,
  type FormWaarden,
  relatieId,
  type Term,
  termOpties,
} from './formulier'

/** The kern option for "Weet ik niet": stored as no kern. */
export const KERN_WEET_NIET = 'weet-niet'

/**
 * How the form asks "Over wie gaat uw melding?": the melder values of the reference list in the words of the person
 * filling in (the reference's labels are the staff's words). Exhaustive: a new melder value fails to compile here.
 */
const MELDER_VRAAG: Record<MeldingMelder, string> = {
  zelf: 'Over mezelf',
  naaste: 'Over iemand anders die ik ken',
  professional: 'Ik ben professional en meld iemand',
  vrijwilliger: 'Ik ben vrijwilliger en meld iemand',
}

const contactWijze = (w: FormWaarden) => alsTekst(w.contactWijze)

/** What the Meldpunt does with a melding: the purpose statement the melder agrees to. */
export const meldingDoel = (bewaartermijnMaanden: number = MELDING_STANDAARD.bewaartermijnMaanden) =>
  'Alleen de medewerkers van het Meldpunt Eenzaamheid lezen uw melding. ' +
  'Zij gebruiken die alleen om u of de persoon over wie het gaat verder te helpen. ' +
  'Verwijzen we door naar een organisatie? Dan vertellen we alleen wat nodig is, en alleen als u of de persoon dat goed vindt. ' +
  `We bewaren uw naam, telefoonnummer, e-mailadres en uw uitleg tot ${bewaartermijnMaanden} maanden nadat de melding klaar is. Daarna halen we ze weg.`

export const MELDING_ADVIES_TOESTEMMING =
  'Meldt u iemand anders aan? Doe dat alleen als die persoon dat goed vindt. ' +
  'Weet de persoon het nog niet? Praat er dan eerst samen over. ' +
  'Lukt dat niet, of twijfelt u? Kies dan ‘Nee, nog niet’. Het Meldpunt denkt met u mee.'

export function meldingFormulier(bewaartermijnMaanden: number = MELDING_STANDAARD.bewaartermijnMaanden): FormDefinitie {
  return {
    naam: 'melding',
    knop: 'Verder',
    velden: [
      {
        name: 'melder',
        soort: 'radio',
        label: 'Over wie gaat uw melding?',
        kortLabel: 'Over wie',
        required: true,
        options: meldingMelders.map((o) => ({ value: o.value, label: MELDER_VRAAG[o.value] })),
        melding: { leeg: 'Kies over wie de melding gaat' },
      },
      {
        name: 'kern',
        soort: 'radio',
        label: 'In welk dorp woont de persoon?',
        kortLabel: 'Dorp',
        hint: 'Gaat het over uzelf? Kies dan uw eigen dorp.',
        required: true,
        melding: { leeg: 'Kies in welk dorp de persoon woont, of kies ‘Weet ik niet’' },
      },
      {
        name: 'levensgebeurtenissen',
        soort: 'checkboxes',
        label: 'Wat speelt er?',
        kortLabel: 'Wat speelt er',
        hint: 'Kies wat past. U mag meer dan één keuze maken.',
        melding: { leeg: 'Kies wat er speelt', ongeldig: 'Kies bij ‘Wat speelt er?’ alleen uit de lijst' },
      },
      {
        name: 'tekst',
        soort: 'textarea',
        label: 'Vertel kort wat er aan de hand is',
        kortLabel: 'Uw uitleg',
        hint: `Bijvoorbeeld: wat merkt u, sinds wanneer, en wat wil de persoon zelf? Gebruik niet meer dan ${MELDING_LIMIETEN.tekst} tekens.`,
        required: true,
        maxLength: MELDING_LIMIETEN.tekst,
        regels: 6,
        melding: { leeg: 'Vertel kort wat er aan de hand is' },
      },
      {
        name: 'toestemmingBetrokkene',
        soort: 'radio',
        label: 'Weet de persoon van deze melding, en vindt die het goed?',
        kortLabel: 'Weet de persoon het',
        hint: 'Alleen als u iemand anders meldt.',
        advies: MELDING_ADVIES_TOESTEMMING,
        required: true,
        geldtAls: (w) => alsTekst(w.melder) !== 'zelf',
        options: meldingToestemmingen,
        melding: { leeg: 'Kies of de persoon van de melding weet en het goed vindt' },
      },
      {
        name: 'contactWijze',
        soort: 'radio',
        label: 'Hoe wilt u antwoord van ons?',
        kortLabel: 'Antwoord',
        required: true,
        options: meldingContactWijzen.map(
          (o): FormOptie =>
            o.value === 'anoniem' ? { ...o, hint: 'Dan kunnen wij u geen antwoord geven. U krijgt wel een meldingsnummer.' } : { ...o },
        ),
        melding: { leeg: 'Kies hoe u antwoord wilt, of kies ‘Ik wil anoniem blijven’' },
      },
      {
        name: 'naam',
        soort: 'text',
        label: 'Uw naam',
        hint: 'Alleen als wij u mogen bellen of mailen.',
        required: true,
        geldtAls: (w) => contactWijze(w) === 'telefoon' || contactWijze(w) === 'e-mail',
        maxLength: MELDING_LIMIETEN.naam,
        autocomplete: 'name',
        melding: { leeg: 'Vul uw naam in' },
      },
      {
        name: 'telefoon',
        soort: 'tel',
        label: 'Uw telefoonnummer',
        hint: 'Alleen als u ‘Bel mij’ kiest.',
        required: true,
        geldtAls: (w) => contactWijze(w) === 'telefoon',
        maxLength: MELDING_LIMIETEN.telefoon,
        autocomplete: 'tel',
        melding: { leeg: 'Vul uw telefoonnummer in', ongeldig: 'Vul een telefoonnummer in zoals 0546 123456' },
      },
      {
        name: 'bereikbaar',
        soort: 'text',
        label: 'Wanneer kunnen wij u het best bellen?',
        kortLabel: 'Wanneer wij u kunnen bellen',
        hint: 'Bijvoorbeeld: op werkdagen na 14.00 uur. Alleen als u ‘Bel mij’ kiest.',
        geldtAls: (w) => contactWijze(w) === 'telefoon',
        maxLength: MELDING_LIMIETEN.bereikbaar,
        melding: { leeg: 'Vul in wanneer wij u het best kunnen bellen' },
      },
      {
        name: 'email',
        soort: 'email',
        label: 'Uw e-mailadres',
        hint: 'Alleen als u ‘Mail mij’ kiest.',
        required: true,
        geldtAls: (w) => contactWijze(w) === 'e-mail',
        maxLength: MELDING_LIMIETEN.email,
        autocomplete: 'email',
        melding: { leeg: 'Vul uw e-mailadres in', ongeldig: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' },
      },
      {
        name: 'doelAkkoord',
        soort: 'checkboxes',
        label: 'Wat doen wij met uw melding?',
        kortLabel: 'Akkoord',
        hint: meldingDoel(bewaartermijnMaanden),
        required: true,
        options: [{ value: 'ja', label: 'Ik heb dit gelezen en ik vind het goed' }],
        melding: { leeg: 'Geef aan dat u het goed vindt wat wij met uw melding doen' },
      },
    ],
  }
}

/** The options from the CMS: the kernen (and "Weet ik niet") and the levensgebeurtenissen. */
export function meldingOpties(kernen: readonly Term[], levensgebeurtenissen: readonly Term[]): FormOpties {
  return {
    kern: [...termOpties(kernen), { value: KERN_WEET_NIET, label: 'Weet ik niet' }],
    levensgebeurtenissen: termOpties(levensgebeurtenissen),
  }
}

/**
 * The data of a new melding (the collection meldingen) from checked answers: channel website; only the contact
 * details of the chosen way (nothing when anonymous); no consent question when the melder is the person.
 */
export function meldingData(waarden: FormWaarden) {
  const melder = alsTekst(waarden.melder) as MeldingMelder
  const wijze = alsTekst(waarden.contactWijze) as 'telefoon' | 'e-mail' | 'anoniem'
  const kern = alsTekst(waarden.kern)
  const of = (v: string | string[] | undefined) => alsTekst(v) || undefined
  return {
    kanaal: 'website' as const,
    melder,
    kern: kern && kern !== KERN_WEET_NIET ? relatieId(kern) : null,
    levensgebeurtenissen: alsLijst(waarden.levensgebeurtenissen).map(relatieId),
    tekst: alsTekst(waarden.tekst),
    toestemmingBetrokkene: melder === 'zelf' ? null : (alsTekst(waarden.toestemmingBetrokkene) as 'ja' | 'nee'),
    contactWijze: wijze,
    naam: wijze === 'anoniem' ? undefined : of(waarden.naam),
    telefoon: wijze === 'telefoon' ? of(waarden.telefoon) : undefined,
    bereikbaar: wijze === 'telefoon' ? of(waarden.bereikbaar) : undefined,
    email: wijze === 'e-mail' ? of(waarden.email) : undefined,
    doelAkkoord: true,
  }
}

/** Where the site's melding form posts to: the CMS's endpoint (cms/collections/Meldingen/formulier.ts). */
export const MELDING_FORMULIER_PAD = '/api/meldingen/formulier'
/** The confirmation page the endpoint redirects to after storing a melding. */
export const MELDING_BEVESTIGING_PAD = `${MELDING_FORMULIER_PAD}/bevestiging`
/** The two HTML comments around the form on the site's page: the CMS replaces what is between them in its answers. */
export const FORMULIER_BEGIN = '<!-- formulier:begin -->'
export const FORMULIER_EIND = '<!-- formulier:eind -->'
