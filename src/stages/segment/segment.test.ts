import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { MAX_RUN, MAX_SENTENCE_TOKENS, segment } from './segment.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { ForgetfulWink } from './wink.ts';

const pipeline = buildPipeline([segment]);

test('splitParagraphs: one paragraph per non-blank line, whitespace trimmed, lines counted', () => {
  const cases: [string, [string, number][]][] = [
    ['One.\nTwo.', [['One.', 1], ['Two.', 2]]],
    ['One.\r\n\r\n  Two.\t\r\n', [['One.', 1], ['Two.', 3]]],
    ['One.\rTwo.', [['One.', 1], ['Two.', 2]]],
    ['\n\n \t\n', []],
    ['', []],
    ['  lone  ', [['lone', 1]]],
  ];
  for (const [text, expected] of cases) {
    const got = splitParagraphs(text).map((p) => [text.slice(p.start, p.end), p.line]);
    assert.deepEqual(got, expected, JSON.stringify(text));
  }
});

test('segment keeps a line without final punctuation as its own paragraph and sentence', () => {
  const doc = pipeline.analyze({ text: 'The talks ended, though\nOfficials left.' });
  assert.deepEqual(doc.sentences.map((s) => s.text), ['The talks ended, though', 'Officials left.']);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1]);
});

test('segment gives tokens with POS and lemma', () => {
  const doc = pipeline.analyze({ text: 'Putin said it was possible.' });
  const said = doc.tokens.find((t) => t.text === 'said');
  assert.equal(said?.pos, 'VERB');
  assert.equal(said?.lemma, 'say');
  assert.equal(doc.tokens.find((t) => t.text === 'Putin')?.pos, 'PROPN');
});

const pieces = fc.constantFrom(
  'Putin', 'said', 'the', 'U.S.', 'Dr.', '"', '“', '”', '‘', '’', "'", 'it', 'was', '.', ',', '?', '!', ':',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '😀', '𝒳', '👩‍👩‍👧', 'é', 'naïve', '—', '-', '(', ')', '2020', '10,000', 'ok',
);

test('every span is exact: text.slice(start, end) equals its text, for random messy input', () => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const doc = pipeline.analyze({ text });
      for (const span of [...doc.paragraphs, ...doc.sentences, ...doc.tokens]) {
        assert.equal(text.slice(span.start, span.end), span.text);
        assert.ok(span.start < span.end, 'spans are not empty');
      }
      for (const t of doc.tokens) {
        const s = doc.sentences[t.sentence]!;
        assert.ok(t.start >= s.start && t.end <= s.end, 'a token lies inside its sentence');
      }
      for (const s of doc.sentences) {
        const p = doc.paragraphs[s.paragraph]!;
        assert.ok(s.start >= p.start && s.end <= p.end, 'a sentence lies inside its paragraph');
        assert.ok(!/[\r\n]/.test(s.text), 'no sentence crosses a line break');
      }
      for (let i = 1; i < doc.tokens.length; i++) assert.ok(doc.tokens[i]!.start >= doc.tokens[i - 1]!.end, 'tokens in order');
    }),
    { numRuns: 300, seed: 42 },
  );
});

test('non-blank text loses no word: every letter or digit lies in some token', () => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const doc = pipeline.analyze({ text });
      const covered = new Uint8Array(text.length);
      for (const t of doc.tokens) covered.fill(1, t.start, t.end);
      for (let i = 0; i < text.length; i++) {
        if (/[\p{L}\p{N}]/u.test(text[i]!)) assert.equal(covered[i], 1, `character ${i} of ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('a document is tokenised the same whatever was read before it', async (t) => {
  // Each pair: an earlier text that teaches wink a word, and a later text where that word must still split.
  const cases: [string, string][] = [
    ['Taiwan wants to balance its strength with China\'s.', 'China\'s navy held drills on Monday.'],
    ['Agents of the F.B.I.', 'The F.B.I. said it was investigating.'],
    ['Prices rose 12,5%.', 'Prices rose 12,5% in May.'],
  ];
  for (const [earlier, later] of cases) {
    await t.test(later, () => {
      const fresh = buildPipeline([segment]).analyze({ text: later }).tokens;
      const reader = buildPipeline([segment]);
      reader.analyze({ text: earlier });
      assert.deepEqual(reader.analyze({ text: later }).tokens, fresh);
    });
  }
});

test('a wink instance replaced to bound memory reads documents as before', () => {
  const texts = ['Taiwan wants to balance its strength with China\'s.', 'Zorblat and Quenti met Xylo.', 'China\'s navy held drills.'];
  const small = new ForgetfulWink(2);
  const big = new ForgetfulWink();
  const words = (nlp: ForgetfulWink, text: string) => nlp.read((readText) => readText(text).values);
  for (const text of [...texts, ...texts]) assert.deepEqual(words(small, text), words(big, text), text);
});

test('an instance renewed after every document, dozens of times, tags and lemmatises as a fresh one', () => {
  const texts = ['Zorblat and Quenti met Xylo on Tuesday.', 'The Blorvian ministers were meeting in Quux-ville.'];
  const renewed = new ForgetfulWink(0);
  const fresh = new ForgetfulWink();
  const read = (nlp: ForgetfulWink, text: string) => nlp.read((readText) => readText(text));
  for (let k = 0; k < 40; k++) assert.deepEqual(read(renewed, texts[k % 2]!), read(fresh, texts[k % 2]!), `read ${k}`);
});

test('words an earlier document taught are given back as a fresh instance reads them: tokens, POS and lemmas', () => {
  // Unknown words in several cases, as whole tokens and as pieces ("Zorblat's", "ZORBLAT."), their lower case
  // met alone before or after them, and numbers; each text read after every other as by a fresh instance.
  const texts = [
    "Zorblat's envoys met Quenti officials.",
    'ZORBLAT. zorblat quenti Quenti QUENTI.',
    'The zorblat talks resumed, Quenti said on 12.3.2021 at 9:45.',
    "Quenti's Zorblat-led bloc Zorblats were meeting; they met 12,500 Quentis.",
    'Ministers were meeting and met; the meetings went on.',
    "Beijing wants to balance its strength with Zorblat's.",
    "Zorblat's navy held drills.",
  ];
  const used = new ForgetfulWink();
  const read = (nlp: ForgetfulWink, text: string) => nlp.read((readText) => readText(text));
  for (const first of texts) {
    for (const text of texts) {
      read(used, first);
      assert.deepEqual(read(used, text), read(new ForgetfulWink(), text), `${text} after ${first}`);
    }
  }
});

test('a sentence longer than the bound is read in pieces, cut after a comma near the bound, with a message', () => {
  const words = Array.from({ length: 2 * MAX_SENTENCE_TOKENS + 30 }, (_, i) => (i === MAX_SENTENCE_TOKENS - 20 ? 'word,' : 'word'));
  const text = words.join(' ');
  const doc = pipeline.analyze({ text });
  assert.ok(doc.sentences.length >= 3, `${doc.sentences.length} sentences`);
  const sizes = doc.sentences.map((_, s) => doc.tokens.filter((t) => t.sentence === s).length);
  assert.ok(sizes.every((n) => n <= MAX_SENTENCE_TOKENS), sizes.join(' '));
  assert.equal(doc.sentences[0]!.text.at(-1), ',', 'the first piece ends at the comma');
  assert.deepEqual(doc.messages.map((m) => m.rule), ['long-sentence']);
  assert.equal(doc.tokens.length, words.length + 1, 'no token lost: the words and the comma');
});

test('a run without spaces longer than the bound is read in tokens of at most the bound, with one message', () => {
  const run = 'ab-'.repeat(MAX_RUN);
  const doc = pipeline.analyze({ text: `Officials said ${run} and ${run} today.` });
  assert.ok(doc.tokens.every((t) => t.text.length <= MAX_RUN));
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  assert.equal(doc.messages.filter((m) => m.rule === 'long-word').length, 1);
  const normal = pipeline.analyze({ text: `Officials said ${'ab-'.repeat(20)} today.` });
  assert.deepEqual(normal.messages, [], 'shorter runs are read as before');
});
