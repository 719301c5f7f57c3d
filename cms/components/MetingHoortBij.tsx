/**
 * On a meting: the melding it belongs to, found through the random link and read as the user (so the access log
 * records it), with a link back to it.
 */
import Link from 'next/link'
import type { ServerComponentProps } from 'payload'
import { hasMeldingToegang } from '../access'

export async function MetingHoortBij({ data, payload, req }: ServerComponentProps) {
  const user = req?.user
  if (!user || !hasMeldingToegang(user as any)) return null
  const koppeling = (data?.koppeling as string | null | undefined) ?? null
  const melding = koppeling
    ? (
        await payload.find({
          collection: 'meldingen',
          where: { metingKoppeling: { equals: koppeling } },
          limit: 1,
          depth: 0,
          select: { nummer: true },
          overrideAccess: false,
          user,
        })
      ).docs[0]
    : undefined
  return (
    <p className="field-type skt-meting-melding">
      {melding ? (
        <>
          Hoort bij melding <Link href={`/admin/collections/meldingen/${melding.id}`}>{melding.nummer ?? melding.id}</Link>.
        </>
      ) : (
        'De melding van deze meting bestaat niet meer.'
      )}
    </p>
  )
}
