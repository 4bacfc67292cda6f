import { has, WORD, type Apposition, type Attachment, type NounChunk, type TokenRange, type VerbGroup, type Word } from '../../model/index.ts';

const APPOSITION_PREPOSITIONS = new Set(['from', 'of', 'at', 'with']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Base noun chunks: runs of words that can stand in a noun phrase (determiners, adjectives, numbers, nouns,
 * names, possessive 's), without prepositions, cut before a determiner that follows a head ("the talks the
 * minister …") and around personal pronouns. The head is the chunk's last noun, name, pronoun or number.
 * Punctuation never opens or closes a chunk; a run without a head is no chunk.
 */
export function chunksOf(words: readonly Word[], sentences: readonly TokenRange[]): NounChunk[] {
  const out: NounChunk[] = [];
  const close = (first: number, last: number) => {
    while (first <= last && words[first]!.pos === 'PUNCT') first++;
    while (last >= first && words[last]!.pos === 'PUNCT') last--;
    let head = -1;
    for (let k = last; k >= first && head < 0; k--) if (has(words[k], WORD.HEAD)) head = k;
    if (head >= 0) out.push({ first, last, head });
  };
  for (const s of sentences) {
    let start = -1;
    for (let i = s.first; i <= s.last + 1; i++) {
      const t = i <= s.last ? words[i]! : undefined;
      const inside = t !== undefined && has(t, WORD.NOMINAL) && !has(t, WORD.PERSONAL);
      const newPhrase = inside && start >= 0 && t.pos === 'DET' && has(words[i - 1], WORD.HEAD);
      if (start >= 0 && (!inside || newPhrase)) {
        close(start, i - 1);
        start = -1;
      }
      if (inside && start < 0) start = i;
      if (t !== undefined && has(t, WORD.PERSONAL) && has(t, WORD.NOMINAL)) close(i, i);
    }
  }
  return out;
}

/** Each preposition followed by a chunk: the chunk it introduces and the chunk or verb group right before it. */
export function attachmentsOf(words: readonly Word[], chunks: readonly NounChunk[], chunkIndex: Int32Array, groups: readonly VerbGroup[], groupIndex: Int32Array): Attachment[] {
  const out: Attachment[] = [];
  for (let p = 0; p < words.length; p++) {
    const t = words[p]!;
    if (t.pos !== 'ADP') continue;
    const object = chunkIndex[p + 1] ?? -1;
    if (object < 0 || chunks[object]!.first !== p + 1 || words[p + 1]!.sentence !== t.sentence) continue;
    const beforeChunk = p > 0 && words[p - 1]!.sentence === t.sentence ? chunkIndex[p - 1]! : -1;
    const beforeGroup = p > 0 && words[p - 1]!.sentence === t.sentence ? groupIndex[p - 1]! : -1;
    const host = beforeChunk >= 0 && chunks[beforeChunk]!.last === p - 1
      ? ({ kind: 'chunk', index: beforeChunk } as const)
      : beforeGroup >= 0 && groups[beforeGroup]!.last === p - 1 ? ({ kind: 'verb', index: beforeGroup } as const) : null;
    out.push({ prep: p, object, host });
  }
  return out;
}

/**
 * "Seo Min-jung", "Lee Do-hoon": the tagger reads the lower-case half of a hyphened given name as a noun (and "Do"
 * as a verb); a word written close after a hyphen that is written close after a capitalised word is still the name's.
 */
function hyphenedName(words: readonly Word[], head: number): boolean {
  const hyphen = words[head - 1];
  const before = words[head - 2];
  return hyphen?.text === '-' && has(before, WORD.CAPITAL) && before!.end === hyphen.start && hyphen.end === words[head]!.start;
}

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const CAPITAL = /\p{Lu}/u;

/** "the Republic of Korea (ROK)": the last word of the abbreviation in brackets right after word `last`, else `last`. */
function abbreviationAfter(words: readonly Word[], last: number): number {
  const open = words[last + 1];
  const close = words[last + 3];
  const abbreviation = words[last + 2];
  if (open?.text !== '(' || close?.text !== ')' || !abbreviation || abbreviation.sentence !== words[last]!.sentence) return last;
  return abbreviation.text === abbreviation.text.toUpperCase() && CAPITAL.test(abbreviation.text) ? last + 3 : last;
}

/**
 * Appositions: a noun chunk, a comma, then a noun phrase ("Li Lifan, an expert at …,", "the negotiator,
 * Fuad Masoum,", "Jane Doe, Canada's minister of foreign affairs,") or a prepositional phrase ("Li Lifan,
 * from the Upper Institute of Social Sciences,") with its prepositional tail, closed by a comma or the
 * sentence end. A list of names ("China, Russia, Iran") is none: the two phrases must differ in kind
 * (a name and a description) unless the second opens with an article or a possessive.
 */
export function appositionsOf(words: readonly Word[], chunks: readonly NounChunk[], chunkIndex: Int32Array): Apposition[] {
  const out: Apposition[] = [];
  const sentenceOf = (i: number) => words[i]?.sentence ?? -1;
  const tail = (last: number): number => {
    // "… of Foreign Affairs", "… at the People's University in Beijing", "… of agriculture and food security"
    for (let prepositional = false; ; prepositional = true) {
      const p = abbreviationAfter(words, last) + 1;
      const c = chunkIndex[p + 1] ?? -1;
      const joins = words[p]?.pos === 'ADP' || (prepositional && words[p]?.lower === 'and');
      if (!joins || c < 0 || chunks[c]!.first !== p + 1 || sentenceOf(p + 1) !== sentenceOf(last)) return last;
      last = chunks[c]!.last;
    }
  };
  const name = (c: NounChunk) => words[c.head]!.pos === 'PROPN' || hyphenedName(words, c.head);
  const closed = (last: number, s: number) => {
    const next = words[abbreviationAfter(words, last) + 1];
    return next === undefined || next.sentence !== s || has(next, WORD.COMMA) || has(next, WORD.FINAL);
  };
  for (const a of chunks) {
    const comma = a.last + 1;
    const s = sentenceOf(a.first);
    if (!has(words[comma], WORD.COMMA) || sentenceOf(comma) !== s) continue;
    const next = words[comma + 1];
    if (!next || next.sentence !== s) continue;
    const b = chunkIndex[comma + 1] ?? -1;
    if (b >= 0 && chunks[b]!.first === comma + 1) {
      const chunk = chunks[b]!;
      const described = ARTICLES.has(next.lower) || words.slice(chunk.first, chunk.last + 1).some((t) => t.lower === "'s" || t.lower === '’s');
      if (!described && name(a) === name(chunk)) continue;
      const last = tail(chunk.last);
      if (closed(last, s)) out.push({ head: { first: a.first, last: a.last }, apposition: { first: comma + 1, last }, kind: 'noun' });
    } else if (next.pos === 'ADP' && APPOSITION_PREPOSITIONS.has(next.lower)) {
      const last = tail(comma);
      if (last > comma && closed(last, s)) out.push({ head: { first: a.first, last: a.last }, apposition: { first: comma + 1, last }, kind: 'prepositional' });
    }
  }
  return out;
}
