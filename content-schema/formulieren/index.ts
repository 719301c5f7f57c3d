/** Public forms: the machinery (formulier.ts, html.ts, kader.ts) and the forms themselves (melding, suggestie, aanmelding). */
export * from './formulier'
export * from './html'
export * from './melding'
export * from './suggestie'
export * from './aanmelding'
export * from './kader'
