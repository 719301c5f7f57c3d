/** Public forms: the machinery (formulier.ts, html.ts, kader.ts) and the forms themselves (melding.ts, suggestie.ts). */
export * from './formulier'
export * from './html'
export * from './melding'
export * from './suggestie'
export * from './kader'
