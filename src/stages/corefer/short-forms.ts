import { CAPITAL_INITIAL, has, spanOf, WORD, type Doc, type Mention, type Syntax, type Word } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';

/**
 * "South Korean President Moon Jae-in … after Moon met Kim Yong-chol": a person named in full keeps his identity
 * where the text later writes only a word of the name that may stand for it (shortFormOf) and the tagger read no name there. The word
 * must name one person of the text (two persons called Kim leave "Kim" to no one), no other entity nor a place,
 * stand after the full name, mid-sentence, and alone: a capitalised word beside it makes it part of another name.
 * Returns the new mentions (source `coreference`) of those persons.
 */
export function missedShortForms(doc: Doc, syntax: Syntax, lexicons: EntityLexicons): Mention[] {
  const forms = shortForms(doc, lexicons);
  if (forms.size === 0) return [];
  const covered = new Uint8Array(doc.text.length + 1);
  for (const m of doc.mentions) covered.fill(1, m.start, m.end);
  const out: Mention[] = [];
  const { words } = syntax;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const form = forms.get(w.text);
    // Mid-sentence, where a capital marks a name (taggers call "Moon" a noun); a sentence's first word may be any word.
    if (!form || form.entity === null || covered[w.start] || w.start < form.after || syntax.sentences[w.sentence]!.first === w.index) continue;
    if (capitalisedNeighbour(syntax, words[i - 1], w) || capitalisedNeighbour(syntax, words[i + 1], w)) continue;
    out.push({ id: '', ...spanOf(doc.text, w.start, w.end), type: 'PERSON', entity: form.entity, source: 'coreference', nominal: false });
  }
  return out;
}

/** A capitalised word of the same sentence right beside `w` (a sentence's first word aside): `w` is part of a longer name. */
function capitalisedNeighbour(syntax: Syntax, n: Word | undefined, w: Word): boolean {
  if (!n || n.sentence !== w.sentence || !has(n, WORD.CAPITAL)) return false;
  return syntax.sentences[n.sentence]!.first !== n.index;
}

/** Shortest inner word that may stand for a name: "Faki", not the particles "bin", "abu", "van" nor "W.". */
const MIN_INNER = 4;

/**
 * How a lone word may stand for a person's multi-word name (`parts`, its words): as its first ("Li" of "Li
 * Lifan") or last word ("Putin"), or, in a name of three words or more, as an inner word of MIN_INNER letters
 * or more ("Faki" of "Moussa Faki Mahamat", "Torrijos" of "Martin Torrijos Espino": Arabic and Spanish names are
 * cut to their middle word). Null when it is no word of the name, or the name has one word.
 */
export function shortFormOf(parts: readonly string[], word: string): 'edge' | 'inner' | null {
  if (parts.length < 2) return null;
  if (parts[0] === word || parts[parts.length - 1] === word) return 'edge';
  const at = parts.indexOf(word, 1);
  return word.length >= MIN_INNER && at > 0 && at < parts.length - 1 ? 'inner' : null;
}

/**
 * The words of the multi-word names of the text's persons that may stand alone for them (shortFormOf), each with
 * the one person it names (null when several persons, or any other entity or a place, answer to it) and where the
 * full name is first written.
 */
function shortForms(doc: Doc, lexicons: EntityLexicons): Map<string, { entity: string | null; after: number }> {
  const forms = new Map<string, { entity: string | null; after: number }>();
  const mentionsById = new Map(doc.mentions.map((m) => [m.id, m]));
  const taken = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') {
      for (const name of [e.name, ...e.aliases]) taken.add(name);
      continue;
    }
    const parts = e.name.split(' ');
    if (parts.length < 2) continue;
    const full = e.mentions.map((id) => mentionsById.get(id)!).find((m) => m.text === e.name);
    if (!full) continue;
    for (const part of new Set(parts)) {
      if (!CAPITAL_INITIAL.test(part) || part.length < 3 || !shortFormOf(parts, part)) continue;
      const seen = forms.get(part);
      forms.set(part, seen && seen.entity !== e.id ? { entity: null, after: 0 } : { entity: e.id, after: full.end });
    }
  }
  for (const [part, form] of forms) if (taken.has(part) || lexicons.places.has(part.toUpperCase())) form.entity = null;
  return forms;
}

/**
 * Whether a name of two words or more is the leading words of a person's longer name (`parts`): the given names
 * Malay and Arab names are shortened to ("Ismail Sabri" of "Ismail Sabri Yaakob", "Mohammed bin Zayed" of
 * "Mohammed bin Zayed Al Nahyan"), where a Western name keeps its surname. Words compare as given (lower case).
 */
export function givenNamesOf(parts: readonly string[], words: readonly string[]): boolean {
  return words.length >= 2 && words.length < parts.length && words.every((w, k) => parts[k] === w);
}
