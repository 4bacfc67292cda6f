import { CAPITAL_INITIAL, has, spanOf, SURNAME_SHAPE, WORD, type Apposition, type Doc, type Entity, type Mention, type Syntax, type TokenRange } from '../../model/index.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { once } from '../../lexicons/load.ts';
import { placesOf, type Place } from './references.ts';

/** At most this many words open the sentence before the apposition as its name slot ("During the Reform"). */
const MAX_SLOT = 8;

/**
 * A source introduced by words in a name slot and quoted afterwards by a bare surname: "During the
 * Reform, a senior analyst at the Institute of Economics, <reported content>. … '…,' Okafor said." A machine
 * translator (or a cut "According to") can leave a garbled name where the introduction stood; journalistic
 * convention introduces a source in full and then uses the surname alone, so a surname never introduced
 * in full, which first appears as a speaker in the next paragraph, is the person the slot introduced.
 *
 * Narrow on purpose: the slot opens its sentence, looks like a name (a capitalised word after its first) but
 * holds no person mention; the apposition is a role ("an expert at …"); reported content follows it; the
 * surname is the first person named after that sentence, stands in a speaker's place within the next
 * paragraph, is one word, has no longer name anywhere in the text and no apposition of its own. The slot
 * becomes a nominal mention of the surname's entity (whose canonical name stays the surname).
 */
export function surnameIntroductions(doc: Doc, syntax: Syntax, quoteLex: QuoteLexicons): Mention[] {
  const out: Mention[] = [];
  // Read at the first slot found: most documents have none.
  const places = once(() => placesOf(syntax, quoteLex));
  const taken = new Set<string>();
  for (const a of syntax.appositions) {
    const slot = sourceSlot(doc, syntax, a, quoteLex);
    if (!slot) continue;
    const entity = surnameAfter(doc, syntax, slot, places());
    if (!entity || taken.has(entity.id)) continue;
    taken.add(entity.id);
    out.push({ id: '', ...spanOf(doc.text, syntax.words[slot.first]!.start, syntax.words[slot.last]!.end), type: 'PERSON', entity: entity.id, source: 'coreference', nominal: true });
  }
  return out;
}

/**
 * The name slot of "<slot>, <a role …>, <reported content>" opening a sentence: the words from the sentence
 * start to the apposition's head, when they look like a name that no person mention covers.
 */
export function sourceSlot(doc: Doc, syntax: Syntax, a: Apposition, quoteLex: QuoteLexicons): TokenRange | null {
  const { words } = syntax;
  if (a.kind !== 'noun') return null;
  const sentence = syntax.sentences[words[a.head.first]!.sentence]!;
  const slot = { first: sentence.first, last: a.head.last };
  if (slot.last - slot.first >= MAX_SLOT || syntax.inDateline(slot.first)) return null;
  for (let i = slot.first; i <= slot.last; i++) if (has(words[i], WORD.COMMA) || has(words[i], WORD.QUOTE_MARK)) return null;
  let capitalised = false;
  for (let i = slot.first + 1; i <= slot.last; i++) capitalised ||= CAPITAL_INITIAL.test(words[i]!.text);
  if (!capitalised || !roleApposition(syntax, a.apposition, quoteLex)) return null;
  const start = words[slot.first]!.start;
  const end = words[slot.last]!.end;
  if (doc.mentions.some((m) => m.type === 'PERSON' && m.start < end && m.end > start)) return null;
  const rest = a.apposition.last + 2;
  if (!has(words[a.apposition.last + 1], WORD.COMMA) || rest > sentence.last) return null;
  return reportsContent(syntax, rest, sentence.last, quoteLex) ? slot : null;
}

/** "an international relations expert at …": a person's role heads the apposition (before its first preposition). */
function roleApposition(syntax: Syntax, range: TokenRange, quoteLex: QuoteLexicons): boolean {
  for (let i = range.first; i <= range.last && syntax.words[i]!.pos !== 'ADP'; i++) {
    if (quoteLex.personRoles.has(syntax.words[i]!.lower)) return true;
  }
  return false;
}

/**
 * Quoted words, or a clause of its own (a finite verb whose subject opens the rest), from `first` to `last`,
 * with no verb of saying: "…, the ministry said …" has a source of its own, and so does "…, Ned Price, said".
 */
function reportsContent(syntax: Syntax, first: number, last: number, quoteLex: QuoteLexicons): boolean {
  let quoted = false;
  for (let i = first; i <= last; i++) {
    const w = syntax.words[i]!;
    if (w.pos === 'VERB' && quoteLex.cueForms.has(w.lower)) return false;
    quoted ||= has(w, WORD.QUOTE_MARK);
  }
  if (quoted) return true;
  return syntax.verbGroups.some((g) => g.first > first && g.first <= last && g.finite && g.subject?.first === first);
}

/**
 * The entity of the first person named after the slot's sentence, when it is a bare surname that stands in
 * a speaker's place within the next paragraph and is never given in full: else null.
 */
function surnameAfter(doc: Doc, syntax: Syntax, slot: TokenRange, places: readonly Place[]): Entity | null {
  const { words } = syntax;
  const sentence = syntax.sentences[words[slot.first]!.sentence]!;
  const after = words[sentence.last]!.end;
  const lastParagraph = doc.sentences[words[sentence.last]!.sentence]!.paragraph + 1;
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const firstStart = new Map<string, number>();
  for (const x of doc.mentions) if (x.entity !== null && x.start < (firstStart.get(x.entity) ?? Infinity)) firstStart.set(x.entity, x.start);
  // Persons named before the slot's sentence ends ("Putin" in the reported content) are not new.
  let m: Mention | undefined;
  for (const x of doc.mentions) {
    if (x.start < after || x.type !== 'PERSON' || x.nominal || x.entity === null || firstStart.get(x.entity)! < after) continue;
    if (!m || x.start < m.start) m = x;
  }
  if (!m || !SURNAME_SHAPE.test(m.text)) return null;
  const at = syntax.tokenAt(m.start);
  if (at < 0 || doc.sentences[words[at]!.sentence]!.paragraph > lastParagraph) return null;
  const entity = entities.get(m.entity!)!;
  if ([entity.name, ...entity.aliases].some((n) => /\s/.test(n.trim()))) return null;
  if (!places.some((p) => p.speaking && p.range.first <= at && p.range.last === at)) return null;
  if (syntax.appositions.some((x) => x.head.last === at)) return null;
  // Introduced in full elsewhere, perhaps typed as something else ("Wang Yi" read as an organisation).
  const word = new RegExp(`(?<!\\p{L})${m.text}(?!\\p{L})`, 'u');
  return doc.mentions.some((x) => /\s/.test(x.text.trim()) && word.test(x.text)) ? null : entity;
}
