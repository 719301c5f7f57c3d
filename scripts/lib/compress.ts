/**
 * Compressed copies of the built site's scripts, styles and data files (file.js.br and file.js.gz next to file.js),
 * which the site server (serve-site.ts) sends to browsers that accept them; any web server can do the same (nginx
 * gzip_static / brotli_static). The figures behind the choices below: docs/benchmark.md, Compressie.
 *
 * Pagefind's own files are gzip already. Those that every search loads whole (each part's page list and the
 * WebAssembly) also get a brotli copy of what their gzip holds: a fifth smaller. Pagefind reads it as it is, as it
 * does any unpacked file (it unpacks only what starts as gzip). Not its index chunks: brotli gains little on them
 * except at its best quality, which is too slow for a build.
 *
 * Not compressed: HTML pages (tens of thousands, small, and compressed by a web server on the fly if it wants),
 * files that are compressed already (PDF, images, Pagefind's other files) and files under 1 KB.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import pLimit from 'p-limit'
import { inZoekindex } from '../../site/lib/zoeken/zoekindex'

export const COMPRESSED_TYPES = new Set(['.js', '.mjs', '.css', '.json', '.xml', '.csv', '.ics', '.svg', '.txt', '.webmanifest'])
const MIN_SIZE = 1024
/**
 * Scripts and styles, which every visitor of a page loads, get the best compression (slow, but they are small). Data
 * files (the quick finder's word list, the agenda feeds, the open data: large for a region) get a fast level, so
 * compressing adds seconds, not minutes, to a build.
 */
const BEST_FOR = new Set(['.js', '.mjs', '.css'])

/** Pagefind's gzip files: its page lists, index chunks, filters, fragments and WebAssembly. */
export const PAGEFIND_GZIP = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/
/** Of those, the ones every search loads whole: they get a brotli copy too. */
const PAGEFIND_BROTLI = /\.(pf_meta|pagefind)$/

/** A script, style or data file; or one of Pagefind's files that get a brotli copy (in a part of the search index). */
const toCompress = (dir: string, file: string) =>
  COMPRESSED_TYPES.has(path.extname(file)) ||
  (PAGEFIND_BROTLI.test(file) && inZoekindex(`/${path.relative(dir, file).split(path.sep).join('/')}`))

export function filesToCompress(dir: string, which: (file: string) => boolean = () => true): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => toCompress(dir, f) && which(f) && fs.statSync(f).size >= MIN_SIZE)
}

/**
 * One compressed copy, streamed (the open data of a region is 94 MB: never whole in memory), written under a
 * temporary name and renamed, so a server that looks for file.br finds all of it or none. Kept only when smaller.
 */
async function writeCompressed(file: string, size: number, ext: '.br' | '.gz', best: boolean, gzipped = false) {
  const tmp = `${file}${ext}.tmp`
  const compressor =
    ext === '.br'
      ? zlib.createBrotliCompress({
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: best ? zlib.constants.BROTLI_MAX_QUALITY : 5,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
          },
        })
      : zlib.createGzip({ level: best ? 9 : 6 })
  if (gzipped) await pipeline(fs.createReadStream(file), zlib.createGunzip(), compressor, fs.createWriteStream(tmp))
  else await pipeline(fs.createReadStream(file), compressor, fs.createWriteStream(tmp))
  if (fs.statSync(tmp).size < size) await fs.promises.rename(tmp, `${file}${ext}`)
  else await fs.promises.rm(tmp)
}

async function compressFile(file: string) {
  const size = fs.statSync(file).size
  // Pagefind's: a brotli copy of the gzip's content, at the best quality (a few files, 0.3 MB at the size of a region).
  if (PAGEFIND_BROTLI.test(file)) return writeCompressed(file, size, '.br', true, true)
  const best = BEST_FOR.has(path.extname(file))
  await Promise.all([writeCompressed(file, size, '.br', best), writeCompressed(file, size, '.gz', best)])
}

/** Writes the compressed copies of the files `which` selects; zlib works in its own threads, a few files at a time. */
export async function compressForServing(dir: string, which?: (file: string) => boolean, parallel = 4) {
  const files = filesToCompress(dir, which)
  const limit = pLimit(parallel)
  await Promise.all(files.map((file) => limit(() => compressFile(file))))
  return files.length
}
