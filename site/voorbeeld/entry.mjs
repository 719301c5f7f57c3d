// The server entry of the preview build (astro.voorbeeld.config.mjs): render(request, locals) renders one page.
import { App } from 'astro/app'

/** @param {import('astro').SSRManifest} manifest */
export function createExports(manifest) {
  const app = new App(manifest)
  return {
    /** @param {Request} request @param {App.Locals} locals */
    render: (request, locals) => app.render(request, { locals }),
  }
}
