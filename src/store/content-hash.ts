import { createHash } from 'node:crypto';

/** The article id: sha256 of the text with line ends normalised and outer whitespace trimmed. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}
