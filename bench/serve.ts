/**
 * The built site served on its own (scripts/lib/serve-site.ts) in a separate process, so that the load generator
 * and the browser of `npm run bench` do not share the server's event loop.   tsx bench/serve.ts <dir> <port>
 */
import { serveSite } from '../scripts/lib/serve-site'

const [dir, port] = process.argv.slice(2)
if (!dir || !port) throw new Error('Gebruik: tsx bench/serve.ts <map> <poort>')
await serveSite(dir, Number(port), '127.0.0.1')
console.log('klaar')
