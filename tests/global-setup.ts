import { ensureCmsBuild } from '../scripts/lib/cms-build'

/** Build the CMS once (only when its sources changed) before the HTTP tests start servers from it. */
export default async function setup() {
  await ensureCmsBuild()
}
