import type { UIField } from 'payload'
import type { SitePaginaCollectie } from '../../content-schema'

/**
 * In the sidebar: "Bekijk op de site" (the public page, when published) and, on aanbod and activiteiten with a
 * draft, "Voorbeeld bekijken" (cms/voorbeeld/). cms/components/BekijkOpSite.tsx.
 */
export const bekijkOpSiteField = (collection: SitePaginaCollectie): UIField => ({
  name: 'bekijkOpSite',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/components/BekijkOpSite#BekijkOpSiteField', clientProps: { collection } } },
  },
})
