/**
 * Rich text from the CMS as safe HTML: Payload's Lexical-to-HTML converter, then sanitize-html with a short
 * allow-list (no scripts, no event handlers, no javascript: links), so an editor's text can never run code.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

export function richTextToHtml(data: unknown): string {
  if (!data || typeof data !== 'object') return ''
  const html = convertLexicalToHTML({ data: data as any, disableContainer: true })
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'blockquote', 'hr'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    transformTags: {
      // Headings in rich text sit below the page's h1 and its sections.
      h1: 'h2',
    },
  })
}
