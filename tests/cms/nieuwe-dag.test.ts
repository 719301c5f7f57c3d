/**
 * The nightly publication (cms/jobs/nieuwe-dag.ts) through Payload's jobs queue on a real, fresh database: without
 * any change in the CMS, the task has the site published again. The publisher calls a build hook here (a real HTTP
 * server in this test) and records the publication in 'publicaties'.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/payload'
import { publisherFor } from '../../cms/publishing'

let cms: TestCms
let hook: http.Server
const calls: { path: string; body: any }[] = []
const ENV = ['NEXT_RUNTIME', 'PUBLISH_MODE', 'PUBLISH_HOOK_URL', 'PUBLISH_DEBOUNCE_MS'] as const
const before = Object.fromEntries(ENV.map((k) => [k, process.env[k]]))

beforeAll(async () => {
  hook = http.createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      calls.push({ path: req.url ?? '', body: JSON.parse(body) })
      res.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r))
  // As in the CMS server: only the server publishes (cms/publishing: NEXT_RUNTIME), here to a build hook, at once.
  Object.assign(process.env, {
    NEXT_RUNTIME: 'nodejs',
    PUBLISH_MODE: 'hook',
    PUBLISH_HOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/bouw`,
    PUBLISH_DEBOUNCE_MS: '0',
  })
  cms = await startCms()
})

afterAll(async () => {
  await cms?.close()
  hook?.close()
  for (const k of ENV) {
    if (before[k] === undefined) delete process.env[k]
    else process.env[k] = before[k]
  }
})

describe("the 'nieuwe-dag' task", () => {
  it('is queued every night in the queue that the CMS server runs', () => {
    const task = cms.payload.config.jobs.tasks?.find((t) => t.slug === 'nieuwe-dag')
    expect(task?.schedule?.map((s) => s.queue)).toEqual(['dagelijks'])
    // Seconds, minutes, hours: 00:05, every day of every month.
    expect(task?.schedule?.[0]?.cron).toMatch(/^0 5 0 \* \* \*$/)
  })

  it('publishes the site without any change, once, and records it', async () => {
    const { payload } = cms
    expect(calls).toEqual([])
    const job: any = await payload.jobs.queue({ task: 'nieuwe-dag', queue: 'test' } as any)
    const run: any = await payload.jobs.run({ queue: 'test' } as any)
    expect(run.jobStatus?.[job.id]?.status).toBe('success')
    await publisherFor(payload)!.planner.stil()

    expect(calls).toHaveLength(1)
    expect(calls[0]!.path).toBe('/bouw')
    expect(calls[0]!.body.aanleiding).toBe('Nieuwe dag: de agenda begint weer bij vandaag')
    expect(calls[0]!.body.wijzigingen).toHaveLength(1)

    const { docs } = await payload.find({ collection: 'publicaties', overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      status: 'gelukt',
      modus: 'hook',
      aanleiding: 'Nieuwe dag: de agenda begint weer bij vandaag',
      aantalWijzigingen: 1,
    })
  })
})
