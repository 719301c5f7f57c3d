/**
 * The melding's own bookkeeping, done by the server and never by hand: its number, the history of every status
 * change, the moment it reached an end status (from which the retention period runs), the random link to its
 * measurements and their dates (../Metingen/koppeling.ts).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { MELDING_EINDSTATUSSEN, type MeldingStatus, meldingnummer } from '../../../content-schema'
import { nieuweKoppeling } from '../Metingen/koppeling'
import { zonderLogboek } from '../../logboek'

interface Wijziging {
  datum: string
  van?: MeldingStatus | null
  naar: MeldingStatus
  door: string
}

/** Who did it, for the history: the worker's name, or the channel when the melder did it (the website form). */
const doorWie = (user: { naam?: string | null; email?: string } | null | undefined, kanaal?: string | null) =>
  user ? user.naam || user.email || 'onbekend' : kanaal === 'website' ? 'melder (website)' : 'systeem'

const isEind = (s: unknown) => MELDING_EINDSTATUSSEN.includes(s as MeldingStatus)

/**
 * A new melding gets the next number of its year (M-2026-0001, …). The numbers are counted per year from the highest
 * one given; a unique index on `nummer` refuses a second melding that would get the same number at the same moment.
 */
export const meldingBijhouden: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const nu = new Date().toISOString()
  if (operation === 'create') {
    const jaar = new Date().getFullYear()
    // The server's own lookup: not an access by the user (./logboek.ts).
    const { docs } = await zonderLogboek(req, () =>
      req.payload.find({
        collection: 'meldingen',
        where: { jaar: { equals: jaar } },
        sort: '-volgnummer',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
        select: { volgnummer: true },
      }),
    )
    const volgnummer = ((docs[0]?.volgnummer as number | undefined) ?? 0) + 1
    const status: MeldingStatus = data.status ?? 'nieuw'
    const { metingKoppeling, startmetingOp, eindmetingOp, ...invoer } = data
    return {
      ...invoer,
      metingKoppeling: nieuweKoppeling(),
      startmetingOp: null,
      eindmetingOp: null,
      jaar,
      volgnummer,
      nummer: meldingnummer(jaar, volgnummer),
      status,
      ontvangenOp: data.ontvangenOp ?? nu,
      afgeslotenOp: isEind(status) ? nu : null,
      geschiedenis: [{ datum: nu, van: null, naar: status, door: doorWie(req.user, data.kanaal) } satisfies Wijziging],
    }
  }
  // Number, history and the end moment are the server's: what a client sends for them is ignored.
  const { nummer, jaar, volgnummer, geschiedenis, afgeslotenOp, metingKoppeling, startmetingOp, eindmetingOp, ...rest } = data
  const oud = originalDoc?.status as MeldingStatus | undefined
  const nieuw = (rest.status ?? oud) as MeldingStatus
  const result = {
    ...rest,
    geschiedenis: originalDoc?.geschiedenis ?? [],
    afgeslotenOp: originalDoc?.afgeslotenOp ?? null,
    // A melding from before the link existed gets one at its next change.
    metingKoppeling: originalDoc?.metingKoppeling ?? nieuweKoppeling(),
    startmetingOp: originalDoc?.startmetingOp ?? null,
    eindmetingOp: originalDoc?.eindmetingOp ?? null,
  }
  if (nieuw !== oud) {
    result.geschiedenis = [
      ...result.geschiedenis,
      { datum: nu, van: oud ?? null, naar: nieuw, door: doorWie(req.user) } satisfies Wijziging,
    ]
    // Reopening is a status change like any other; the retention period starts again at the next end status.
    result.afgeslotenOp = isEind(nieuw) ? nu : null
  }
  return result
}
