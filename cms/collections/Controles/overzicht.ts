/**
 * Do the reminders work? Per month: how many reminders were sent, and of the aanbod they named how many were then
 * confirmed via the e-mail's link, in the admin, or not (yet). For the staff part of the dashboard
 * (cms/components/VersheidDashboard.tsx).
 */
import type { Payload } from 'payload'
import { type ControleWijze, localDate } from '../../../content-schema'

type Id = number | string
const idVan = (v: unknown): Id => (v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id))

export interface MaandRij {
  /** "2026-12": the month in Amsterdam time. */
  maand: string
  herinneringen: number
  viaEmail: number
  inBeheer: number
  niet: number
}

/**
 * Pure counting. An aanbod named in a month's reminders counts once in that month, from its first reminder of the
 * month; it counts as confirmed by the first check (controle) at or after that reminder, by how that check was done.
 * Newest month first.
 */
export function maandOverzicht(
  herinneringen: { verstuurdOp: string; aanbod?: unknown[] | null }[],
  controles: { aanbod?: unknown; datum: string; via: ControleWijze }[],
): MaandRij[] {
  const maanden = new Map<string, { herinneringen: number; eerste: Map<string, number> }>()
  for (const h of herinneringen) {
    const maand = localDate(h.verstuurdOp).slice(0, 7)
    const m = maanden.get(maand) ?? { herinneringen: 0, eerste: new Map() }
    m.herinneringen++
    const t = new Date(h.verstuurdOp).getTime()
    for (const a of h.aanbod ?? []) {
      const key = String(idVan(a))
      m.eerste.set(key, Math.min(m.eerste.get(key) ?? Number.POSITIVE_INFINITY, t))
    }
    maanden.set(maand, m)
  }
  const perAanbod = new Map<string, { t: number; via: ControleWijze }[]>()
  for (const c of controles) {
    if (c.aanbod == null) continue
    const key = String(idVan(c.aanbod))
    perAanbod.set(key, [...(perAanbod.get(key) ?? []), { t: new Date(c.datum).getTime(), via: c.via }])
  }
  for (const lijst of perAanbod.values()) lijst.sort((a, b) => a.t - b.t)
  return [...maanden.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([maand, m]) => {
      const rij: MaandRij = { maand, herinneringen: m.herinneringen, viaEmail: 0, inBeheer: 0, niet: 0 }
      for (const [aanbod, t] of m.eerste) {
        const eerste = perAanbod.get(aanbod)?.find((c) => c.t >= t)
        if (!eerste) rij.niet++
        else if (eerste.via === 'e-mail') rij.viaEmail++
        else rij.inBeheer++
      }
      return rij
    })
}

/** The table's rows for the last `maanden` months (reminders sent since then), read with the user's own rights. */
export async function laadMaandOverzicht(payload: Payload, user: any, { nu = new Date(), maanden = 12 } = {}): Promise<MaandRij[]> {
  const sinds = new Date(nu.getTime())
  sinds.setUTCMonth(sinds.getUTCMonth() - maanden)
  const { docs: herinneringen } = await payload.find({
    collection: 'herinneringen',
    where: { verstuurdOp: { greater_than_equal: sinds.toISOString() } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const { docs: controles } = await payload.find({
    collection: 'controles',
    where: { datum: { greater_than_equal: sinds.toISOString() } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return maandOverzicht(herinneringen, controles)
}
