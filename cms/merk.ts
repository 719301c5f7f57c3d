/**
 * Twenterand's mark in the admin: the site's favicon (site/public/favicon.svg, the one source; scripts/favicon.ts
 * makes the .ico from it) as the admin's favicon, login logo and menu icon.
 */
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './paths'

let cached: string | undefined

/** site/public/favicon.svg as a data: address (the CMS does not serve the site's files). */
export function faviconDataUri(): string {
  cached ??= `data:image/svg+xml;base64,${fs.readFileSync(path.join(projectRoot(), 'site', 'public', 'favicon.svg')).toString('base64')}`
  return cached
}
