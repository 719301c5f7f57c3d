/**
 * Demo meldingen (only in demo mode), so that the Meldpunt dashboard shows something: clearly made up ("Voorbeeld",
 * addresses on demo.example, a text that says it is an example). Numbers follow the order below (M-<year>-0001 …):
 * 1 new from the website today; 2 new by phone 10 days ago (waits too long); 3 and 4 with the demo worker
 * (meldpunt@demo.local), contacted; 5 in behandeling 8 days ago without contact (waits too long); 6 closed 14 months
 * ago (the retention job wipes its contact details at its next run).
 * Measurements (De Jong Gierveld, cms/collections/Metingen): 3 a start measurement; 4 a start and a tussenmeting;
 * 6 a start and an end measurement (its scores stay after the wipe).
 */
import { subDays, subMonths } from 'date-fns'
import type { Payload } from 'payload'
import { METING_ITEMS } from '../../content-schema'
import { meldingMailsKlaar } from '../collections/Meldingen/melden'
import { idsBySlug } from './reference'
import type { SeedReport } from './util'

type Antwoord = 'ja' | 'min-of-meer' | 'nee' | 'niet-beantwoord'
/** Answers to items 1-6 in the scale's order (content-schema METING_ITEMS). */
type Antwoorden = [Antwoord, Antwoord, Antwoord, Antwoord, Antwoord, Antwoord]
interface DemoMeting {
  moment: 'start' | 'tussenmeting' | 'eind'
  datum: string
  antwoorden: Antwoorden
}

const VOORBEELD = 'Voorbeeld (demo): dit is een verzonnen melding om het dashboard te laten zien.'

export async function seedDemoMeldingen(payload: Payload, report: SeedReport, nu = new Date()) {
  const bestaand = await payload.count({ collection: 'meldingen', overrideAccess: true })
  if (bestaand.totalDocs > 0) {
    report.existing.meldingen = bestaand.totalDocs
    return
  }
  const [kernen, levens, aanbod] = await Promise.all([
    idsBySlug(payload, 'kernen'),
    idsBySlug(payload, 'levensgebeurtenissen'),
    idsBySlug(payload, 'aanbod'),
  ])
  const {
    docs: [medewerker],
  } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'meldpunt@demo.local' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!medewerker) throw new Error('Demo-meldingen: het demo-account meldpunt@demo.local ontbreekt.')
  const worker = { ...medewerker, collection: 'users' as const }
  const dag = (n: number) => subDays(nu, n).toISOString()
  const lijst = (slugs: string[], map: Map<string, number | string>) => slugs.map((s) => map.get(s)).filter((v) => v !== undefined)

  const meldingen: { data: Record<string, unknown>; afgeslotenMaandenGeleden?: number; metingen?: DemoMeting[] }[] = [
    {
      data: {
        kanaal: 'website',
        melder: 'naaste',
        toestemmingBetrokkene: 'ja',
        kern: kernen.get('vriezenveen'),
        levensgebeurtenissen: lijst(['rouw-en-verlies'], levens),
        contactWijze: 'e-mail',
        naam: 'Voorbeeld Melder Een',
        email: 'voorbeeld.een@demo.example',
        tekst: VOORBEELD,
        ontvangenOp: nu.toISOString(),
      },
    },
    {
      data: {
        kanaal: 'telefoon',
        melder: 'zelf',
        kern: kernen.get('den-ham'),
        levensgebeurtenissen: lijst(['pensioen'], levens),
        contactWijze: 'telefoon',
        naam: 'Voorbeeld Melder Twee',
        telefoon: '0546 000002',
        tekst: VOORBEELD,
        ontvangenOp: dag(10),
      },
    },
    {
      data: {
        kanaal: 'langs',
        melder: 'zelf',
        status: 'in-behandeling',
        kern: kernen.get('vroomshoop'),
        levensgebeurtenissen: lijst(['verhuizing'], levens),
        contactWijze: 'telefoon',
        naam: 'Voorbeeld Melder Drie',
        telefoon: '0546 000003',
        tekst: VOORBEELD,
        medewerker: medewerker.id,
        ontvangenOp: dag(4),
        eersteContactOp: dag(3),
      },
      // Total 5: sterk eenzaam.
      metingen: [{ moment: 'start', datum: dag(3), antwoorden: ['ja', 'nee', 'min-of-meer', 'ja', 'nee', 'nee'] }],
    },
    {
      data: {
        kanaal: 'professional',
        melder: 'professional',
        toestemmingBetrokkene: 'ja',
        status: 'doorverwezen',
        kern: kernen.get('westerhaar'),
        levensgebeurtenissen: lijst(['mantelzorg'], levens),
        contactWijze: 'telefoon',
        naam: 'Voorbeeld Melder Vier',
        telefoon: '0546 000004',
        tekst: VOORBEELD,
        medewerker: medewerker.id,
        doorverwezenNaar: lijst(['meldpunt-eenzaamheid-twenterand'], aanbod),
        ontvangenOp: dag(20),
        eersteContactOp: dag(18),
      },
      metingen: [
        // Total 4 (matig), then 3 (matig), item 3 not answered the second time.
        { moment: 'start', datum: dag(18), antwoorden: ['ja', 'min-of-meer', 'nee', 'ja', 'ja', 'nee'] },
        { moment: 'tussenmeting', datum: dag(2), antwoorden: ['min-of-meer', 'nee', 'niet-beantwoord', 'ja', 'ja', 'nee'] },
      ],
    },
    {
      data: {
        kanaal: 'e-mail',
        melder: 'naaste',
        toestemmingBetrokkene: 'nee',
        status: 'in-behandeling',
        kern: kernen.get('den-ham'),
        levensgebeurtenissen: lijst(['ziekte-en-beperking'], levens),
        contactWijze: 'e-mail',
        naam: 'Voorbeeld Melder Vijf',
        email: 'voorbeeld.vijf@demo.example',
        tekst: VOORBEELD,
        ontvangenOp: dag(8),
      },
    },
    {
      afgeslotenMaandenGeleden: 14,
      data: {
        kanaal: 'telefoon',
        melder: 'zelf',
        status: 'afgesloten',
        kern: kernen.get('vriezenveen'),
        levensgebeurtenissen: lijst(['rouw-en-verlies'], levens),
        contactWijze: 'telefoon',
        naam: 'Voorbeeld Melder Zes',
        telefoon: '0546 000006',
        tekst: VOORBEELD,
        medewerker: medewerker.id,
        ontvangenOp: subMonths(nu, 15).toISOString(),
        eersteContactOp: subMonths(nu, 15).toISOString(),
      },
      metingen: [
        // Total 5 (sterk), three months later 1 (niet eenzaam).
        { moment: 'start', datum: subMonths(nu, 15).toISOString(), antwoorden: ['ja', 'nee', 'nee', 'ja', 'min-of-meer', 'nee'] },
        { moment: 'eind', datum: subMonths(nu, 14).toISOString(), antwoorden: ['nee', 'ja', 'ja', 'min-of-meer', 'ja', 'nee'] },
      ],
    },
  ]
  for (const m of meldingen) {
    const website = m.data.kanaal === 'website'
    const doc = await payload.create({
      collection: 'meldingen',
      overrideAccess: true,
      // Staff entered the others: the history names the demo worker.
      user: website ? undefined : worker,
      data: { doelAkkoord: true, ...m.data } as any,
    })
    if (m.afgeslotenMaandenGeleden) {
      // The end moment is the server's (set on closing): put it in the past directly in the database.
      await payload.db.updateOne({
        collection: 'meldingen',
        id: doc.id,
        data: { afgeslotenOp: subMonths(nu, m.afgeslotenMaandenGeleden).toISOString() },
      } as any)
    }
    report.created.meldingen = (report.created.meldingen ?? 0) + 1
    for (const meting of m.metingen ?? []) {
      await payload.create({
        collection: 'metingen',
        overrideAccess: true,
        user: worker,
        data: {
          melding: doc.nummer,
          moment: meting.moment,
          datum: meting.datum,
          antwoorden: Object.fromEntries(METING_ITEMS.map((item, i) => [item.naam, meting.antwoorden[i]])),
        } as any,
      })
      report.created.metingen = (report.created.metingen ?? 0) + 1
    }
  }
  // The website melding e-mailed the Meldpunt (into the outbox): let that finish before the script ends.
  await meldingMailsKlaar()
}
