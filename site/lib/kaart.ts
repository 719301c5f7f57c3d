/** How the pages write an aanbod's place and a phone link. Costs, addresses, dates and times: content-schema/format.ts. */
import type { AanbodDoc } from '../../content-schema'
import { HEEL_TWENTERAND } from '../../content-schema'

export const waar = (a: AanbodDoc) => (a.heelTwenterand ? HEEL_TWENTERAND : (a.kernen ?? []).map((k) => k.naam).join(', '))

export const telHref = (telefoon: string) => `tel:${telefoon.replace(/[^\d+]/g, '')}`
