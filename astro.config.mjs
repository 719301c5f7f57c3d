// @ts-check
import { defineConfig } from 'astro/config'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'

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
  integrations: [react(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { port: Number(process.env.SITE_PORT || 4321), host: true },
})
