/**
 * npm start: the CMS and the public site on this machine, with demo content on an empty database.
 * Builds the CMS when needed, migrates and seeds (only an empty database), serves it with `next start`,
 * then builds the site from it into dist/ and serves that. After that the CMS rebuilds the site itself after every
 * published change (cms/publishing: debounced, one build at a time, switched live atomically).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import fs from 'node:fs'
import { ensureCmsBuild } from './lib/cms-build'
import { buildSite } from './build-site'
import { serveSite } from './lib/serve-site'
import { bin, payloadScriptEnv, root, run, waitForHttp } from './lib/process'

const cmsPort = process.env.CMS_PORT || '3000'
const sitePort = process.env.SITE_PORT || '4321'
/**
 * LISTEN_HOST: the address both servers listen on. Empty: every interface (as on a laptop). Behind nginx in
 * production: 127.0.0.1, so the CMS and the built-in site server cannot be reached from outside past the proxy.
 */
const listenHost = process.env.LISTEN_HOST?.trim() || ''
const localHost =
  listenHost && listenHost !== '0.0.0.0' && listenHost !== '::' ? (listenHost.includes(':') ? `[${listenHost}]` : listenHost) : 'localhost'
const cmsUrl = `http://${localHost}:${cmsPort}`
const siteUrl = `http://localhost:${sitePort}`

async function main() {
  await ensureCmsBuild()
  await run(bin('tsx'), [path.join('cms', 'seed', 'run.ts'), '--if-empty'], { env: payloadScriptEnv(), cwd: root })

  const cms = spawn(bin('next'), ['start', 'cms', '-p', cmsPort, ...(listenHost ? ['-H', listenHost] : [])], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // The CMS rebuilds this site itself after every published change (unless a build hook or 'uit' is configured).
      PUBLISH_MODE: process.env.PUBLISH_MODE || (process.env.PUBLISH_HOOK_URL ? 'hook' : 'ingebouwd'),
      CMS_URL: process.env.CMS_URL || cmsUrl,
      SITE_URL: process.env.SITE_URL || siteUrl,
    },
  })
  const children = [cms]
  const stop = () => {
    for (const c of children) c.kill('SIGTERM')
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  cms.on('exit', (code) => {
    stop()
    process.exit(code ?? 0)
  })

  await waitForHttp(`${cmsUrl}/api/kernen?limit=1`, { child: cms })
  console.log(`CMS draait op ${cmsUrl}/admin. Nu de site bouwen …`)
  try {
    await buildSite({ env: { ...process.env, CMS_URL: cmsUrl, SITE_URL: process.env.SITE_URL || siteUrl } })
  } catch (err) {
    const previous = fs.existsSync(path.join(root, 'dist', 'index.html'))
    console.error(`\nDe site kon niet gebouwd worden: ${err instanceof Error ? err.message : err}`)
    console.error(previous ? 'De vorige versie van de site blijft staan.' : 'Er is nog geen site om te tonen.')
    if (!previous) return console.log(`\nHet CMS draait wel: ${cmsUrl}/admin\n`)
  }
  // Visitors counted without cookies (content-schema/bezoeken.ts); the CMS stores the counts every hour.
  const siteHost = new URL(process.env.SITE_URL || siteUrl).hostname
  await serveSite(path.join(root, 'dist'), Number(sitePort), listenHost || undefined, {
    bezoeken: path.join(root, 'data', 'bezoeken'),
    eigenDomeinen: [siteHost],
  })
  console.log(
    `\nSociale Kaart Twenterand draait.\n  Site:          ${siteUrl}/\n  CMS (beheer):  ${cmsUrl}/admin\n  REST API:      ${cmsUrl}/api/aanbod?limit=0\n` +
      `Wat u in het CMS publiceert, staat ongeveer een halve minuut later op de site (zie Beheer > Publicaties).\nStoppen: Ctrl+C.\n`,
  )
}

main().catch((err) => {
  console.error(`\nStarten is mislukt: ${err instanceof Error ? err.message : err}`)
  process.exit(1)
})
