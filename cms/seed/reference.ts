import type { Payload } from 'payload'
import {
  beginlijsten,
  burenkaartCategorieen,
  gespreksTips,
  hulplijnen,
  type IndelingSlug,
  kernen,
  routeNaSignaal,
  signaleringskaart,
  type TaxonomyTerm,
} from '../../content-schema'
import { paragraphs } from './richtext'
import { ensureBySlug, type SeedReport } from './util'

/** The real reference data: taxonomies from content-schema, the verified meldpunt facts, the Burenkaart. */
export async function seedReference(payload: Payload, report: SeedReport) {
  // The reference kernen are in the CMS's own shape (KernGegevens); only whether they were checked stays here.
  for (const [i, { geverifieerd: _, ...k }] of kernen.entries()) {
    await ensureBySlug(payload, report, 'kernen', k.slug, { ...k, volgorde: i + 1 })
  }
  for (const [collection, terms] of Object.entries(beginlijsten) as [keyof typeof beginlijsten, readonly TaxonomyTerm[]][]) {
    for (const [i, t] of terms.entries()) {
      await ensureBySlug(payload, report, collection, t.slug, { naam: t.naam, slug: t.slug, omschrijving: t.omschrijving, volgorde: i + 1 })
    }
  }

  const meldpunt = await payload.findGlobal({ slug: 'meldpunt', depth: 0, overrideAccess: true })
  if (!meldpunt.hulplijnen?.length) {
    const kernIds = await idsBySlug(payload, 'kernen')
    await payload.updateGlobal({
      slug: 'meldpunt',
      overrideAccess: true,
      data: {
        titel: 'Meldpunt Eenzaamheid Twenterand',
        // The meldpunt's own number and e-mail are not verified (shared/domain.md): placeholders, shown as such.
        telefoon: '0546 012 000',
        telefoonGeverifieerd: false,
        email: 'meldpunt-eenzaamheid@demo.example',
        tekst: paragraphs([
          'Voelt u zich eenzaam? Of maakt u zich zorgen over iemand in uw buurt, familie of vereniging? Dan kunt u terecht bij het Meldpunt Eenzaamheid. Het meldpunt is van ZorgSaam Twenterand.',
          'U kunt bellen, mailen of langskomen bij het zorginformatiepunt in uw dorp. Samen kijken we wat u of de ander nodig heeft. U hoeft niet te weten wat de oplossing is.',
          'Meldt u iemand anders aan? Doe dat alleen als die persoon dat goed vindt.',
        ]),
        inlooppunten: (['vriezenveen', 'vroomshoop', 'den-ham', 'westerhaar'] as const).map((slug) => ({
          kern: kernIds.get(slug) as number,
          naam: `Zorginformatiepunt ${kernen.find((k) => k.slug === slug)!.naam}`,
          openingstijden: 'Voorbeeld: dinsdag en donderdag van 10.00 tot 12.00 uur',
          demo: true,
        })),
        signaleringskaart: signaleringskaart.map((g) => ({ naam: g.naam, signalen: g.signalen.map((signaal) => ({ signaal })) })),
        gespreksTips: gespreksTips.map((tip) => ({ tip })),
        route: routeNaSignaal.map(({ stap, uitleg }) => ({ stap, uitleg })),
        hulplijnen: hulplijnen.map(({ naam, telefoon, omschrijving, bereikbaar, chat }) => ({
          naam,
          telefoon,
          omschrijving,
          bereikbaar,
          chat,
        })),
      },
    })
    report.created.globals = (report.created.globals ?? 0) + 1
  } else report.existing.globals = (report.existing.globals ?? 0) + 1

  const burenkaart = await payload.findGlobal({ slug: 'burenkaart', depth: 0, overrideAccess: true })
  if (!burenkaart.categorieen?.length) {
    await payload.updateGlobal({
      slug: 'burenkaart',
      overrideAccess: true,
      data: {
        titel: 'De Burenkaart',
        intro:
          'Met de Burenkaart laat u uw buren weten waarmee u kunt helpen, of waarbij u zelf hulp zoekt. Vul de kaart in en doe hem bij de buren in de brievenbus. Zo is vragen om hulp een stuk makkelijker.',
        categorieen: burenkaartCategorieen.map(({ slug, naam, omschrijving }) => ({ slug, naam, omschrijving })),
        instructies: [
          { stap: 'Kruis aan waarmee u kunt helpen, of waarbij u hulp zoekt.' },
          { stap: 'Schrijf uw naam, adres en telefoonnummer op, en wanneer u kunt.' },
          { stap: 'Doe de kaart bij uw buren in de brievenbus.' },
          {
            stap: 'Het gaat om af en toe een handje helpen. Heeft iemand vaker of veel hulp nodig? Dan kan het Meldpunt of de huisarts verder helpen.',
          },
        ],
        toestemming:
          'Ik geef deze kaart zelf aan mijn buren. Zij mogen mijn gegevens alleen gebruiken om contact met mij op te nemen over hulp.',
      },
    })
    report.created.globals = (report.created.globals ?? 0) + 1
  } else report.existing.globals = (report.existing.globals ?? 0) + 1

  for (const [slug, titel, intro] of [
    ['placemat-jeugd', 'Placemat Jeugd', 'Gratis en voor iedereen: waar kinderen, jongeren en hun ouders terecht kunnen in Twenterand.'],
    [
      'placemat-algemeen',
      'Placemat Algemeen',
      'Gratis en voor iedereen: waar u terecht kunt in Twenterand om mensen te ontmoeten of hulp te vinden.',
    ],
  ] as const) {
    const placemat = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
    if (!placemat.titel) {
      await payload.updateGlobal({ slug, overrideAccess: true, data: { titel, intro, secties: placemat.secties ?? [] } })
      report.created.globals = (report.created.globals ?? 0) + 1
    } else report.existing.globals = (report.existing.globals ?? 0) + 1
  }

  const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
  if (!site.intro) {
    await payload.updateGlobal({
      slug: 'site',
      overrideAccess: true,
      data: {
        naam: 'Sociale Kaart Twenterand',
        intro:
          'Zoekt u iets om te doen, mensen om te ontmoeten of hulp dichtbij? Op de Sociale Kaart vindt u wat er is in Vriezenveen, Vroomshoop, Den Ham, Westerhaar-Vriezenveensewijk en Geerdijk.',
        footer: { organisatie: 'Meldpunt Eenzaamheid Twenterand (ZorgSaam Twenterand)' },
        demoMelding:
          'Dit is een voorbeeldversie. Organisaties met "(voorbeeld)" achter de naam, hun aanbod en activiteiten zijn verzonnen. Bel deze nummers niet.',
      },
    })
    report.created.globals = (report.created.globals ?? 0) + 1
  } else report.existing.globals = (report.existing.globals ?? 0) + 1
}

export async function idsBySlug(payload: Payload, collection: IndelingSlug | 'organisaties' | 'aanbod') {
  const { docs } = await payload.find({ collection, limit: 0, depth: 0, overrideAccess: true, pagination: false })
  // Numbers on SQLite, strings on MongoDB; the generated types only know the SQLite ids.
  return new Map(docs.map((d: any) => [d.slug as string, d.id as number]))
}
