/**
 * Builds test/fixtures/quotes-dev.jsonl from the hand annotations in test/fixtures/quotes-dev.ann and the
 * GMB dev documents (Voice of America, public domain), detokenised one sentence per paragraph.
 * Usage: node --import tsx src/eval/build-quotes-dev.ts
 *
 * Annotation lines: `LINE | TYPE | CONTENT | SPEAKER | CUE | LAYOUT`, under a `### gmb-id` header.
 * - LINE is the paragraph (1-based); CONTENT, SPEAKER and CUE are searched in that paragraph.
 * - TYPE is d, i or m (direct, indirect, mixed).
 * - CONTENT is a literal string or `FIRST … LAST` (from FIRST up to the end of the next LAST); several
 *   spans of one interrupted quote are joined by ` ++ `.
 * - SPEAKER and CUE are literal strings or `-` for none; `^X` finds X in the paragraphs before (last one);
 *   a trailing `@N` takes the N-th occurrence; a cue is searched outside the content.
 * - speech_cue is false when there is no cue or the cue is a verb of cognition (believe, think, …).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detokenizeSentences } from '../util/detokenize.ts';
import { REPO_ROOT, sharedDataFile } from '../util/shared-data.ts';

const COGNITION = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'expect', 'expects', 'expected', 'feel', 'feels', 'felt']);
const TYPES: Record<string, string> = { d: 'direct', i: 'indirect', m: 'mixed' };

interface Paragraph {
  start: number;
  text: string;
}

function find(paragraph: Paragraph, needle: string, from = 0, skip: [number, number][] = []): [number, number] {
  const at = /@(\d+)$/.exec(needle);
  const n = at ? Number(at[1]) : 1;
  const word = at ? needle.slice(0, at.index) : needle;
  let i = from - 1;
  let seen = 0;
  const wordChar = /[\p{L}\p{N}]/u;
  for (;;) {
    i = paragraph.text.indexOf(word, i + 1);
    if (i < 0) throw new Error(`"${word}" not found in: ${paragraph.text}`);
    if (skip.some(([s, e]) => paragraph.start + i >= s && paragraph.start + i < e)) continue;
    // Whole words only: "he" is not the end of "the".
    const before = paragraph.text[i - 1];
    const after = paragraph.text[i + word.length];
    if ((wordChar.test(word[0]!) && before && wordChar.test(before)) || (wordChar.test(word.at(-1)!) && after && wordChar.test(after))) continue;
    if (++seen === n) return [paragraph.start + i, paragraph.start + i + word.length];
  }
}

function build(): void {
  const source = sharedDataFile('gmb/dev.jsonl');
  if (!source) throw new Error('needs ../shared/data/gmb/dev.jsonl');
  const docs = new Map<string, { sentences: { tokens: string[] }[] }>();
  for (const line of readFileSync(source, 'utf8').trim().split('\n')) {
    const d = JSON.parse(line);
    docs.set(d.id, d);
  }
  const annotations = readFileSync(path.join(REPO_ROOT, 'test/fixtures/quotes-dev.ann'), 'utf8').split('\n');
  const out: string[] = [];
  let current: { id: string; text: string; paragraphs: Paragraph[]; quotes: unknown[] } | null = null;
  const flush = () => {
    if (current) out.push(JSON.stringify({ id: current.id, text: current.text, quotes: current.quotes }));
  };
  for (const [n, raw] of annotations.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#!')) continue;
    if (line.startsWith('### ')) {
      flush();
      const id = line.slice(4).trim();
      const doc = docs.get(id);
      if (!doc) throw new Error(`unknown document ${id}`);
      const { text } = detokenizeSentences(doc.sentences.map((s) => s.tokens), { separator: '\n', keepOpenQuotesTogether: true });
      let offset = 0;
      const paragraphs = text.split('\n').map((p) => {
        const r = { start: offset, text: p };
        offset += p.length + 1;
        return r;
      });
      current = { id, text, paragraphs, quotes: [] };
      continue;
    }
    if (!current) throw new Error(`line ${n + 1}: annotation before a ### header`);
    try {
      const [lineNo, type, content, speaker, cue, layout] = line.split(' | ').map((s) => s.trim());
      const paragraph = current.paragraphs[Number(lineNo) - 1];
      if (!paragraph || !TYPES[type!] || !content || !speaker || !cue || !layout) throw new Error('malformed');
      const spans = content.split(' ++ ').map((part) => {
        const [first, last] = part.split(' … ');
        const a = find(paragraph, first!);
        return last === undefined ? a : ([a[0], find(paragraph, last, a[1] - paragraph.start)[1]] as [number, number]);
      });
      const contentSpan: [number, number] = [spans[0]![0], spans[spans.length - 1]![1]];
      let speakerSpan: [number, number] | null = null;
      if (speaker.startsWith('^')) {
        for (let k = Number(lineNo) - 2; k >= 0 && !speakerSpan; k--) {
          try {
            speakerSpan = find(current.paragraphs[k]!, speaker.slice(1));
          } catch {
            // not in this paragraph: look further back
          }
        }
        if (!speakerSpan) throw new Error(`speaker ${speaker} not found before`);
      } else if (speaker !== '-') {
        speakerSpan = find(paragraph, speaker, 0, spans);
      }
      const cueSpan = cue === '-' ? null : find(paragraph, cue, 0, spans);
      const cueText = cueSpan ? current.text.slice(...cueSpan) : null;
      current.quotes.push({
        type: TYPES[type!],
        content: contentSpan,
        content_spans: spans,
        speaker: speakerSpan,
        speaker_text: speakerSpan ? current.text.slice(...speakerSpan) : null,
        cue: cueSpan,
        cue_text: cueText,
        speech_cue: cueText !== null && !COGNITION.has(cueText.toLowerCase()),
        layout,
        content_text: current.text.slice(...contentSpan),
      });
    } catch (error) {
      throw new Error(`quotes-dev.ann line ${n + 1}: ${(error as Error).message}`);
    }
  }
  flush();
  writeFileSync(path.join(REPO_ROOT, 'test/fixtures/quotes-dev.jsonl'), out.join('\n') + '\n');
  const count = out.reduce((sum, l) => sum + JSON.parse(l).quotes.length, 0);
  console.log(`${out.length} documents, ${count} attributions`);
}

build();
