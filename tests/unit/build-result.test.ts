/**
 * The site build tells how it went in a JSON file (SITE_RESULT_FILE, cms/publishing/bouwresultaat.ts), which the
 * publisher reads instead of matching the build's log lines. Here: a build against a CMS that is not there.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bouwresultaat-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('the site build result', () => {
  it('says the site was not built, and why, in the words the user sees', () => {
    const root = process.cwd()
    const resultFile = path.join(tmp, 'resultaat.json')
    const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join('scripts', 'build-site.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        TMPDIR: tmp,
        CMS_URL: 'http://127.0.0.1:9',
        SITE_DIST_DIR: path.join(tmp, 'dist'),
        SITE_PDF: 'uit',
        SITE_RESULT_FILE: resultFile,
      },
      encoding: 'utf8',
      timeout: 360_000,
    })
    expect(res.status).toBe(1)
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'))
    expect(result.online).toBe(false)
    expect(result.melding).toBe('De site is NIET gebouwd; dist/ is niet veranderd. astro build stopte met code 1')
    expect(result.redenen).toHaveLength(1)
    expect(result.redenen[0]).toMatch(
      /^Het CMS op http:\/\/127\.0\.0\.1:9 is niet bereikbaar \(.+\)\. Start het CMS \(npm start\) of zet CMS_URL goed\. De site is niet gebouwd\.$/,
    )
    // The user's last line is the same as the result's.
    expect(res.stderr.trim().split('\n').at(-1)).toBe(result.melding)
    expect(fs.existsSync(path.join(tmp, 'dist'))).toBe(false)
  }, 370_000)
})
