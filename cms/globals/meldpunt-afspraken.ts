/**
 * The Meldpunt's settings for meldingen as the CMS reads them: the global meldpunt through content-schema's
 * meldingAfspraken (settings, else the defaults), for the retention job and the dashboard.
 */
import type { Payload, PayloadRequest } from 'payload'
import { meldingAfspraken } from '../../content-schema'

export async function meldpuntAfspraken(payload: Payload, req?: PayloadRequest) {
  return meldingAfspraken(await payload.findGlobal({ slug: 'meldpunt', depth: 0, overrideAccess: true, req }))
}
