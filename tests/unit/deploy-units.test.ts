/**
 * The example systemd units (deploy/systemd/) as systemd itself reads them (`systemd-analyze verify`: unknown keys,
 * a command that does not exist, a timer without its service), and in agreement with the example nginx configuration.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { root } from '../../scripts/lib/process'

const dir = path.join(root, 'deploy', 'systemd')
const UNITS = ['sociale-kaart.service', 'sociale-kaart-backup.service', 'sociale-kaart-backup.timer']

it('systemd accepts the service, the backup service and its timer without a warning', () => {
  const r = spawnSync('systemd-analyze', ['verify', ...UNITS.map((u) => path.join(dir, u))], { encoding: 'utf8', cwd: dir })
  expect(r.error, 'systemd-analyze ontbreekt: npm test installeert het (scripts/ensure-tools.sh --test)').toBeUndefined()
  expect(r.stderr + r.stdout).toBe('')
  expect(r.status).toBe(0)
})

it('runs npm start where nginx reads the site (dist/ in the working directory), and backs up in the same place', () => {
  const unit = fs.readFileSync(path.join(dir, 'sociale-kaart.service'), 'utf8')
  const workdir = /^WorkingDirectory=(.+)$/m.exec(unit)?.[1]
  expect(/^ExecStart=\S*npm start$/m.test(unit)).toBe(true)
  const nginx = fs.readFileSync(path.join(root, 'deploy', 'nginx', 'sociale-kaart.conf'), 'utf8')
  const nginxRoot = /^\s*root (\/srv\/\S+);$/m.exec(nginx)?.[1]
  expect(nginxRoot).toBe(`${workdir}/dist`)
  const backup = fs.readFileSync(path.join(dir, 'sociale-kaart-backup.service'), 'utf8')
  expect(/^WorkingDirectory=(.+)$/m.exec(backup)?.[1]).toBe(workdir)
  expect(/^ExecStart=\S*npm run backup$/m.test(backup)).toBe(true)
})
