/**
 * The site's built pages that frame the pages the CMS shows to visitors (cms/site-pagina.ts): the CMS answers with
 * one of these pages, replacing only what is between FORMULIER_BEGIN and FORMULIER_EIND. 'meldpunt': the melding
 * form's own page (the Meldpunt's breadcrumb and section); 'kaart': a neutral page of the Sociale Kaart
 * (site/pages/formulier.astro), for every other form. Plain data (astro.config.mjs reads it to keep the neutral page
 * out of the sitemap).
 */
export const FORMULIER_KADERS = { meldpunt: '/meldpunt/melden/', kaart: '/formulier/' } as const
export type FormulierKader = keyof typeof FORMULIER_KADERS
