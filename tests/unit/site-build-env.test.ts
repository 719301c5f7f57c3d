/**
 * The CMS's publisher builds the site as a separate program (cms/publishing, PUBLISH_MODE=ingebouwd). That program reads
 * the CMS only over its public API, so it gets none of the CMS's secrets: checked on the environment the publisher
 * makes (siteBuildEnv) and on the one a really spawned build sees (a stand-in build script that writes its
 * environment down, in a project folder of its own).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bouwSite, publicatieInstellingen, siteBuildEnv } from '../../cms/publishing'
import { root } from '../../scripts/lib/process'

/** The CMS's secrets as the settings table of docs/productie.md lists them, each with a value found nowhere else. */
const SECRETS: Record<string, string> = {
  PAYLOAD_SECRET: 'geheim-payload-secret-1',
  DATABASE_URI: 'mongodb://gebruiker:geheim-db-2@db.intern:27017/kaart',
  SMTP_HOST: 'smtp.geheim-3.example',
  SMTP_USER: 'geheim-smtp-gebruiker-4',
  SMTP_PASS: 'geheim-smtp-wachtwoord-5',
  PUBLISH_HOOK_URL: 'https://ci.example/hook/geheim-6',
  PUBLISH_HOOK_TOKEN: 'geheim-hook-token-7',
  DEMO_PASSWORD: 'geheim-demo-wachtwoord-8',
  TEST_MONGODB_URI: 'mongodb://geheim-9@localhost/test',
  // Anything else the server has that the build does not read.
  SOME_OTHER_API_KEY: 'geheim-anders-10',
}
/** What the build reads (scripts/build-site.ts, site/lib/cms.ts, scripts/lib/pdf.ts, scripts/lib/chromium.ts, astro.config.mjs). */
const NEEDED = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/home/kaart',
  TZ: 'Europe/Amsterdam',
  SITE_URL: 'https://sociale-kaart.example',
  SITE_PDF: 'uit',
  SITE_TIMINGS_FILE: '/tmp/tijden.json',
  SITE_BUILD_HEAP_MB: '1400',
  PDF_PARALLEL: '1',
  CHROMIUM_PATH: '/usr/bin/chromium',
}

const secretValues = Object.values(SECRETS)
const leaks = (env: Record<string, string | undefined>) =>
  Object.entries(env)
    .filter(([k, v]) => k in SECRETS || secretValues.some((s) => v?.includes(s)))
    .map(([k]) => k)

describe('siteBuildEnv', () => {
  it("holds what the build reads, and none of the CMS's secrets", () => {
    const inst = { cmsUrl: 'http://127.0.0.1:3100', distDir: '/srv/kaart/dist' }
    const env = siteBuildEnv(inst, {
      ...SECRETS,
      ...NEEDED,
      CMS_PUBLIC_URL: 'https://cms.example',
      NEXT_RUNTIME: 'nodejs',
      __NEXT_PRIVATE_X: '1',
      LC_ALL: 'nl_NL.UTF-8',
    })
    expect(leaks(env)).toEqual([])
    expect(env).toEqual({ ...NEEDED, LC_ALL: 'nl_NL.UTF-8', CMS_URL: inst.cmsUrl, SITE_DIST_DIR: inst.distDir })
  })
})

describe('the spawned site build', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-buildenv-'))
  const saved = { ...process.env }
  afterAll(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    fs.rmSync(project, { recursive: true, force: true })
  })

  it('sees none of the secrets of the CMS process that starts it', async () => {
    // A project whose "build" writes its environment down; tsx is the real one.
    const seen = path.join(project, 'omgeving.json')
    fs.mkdirSync(path.join(project, 'scripts'))
    fs.mkdirSync(path.join(project, 'node_modules', '.bin'), { recursive: true })
    fs.symlinkSync(path.join(root, 'node_modules', '.bin', 'tsx'), path.join(project, 'node_modules', '.bin', 'tsx'))
    fs.writeFileSync(
      path.join(project, 'scripts', 'build-site.ts'),
      `require('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify(process.env))\n`,
    )
    Object.assign(process.env, SECRETS, { PROJECT_ROOT: project, SITE_URL: NEEDED.SITE_URL })

    await bouwSite(publicatieInstellingen({ PUBLISH_MODE: 'ingebouwd', CMS_URL: 'http://127.0.0.1:3100' }))
    const env = JSON.parse(fs.readFileSync(seen, 'utf8')) as Record<string, string>
    expect(leaks(env)).toEqual([])
    expect(env).toMatchObject({ CMS_URL: 'http://127.0.0.1:3100', SITE_URL: NEEDED.SITE_URL, SITE_DIST_DIR: path.join(project, 'dist') })
  }, 60_000)
})
