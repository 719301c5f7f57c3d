/**
 * Twenterand's mark in the admin: the site's favicon (site/public/favicon.svg, the one source; scripts/favicon.ts
 * makes the .ico from it) as the admin's favicon, login logo and menu icon.
 */
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './paths'

let cached: string | undefined

/**
 * site/public/favicon.svg as a data: address (the CMS does not serve the site's files). It is code, not data: found in
 * the project root, or else in the working folder (scripts and tests may point PROJECT_ROOT at a folder of their own
 * for data/ only).
 */
export function faviconDataUri(): string {
  if (cached) return cached
  const svg = [projectRoot(), process.cwd()].map((r) => path.join(r, 'site', 'public', 'favicon.svg')).find((f) => fs.existsSync(f))
  if (!svg) throw new Error('site/public/favicon.svg ontbreekt: het merk van de beheeromgeving komt daarvandaan.')
  cached = `data:image/svg+xml;base64,${fs.readFileSync(svg).toString('base64')}`
  return cached
}
