import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { emptyDoc, spanOf, type Doc } from '../../../model/index.ts';
import { pronounFlips } from './pronoun-flip.ts';

const lex = loadTranslationLexicons();

/** A document of one paragraph, its sentences cut after ". ", one person (`name`, its every mention by `said`), and the quoted words in `quoted`. */
function docWith(text: string, name: string, said: string, quoted?: string): Doc {
  const doc = emptyDoc(text);
  doc.entities.push({ id: 'e1', name, type: 'PERSON', aliases: [], mentions: [], country: null, countrySource: null, actorCode: null, role: null, affiliation: null });
  for (let at = text.indexOf(said), i = 0; at >= 0; at = text.indexOf(said, at + 1), i += 1) {
    doc.mentions.push({ id: `m${i}`, start: at, end: at + said.length, text: said, type: 'PERSON', entity: 'e1', source: 'tagger', nominal: false });
  }
  let start = 0;
  for (const [i, piece] of text.split(/(?<=\. )/).entries()) {
    doc.sentences.push({ id: `s${i}`, start, end: start + piece.length, text: piece, paragraph: 0 });
    start += piece.length;
  }
  if (quoted) {
    const at = text.indexOf(quoted);
    doc.quotes.push({
      ...spanOf(text, at - 1, at + quoted.length + 1), id: 'q1', type: 'direct', content: [spanOf(text, at, at + quoted.length)], cue: null, layout: 'speaker-then-quote', nestedIn: null, stance: null,
      speaker: { kind: 'person', name, mention: null, entity: 'e1', resolved: true, countries: [], role: null, affiliation: null },
    });
  }
  return doc;
}

test('pronoun-flip: flags a pronoun of the other gender for the one person named, not one that may point to someone else', () => {
  const cases: [string, string, string, string | undefined, string[]][] = [
    ['Maria Zakharova spoke in Moscow. According to him, the plan failed.', 'Maria Zakharova', 'Maria Zakharova', undefined, ['him']],
    ['Maria Zakharova spoke in Moscow. According to her, the plan failed.', 'Maria Zakharova', 'Maria Zakharova', undefined, []],
    // a noun for an unnamed woman stands between: the pronoun may be hers
    ['Mr. Ganji ended the strike. But his wife told VOA she could not confirm it.', 'Ganji', 'Ganji', undefined, []],
    ['Mr. Ganji met the hiker freed by Iran and the mothers of her two friends.', 'Ganji', 'Ganji', undefined, []],
    ['Mr. Ganji met the judges of her two friends.', 'Ganji', 'Ganji', undefined, ['her']],
    // a quoted pronoun is the speaker's, pointing to anyone
    ['Hillary Clinton told ABC, "He is really fired up."', 'Hillary Clinton', 'Hillary Clinton', 'He is really fired up.', []],
    ['Hillary Clinton told ABC that he is really fired up.', 'Hillary Clinton', 'Hillary Clinton', undefined, ['he']],
    // a pronoun of the same gender before it in the two sentences: a chain for someone else
    ['She called the John Chavez government a negative force. She also said it was wrong.', 'John Chavez', 'John Chavez', undefined, []],
    ['John Chavez called it a negative force. She also said it was wrong.', 'John Chavez', 'John Chavez', undefined, ['She']],
    ['Maria Zakharova spoke in Moscow. According to him, the plan failed, and he left.', 'Maria Zakharova', 'Maria Zakharova', undefined, ['him']],
  ];
  for (const [text, name, said, quoted, expected] of cases) {
    const found = pronounFlips.check(docWith(text, name, said, quoted), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('pronoun-flip: a name in a photo credit is no one the story\'s pronouns stand for', () => {
  const text = 'Maria Novoselova/Vestnik Kavkaza\nOn Monday, the Russian Foreign Minister held a telephone conversation with his Armenian counterpart.';
  const doc = docWith(text, 'Maria Novoselova', 'Maria Novoselova');
  const cut = text.indexOf('\n');
  doc.paragraphs.push({ id: 'p1', start: 0, end: cut, text: text.slice(0, cut), line: 1 }, { id: 'p2', start: cut + 1, end: text.length, text: text.slice(cut + 1), line: 2 });
  assert.deepEqual(pronounFlips.check(doc, lex), []);
  // the same name in the story's own sentence is read
  const story = 'Maria Novoselova spoke in Moscow. According to him, the plan failed.';
  const plain = docWith(story, 'Maria Novoselova', 'Maria Novoselova');
  plain.paragraphs.push({ id: 'p1', start: 0, end: story.length, text: story, line: 1 });
  assert.deepEqual(pronounFlips.check(plain, lex).map((f) => story.slice(f.start, f.end)), ['him']);
});

test('pronoun-flip: a speaking pronoun tied to the last person named, however long the quotation before it, and not past another person', () => {
  /**
   * docWith, plus the coreference stage's mention of `pronoun` (its last occurrence) for e1, a quotation's speaker when
   * `speaking`, and a second person's mentions by `other`.
   */
  const speakerDoc = (text: string, pronoun: string, other: string | undefined, speaking: boolean) => {
    const doc = docWith(text, 'Retno Marsudi', 'Retno');
    const at = text.lastIndexOf(` ${pronoun} `) + 1;
    doc.mentions.push({ id: 'c1', start: at, end: at + pronoun.length, text: pronoun, type: 'PERSON', entity: 'e1', source: 'coreference', nominal: true });
    if (speaking) {
      doc.quotes.push({
        ...spanOf(text, 0, 1), id: 'q1', type: 'indirect', content: [spanOf(text, 0, 1)], cue: null, layout: 'quote-then-speaker', nestedIn: null, stance: null,
        speaker: { kind: 'person', name: 'Retno Marsudi', mention: spanOf(text, at, at + pronoun.length), entity: 'e1', resolved: true, countries: [], role: null, affiliation: null },
      });
    }
    if (other) {
      doc.entities.push({ ...doc.entities[0]!, id: 'e2', name: other });
      const o = text.indexOf(other);
      doc.mentions.push({ id: 'o1', start: o, end: o + other.length, text: other, type: 'PERSON', entity: 'e2', source: 'tagger', nominal: false });
    }
    doc.mentions.sort((a, b) => a.start - b.start);
    return doc;
  };
  const cases: [string, string, string | undefined, boolean, string[]][] = [
    ['Retno spoke in Jakarta. We will try. We meet many. It is fine, he concluded.', 'he', undefined, true, ['he']],
    // a pronoun that speaks no quotation is left to the two-sentence reading
    ['Retno spoke in Jakarta. We will try. We meet many. It is fine, he thinks.', 'he', undefined, false, []],
    ['Retno spoke in Jakarta. We will try. We meet many. It is fine, she concluded.', 'she', undefined, true, []],
    // another person named since: the pronoun may be theirs
    ['Retno spoke in Jakarta. We will try. We meet Joko Widodo. It is fine, he concluded.', 'he', 'Joko Widodo', true, []],
    // a noun for an unnamed man, or a pronoun of his, before it
    ['Retno spoke in Jakarta. We will try. Her husband agrees. It is fine, he concluded.', 'he', undefined, true, []],
  ];
  for (const [text, pronoun, other, speaking, expected] of cases) {
    const found = pronounFlips.check(speakerDoc(text, pronoun, other, speaking), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('pronoun-flip: a speaking pronoun is left alone when the sentence naming the person has a pronoun of its gender', () => {
  const text = 'Donovan said that he and Minister Retno discussed ties. In the near future, he plans talks.';
  const doc = docWith(text, 'Retno Marsudi', 'Retno');
  const at = text.lastIndexOf(' he ') + 1;
  doc.mentions.push({ id: 'c1', start: at, end: at + 2, text: 'he', type: 'PERSON', entity: 'e1', source: 'coreference', nominal: true });
  doc.mentions.sort((a, b) => a.start - b.start);
  assert.deepEqual(pronounFlips.check(doc, lex), []);
});

test('pronoun-flip: a speaking pronoun is left alone when someone else is quoted between the name and it', () => {
  const text = 'Retno spoke in Jakarta. A border spokesman said the crew was well. He said they left Monday.';
  const doc = docWith(text, 'Retno Marsudi', 'Retno');
  const at = text.lastIndexOf('He');
  const cue = text.indexOf('said');
  doc.mentions.push({ id: 'c1', start: at, end: at + 2, text: 'He', type: 'PERSON', entity: 'e1', source: 'coreference', nominal: true });
  const quote = (id: string, cueAt: number, speaker: { entity: string | null; mention: ReturnType<typeof spanOf> | null }) => ({
    ...spanOf(text, cueAt, cueAt + 4), id, type: 'indirect' as const, content: [spanOf(text, cueAt + 5, cueAt + 10)], cue: { ...spanOf(text, cueAt, cueAt + 4), lemma: 'say' }, layout: 'said-that', nestedIn: null, stance: null,
    speaker: { kind: 'person' as const, name: null, mention: speaker.mention, entity: speaker.entity, resolved: false, countries: [], role: null, affiliation: null },
  });
  doc.quotes.push(quote('q1', cue, { entity: null, mention: spanOf(text, cue - 18, cue - 1) }), quote('q2', at + 3, { entity: 'e1', mention: spanOf(text, at, at + 2) }));
  doc.mentions.sort((a, b) => a.start - b.start);
  assert.deepEqual(pronounFlips.check(doc, lex), []);
  // without the other speaker's quotation the pronoun is read as Retno's
  doc.quotes.shift();
  assert.deepEqual(pronounFlips.check(doc, lex).map((f) => text.slice(f.start, f.end)), ['He']);
});

test('pronoun-flip: a pronoun owning a noun for someone of the person\'s gender, or a person named only inside quoted words, is no flip', () => {
  const cases: [string, string, string, string | undefined, string[]][] = [
    // the named man may be her father: the pronoun is his daughter's
    ['Parliament stripped Mr. Akayev of immunity. Her father fled after protests.', 'Akayev', 'Akayev', undefined, []],
    ['Parliament stripped Mr. Akayev of immunity. Her lawyers fled after protests.', 'Akayev', 'Akayev', undefined, ['Her']],
    ['Maria Zakharova spoke in Moscow. His mother said the plan failed.', 'Maria Zakharova', 'Maria Zakharova', undefined, []],
    ['Maria Zakharova spoke in Moscow. His office said the plan failed.', 'Maria Zakharova', 'Maria Zakharova', undefined, ['His']],
    // the only name stands inside the quotation: the pronoun outside is the speaker's
    ['"Sarah, I told you so," he responded to his wife.', 'Sarah', 'Sarah', 'Sarah, I told you so,', []],
    ['Sarah told him so. Then he responded to his wife.', 'Sarah', 'Sarah', undefined, ['him']],
  ];
  for (const [text, name, said, quoted, expected] of cases) {
    assert.deepEqual(pronounFlips.check(docWith(text, name, said, quoted), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
  // reported speech is narration: a name there is one the pronoun may stand for
  const text = 'Mrs. Sheehan demanded to meet Sarah Bush on Monday. During his address, the president spoke.';
  const reported = docWith(text, 'Sarah Bush', 'Sarah Bush', 'to meet Sarah Bush on Monday');
  reported.quotes[0]!.type = 'indirect';
  assert.deepEqual(pronounFlips.check(reported, lex).map((f) => text.slice(f.start, f.end)), ['his']);
});
