/** How the pages write an aanbod's place. Costs, addresses, dates, times and phone links: content-schema/format.ts. */
import type { AanbodDoc } from '../../content-schema'
import { HEEL_TWENTERAND } from '../../content-schema'

export const waar = (a: AanbodDoc) => (a.heelTwenterand ? HEEL_TWENTERAND : (a.kernen ?? []).map((k) => k.naam).join(', '))
