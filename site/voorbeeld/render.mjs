/**
 * Renders one preview page (cms/voorbeeld/ starts this as a child process, so the Next server never loads the Astro
 * build). Input: one JSON message over IPC, { pad, doc } (pad: '/aanbod/' or '/activiteit/'). Output: one message,
 * { status, html }. The built preview (astro.voorbeeld.config.mjs) is in VOORBEELD_DIR.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

process.once('message', async (/** @type {{ pad: string, doc: unknown }} */ { pad, doc }) => {
  try {
    const entry = pathToFileURL(path.join(process.env.VOORBEELD_DIR ?? '.site-voorbeeld', 'server', 'entry.mjs')).href
    const { render } = await import(entry)
    const res = await render(new Request(new URL(pad, 'http://voorbeeld.invalid')), { voorbeeld: { doc } })
    process.send?.({ status: res.status, html: await res.text() }, () => process.disconnect())
  } catch (err) {
    process.send?.({ status: 500, html: '', fout: err instanceof Error ? err.message : String(err) }, () => process.disconnect())
  }
})
