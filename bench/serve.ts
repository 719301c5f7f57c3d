/**
 * The built site served on its own (scripts/lib/serve-site.ts) in a separate process, so that the load generator
 * and the browser of `npm run bench` do not share the server's event loop.   tsx bench/serve.ts <dir> <port>
 */
import { scriptArguments } from '../cms/args'
import { serveSite } from '../scripts/lib/serve-site'

const USAGE = 'Gebruik: tsx bench/serve.ts <map> <poort>'
const [dir, port] = scriptArguments(USAGE, {}, { maxPositionals: 2 }).positionals
if (!dir || !/^\d+$/.test(port ?? '')) {
  console.error(`Geef een map en een poort. ${USAGE}`)
  process.exit(2)
}
await serveSite(dir, Number(port), '127.0.0.1')
console.log('klaar')
