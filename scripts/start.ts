/**
 * npm start: the CMS on this machine, with demo content on an empty database.
 * Builds the CMS when needed, migrates and seeds (only an empty database), then serves it with `next start`.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { ensureCmsBuild } from './lib/cms-build'
import { bin, payloadScriptEnv, root, run, waitForHttp } from './lib/process'

const cmsPort = process.env.CMS_PORT || '3000'
const cmsUrl = `http://localhost:${cmsPort}`

async function main() {
  await ensureCmsBuild()
  await run(bin('tsx'), [path.join('cms', 'seed', 'run.ts'), '--if-empty'], { env: payloadScriptEnv(), cwd: root })

  const cms = spawn(bin('next'), ['start', 'cms', '-p', cmsPort], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  const stop = () => cms.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  cms.on('exit', (code) => process.exit(code ?? 0))

  await waitForHttp(`${cmsUrl}/api/kernen?limit=1`, { child: cms })
  console.log(`\nSociale Kaart Twenterand draait.\n  CMS (beheer):  ${cmsUrl}/admin\n  REST API:      ${cmsUrl}/api/aanbod?limit=0\nStoppen: Ctrl+C.\n`)
}

main().catch((err) => {
  console.error(`\nStarten is mislukt: ${err instanceof Error ? err.message : err}`)
  process.exit(1)
})
