/**
 * A page of our own in the admin (a custom view: /admin/aanbod-gaten, /admin/monitoring, /admin/aanmelding-beoordelen),
 * in Payload's frame with its menu: the login required (else to the login page), the content between the gutters.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, ServerProps } from 'payload'
import type { ReactNode } from 'react'

export function BeheerPagina({
  props: { initPageResult, params, searchParams },
  className,
  children,
}: {
  props: AdminViewServerProps
  className: string
  children: ReactNode
}) {
  const { req, visibleEntities } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user as ServerProps['user']}
      visibleEntities={visibleEntities}
    >
      <div className={`gutter--left gutter--right ${className}`}>{children}</div>
    </DefaultTemplate>
  )
}
