// @ts-check
import { defineConfig } from 'astro/config'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { FORMULIER_KADERS } from './content-schema/formulieren/kader'

// The public site: built statically from what the CMS's REST API shows an anonymous visitor.
// scripts/build-site.ts builds into a fresh folder (SITE_OUT_DIR) and swaps it into dist/ only when the build succeeded.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Builds may run side by side (tests): each build its own cache.
  cacheDir: process.env.SITE_OUT_DIR ? `${process.env.SITE_OUT_DIR}.cache` : './node_modules/.astro',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  // The neutral frame of the CMS's pages (site/pages/formulier.astro) is no page of its own: not in the sitemap.
  integrations: [react(), sitemap({ filter: (page) => new URL(page).pathname !== FORMULIER_KADERS.kaart })],
  // concurrency: pages rendered side by side. Rendering is one thread, but each page also waits for its file to be
  // written; with 4 at a time that waiting overlaps the other pages' rendering, and a slow write no longer holds up
  // the build. Measured with the S bench content (astro build alone, 7 interleaved pairs): the pages in 8.6–10.4 s
  // (median 9.3 s) instead of 9.1–14.3 s (median 10.8 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  server: { port: Number(process.env.SITE_PORT || 4321), host: true },
})
