/**
 * E-mail through Nodemailer: over SMTP when SMTP_HOST is set; otherwise every message is written as an .eml file
 * to the outbox folder (OUTBOX_DIR, default data/outbox), where it can be read and tested. The folder (when made here)
 * and the files are owner-only.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { slugify } from '../content-schema'
import { dataDir, privateDir } from './paths'

/** Text for inside an HTML e-mail (element content and attribute values). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export interface EmailSettings {
  fromAddress: string
  fromName: string
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string } | null
  outboxDir: string
}

export function emailSettingsFromEnv(env: Record<string, string | undefined> = process.env): EmailSettings {
  const port = Number(env.SMTP_PORT || 587)
  return {
    fromAddress: env.EMAIL_FROM || 'sociale-kaart@demo.local',
    fromName: env.EMAIL_FROM_NAME || 'Sociale Kaart Twenterand',
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port,
          secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
          user: env.SMTP_USER,
          pass: env.SMTP_PASS,
        }
      : null,
    outboxDir: env.OUTBOX_DIR || path.join(dataDir(), 'outbox'),
  }
}

export function emailAdapter(settings: EmailSettings): EmailAdapter {
  const transport = settings.smtp
    ? nodemailer.createTransport({
        host: settings.smtp.host,
        port: settings.smtp.port,
        secure: settings.smtp.secure,
        auth: settings.smtp.user ? { user: settings.smtp.user, pass: settings.smtp.pass } : undefined,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return () => ({
    name: settings.smtp ? 'smtp' : 'outbox',
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    sendEmail: async (message) => {
      const info = await transport.sendMail({ from: { name: settings.fromName, address: settings.fromAddress }, ...message } as any)
      if (settings.smtp) return info
      privateDir(settings.outboxDir)
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${slugify(String(message.subject ?? 'bericht')).slice(0, 40)}-${crypto.randomBytes(3).toString('hex')}.eml`
      const file = path.join(settings.outboxDir, name)
      // Owner-only from the first byte: a message can hold a password-reset link.
      fs.writeFileSync(file, (info as unknown as { message: Buffer }).message, { mode: 0o600, flag: 'wx' })
      return { file }
    },
  })
}

/** A plain e-mail from lines of text (an empty line between paragraphs): its text and its HTML, each line escaped. */
export function regelsBericht(onderwerp: string, regels: readonly string[]) {
  return {
    onderwerp,
    tekst: regels.join('\n'),
    html: regels
      .filter(Boolean)
      .map((r) => `<p>${escapeHtml(r)}</p>`)
      .join('\n'),
  }
}
