/**
 * Makes site/public/favicon.ico from site/public/favicon.svg (run by hand after changing the SVG:
 * `npx tsx scripts/favicon.ts`). The .ico holds two PNG images, 16 and 32 px: every browser that asks for /favicon.ico
 * reads PNG inside an ICO (Windows Vista and later, all current browsers).
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

const dir = path.resolve(import.meta.dirname, '..', 'site', 'public')

/** An ICO file (ICONDIR, one ICONDIRENTRY per image, then the images) holding PNG images. */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16)
    e.writeUInt8(size >= 256 ? 0 : size, 0) // width (0 = 256)
    e.writeUInt8(size >= 256 ? 0 : size, 1) // height
    e.writeUInt8(0, 2) // no palette
    e.writeUInt8(0, 3) // reserved
    e.writeUInt16LE(1, 4) // colour planes
    e.writeUInt16LE(32, 6) // bits per pixel
    e.writeUInt32LE(png.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += png.length
    return e
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)])
}

async function main() {
  const svg = fs.readFileSync(path.join(dir, 'favicon.svg'))
  const images = await Promise.all(
    [16, 32].map(async (size) => ({
      size,
      png: await sharp(svg, { density: 72 * (size / 32) * 4 })
        .resize(size, size)
        .png({ compressionLevel: 9 })
        .toBuffer(),
    })),
  )
  const ico = icoFromPngs(images)
  fs.writeFileSync(path.join(dir, 'favicon.ico'), ico)
  console.log(`site/public/favicon.ico: ${ico.length} bytes`)
}

await main()
