/**
 * A demo application of a new organisation (only in demo mode), so that the redactie's dashboard shows the review
 * queue: clearly made up ("(voorbeeld)", addresses on demo.local), built from the public form's own answers and
 * checked with the form's own rules (content-schema/formulieren/aanmelding.ts), as if it came from the website.
 */
import type { Payload } from 'payload'
import { aanmeldingData, aanmeldingFormulier, type FormWaarden, valideer } from '../../content-schema/formulieren'
import { idsBySlug } from './reference'
import type { SeedReport } from './util'

export async function seedDemoAanmeldingen(payload: Payload, report: SeedReport) {
  const bestaand = await payload.count({ collection: 'aanmeldingen', overrideAccess: true })
  if (bestaand.totalDocs > 0) {
    report.existing.aanmeldingen = bestaand.totalDocs
    return
  }
  const [kernen, doelgroepen, themas] = await Promise.all([
    idsBySlug(payload, 'kernen'),
    idsBySlug(payload, 'doelgroepen'),
    idsBySlug(payload, 'themas'),
  ])
  const id = (m: Map<string, number>, slug: string) => String(m.get(slug))
  const waarden: FormWaarden = {
    orgNaam: 'Buurtgroep De Voorbeeldhof (voorbeeld)',
    orgSoort: 'buurtinitiatief',
    orgOmschrijving: 'Voorbeeld (demo): een verzonnen groep buren die samen koffie drinkt en elkaar helpt.',
    orgPlaats: 'Den Ham',
    orgEmail: 'voorbeeldhof@demo.local',
    contactNaam: 'Voorbeeld Contactpersoon',
    contactEmail: 'contact.voorbeeldhof@demo.local',
    titel: 'Koffie in de Voorbeeldhof (voorbeeld)',
    samenvatting: 'Voorbeeld (demo): elke donderdag koffie en een praatje voor iedereen uit de buurt.',
    waar: 'kernen',
    kernen: [id(kernen, 'den-ham')],
    doelgroepen: [id(doelgroepen, 'ouderen')],
    themas: [id(themas, 'ontmoeting')],
    kosten: 'gratis',
    meedoen: 'vrije-inloop',
    tijden: 'Elke donderdag van 10.00 tot 11.30 uur',
    locatieNaam: 'Gemeenschapsruimte De Voorbeeldhof',
    locatiePlaats: 'Den Ham',
    doelAkkoord: 'ja',
  }
  const opties = {
    kernen: [{ value: id(kernen, 'den-ham'), label: 'Den Ham' }],
    doelgroepen: [{ value: id(doelgroepen, 'ouderen'), label: 'Ouderen' }],
    themas: [{ value: id(themas, 'ontmoeting'), label: 'Ontmoeting' }],
  }
  const fouten = valideer(aanmeldingFormulier(), waarden, opties)
  if (fouten.length) throw new Error(`Demo-aanmelding: ${fouten.map((f) => f.tekst).join('; ')}`)
  await payload.create({
    collection: 'aanmeldingen',
    data: { ...aanmeldingData(waarden), status: 'nieuw' } as any,
    overrideAccess: true,
    depth: 0,
  })
  report.created.aanmeldingen = 1
}
