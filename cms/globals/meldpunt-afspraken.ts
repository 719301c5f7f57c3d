/**
 * The Meldpunt's settings for meldingen (global meldpunt, group `meldingen`) as numbers, with content-schema's
 * defaults where staff left a field empty: one reader for the retention job, the dashboard and the e-mail.
 */
import type { Payload, PayloadRequest } from 'payload'
import { MELDING_STANDAARD } from '../../content-schema'

export interface MeldpuntAfspraken {
  antwoordBinnenWerkdagen: number
  bewaartermijnMaanden: number
}

export async function meldpuntAfspraken(payload: Payload, req?: PayloadRequest): Promise<MeldpuntAfspraken> {
  const meldpunt = await payload.findGlobal({ slug: 'meldpunt', depth: 0, overrideAccess: true, req })
  const m = meldpunt.meldingen ?? {}
  return {
    antwoordBinnenWerkdagen: m.antwoordBinnenWerkdagen ?? MELDING_STANDAARD.antwoordBinnenWerkdagen,
    bewaartermijnMaanden: m.bewaartermijnMaanden ?? MELDING_STANDAARD.bewaartermijnMaanden,
  }
}
