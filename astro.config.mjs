// @ts-check
import { defineConfig } from 'astro/config'
import react from '@astrojs/react'

// The public site: built statically from what the CMS's REST API shows an anonymous visitor.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: process.env.SITE_URL || 'http://localhost:4321',
  integrations: [react()],
  build: { format: 'directory' },
})
