/**
 * A small .eml reader for the tests (no mail parser is installed): headers (unfolded, RFC 2047 words decoded), and the
 * text and html parts of a (possibly multipart) message, with quoted-printable and base64 bodies decoded as UTF-8.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface Eml {
  headers: Map<string, string>
  text: string
  html: string
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3)
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body)
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    default:
      return body
  }
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ')
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()))
  }
  return headers
}

export function parseEml(raw: string): Eml {
  const split = raw.search(/\r?\n\r?\n/)
  const headerBlock = split < 0 ? raw : raw.slice(0, split)
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const headers = parseHeaders(headerBlock)
  const result: Eml = { headers, text: '', html: '' }
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1)
    for (const part of parts) {
      if (part.startsWith('--')) break
      const inner = parseEml(part.replace(/^\r?\n/, ''))
      result.text ||= inner.text
      result.html ||= inner.html
    }
  } else if (/^text\/html/i.test(type)) {
    result.html = decodeBody(body, headers.get('content-transfer-encoding'))
  } else if (/^text\/plain/i.test(type)) {
    result.text = decodeBody(body, headers.get('content-transfer-encoding'))
  }
  return result
}

/** Every message in an outbox folder (cms/email.ts writes one .eml file each), oldest first, read and parsed. */
export function outboxIn(dir: string): (Eml & { file: string; raw: string })[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8')
      return { file: f, raw, ...parseEml(raw) }
    })
}
