import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'
import path from 'node:path'
import sharp from 'sharp'
import { anyone, authenticated, staff } from '../../access'
import { maxLength } from '../../fields/common'
import { projectRoot } from '../../paths'

/**
 * The images that may be uploaded, by their MIME type and the format sharp reads from the bytes. No SVG: an SVG
 * can carry script. No GIF: logo's and photos do not need it.
 */
export const AFBEELDING_TYPES = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const

/** The largest upload (any multipart request; set as Payload's `upload.limits.fileSize` in cms/config.ts). */
export const MAX_UPLOAD_MB = 10
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
export const UPLOAD_TE_GROOT = `Bestand: dit bestand is te groot. Een afbeelding mag hooguit ${MAX_UPLOAD_MB} MB zijn. Maak de afbeelding kleiner en probeer het opnieuw.`
const GEEN_AFBEELDING = 'Bestand: dit is geen afbeelding die we kunnen gebruiken. Kies een JPG-, PNG- of WebP-bestand (geen SVG).'

/**
 * What the uploaded bytes are, whatever the file is called: sharp reads the image format from the content. A file
 * that is not a JPEG, PNG or WebP image is refused with a Dutch message (Payload's own check, on the same list,
 * comes after this one and answers in English).
 */
const alleenAfbeeldingen: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const input = file.data?.length ? file.data : file.tempFilePath
  let format: string | undefined
  try {
    format = input ? (await sharp(input).metadata()).format : undefined
  } catch {
    format = undefined
  }
  if (!format || !(Object.values(AFBEELDING_TYPES) as string[]).includes(format)) {
    throw new ValidationError({ errors: [{ path: 'file', label: 'Bestand', message: GEEN_AFBEELDING }], req }, req.t)
  }
  return args
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  typescript: { interface: 'Media' },
  admin: {
    group: 'Inhoud',
    description: `Logo’s en foto’s (JPG, PNG of WebP, hooguit ${MAX_UPLOAD_MB} MB). Beschrijf altijd wat er op de afbeelding staat.`,
  },
  access: { read: anyone, create: authenticated, update: staff, delete: staff },
  hooks: { beforeOperation: [alleenAfbeeldingen] },
  upload: {
    staticDir: path.join(projectRoot(), 'data', 'media'),
    mimeTypes: Object.keys(AFBEELDING_TYPES),
    imageSizes: [{ name: 'kaart', width: 640 }],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Beschrijving van de afbeelding (alt-tekst)',
      required: true,
      admin: { description: 'Voor mensen die de afbeelding niet kunnen zien. Bijvoorbeeld: logo van Buurthuis De Linde.' },
      validate: maxLength('Beschrijving van de afbeelding', 200, true),
    },
  ],
}
