/**
 * Verified facts for the Meldpunt Eenzaamheid page (shared/domain.md, marked ✔).
 * Only these helplines and numbers may be shown as real.
 */
export interface Hulplijn {
  naam: string
  telefoon: string
  omschrijving: string
  bereikbaar: string
  chat: string | null
}

export const hulplijnen: readonly Hulplijn[] = [
  {
    naam: 'De Luisterlijn',
    telefoon: '088 0767 000',
    omschrijving: 'Voor een goed gesprek als u ergens mee zit. Iemand luistert naar u.',
    bereikbaar: 'Dag en nacht. U kunt ook chatten.',
    chat: 'Chat via de website van De Luisterlijn',
  },
  {
    naam: '113 Zelfmoordpreventie',
    telefoon: '0800-0113',
    omschrijving: 'Denkt u aan zelfmoord, of maakt u zich zorgen om iemand? Bel 113 of 0800-0113. Gratis en anoniem.',
    bereikbaar: 'Dag en nacht, 7 dagen per week.',
    chat: 'Chat via 113.nl',
  },
  {
    naam: 'Alzheimer Telefoon',
    telefoon: '0800-5088',
    omschrijving: 'Voor vragen over dementie, ook als u zorgt voor iemand met dementie.',
    bereikbaar: 'Bel voor de tijden naar het nummer.',
    chat: null,
  },
  {
    naam: 'MIND Korrelatie',
    telefoon: '0900-1450',
    omschrijving: 'Voor vragen over psychische problemen. U kunt anoniem bellen.',
    bereikbaar: 'Bel voor de tijden naar het nummer.',
    chat: null,
  },
  {
    naam: 'Stichting Leergeld Twenterand',
    telefoon: '06-39743797',
    omschrijving: 'Betaalt sport, muziekles en schoolreisjes voor kinderen uit gezinnen met weinig geld.',
    bereikbaar: 'Bel of stuur een bericht.',
    chat: null,
  },
]

/** The short number of 113 Zelfmoordpreventie, next to the free 0800 number. */
export const KORT_NUMMER_113 = '113'

export interface SignaalGroep {
  slug: string
  naam: string
  signalen: string[]
}

/** Signaleringskaart eenzaamheid (programma Eén tegen eenzaamheid). Signals start a conversation; they are no checklist. */
export const signaleringskaart: readonly SignaalGroep[] = [
  {
    slug: 'lichamelijk',
    naam: 'Lichamelijk',
    signalen: ['Minder goed voor zichzelf zorgen', 'Moe zijn', 'Hoofdpijn', 'Gespannen spieren', 'Weinig zin in eten'],
  },
  {
    slug: 'psychisch',
    naam: 'Psychisch',
    signalen: [
      'Negatief over zichzelf denken',
      'Weinig zelfvertrouwen',
      'Het leven zinloos of uitzichtloos vinden',
      'Zich in de steek gelaten voelen',
      'Teleurgesteld zijn',
      'Verdriet',
      'Boosheid',
      'Geen vertrouwen meer in anderen',
    ],
  },
  {
    slug: 'sociaal',
    naam: 'Sociaal',
    signalen: ['Weinig contact met anderen', 'Steun van anderen missen'],
  },
  {
    slug: 'gedrag',
    naam: 'Gedrag',
    signalen: [
      'Moeite met omgaan met anderen',
      'Mensen op afstand houden',
      'Veel aandacht vragen',
      'Vooral met zichzelf bezig zijn',
      'Te veel drinken, gebruiken of gokken',
    ],
  },
  {
    slug: 'levensgebeurtenissen',
    naam: 'Wat iemand meemaakt',
    signalen: [
      'Een naaste is overleden',
      'Een scheiding',
      'Ziekte of een beperking, ook van een naaste',
      'Een verhuizing',
      'Het werk kwijt',
      'Geldzorgen',
    ],
  },
]

/** Conversation tips: "wees een OEN" (Open, Eerlijk, Nieuwsgierig). */
export const gespreksTips: readonly string[] = [
  'Wees een OEN: Open, Eerlijk en Nieuwsgierig.',
  'Luister goed, vat samen wat u hoort en vraag door.',
  'Vul niet in voor een ander.',
  'Kom niet meteen met oplossingen, meningen of adviezen.',
]

/** What to do after noticing a signal. */
export const routeNaSignaal: readonly { stap: string; uitleg: string }[] = [
  { stap: 'Signaleren', uitleg: 'U merkt dat iemand misschien eenzaam is.' },
  { stap: 'Bespreekbaar maken', uitleg: 'U begint voorzichtig een gesprek.' },
  { stap: 'Verkennen', uitleg: 'U vraagt wat de ander zelf wil.' },
  { stap: 'Melden of verwijzen', uitleg: 'Met toestemming meldt u het bij het Meldpunt Eenzaamheid, of u wijst de weg naar hulp.' },
  { stap: 'Betrokken blijven', uitleg: 'U blijft contact houden en vraagt hoe het gaat.' },
]
