import type { Payload } from 'payload'
import { addDays, volgendeWeekTegenEenzaamheid, zonedTimeToUtc, TIJDZONE } from '../../content-schema'
import { DEMO_ACCOUNTS } from '../demo'
import { paragraphs } from './richtext'
import { idsBySlug } from './reference'
import { ensureBySlug, type SeedReport } from './util'
import type { DemoActiviteit } from './types'
import * as data from './demo-data'

const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

const weekdayOf = (date: string) => ICAL_DAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!

/** 28 November of the Christmas season that is running (until 10 January) or coming. */
function feestdagenStart(today: string, dag: number): string {
  const year = Number(today.slice(0, 4))
  const candidates = [`${year - 1}-11-28`, `${year}-11-28`, `${year + 1}-11-28`]
  return candidates.find((start) => addDays(start, dag) >= today)!
}

/** The first date on or after `date` that is the n-th (or last, n = -1) of its weekday in its month. */
export function nthWeekdayOnOrAfter(date: string, n: number): string {
  for (let d = date; ; d = addDays(d, 7)) {
    const day = Number(d.slice(8, 10))
    const month = d.slice(0, 7)
    const isNth = n > 0 ? Math.ceil(day / 7) === n : addDays(d, 7).slice(0, 7) !== month
    if (isNth) return d
  }
}

/**
 * The calendar date of a demo activity (see DemoActiviteit.wanneer). A monthly "n-th weekday" activity starts on
 * the first date that fits its own rule, so its start is also its first occurrence.
 */
export function activiteitDatum(a: DemoActiviteit, today: string): string {
  const { dag, weekTegenEenzaamheid, feestdagen } = a.wanneer
  const date = weekTegenEenzaamheid
    ? addDays(volgendeWeekTegenEenzaamheid(today).van, dag)
    : feestdagen
      ? addDays(feestdagenStart(today, dag), dag)
      : addDays(today, dag)
  const h = a.herhaling
  return h?.freq === 'MONTHLY' && h.bysetpos && !h.byday ? nthWeekdayOnOrAfter(date, Number(h.bysetpos)) : date
}

function monthsAgo(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number)
  const date = new Date(Date.UTC(y!, m! - 1 - months, Math.min(d!, 28), 12))
  return date.toISOString()
}

const refs = (map: Map<string, number>, slugs: string[], what: string) =>
  slugs.map((s) => {
    const id = map.get(s)
    if (id === undefined) throw new Error(`Demo-inhoud verwijst naar onbekende ${what} "${s}".`)
    return id
  })

/** Fictional but realistic demo content for Twenterand, flagged demo, and the demo accounts. */
export async function seedDemo(payload: Payload, report: SeedReport, { today, password }: { today: string; password: string }) {
  const [kernIds, levIds, doelIds, themaIds] = await Promise.all([
    idsBySlug(payload, 'kernen'),
    idsBySlug(payload, 'levensgebeurtenissen'),
    idsBySlug(payload, 'doelgroepen'),
    idsBySlug(payload, 'themas'),
  ])

  for (const o of data.organisaties) {
    await ensureBySlug(payload, report, 'organisaties', o.slug, {
      naam: o.naam,
      slug: o.slug,
      korteOmschrijving: o.korteOmschrijving,
      website: o.website,
      email: o.email,
      telefoon: o.telefoon,
      adres: o.adres,
      contactpersonen: o.contactpersonen,
      demo: true,
    })
  }
  const orgIds = await idsBySlug(payload, 'organisaties')

  for (const a of data.aanbod) {
    await ensureBySlug(
      payload,
      report,
      'aanbod',
      a.slug,
      {
        titel: a.titel,
        slug: a.slug,
        samenvatting: a.samenvatting,
        beschrijving: paragraphs(a.beschrijving),
        organisatie: refs(orgIds, [a.organisatie], 'organisatie')[0],
        heelTwenterand: Boolean(a.heelTwenterand),
        kernen: refs(kernIds, a.kernen, 'kern'),
        levensgebeurtenissen: refs(levIds, a.levensgebeurtenissen, 'levensgebeurtenis'),
        doelgroepen: refs(doelIds, a.doelgroepen, 'doelgroep'),
        themas: refs(themaIds, a.themas, 'thema'),
        kosten: a.kosten,
        meedoen: a.meedoen,
        contact: a.contact,
        locaties: a.locaties,
        tijden: a.tijden,
        toegankelijkheid: a.toegankelijkheid,
        status: a.status ?? 'actief',
        laatstGecontroleerd: { datum: monthsAgo(today, a.gecontroleerdMaandenGeleden), door: 'Demo-redactie' },
        placemats: a.placemats ?? [],
        demo: true,
      },
      { publish: true },
    )
  }
  const aanbodIds = await idsBySlug(payload, 'aanbod')

  for (const a of data.activiteiten) {
    const date = activiteitDatum(a, today)
    const weekday = weekdayOf(date)
    const h = a.herhaling
    await ensureBySlug(
      payload,
      report,
      'activiteiten',
      a.slug,
      {
        titel: a.titel,
        slug: a.slug,
        beschrijving: paragraphs(a.beschrijving),
        start: zonedTimeToUtc(date, a.wanneer.van).toISOString(),
        start_tz: TIJDZONE,
        einde: zonedTimeToUtc(date, a.wanneer.tot).toISOString(),
        einde_tz: TIJDZONE,
        herhaling: h
          ? {
              freq: h.freq,
              interval: h.interval ?? 1,
              byday: h.byday ?? (h.freq === 'DAILY' ? [] : [weekday]),
              bysetpos: h.bysetpos,
              until: h.totDag !== undefined ? zonedTimeToUtc(addDays(today, h.totDag), '23:59').toISOString() : undefined,
              uitzonderingen: (h.uitzonderingDagen ?? []).map((d) => ({
                datum: zonedTimeToUtc(addDays(today, d), '12:00').toISOString(),
              })),
            }
          : { freq: 'none' },
        kern: refs(kernIds, [a.kern], 'kern')[0],
        locatie: a.locatie,
        organisatie: refs(orgIds, [a.organisatie], 'organisatie')[0],
        aanbod: a.aanbod ? refs(aanbodIds, [a.aanbod], 'aanbod')[0] : undefined,
        kosten: a.kosten,
        aanmelden: a.aanmelden ?? { nodig: false },
        labels: a.labels ?? [],
        status: a.status ?? 'gepland',
        demo: true,
      },
      { publish: true },
    )
  }

  for (const soort of ['jeugd', 'algemeen'] as const) {
    const slug = `placemat-${soort}` as const
    const current = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
    if (current.secties?.length) {
      report.existing.placemats = (report.existing.placemats ?? 0) + 1
      continue
    }
    const p = data.placemats[soort]
    await payload.updateGlobal({
      slug,
      overrideAccess: true,
      data: {
        titel: p.titel,
        intro: p.intro,
        secties: p.secties.map((s) => ({ titel: s.titel, aanbod: refs(aanbodIds, s.aanbod, 'aanbod') })),
      },
    })
    report.created.placemats = (report.created.placemats ?? 0) + 1
  }

  // Partners: the two organisations with the most aanbod that also have activiteiten, one each.
  const withActivities = new Set(data.activiteiten.map((a) => a.organisatie))
  const partnerOrgs = data.organisaties
    .map((o) => ({ slug: o.slug, n: data.aanbod.filter((a) => a.organisatie === o.slug).length }))
    .filter((o) => o.n > 0 && withActivities.has(o.slug))
    .sort((a, b) => b.n - a.n || a.slug.localeCompare(b.slug))
    .slice(0, 2)
  if (partnerOrgs.length < 2)
    throw new Error('Demo-inhoud: er zijn geen twee organisaties met aanbod én activiteiten voor de demo-partners.')
  for (const account of DEMO_ACCOUNTS) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      overrideAccess: true,
      depth: 0,
    })
    if (found.docs[0]) {
      report.existing.users = (report.existing.users ?? 0) + 1
      continue
    }
    const org = account.email === 'partner1@demo.local' ? partnerOrgs[0] : account.email === 'partner2@demo.local' ? partnerOrgs[1] : null
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: account.email,
        password,
        naam: account.naam,
        rol: account.rol,
        organisaties: org ? [orgIds.get(org.slug)!] : [],
      },
    })
    report.created.users = (report.created.users ?? 0) + 1
  }
}
