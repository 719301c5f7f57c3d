/**
 * "Bekijk op de site" in the sidebar (cms/fields/bekijk-op-site.ts). A server component: it knows the public site's
 * address (SITE_URL; without it the site is on the CMS's own address, as in production behind nginx).
 */
import type { SitePaginaCollectie } from '../../content-schema'
import { BekijkOpSiteLinks } from './BekijkOpSiteLinks'

export function BekijkOpSiteField({ collection }: { collection: SitePaginaCollectie }) {
  const siteUrl = (process.env.SITE_URL?.trim() ?? '').replace(/\/$/, '')
  return <BekijkOpSiteLinks collection={collection} siteUrl={siteUrl} />
}
