/**
 * Synthetic but realistic content at region size for benchmarks: deterministic (seeded), Dutch titles built from
 * the kinds of aanbod the kaart holds, spread over real and invented kernen.
 */
import {
  AANBOD_VELDEN,
  type aanbodStatussen,
  type activiteitStatussen,
  addDays,
  DAGEN,
  doelgroepen,
  kernen,
  postcodeGebieden,
  type kostenSoorten,
  levensgebeurtenissen,
  type meedoenManieren,
  POSITIE,
  type OptionValue,
  slugify,
  themas,
  toegankelijkheidKenmerken,
} from '../content-schema'
import { nthWeekdayOnOrAfter } from '../cms/seed/demo'
import type { DemoLocatie } from '../cms/seed/types'

export type Size = 'S' | 'M' | 'L'
export const SIZES: Record<Size, { aanbod: number; activiteiten: number }> = {
  S: { aanbod: 500, activiteiten: 1000 },
  M: { aanbod: 2000, activiteiten: 5000 },
  L: { aanbod: 10000, activiteiten: 20000 },
}

/** A small seeded PRNG (mulberry32), so every run measures the same content. */
export function prng(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SOORT = [
  'Koffieochtend',
  'Samen eten',
  'Wandelgroep',
  'Maatjesproject',
  'Inloopspreekuur',
  'Stoelgym',
  'Taalcafé',
  'Repair Café',
  'Rouwgroep',
  'Mantelzorgcafé',
  'Digicafé',
  'Soos',
  'Eettafel',
  'Vervoersdienst',
  'Thuisadministratie',
  'Bezoekdienst',
  'Zangkoor',
  'Handwerkclub',
  'Fietsmaatjes',
  'Alzheimer Café',
]
const PLAATS = [
  ...kernen.map((k) => k.naam),
  'Almelo',
  'Hengelo',
  'Enschede',
  'Borne',
  'Wierden',
  'Rijssen',
  'Hellendoorn',
  'Tubbergen',
  'Dinkelland',
  'Losser',
  'Oldenzaal',
  'Haaksbergen',
  'Hof van Twente',
]
const ORG = ['Welzijn', 'Buurthuis', 'Stichting', 'Vereniging', 'Kerkelijke werkgroep', 'Bibliotheek', 'Zorgcentrum', 'Sportclub']

/** Syllables for made-up words: real titles and names hold many words of their own (places, clubs, people). */
const LETTERGREPEN = [
  'ker',
  'hof',
  'ven',
  'bos',
  'dijk',
  'horst',
  'lo',
  'ma',
  'sch',
  'ut',
  'en',
  'berg',
  'wer',
  'ink',
  'kamp',
  'veld',
  'ter',
  'hui',
  'zen',
  'ste',
  'ra',
  'dal',
]

export function syntheticZoekhulp(aanbod: number, seed = 1700) {
  const r = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!
  const orgs = Array.from({ length: Math.max(20, Math.round(aanbod / 5)) }, (_, i) => `${pick(ORG)} ${pick(PLAATS)} ${i + 1}`)
  // Real titles hold many words of their own (names of places, clubs, people): one made-up word in 60% of the titles
  // gives the index a region-sized vocabulary.
  const eigenWoord = () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(LETTERGREPEN)).join('')
  const items = Array.from({ length: aanbod }, (_, i) => {
    const plaats = pick(PLAATS)
    return {
      t: `${pick(SOORT)} ${r() < 0.6 ? `${eigenWoord()} ` : ''}${plaats}${r() < 0.3 ? ` ${i}` : ''}`,
      u: `/aanbod/item-${i}/`,
      s: 'Aanbod',
      o: pick(orgs),
      w: r() < 0.1 ? 'Heel Twenterand' : plaats,
      k: [pick(themas).naam, pick(doelgroepen).naam, pick(levensgebeurtenissen).naam].join(' '),
    }
  })
  return [
    ...items,
    ...orgs.map((o, i) => ({ t: o, u: `/organisatie/org-${i}/`, s: 'Organisatie' })),
    ...kernen.map((k) => ({ t: k.naam, u: `/kern/${k.slug}/`, s: 'Kern' })),
    ...levensgebeurtenissen.map((t) => ({ t: t.naam, u: `/levensgebeurtenis/${t.slug}/`, s: 'Levensgebeurtenis' })),
    ...doelgroepen.map((t) => ({ t: t.naam, u: `/doelgroep/${t.slug}/`, s: 'Doelgroep' })),
    ...themas.map((t) => ({ t: t.naam, u: `/thema/${t.slug}/`, s: 'Thema' })),
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic CMS content for `npm run bench`: organisaties, aanbod and activiteiten as Payload data, valid per the
// collections' validation, with references by slug (bench/seed.ts resolves them to ids). The same seed gives the
// same content; only the dates follow the day of the run (so the agenda has the coming weeks filled, as in real use).
// ---------------------------------------------------------------------------------------------------------------

export interface SyntheticOrganisatie {
  slug: string
  naam: string
  korteOmschrijving: string
  telefoon: string
  email: string
  website?: string
  adres: { straat: string; postcode: string; plaats: string }
  contactpersonen: { naam: string; email: string }[]
  demo: true
}

export interface SyntheticAanbod {
  slug: string
  titel: string
  samenvatting: string
  beschrijving: string[]
  organisatie: string
  heelTwenterand: boolean
  kernen: string[]
  levensgebeurtenissen: string[]
  doelgroepen: string[]
  themas: string[]
  kosten: { soort: OptionValue<typeof kostenSoorten>; bedrag?: number; omschrijving?: string }
  meedoen: { manier: OptionValue<typeof meedoenManieren>; aanmeldinformatie?: string }
  contact: { telefoon?: string; email?: string; website?: string }
  locaties: Locatie[]
  tijden: { omschrijving: string; schema: SchemaRegel[] }
  toegankelijkheid: { kenmerken: string[]; toelichting?: string }
  status: OptionValue<typeof aanbodStatussen>
  laatstGecontroleerd: { datum: string; door: string }
  demo: true
}

export interface SyntheticActiviteit {
  slug: string
  titel: string
  beschrijving: string[]
  /** Local date (YYYY-MM-DD) and times in Europe/Amsterdam. */
  datum: string
  van: string
  tot: string
  herhaling:
    | { freq: 'none' }
    | {
        freq: 'DAILY' | 'WEEKLY' | 'MONTHLY'
        interval: number
        byday: string[]
        bysetpos?: string
        until?: string
        uitzonderingen: string[]
      }
  kern: string
  locatie: Locatie
  organisatie: string
  aanbod?: string
  kosten: SyntheticAanbod['kosten']
  aanmelden: { nodig: boolean; informatie?: string }
  labels: string[]
  status: OptionValue<typeof activiteitStatussen>
  demo: true
}

type Locatie = DemoLocatie

interface SchemaRegel {
  freq: 'WEEKLY' | 'MONTHLY'
  interval: number
  byday: string[]
  bysetpos?: string
  opensAt: string
  closesAt: string
}

export interface SyntheticContent {
  organisaties: SyntheticOrganisatie[]
  aanbod: SyntheticAanbod[]
  activiteiten: SyntheticActiviteit[]
  /** The two placemats: sections of aanbod slugs, about 30 entries each (one A3 sheet). */
  placemats: Record<'jeugd' | 'algemeen', { titel: string; secties: { titel: string; aanbod: string[] }[] }>
}

const DAG = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
const POSTCODE_LETTERS = 'ABCDEFGHJKLMNPRTVWXZ'
const STRATEN = [
  'Kerkstraat',
  'Julianastraat',
  'Molenweg',
  'Schoolstraat',
  'Dorpsweg',
  'Hoofdweg',
  'Lindelaan',
  'Parkstraat',
  'Stationsstraat',
  'Oranjestraat',
  'Beatrixlaan',
  'Westeinde',
  'Oosteinde',
  'Kanaalweg',
  'Sportlaan',
]
const PLEKKEN = ['Buurthuis', 'Wijkcentrum', 'Ontmoetingshuis', 'Kerkzaal', 'Bibliotheek', 'Dorpshuis', 'Zorgcentrum', 'Clubhuis']
const VOORNAMEN = ['Anna', 'Jan', 'Els', 'Gerrit', 'Fenna', 'Henk', 'Mieke', 'Bert', 'Ria', 'Johan', 'Sanne', 'Dirk']
const ACHTERNAMEN = ['Jansen', 'de Vries', 'Bosch', 'Kamphuis', 'Nijhuis', 'Oude Luttikhuis', 'Tijhuis', 'Brinkman', 'Veldhuis', 'Scholten']
const ZINNEN = [
  'U bent van harte welkom, ook als u voor het eerst komt.',
  'Vrijwilligers uit het dorp zorgen voor koffie en thee.',
  'Er is altijd iemand die u wegwijs maakt.',
  'U hoeft niets mee te nemen.',
  'Samen met anderen is het gezelliger.',
  'Heeft u vervoer nodig? Vraag ernaar, dan kijken we wat kan.',
  'Het gebouw is goed toegankelijk, ook met een rollator.',
  'Wilt u eerst kennismaken? Bel gerust, dan vertellen we er meer over.',
  'Kinderen en kleinkinderen mogen ook mee.',
  'We werken samen met andere organisaties in de buurt.',
  'Heeft u een vraag over geld, zorg of wonen? We denken met u mee.',
  'U kunt zo vaak komen als u wilt.',
]
const ACTIVITEIT_SOORT = [
  'Bingomiddag',
  'Lezing',
  'Spelletjesmiddag',
  'Muziekmiddag',
  'Wandeling',
  'Creatieve middag',
  'Informatieavond',
  'Kookworkshop',
  'Filmmiddag',
  'Kerstdiner',
  'Burenborrel',
  'Voorleesochtend',
]

/** The main thema of each kind of aanbod (the first thema of a listing; its placemat section). */
const SOORT_THEMA: Record<string, string> = {
  Koffieochtend: 'ontmoeting',
  'Samen eten': 'eten',
  Wandelgroep: 'bewegen',
  Maatjesproject: 'maatje-en-bezoek',
  Inloopspreekuur: 'informatie-en-advies',
  Stoelgym: 'bewegen',
  Taalcafé: 'creatief-en-leren',
  'Repair Café': 'ontmoeting',
  Rouwgroep: 'rouw-en-zingeving',
  Mantelzorgcafé: 'mantelzorgondersteuning',
  Digicafé: 'digitale-hulp',
  Soos: 'ontmoeting',
  Eettafel: 'eten',
  Vervoersdienst: 'vervoer',
  Thuisadministratie: 'geldzaken',
  Bezoekdienst: 'maatje-en-bezoek',
  Zangkoor: 'creatief-en-leren',
  Handwerkclub: 'creatief-en-leren',
  Fietsmaatjes: 'bewegen',
  'Alzheimer Café': 'ontmoeting',
}

/** Kernen weighted by their number of inhabitants (Westerhaar has no verified count: about 4,000). */
const kernGewichten = kernen.map((k) => ({ kern: k, gewicht: k.inwoners ?? 4000 }))

export function syntheticContent(size: Size, { today, seed = 2024 }: { today: string; seed?: number }): SyntheticContent {
  const r = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!
  const chance = (p: number) => r() < p
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1))
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = int(min, max)
    const copy = [...list]
    const out: T[] = []
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!)
    return out
  }
  const totaal = kernGewichten.reduce((s, k) => s + k.gewicht, 0)
  const kern = () => {
    let x = r() * totaal
    for (const k of kernGewichten) if ((x -= k.gewicht) < 0) return k.kern
    return kernGewichten[0]!.kern
  }
  const eigenNaam = () => {
    const w = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(LETTERGREPEN)).join('')
    return w[0]!.toUpperCase() + w.slice(1)
  }
  /** Unique and at most 80 characters (SLUG_MAX), like the CMS makes them. */
  const uniekeSlug = (titel: string, n: number) => `${slugify(titel).slice(0, 70).replace(/-+$/, '')}-${n}`
  const telefoon = () => `0546 0${int(10, 99)} ${int(100, 999)}`
  const postcode = (k: (typeof kernen)[number]) => {
    const range = postcodeGebieden(k.postcodes)[0] ?? { van: 7676, tot: 7676 }
    return `${int(range.van, range.tot)} ${pick([...POSTCODE_LETTERS])}${pick([...POSTCODE_LETTERS])}`
  }
  const locatie = (k: (typeof kernen)[number]): Locatie => ({
    naam: `${pick(PLEKKEN)} ${eigenNaam()} (voorbeeld)`,
    adres: `${pick(STRATEN)} ${int(1, 120)}`,
    postcode: postcode(k),
    plaats: k.naam,
    ...(k.latitude != null && k.longitude != null
      ? {
          latitude: Math.round((k.latitude + (r() - 0.5) * 0.02) * 1e4) / 1e4,
          longitude: Math.round((k.longitude + (r() - 0.5) * 0.03) * 1e4) / 1e4,
        }
      : {}),
  })
  const tijd = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${h % 1 ? '30' : '00'}`
  const kosten = (): SyntheticAanbod['kosten'] => {
    if (chance(0.55)) return { soort: 'gratis' }
    const bedrag = int(2, 20) / 2
    return chance(0.5)
      ? { soort: 'eigen-bijdrage', bedrag }
      : { soort: 'eigen-bijdrage', bedrag, omschrijving: `Koffie en thee inbegrepen: € ${bedrag.toFixed(2).replace('.', ',')}` }
  }
  const alinea = () => Array.from({ length: int(2, 4) }, () => pick(ZINNEN)).join(' ')
  const persoon = (slug: string) => {
    const naam = `${pick(VOORNAMEN)} ${pick(ACHTERNAMEN)}`
    return { naam, email: `${naam.toLowerCase().replace(/[^a-z]+/g, '.')}@${slug}.example` }
  }

  const { aanbod: nAanbod, activiteiten: nActiviteiten } = SIZES[size]

  // Organisaties: about one per four aanbod, each based in a kern.
  const orgKern = new Map<string, (typeof kernen)[number]>()
  const organisaties: SyntheticOrganisatie[] = Array.from({ length: Math.max(20, Math.round(nAanbod / 4)) }, (_, i) => {
    const k = kern()
    const naam = `${pick(ORG)} ${eigenNaam()} ${k.naam} (voorbeeld)`
    const slug = uniekeSlug(naam, i + 1)
    orgKern.set(slug, k)
    return {
      slug,
      naam,
      korteOmschrijving: `${pick(ORG)} in ${k.naam}. ${pick(ZINNEN)}`,
      telefoon: telefoon(),
      email: `info@${slug}.example`,
      ...(chance(0.7) ? { website: `https://www.${slug}.example` } : {}),
      adres: { straat: `${pick(STRATEN)} ${int(1, 120)}`, postcode: postcode(k), plaats: k.naam },
      contactpersonen: [persoon(slug)],
      demo: true,
    }
  })
  // A few organisaties have much aanbod, most a little (as in a real region).
  const org = () => organisaties[Math.floor(organisaties.length * r() * r())]!

  const aanbod: SyntheticAanbod[] = Array.from({ length: nAanbod }, (_, i) => {
    const o = org()
    const heel = chance(0.1)
    const eerste = chance(0.7) ? orgKern.get(o.slug)! : kern()
    const aanbodKernen = heel ? [] : [...new Set([eerste, ...(chance(0.2) ? [kern()] : [])])]
    const soort = pick(SOORT)
    const titel = `${soort} ${chance(0.6) ? `${eigenNaam()} ` : ''}${heel ? 'Twenterand' : eerste.naam}`
    const dg = some(doelgroepen, 1, 2)
    const manier = pick(['vrije-inloop', 'vrije-inloop', 'vrije-inloop', 'aanmelden', 'aanmelden', 'via-verwijzing'] as const)
    const regels: SchemaRegel[] = chance(0.7)
      ? Array.from({ length: chance(0.15) ? 2 : 1 }, () => {
          const start = int(18, 38) / 2
          const maandelijks = chance(0.25)
          return {
            freq: maandelijks ? 'MONTHLY' : 'WEEKLY',
            interval: !maandelijks && chance(0.2) ? 2 : 1,
            byday: [pick(DAG.slice(0, 6))],
            ...(maandelijks ? { bysetpos: pick(['1', '2', '3', '4', '-1']) } : {}),
            opensAt: tijd(start),
            closesAt: tijd(Math.min(start + int(2, 6) / 2, 23)),
          }
        })
      : []
    const inWoorden = regels
      .map((s) =>
        s.freq === 'MONTHLY'
          ? `Elke ${POSITIE[s.bysetpos!]} ${DAGEN[s.byday[0]!]} van de maand`
          : `${s.interval === 2 ? 'Om de week op' : 'Elke'} ${DAGEN[s.byday[0]!]}`,
      )
      .map((w, j) => `${w} van ${regels[j]!.opensAt.replace(':', '.')} tot ${regels[j]!.closesAt.replace(':', '.')} uur`)
      .join('; ')
    const status = pick([
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'actief',
      'tijdelijk-gestopt',
      'gestopt',
    ] as const)
    const maandenGeleden = int(0, 18)
    const [y, m] = today.split('-').map(Number)
    return {
      slug: uniekeSlug(titel, i + 1),
      titel,
      samenvatting:
        `${soort} voor ${dg.map((d) => d.naam.toLowerCase()).join(' en ')} in ${heel ? 'heel Twenterand' : aanbodKernen.map((k) => k.naam).join(' en ')}. ${pick(ZINNEN)}`.slice(
          0,
          AANBOD_VELDEN.samenvatting.max,
        ),
      beschrijving: Array.from({ length: int(1, 3) }, alinea),
      organisatie: o.slug,
      heelTwenterand: heel,
      kernen: aanbodKernen.map((k) => k.slug),
      levensgebeurtenissen: some(levensgebeurtenissen, 0, 2).map((t) => t.slug),
      doelgroepen: dg.map((t) => t.slug),
      themas: [...new Set([SOORT_THEMA[soort]!, ...some(themas, 0, 2).map((t) => t.slug)])],
      kosten: kosten(),
      meedoen: manier === 'vrije-inloop' ? { manier } : { manier, aanmeldinformatie: `Bel ${o.telefoon} of mail ${o.email}.` },
      contact: {
        ...(chance(0.6) ? { telefoon: telefoon() } : {}),
        ...(chance(0.5) ? { email: `aanbod${i + 1}@${o.slug}.example` } : {}),
        ...(chance(0.3) ? { website: `https://www.${o.slug}.example/aanbod-${i + 1}` } : {}),
      },
      locaties: heel || chance(0.2) ? [] : aanbodKernen.map(locatie),
      tijden: { omschrijving: inWoorden || pick(['Op afspraak.', 'Bel voor de tijden.', 'Wanneer het u uitkomt.']), schema: regels },
      toegankelijkheid: {
        kenmerken: some(toegankelijkheidKenmerken, 0, 3).map((t) => t.slug),
        ...(chance(0.2) ? { toelichting: pick(ZINNEN) } : {}),
      },
      status,
      laatstGecontroleerd: { datum: new Date(Date.UTC(y!, m! - 1 - maandenGeleden, int(1, 28), 12)).toISOString(), door: 'Bench-redactie' },
      demo: true,
    }
  })

  const orgBySlug = new Map(organisaties.map((o) => [o.slug, o]))
  const activiteiten: SyntheticActiviteit[] = Array.from({ length: nActiviteiten }, (_, i) => {
    const bij = chance(0.7) ? pick(aanbod) : undefined
    const o = bij ? orgBySlug.get(bij.organisatie)! : org()
    const k = bij?.kernen.length ? kernen.find((x) => x.slug === bij.kernen[0])! : kern()
    const titel = bij
      ? `${bij.titel.slice(0, 90)}: ${pick(['extra bijeenkomst', 'open dag', 'thema-middag', 'uitje', 'kennismaking'])}`
      : `${pick(ACTIVITEIT_SOORT)} ${eigenNaam()} ${k.naam}`
    const van = int(18, 40) / 2
    const soort = r()
    let datum: string
    let herhaling: SyntheticActiviteit['herhaling']
    const uitzonderingen = (start: string) => (chance(0.1) ? [addDays(start, 7 * int(1, 6))] : [])
    if (soort < 0.45) {
      datum = addDays(today, int(-7, 90))
      herhaling = { freq: 'none' }
    } else if (soort < 0.8) {
      datum = addDays(today, int(-60, 14))
      herhaling = {
        freq: 'WEEKLY',
        interval: chance(0.2) ? 2 : 1,
        byday: [],
        ...(chance(0.5) ? { until: addDays(today, int(30, 270)) } : {}),
        uitzonderingen: uitzonderingen(datum),
      }
    } else if (soort < 0.95) {
      const pos = pick(['1', '2', '3', '4', '-1'])
      datum = nthWeekdayOnOrAfter(addDays(today, int(-60, 14)), Number(pos))
      herhaling = {
        freq: 'MONTHLY',
        interval: 1,
        byday: [DAG[(new Date(`${datum}T12:00:00Z`).getUTCDay() + 6) % 7]!],
        bysetpos: pos,
        uitzonderingen: [],
      }
    } else {
      datum = addDays(today, int(-3, 30))
      herhaling = { freq: 'DAILY', interval: 1, byday: [], until: addDays(datum, int(4, 14)), uitzonderingen: [] }
    }
    const nodig = chance(0.25)
    return {
      slug: uniekeSlug(titel, i + 1),
      titel,
      beschrijving: Array.from({ length: int(1, 2) }, alinea),
      datum,
      van: tijd(van),
      tot: tijd(Math.min(van + int(3, 6) / 2, 23)),
      herhaling,
      kern: k.slug,
      locatie: bij?.locaties[0] ?? locatie(k),
      organisatie: o.slug,
      ...(bij ? { aanbod: bij.slug } : {}),
      kosten: kosten(),
      aanmelden: nodig ? { nodig, informatie: `Aanmelden bij ${o.email} of ${o.telefoon}.` } : { nodig },
      labels: chance(0.08) ? [pick(['eerste-keer', 'eerste-keer', 'week-tegen-eenzaamheid', 'feestdagen'])] : [],
      status: pick([
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'gepland',
        'afgelast',
        'vol',
      ] as const),
      demo: true,
    }
  })

  const placemat = (titel: string, past: (a: SyntheticAanbod) => boolean) => ({
    titel,
    secties: themas
      .map((t) => ({
        titel: t.naam,
        aanbod: aanbod
          .filter((a) => a.status === 'actief' && a.kosten.soort === 'gratis' && a.themas[0] === t.slug && past(a))
          .slice(0, 5)
          .map((a) => a.slug),
      }))
      .filter((s) => s.aanbod.length > 0)
      .slice(0, 6),
  })
  const jong = new Set(['kinderen-en-gezinnen', 'jongeren'])
  return {
    organisaties,
    aanbod,
    activiteiten,
    placemats: {
      jeugd: placemat('Placemat Jeugd', (a) => a.doelgroepen.some((d) => jong.has(d))),
      algemeen: placemat('Placemat Algemeen', () => true),
    },
  }
}
