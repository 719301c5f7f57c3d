/** The admin page /admin/tweestaps (cms/auth/tweestaps.ts): a plain page without the menu, for the second login step. */
import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { TweestapsFormulier } from './Tweestaps'

export function TweestapsPagina({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  return (
    <MinimalTemplate className="skt-tweestaps-pagina">
      <TweestapsFormulier />
    </MinimalTemplate>
  )
}
