/**
 * Storing visit counts (content-schema/bezoeken.ts) in the collection `bezoeken`: the counts of a day replace what was
 * stored for that day, in one transaction, so reading the same log twice (or the built-in server's day file again
 * after more visits) never counts anything twice. Also: reading access logs, and the built-in server's day files.
 */
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import zlib from 'node:zlib'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { Bezoekteller, type BezoekTelling, leesLogregel } from '../../../content-schema/bezoeken'
import { localDate } from '../../../content-schema'
import { dataDir } from '../../paths'

/** Where the built-in site server keeps its counts: one file per day (scripts/lib/bezoeken.ts). */
export const bezoekenDir = () => path.join(dataDir(), 'bezoeken')

/** Replace the stored counts of every day in `tellingen` by these. */
export async function bewaarTellingen(payload: Payload, tellingen: BezoekTelling[]): Promise<{ dagen: string[]; rijen: number }> {
  const dagen = [...new Set(tellingen.map((t) => t.dag))].sort()
  for (const dag of dagen) {
    const req = await createLocalReq({}, payload)
    const inTransaction = await initTransaction(req)
    try {
      await payload.delete({ collection: 'bezoeken', where: { dag: { equals: dag } }, overrideAccess: true, req })
      for (const t of tellingen.filter((x) => x.dag === dag)) {
        await payload.create({
          collection: 'bezoeken',
          data: { dag: t.dag, pad: t.pad, verwijzer: t.verwijzer, apparaat: t.apparaat, aantal: t.aantal },
          overrideAccess: true,
          req,
          depth: 0,
        })
      }
      if (inTransaction) await commitTransaction(req)
    } catch (err) {
      if (inTransaction) await killTransaction(req)
      throw err
    }
  }
  return { dagen, rijen: tellingen.length }
}

/** Count the page views in access logs (Common or Combined Log Format; .gz files are unpacked). */
export async function telLogbestanden(
  bestanden: string[],
  eigenDomeinen: readonly string[] = [],
): Promise<{ teller: Bezoekteller; regels: number; geteld: number; onleesbaar: number }> {
  const teller = new Bezoekteller()
  let regels = 0
  let geteld = 0
  let onleesbaar = 0
  for (const bestand of bestanden) {
    const stream = fs.createReadStream(bestand)
    const input = bestand.endsWith('.gz') ? stream.pipe(zlib.createGunzip()) : stream
    for await (const regel of readline.createInterface({ input, crlfDelay: Infinity })) {
      if (!regel.trim()) continue
      regels++
      const verzoek = leesLogregel(regel)
      if (!verzoek) onleesbaar++
      else if (teller.telVerzoek(verzoek, eigenDomeinen)) geteld++
    }
  }
  return { teller, regels, geteld, onleesbaar }
}

/**
 * The built-in site server's day files into the collection; the files of days before today are removed once stored
 * (today's file keeps growing, and is stored again at the next run).
 */
export async function bewaarDagbestanden(payload: Payload, nu = new Date(), dir = bezoekenDir()) {
  if (!fs.existsSync(dir)) return { dagen: [] as string[], rijen: 0 }
  const vandaag = localDate(nu)
  const bestanden = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort()
  const tellingen: BezoekTelling[] = bestanden.flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as BezoekTelling[])
  const result = await bewaarTellingen(payload, tellingen)
  for (const f of bestanden) if (f.slice(0, 10) < vandaag) fs.rmSync(path.join(dir, f), { force: true })
  return result
}
