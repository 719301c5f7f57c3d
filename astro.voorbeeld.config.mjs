// @ts-check
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import react from '@astrojs/react'

/**
 * The CMS's preview of a draft: a second, small build of the site's own page components (site/components/pagina/)
 * in the site's own layout, rendered on request. Its pages (site/voorbeeld/pages/) read the draft from Astro.locals;
 * everything else comes, as for the static site, from the CMS's public REST API (site/lib/cms.ts). Its output depends
 * only on the code: scripts/lib/voorbeeld-build.ts builds it together with the CMS, cms/voorbeeld/ runs it.
 *
 * The adapter is ours and tiny: its entry (site/voorbeeld/entry.mjs) exports render(request, locals).
 */
const voorbeeldAdapter = () => ({
  name: 'skt-voorbeeld',
  hooks: {
    /** @param {{ setAdapter: (adapter: import('astro').AstroAdapter) => void }} options */
    'astro:config:done': ({ setAdapter }) =>
      setAdapter({
        name: 'skt-voorbeeld',
        serverEntrypoint: fileURLToPath(new URL('./site/voorbeeld/entry.mjs', import.meta.url)),
        exports: ['render'],
        supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'unsupported', hybridOutput: 'unsupported' },
      }),
  },
})

export default defineConfig({
  srcDir: './site/voorbeeld',
  publicDir: './site/voorbeeld/public',
  outDir: process.env.VOORBEELD_OUT_DIR || './.site-voorbeeld',
  cacheDir: './node_modules/.astro-voorbeeld',
  site: process.env.SITE_URL || 'http://localhost:4321',
  output: 'server',
  adapter: voorbeeldAdapter(),
  integrations: [react()],
  trailingSlash: 'ignore',
  // One HTML answer with its styles inside: the preview is served by the CMS, which has no /_astro/ files.
  build: { inlineStylesheets: 'always' },
})
