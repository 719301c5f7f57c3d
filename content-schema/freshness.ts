/**
 * Freshness of an aanbod: how long ago a partner confirmed it is still right.
 * Older than 6 months: "controle nodig"; older than 12 months: "verouderd"; never checked counts as verouderd.
 */
export const versheidStatussen = [
  { value: 'actueel', label: 'Actueel' },
  { value: 'controle-nodig', label: 'Controle nodig' },
  { value: 'verouderd', label: 'Verouderd' },
] as const

export type Versheid = (typeof versheidStatussen)[number]['value']

const addMonths = (date: Date, months: number) => {
  const d = new Date(date.getTime())
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d
}

/** The check dates that separate the states on a given day: checked before `controleNodig` needs a check, before `verouderd` is stale. */
export function versheidGrenzen(now: Date = new Date()): { controleNodig: Date; verouderd: Date } {
  return { controleNodig: addMonths(now, -6), verouderd: addMonths(now, -12) }
}

export function versheid(gecontroleerdOp: string | Date | null | undefined, now: Date = new Date()): Versheid {
  if (!gecontroleerdOp) return 'verouderd'
  const checked = new Date(gecontroleerdOp)
  if (Number.isNaN(checked.getTime())) return 'verouderd'
  const grens = versheidGrenzen(now)
  if (checked < grens.verouderd) return 'verouderd'
  if (checked < grens.controleNodig) return 'controle-nodig'
  return 'actueel'
}

/**
 * How a check ("klopt nog") was done: in the admin (an edit or the "Klopt nog" button), or with a link from the
 * reminder e-mail without logging in. Stored on the aanbod (laatstGecontroleerd.via) and in the controles history.
 */
export const controleWijzen = [
  { value: 'beheer', label: 'In het beheer' },
  { value: 'e-mail', label: 'Via e-mail' },
] as const

export type ControleWijze = (typeof controleWijzen)[number]['value']

/** Defaults of the "Klopt nog" links in the reminder e-mail; the setting is in the Site global (kloptNogLinkDagen). */
export const KLOPT_NOG_STANDAARD = {
  /** A link works this many days after the e-mail was sent. */
  linkGeldigDagen: 30,
} as const

/** The page a "Klopt nog" link in the reminder e-mail opens (an endpoint of the CMS; GET shows, POST confirms). */
export const KLOPT_NOG_PAD = '/api/klopt-nog'
