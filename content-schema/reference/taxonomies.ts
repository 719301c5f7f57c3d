/**
 * Reference lists. Two kinds, and each list below says which it is:
 *
 * - BEGINLIJST (seed only): levensgebeurtenissen, doelgroepen, themas (and kernen in kernen.ts) and
 *   burenkaartCategorieen. The seed (cms/seed/reference.ts, npm run seed) copies them into the CMS when a slug is not
 *   there yet; from then on the CMS is the truth and staff edit the terms in the admin (group "Indeling", and the
 *   Burenkaart page). Editing a BEGINLIJST here changes NOTHING on a running site: a changed name or description
 *   is never copied again, and a new term appears only after the seed runs again.
 * - VASTE LIJST (code depends on it): toegankelijkheidKenmerken and activiteitLabels are the options of CMS fields
 *   (stored by slug) and the site reads them from here. A change takes effect with the next deployment of CMS and
 *   site; a stored value that was removed from the list is refused the next time that aanbod or activiteit is saved.
 *
 * Which indelingen there are (kern, levensgebeurtenis, doelgroep, thema), with their names, labels and paths, is
 * fixed too: INDELINGEN in ../velden.ts, the one list the CMS collections, the site and the open data derive from.
 */
import type { TaxonomyTerm } from './types'

/** BEGINLIJST (seed only; staff edit the terms in the admin, Indeling > Levensgebeurtenissen). Life events the action plan "Samen ben je niet alleen" focuses on (shared/domain.md). */
export const levensgebeurtenissen: readonly TaxonomyTerm[] = [
  {
    slug: 'rouw-en-verlies',
    naam: 'Rouw en verlies van een dierbare',
    omschrijving: 'Iemand van wie u houdt is overleden. U hoeft het verdriet niet alleen te dragen.',
  },
  { slug: 'ziekte-en-beperking', naam: 'Ziekte en beperking', omschrijving: 'U of iemand dicht bij u is ziek of heeft een beperking.' },
  { slug: 'mantelzorg', naam: 'Mantelzorg', omschrijving: 'U zorgt voor iemand die ziek is of hulp nodig heeft.' },
  { slug: 'pensioen', naam: 'Met pensioen', omschrijving: 'U stopt met werken en zoekt een nieuw ritme en nieuwe contacten.' },
  { slug: 'verhuizing', naam: 'Verhuizing', omschrijving: 'U woont hier net, of u gaat kleiner of anders wonen.' },
  { slug: 'scheiding', naam: 'Scheiding', omschrijving: 'U gaat uit elkaar en alles verandert.' },
  {
    slug: 'verlies-van-werk-of-inkomen',
    naam: 'Verlies van werk of inkomen',
    omschrijving: 'U bent uw baan kwijt of u heeft minder geld.',
  },
  {
    slug: 'minder-mobiel',
    naam: 'Minder mobiel of rijbewijs kwijt',
    omschrijving: 'U kunt minder goed weg, bijvoorbeeld omdat u niet meer mag autorijden.',
  },
]

/** BEGINLIJST (seed only; staff edit the terms in the admin, Indeling > Doelgroepen). Who the aanbod is for. */
export const doelgroepen: readonly TaxonomyTerm[] = [
  { slug: 'ouderen-75-plus', naam: 'Ouderen (75+)', omschrijving: 'Voor mensen van 75 jaar en ouder.' },
  { slug: 'ouderen', naam: 'Ouderen', omschrijving: 'Voor mensen van ongeveer 65 jaar en ouder.' },
  { slug: 'volwassenen', naam: 'Volwassenen', omschrijving: 'Voor iedereen van 18 jaar en ouder.' },
  { slug: 'jongeren', naam: 'Jongeren', omschrijving: 'Voor jongeren van 12 tot ongeveer 30 jaar.' },
  { slug: 'kinderen-en-gezinnen', naam: 'Kinderen en gezinnen', omschrijving: 'Voor kinderen en hun ouders of verzorgers.' },
  { slug: 'mantelzorgers', naam: 'Mantelzorgers', omschrijving: 'Voor mensen die zorgen voor een zieke of hulpbehoevende naaste.' },
  {
    slug: 'mensen-met-dementie',
    naam: 'Mensen met dementie en hun naasten',
    omschrijving: 'Voor mensen met dementie en de mensen om hen heen.',
  },
  {
    slug: 'mensen-met-een-beperking',
    naam: 'Mensen met een beperking',
    omschrijving: 'Voor mensen met een lichamelijke, verstandelijke of psychische beperking.',
  },
  { slug: 'nieuwkomers', naam: 'Nieuwkomers', omschrijving: 'Voor mensen die nieuw zijn in Nederland of in Twenterand.' },
]

/** BEGINLIJST (seed only; staff edit the terms in the admin, Indeling > Thema's). What the aanbod is about. */
export const themas: readonly TaxonomyTerm[] = [
  { slug: 'ontmoeting', naam: 'Ontmoeting', omschrijving: 'Andere mensen leren kennen en samen iets doen.' },
  { slug: 'eten', naam: 'Samen eten en maaltijden', omschrijving: 'Samen aan tafel, of een maaltijd aan huis.' },
  { slug: 'bewegen', naam: 'Bewegen en gezond leven', omschrijving: 'Wandelen, gymmen en fit blijven, op uw eigen tempo.' },
  { slug: 'maatje-en-bezoek', naam: 'Maatje en bezoek', omschrijving: 'Iemand die bij u op bezoek komt of met u op stap gaat.' },
  { slug: 'vervoer', naam: 'Vervoer', omschrijving: 'Hulp om ergens te komen als u zelf niet kunt rijden.' },
  { slug: 'digitale-hulp', naam: 'Digitale hulp', omschrijving: 'Hulp met de computer, tablet, telefoon of DigiD.' },
  { slug: 'geldzaken', naam: 'Geldzaken', omschrijving: 'Hulp bij post, rekeningen, schulden en regelingen.' },
  { slug: 'rouw-en-zingeving', naam: 'Rouw en zingeving', omschrijving: 'Praten over verlies, verdriet en wat het leven waardevol maakt.' },
  {
    slug: 'mantelzorgondersteuning',
    naam: 'Steun voor mantelzorgers',
    omschrijving: 'Advies, even vrij en lotgenoten voor wie voor een ander zorgt.',
  },
  { slug: 'wonen-en-hulp-thuis', naam: 'Wonen en hulp thuis', omschrijving: 'Hulp in en om het huis, zodat u thuis kunt blijven wonen.' },
  { slug: 'informatie-en-advies', naam: 'Informatie en advies', omschrijving: 'Een plek waar u met uw vraag terecht kunt.' },
  { slug: 'creatief-en-leren', naam: 'Creatief en leren', omschrijving: 'Iets maken, iets nieuws leren of samen lezen.' },
  { slug: 'vrijwilligerswerk', naam: 'Vrijwilligerswerk', omschrijving: 'Iets doen voor een ander, en er zelf ook iets aan hebben.' },
]

/** BEGINLIJST (seed only; staff edit the categories on the admin's Burenkaart page). What neighbours can help each other with on the Burenkaart (shared/domain.md). */
export const burenkaartCategorieen: readonly TaxonomyTerm[] = [
  { slug: 'boodschappen', naam: 'Boodschappen doen', omschrijving: 'Samen of voor de ander boodschappen halen.' },
  { slug: 'apotheek', naam: 'Medicijnen ophalen bij de apotheek', omschrijving: 'Medicijnen ophalen en thuisbrengen.' },
  { slug: 'hond-uitlaten', naam: 'De hond uitlaten', omschrijving: 'Een rondje met de hond lopen.' },
  { slug: 'praatje', naam: 'Een praatje of kopje koffie', omschrijving: 'Even langskomen voor een gesprek.' },
  { slug: 'klusjes', naam: 'Kleine klusjes', omschrijving: 'Een lamp vervangen, een schilderij ophangen en zulke dingen.' },
  { slug: 'vervoer-arts', naam: 'Vervoer naar huisarts of ziekenhuis', omschrijving: 'Iemand naar een afspraak brengen en weer ophalen.' },
  { slug: 'post', naam: 'Post wegbrengen', omschrijving: 'Een brief of pakje naar de brievenbus of het postpunt brengen.' },
  { slug: 'planten', naam: 'Planten water geven', omschrijving: 'De planten verzorgen als iemand weg is.' },
  { slug: 'kliko', naam: 'Kliko buiten zetten', omschrijving: 'De container aan de straat zetten en weer binnenhalen.' },
  { slug: 'tv-telefoon', naam: 'Tv of telefoon instellen', omschrijving: 'Helpen met de tv, telefoon of tablet.' },
  { slug: 'maaltijd', naam: 'Een maaltijd koken', omschrijving: 'Een keer een maaltijd koken of meebrengen.' },
]

/** VASTE LIJST (code depends on it: the options of the aanbod's field toegankelijkheid). Accessibility features an aanbod or place can have. */
export const toegankelijkheidKenmerken: readonly TaxonomyTerm[] = [
  { slug: 'rolstoeltoegankelijk', naam: 'Rolstoeltoegankelijk', omschrijving: 'U kunt er met een rolstoel of rollator goed in.' },
  { slug: 'aangepast-toilet', naam: 'Aangepast toilet', omschrijving: 'Er is een toilet voor mensen met een beperking.' },
  { slug: 'ringleiding', naam: 'Ringleiding', omschrijving: 'Er is een ringleiding voor mensen met een hoortoestel.' },
  { slug: 'parkeren-dichtbij', naam: 'Parkeren dichtbij', omschrijving: 'U kunt vlak bij de ingang parkeren.' },
  { slug: 'hulphond-welkom', naam: 'Hulphond welkom', omschrijving: 'Uw hulphond mag mee naar binnen.' },
  { slug: 'eenvoudige-taal', naam: 'Eenvoudige taal', omschrijving: 'De uitleg is in makkelijke woorden.' },
  { slug: 'ophalen-mogelijk', naam: 'Ophalen mogelijk', omschrijving: 'Iemand kan u thuis ophalen en terugbrengen.' },
]

/** VASTE LIJST (code depends on it: the options of the activiteit's field labels). Labels on activiteiten in the Twenterand Ontmoet agenda. */
export const activiteitLabels: readonly TaxonomyTerm[] = [
  {
    slug: 'week-tegen-eenzaamheid',
    naam: 'Week tegen Eenzaamheid',
    omschrijving: 'Hoort bij het programma van de landelijke Week tegen Eenzaamheid.',
  },
  { slug: 'burendag', naam: 'Burendag', omschrijving: 'Hoort bij Burendag, de vierde zaterdag van september.' },
  { slug: 'feestdagen', naam: 'Feestdagen', omschrijving: 'Samen de feestdagen vieren, zodat niemand alleen hoeft te zijn.' },
  { slug: 'eerste-keer', naam: 'Eerste keer welkom', omschrijving: 'Speciaal fijn als u voor het eerst komt.' },
]

/** The BEGINLIJST of each indeling but kernen (kernen.ts), by its CMS collection (INDELINGEN in velden.ts): seed only. */
export const beginlijsten = { levensgebeurtenissen, doelgroepen, themas } as const
