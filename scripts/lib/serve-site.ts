/**
 * Serves the built site over HTTP, in production mode. `dir` (dist/) is a symbolic link to the live build
 * (scripts/lib/live-site.ts); it is followed on every request, so a new build switched in is served at once.
 *
 * - Only what is in the live build: each build's files are listed once (regular files only: a symbolic link in a
 *   build is never followed, a dotfile never served), and a request is answered only with a file from that list;
 *   `..`, encoded or not, can never name anything else.
 * - A file is opened before anything is sent: one that disappeared (an old build removed by a switch) gives the
 *   404 page, never a half answer or a crash.
 * - Every answer carries the security headers of scripts/lib/security-headers.mjs (the same as the CMS's).
 * - Unknown paths get the site's own 404 page. Scripts, styles and data files go out compressed (brotli or gzip,
 *   whichever the browser accepts) from the copies the build made (scripts/lib/compress.ts); Pagefind's own gzip
 *   files say that they are.
 *
 * Not sirv (used before, in its dev mode): in production mode sirv follows symbolic links out of the folder, and a
 * file that is gone when it opens it crashes the process (its read stream's error has no listener).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream'
import { lookup as mimeType } from 'mrmime'
import { inZoekindex } from '../../site/lib/zoeken/zoekindex'
import { bezoekteller } from './bezoeken'
import { PAGEFIND_GZIP } from './compress'
import { SECURITY_HEADERS } from './security-headers.mjs'

/** The files of one build, by their name relative to it ('aanbod/samen-eten/index.html'): regular files only. */
function listBuild(root: string): Set<string> {
  const files = new Set<string>()
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(rel ? path.join(root, rel) : root, { withFileTypes: true })) {
      if (entry.name.startsWith('.') && entry.name !== '.well-known') continue
      const name = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(name)
      else if (entry.isFile()) files.add(name)
      // A symbolic link (to a file or a folder, inside or outside), a socket, a device: never served.
    }
  }
  walk('')
  return files
}

/** The names of the live build's files; the list is made once per build (a build never changes once it is live). */
function liveBuilds(dir: string) {
  const lists = new Map<string, Set<string>>()
  return (): { root: string; files: Set<string> } | null => {
    // Twice: the build the link named may have been removed by a switch between following the link and listing it.
    for (let attempt = 0; attempt < 2; attempt++) {
      let root: string
      try {
        root = fs.realpathSync(dir)
      } catch {
        return null
      }
      let files = lists.get(root)
      if (!files) {
        try {
          files = listBuild(root)
        } catch {
          continue
        }
        lists.set(root, files)
        // Keep the live build's list and the one before (requests that started on it may still read it).
        for (const old of [...lists.keys()].slice(0, -2)) lists.delete(old)
      }
      return { root, files }
    }
    return null
  }
}

/**
 * The request's path as a file name relative to the build, and whether it asked for a folder (ends in /); null when
 * it cannot name a file of the build (a `..` or `.` segment, an encoded / or \, a NUL, broken %-encoding).
 */
function requestedName(url: string | undefined): { name: string; folder: boolean } | null {
  const raw = (url ?? '/').split(/[?#]/, 1)[0]!
  if (!raw.startsWith('/')) return null
  const segments: string[] = []
  for (const part of raw.slice(1).split('/')) {
    let seg: string
    try {
      seg = decodeURIComponent(part)
    } catch {
      return null
    }
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return null
    if (seg) segments.push(seg)
  }
  return { name: segments.join('/'), folder: raw.endsWith('/') }
}

/** The file names a path may mean, in order: the file itself (not for a folder), `name/index.html`, `name.html`. */
function candidates({ name, folder }: { name: string; folder: boolean }): string[] {
  if (!name) return ['index.html']
  return folder ? [`${name}/index.html`, `${name}.html`] : [name, `${name}/index.html`, `${name}.html`]
}

interface Choice {
  /** The file sent: the name, or its compressed copy. */
  file: string
  /** The name whose type it has. */
  name: string
  encoding?: 'br' | 'gzip'
}

/**
 * Which file to send for `name`: its brotli or gzip copy when the browser accepts that and the build made one.
 * Pagefind's index files and WebAssembly are gzip files already: sent as what they are (Content-Encoding: gzip) to a
 * browser that accepts gzip, the browser unpacks them itself, off the page's thread, and Pagefind skips unpacking
 * them in JavaScript; the bytes over the network are the same. A browser that accepts brotli gets their brotli copy.
 */
function choose(name: string, files: Set<string>, accepts: string): Choice {
  const br = /\bbr\b/.test(accepts)
  const gzip = /\bgzip\b/.test(accepts)
  if (br && files.has(`${name}.br`)) return { file: `${name}.br`, name, encoding: 'br' }
  if (inZoekindex(`/${name}`) && PAGEFIND_GZIP.test(name)) return { file: name, name, encoding: gzip ? 'gzip' : undefined }
  if (gzip && files.has(`${name}.gz`)) return { file: `${name}.gz`, name, encoding: 'gzip' }
  return { file: name, name }
}

const compressible = (name: string, files: Set<string>) =>
  files.has(`${name}.br`) || files.has(`${name}.gz`) || (inZoekindex(`/${name}`) && PAGEFIND_GZIP.test(name))

function contentType(name: string): string {
  const type = mimeType(name) ?? 'application/octet-stream'
  return type === 'text/html' ? 'text/html; charset=utf-8' : type
}

/**
 * Open the chosen file; null when it is gone (or is no longer a plain file). Nothing has been sent yet. Opened and
 * examined synchronously, as sirv did: on a local disk that is quicker than three round trips through the thread pool.
 */
function open(root: string, file: string): { fd: number; stat: fs.Stats } | null {
  let fd: number
  try {
    fd = fs.openSync(path.join(root, file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW)
  } catch {
    return null
  }
  try {
    const stat = fs.fstatSync(fd)
    if (stat.isFile()) return { fd, stat }
  } catch {
    // fall through
  }
  close(fd)
  return null
}

const close = (fd: number) => fs.close(fd, () => undefined)

/** Send an opened file (it stays readable even if it is removed now). */
function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  opened: { fd: number; stat: fs.Stats },
  choice: Choice,
  vary: boolean,
) {
  const { fd, stat } = opened
  const etag = `W/"${stat.size}-${Math.trunc(stat.mtimeMs)}"`
  res.setHeader('Content-Type', contentType(choice.name))
  res.setHeader('Last-Modified', stat.mtime.toUTCString())
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', 'no-cache')
  if (vary) res.setHeader('Vary', 'Accept-Encoding')
  if (choice.encoding) res.setHeader('Content-Encoding', choice.encoding)
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.removeHeader('Content-Type')
    res.writeHead(304).end()
    return close(fd)
  }
  res.setHeader('Content-Length', stat.size)
  res.writeHead(status)
  if (req.method === 'HEAD' || stat.size === 0) {
    res.end()
    return close(fd)
  }
  // From the open file, exactly its size as it was opened; the stream closes it. A failed read after the headers went
  // out (a disk error) cuts the connection; the server goes on.
  pipeline(fs.createReadStream('', { fd, start: 0, end: stat.size - 1 }), res, () => undefined)
}

function handle(req: http.IncomingMessage, res: http.ServerResponse, live: ReturnType<typeof liveBuilds>) {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Alleen GET en HEAD.')
    return
  }
  const accepts = String(req.headers['accept-encoding'] ?? '')
  const wanted = requestedName(req.url)
  let build = live()
  // Twice: a file that is gone may belong to a build that a switch just replaced; the new live build may have it.
  for (let attempt = 0; attempt < 2 && build && wanted; attempt++) {
    const files = build.files
    const name = candidates(wanted).find((c) => files.has(c))
    if (!name) break
    const choice = choose(name, files, accepts)
    const opened = open(build.root, choice.file)
    if (opened) return send(req, res, 200, opened, choice, compressible(name, files))
    build = live()
  }
  // Not found (or gone): the site's own 404 page, from the same build.
  const page = build?.files.has('404.html') ? open(build.root, '404.html') : null
  if (page) return send(req, res, 404, page, { file: '404.html', name: '404.html' }, false)
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden')
}

/**
 * `bezoeken`: count page views without cookies into day files in this folder (scripts/lib/bezoeken.ts); `npm start`
 * does, the tests and the PDF build do not. `eigenDomeinen`: the site's own host names (a link within the site is not a
 * referral).
 */
export function serveSite(
  dir: string,
  port: number,
  host = '0.0.0.0',
  { bezoeken, eigenDomeinen = [] }: { bezoeken?: string; eigenDomeinen?: string[] } = {},
): Promise<http.Server> {
  const live = liveBuilds(dir)
  const teller = bezoeken ? bezoekteller(bezoeken, { eigenDomeinen }) : null
  const server = http.createServer((req, res) => {
    if (teller) res.once('finish', () => teller.tel(req, res.statusCode))
    try {
      handle(req, res, live)
    } catch {
      // Unexpected: answer 500 if nothing was sent yet, else cut the connection; the server keeps running.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Serverfout')
      else res.destroy()
    }
  })
  if (teller) server.once('close', () => teller.stop())
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
