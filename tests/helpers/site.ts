/** Build the public site from a running test CMS into a temporary folder, as `npm run build` does. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSite } from '../../scripts/build-site'
import type { CmsServer } from './server'

export async function buildFrom(cms: CmsServer | { url: string }, outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skt-site-')), 'dist')) {
  await buildSite({ outDir, env: { ...process.env, CMS_URL: cms.url, SITE_URL: 'http://localhost:4321' } })
  return outDir
}

export const read = (dir: string, page: string) => fs.readFileSync(path.join(dir, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : ''), 'utf8')

/** Links to aanbod pages in a built page, in order, without duplicates. */
export const aanbodLinks = (html: string) => [...new Set([...html.matchAll(/href="\/aanbod\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))]
