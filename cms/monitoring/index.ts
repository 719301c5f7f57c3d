/**
 * Monitoring (issue 23): the figures of content-schema/monitoring.ts over the database, for the admin page
 * (cms/components/Monitoring.tsx), its CSV and JSON (GET /api/monitoring/csv, /api/monitoring/tabellen) and the public
 * figures (GET /api/monitoring/openbaar, anonymous, only ever the suppressed aggregates).
 *
 * Reading: the server reads meldingen and metingen itself (overrideAccess) with `select`, so only the anonymous fields
 * are read at all: of a melding its dates, kanaal, melder, kern, levensgebeurtenissen, referrals and the random
 * link to its metingen (needed to pair a start and an end measurement, never shown or sent); of a meting its
 * link, moment, date and total. No personal field (MELDING_PERSOONSVELDEN) is read. These reads are not logged one
 * per melding: a view or export of the figures writes ONE line in the access log ("monitoring bekeken" /
 * "monitoring geëxporteerd", with the period), because every figure is about a group and none about a melding.
 * The public endpoint writes none: it has no user, and returns only what the site shows anyone.
 */
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import {
  cijferTekst,
  localDate,
  type MonitoringBezoek,
  type MonitoringMelding,
  type MonitoringMeting,
  type MonitoringNamen,
  monitoringTabellen,
  openbarePeriodes,
  openbareTabellen,
  type Periode,
  SCHAAL_UITLEG,
  type Tabel,
  datumLang,
} from '../../content-schema'
import { magMonitoring } from '../access'
import { logboek } from '../collections/MeldingenLogboek'
import { zonderLogboek } from '../logboek'

type Id = number | string
const idVan = (v: unknown): string => String(v && typeof v === 'object' ? (v as { id: Id }).id : v)
const DAG = /^\d{4}-\d{2}-\d{2}$/

/** The period of the page and the export: ?van=…&tot=… (YYYY-MM-DD), else the last 12 months up to today. */
export function periodeUit(params: { get: (k: string) => string | null | undefined }, nu = new Date()): Periode {
  const vandaag = localDate(nu)
  const standaard = openbarePeriodes(vandaag).bezoeken
  const van = params.get('van')?.trim() ?? ''
  const tot = params.get('tot')?.trim() ?? ''
  const p = { van: DAG.test(van) ? van : standaard.van, tot: DAG.test(tot) ? tot : vandaag }
  return p.van > p.tot ? { van: p.tot, tot: p.van } : p
}

export const periodeTekst = (p: Periode) => `${datumLang(`${p.van}T12:00:00Z`)} tot en met ${datumLang(`${p.tot}T12:00:00Z`)}`

/** A day before and after, in UTC: the exact filter on Twenterand's days is content-schema's. */
const ruim = (p: Periode) => ({
  van: new Date(Date.parse(`${p.van}T00:00:00Z`) - 86_400_000).toISOString(),
  tot: new Date(Date.parse(`${p.tot}T00:00:00Z`) + 2 * 86_400_000).toISOString(),
})

async function namen(payload: Payload, req: PayloadRequest | undefined, collection: 'kernen' | 'levensgebeurtenissen' | 'themas') {
  const { docs } = await payload.find({
    collection,
    sort: 'volgorde',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { naam: true },
  })
  return new Map(docs.map((d) => [String(d.id), d.naam as string]))
}

/** The plain rows of content-schema/monitoring.ts: meldingen received in `periodes`' span, their metingen, visits. */
export async function monitoringInvoer(
  payload: Payload,
  req: PayloadRequest | undefined,
  meldingPeriode: Periode,
  bezoekPeriode: Periode = meldingPeriode,
  { metingen: metingenLezen = true } = {},
): Promise<{ meldingen: MonitoringMelding[]; metingen: MonitoringMeting[]; bezoeken: MonitoringBezoek[] } & MonitoringNamen> {
  const lees = <T>(fn: () => Promise<T>) => (req ? zonderLogboek(req, fn) : fn())
  const r = ruim(meldingPeriode)
  const [kernen, levens, themas, meldingenRes, metingenRes, bezoekenRes] = await Promise.all([
    namen(payload, req, 'kernen'),
    namen(payload, req, 'levensgebeurtenissen'),
    namen(payload, req, 'themas'),
    lees(() =>
      payload.find({
        collection: 'meldingen',
        where: { and: [{ ontvangenOp: { greater_than_equal: r.van } }, { ontvangenOp: { less_than: r.tot } }] },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        // Only the anonymous fields (and the random link to the metingen): never a personal one.
        select: {
          ontvangenOp: true,
          kanaal: true,
          melder: true,
          kern: true,
          levensgebeurtenissen: true,
          eersteContactOp: true,
          doorverwezenNaar: true,
          metingKoppeling: true,
        },
      }),
    ),
    lees(async () => {
      if (!metingenLezen) return { docs: [] as Record<string, unknown>[] }
      return payload.find({
        collection: 'metingen',
        where: { moment: { in: ['start', 'eind'] } },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        select: { koppeling: true, moment: true, datum: true, totaal: true },
      })
    }),
    payload.find({
      collection: 'bezoeken',
      where: { and: [{ dag: { greater_than_equal: bezoekPeriode.van } }, { dag: { less_than_equal: bezoekPeriode.tot } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { dag: true, pad: true, aantal: true },
    }),
  ])
  const meldingDocs = meldingenRes.docs as unknown as Record<string, unknown>[]
  const aanbodIds = [...new Set(meldingDocs.flatMap((m) => ((m.doorverwezenNaar as unknown[]) ?? []).map(idVan)))]
  const aanbod = aanbodIds.length
    ? (
        await payload.find({
          collection: 'aanbod',
          where: { id: { in: aanbodIds } },
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
          select: { themas: true, organisatie: true },
        })
      ).docs
    : []
  const orgIds = [...new Set(aanbod.map((a) => idVan(a.organisatie)))]
  const organisaties = orgIds.length
    ? (
        await payload.find({
          collection: 'organisaties',
          where: { id: { in: orgIds } },
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
          select: { naam: true },
        })
      ).docs
    : []
  const orgNaam = new Map(organisaties.map((o) => [String(o.id), o.naam as string]))
  const aanbodInfo = new Map(
    aanbod.map((a) => [
      String(a.id),
      {
        themas: ((a.themas as unknown[]) ?? []).map((t) => themas.get(idVan(t))).filter((n): n is string => Boolean(n)),
        organisatie: orgNaam.get(idVan(a.organisatie)) ?? null,
      },
    ]),
  )
  const meldingen: MonitoringMelding[] = meldingDocs.map((m) => ({
    ontvangenOp: (m.ontvangenOp as string) ?? null,
    kanaal: (m.kanaal as string) ?? null,
    melder: (m.melder as string) ?? null,
    kern: m.kern != null ? (kernen.get(idVan(m.kern)) ?? null) : null,
    levensgebeurtenissen: ((m.levensgebeurtenissen as unknown[]) ?? [])
      .map((l) => levens.get(idVan(l)))
      .filter((n): n is string => Boolean(n)),
    eersteContactOp: (m.eersteContactOp as string) ?? null,
    doorverwezen: ((m.doorverwezenNaar as unknown[]) ?? []).map((a) => aanbodInfo.get(idVan(a))).filter((a) => a !== undefined),
    koppeling: (m.metingKoppeling as string) ?? null,
  }))
  return {
    meldingen,
    metingen: metingenRes.docs.map((m) => ({
      koppeling: (m.koppeling as string) ?? null,
      moment: m.moment as string,
      datum: (m.datum as string) ?? null,
      totaal: (m.totaal as number | null) ?? null,
    })),
    bezoeken: bezoekenRes.docs.map((b) => ({ dag: b.dag as string, pad: b.pad as string, aantal: Number(b.aantal) })),
    kernen: [...kernen.values()],
    levensgebeurtenissen: [...levens.values()],
    themas: [...themas.values()],
  }
}

/** The tables of the admin page and the export, for a period; writes ONE line in the access log. */
export async function monitoringVoor(req: PayloadRequest, periode: Periode, actie: 'lijst' | 'exporteren'): Promise<Tabel[]> {
  const invoer = await monitoringInvoer(req.payload, req, periode)
  const tabellen = monitoringTabellen({ ...invoer, periode })
  await logboek(req, {
    actie,
    meldingen: [],
    details: `${actie === 'lijst' ? 'monitoring bekeken' : 'monitoring geëxporteerd (CSV)'}: ${periode.van} tot en met ${periode.tot}, alleen groepscijfers`,
  })
  return tabellen
}

/** The tables as one CSV file (Dutch Excel: BOM, ";"): per table its title, explanation, header, rows, total and n. */
export function monitoringCsv(tabellen: Tabel[], periode: Periode): string {
  const regels: string[][] = [
    ['Meldpunt Eenzaamheid Twenterand: monitoring'],
    [`Periode: ${periodeTekst(periode)} (meldingen die in deze periode binnenkwamen)`],
    [
      'Cijfers over minder dan 5 meldingen of mensen staan er als "minder dan 5". "niet getoond": anders is een klein aantal na te rekenen.',
    ],
    [],
  ]
  for (const t of tabellen) {
    regels.push([t.titel], [t.uitleg], [t.rijKop, ...t.kolommen.map((k) => k.kop)])
    for (const r of [...t.rijen, ...(t.totaal ? [t.totaal] : [])]) {
      regels.push([r.label, ...r.waarden.map((w, i) => cijferTekst(w, t.kolommen[i]!.soort))])
    }
    regels.push([`n (${t.nWat})`, cijferTekst(t.n, 'aantal')], [])
  }
  regels.push(['Over de eenzaamheidsschaal'], ...SCHAAL_UITLEG.map((z) => [z]))
  return stringify(regels, { bom: true, delimiter: ';', record_delimiter: 'windows', escape_formulas: true })
}

const geweigerd = async (req: PayloadRequest) => {
  if (req.user) await logboek(req, { actie: 'exporteren', meldingen: [], resultaat: 'geweigerd', details: 'monitoring' })
  return Response.json({ message: 'Deze cijfers zijn voor het Meldpunt en de redactie. Log in met zo’n account.' }, { status: 403 })
}

/**
 * The public figures, counted at most once a minute in this process: anyone can ask for them, and each count reads
 * two years of meldingen. A minute old at most, so a site build right after a change still sees it.
 */
const OPENBAAR_BEWAREN_MS = 60_000
let openbaar: { tijd: number; body: string } | null = null

const NIET_BEWAREN = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

export const monitoringEndpoints: Endpoint[] = [
  {
    path: '/monitoring/csv',
    method: 'get',
    handler: async (req) => {
      if (!magMonitoring(req.user as any)) return geweigerd(req)
      const periode = periodeUit(req.searchParams)
      const tabellen = await monitoringVoor(req, periode, 'exporteren')
      return new Response(monitoringCsv(tabellen, periode), {
        headers: {
          ...NIET_BEWAREN,
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="monitoring-${periode.van}-${periode.tot}.csv"`,
        },
      })
    },
  },
  {
    path: '/monitoring/tabellen',
    method: 'get',
    handler: async (req) => {
      if (!magMonitoring(req.user as any)) return geweigerd(req)
      const periode = periodeUit(req.searchParams)
      return Response.json({ periode, tabellen: await monitoringVoor(req, periode, 'lijst') }, { headers: NIET_BEWAREN })
    },
  },
  {
    // Anonymous: only the suppressed public aggregates (content-schema's openbareTabellen), fixed periods.
    path: '/monitoring/openbaar',
    method: 'get',
    handler: async (req) => {
      const nu = Date.now()
      if (!openbaar || nu - openbaar.tijd > OPENBAAR_BEWAREN_MS) {
        const vandaag = localDate(new Date(nu))
        const periodes = openbarePeriodes(vandaag)
        // Without req: read as the server, with no user on it (nothing is logged); no metingen (not public).
        const invoer = await monitoringInvoer(req.payload, undefined, periodes.meldingen, periodes.bezoeken, { metingen: false })
        const { tabellen } = openbareTabellen(invoer, vandaag)
        openbaar = { tijd: nu, body: JSON.stringify({ bijgewerkt: vandaag, periodes, tabellen }) }
      }
      return new Response(openbaar.body, {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' },
      })
    },
  },
]
