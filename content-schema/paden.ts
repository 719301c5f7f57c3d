/**
 * The path of a document's page on the public site: one definition, for the site's pages and links and for the
 * CMS's "Bekijk op de site" link. Paths end in a slash (astro.config.mjs: trailingSlash 'always').
 */
export const SITE_PAGINA_SOORTEN = {
  aanbod: 'aanbod',
  activiteiten: 'activiteit',
  organisaties: 'organisatie',
} as const
export type SitePaginaCollectie = keyof typeof SITE_PAGINA_SOORTEN

/** '/aanbod/samen-eten/' for the aanbod 'samen-eten'; by the CMS collection's slug. */
export const sitePad = (collectie: SitePaginaCollectie, slug: string) => `/${SITE_PAGINA_SOORTEN[collectie]}/${slug}/`
