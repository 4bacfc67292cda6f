// The own patterns against the PETRARCH2 dictionary (issue 15: "your own patterns stay where the dictionary is
// silent, each with its reason"). A bare own pattern (no object or modifier cue) keeps its code over the dictionary's
// bare verb (dictionary-triggers.ts), so one whose code differs from the verb line's or block's code (fixtures rule 12)
// overrides the dictionary: it must say which written rule calls for its code (`why`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventLexicons, type EventPattern } from './event-lexicons.ts';
import { loadPetrarchDictionary, type Block } from './petrarch-dictionary.ts';

interface Contradiction {
  lemma: string;
  own: string;
  dictionary: string[];
}

/** A dictionary verb's words as an own lemma writes them, from its base form ("pull out" for PULL_OUT). */
const lemmaOf = (v: Block['verbs'][number]) => [...(v.before ?? []), v.forms[0], ...(v.after ?? [])].join(' ').toLowerCase();

/** The dictionary's bare codes per verb lemma: the verb line's own code, else its block's (rule 12). */
function bareCodes(blocks: readonly Block[]): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const b of blocks) {
    for (const v of b.verbs) {
      const key = lemmaOf(v);
      codes.set(key, (codes.get(key) ?? new Set()).add(v.code ?? b.code));
    }
  }
  return codes;
}

/** The acting side's code of a dictionary code (`042:043` → 042; `---` stays). */
const ownSide = (code: string) => code.split(':')[0] || code;

/**
 * Lemmas of bare own patterns whose code is none of the dictionary's bare codes for that verb. Nouns, statement verbs
 * and frames are left out: the verb dictionary does not speak for a noun, and statements and frames stay with the own
 * patterns, which know their content (dictionary-triggers.ts).
 */
function contradictions(patterns: readonly EventPattern[], blocks: readonly Block[]): Contradiction[] {
  const dictionary = bareCodes(blocks);
  const found: Contradiction[] = [];
  for (const p of patterns) {
    if (p.with || p.before || p.object || p.pos === 'NOUN' || p.speech || p.frame || p.why) continue;
    for (const lemma of p.lemmas) {
      const codes = dictionary.get(lemma);
      if (!codes) continue;
      const sides = [...codes].map(ownSide);
      if (!sides.includes(p.code)) found.push({ lemma, own: p.code, dictionary: sides.sort() });
    }
  }
  return found;
}

test('contradictions: a bare own verb whose code the dictionary does not give bare is listed; cued, noun, explained or agreeing ones are not', () => {
  const block = (name: string, code: string, verbs: [string, string[]?, string?][]): Block => ({
    name,
    line: 1,
    code,
    patterns: [],
    verbs: verbs.map(([verb, after, own]) => ({ verb, line: 1, forms: [verb.split('_')[0]!], ...(after ? { after } : {}), ...(own ? { code: own } : {}) })),
  });
  const blocks = [block('RETREAT', '080', [['WITHDRAW'], ['PULL_OUT', ['OUT']]]), block('VISIT', '042:043', [['VISIT']]), block('ASK', '---', [['ASK', undefined, '020']])];
  const cases: [string, EventPattern, Contradiction[]][] = [
    ['a bare verb coding a leaf the block does not give', { code: '0874', lemmas: ['withdraw'] }, [{ lemma: 'withdraw', own: '0874', dictionary: ['080'] }]],
    ['a multi-word verb', { code: '0874', lemmas: ['pull out'] }, [{ lemma: 'pull out', own: '0874', dictionary: ['080'] }]],
    ["the verb line's own code, not the block's", { code: '---', lemmas: ['ask'] }, [{ lemma: 'ask', own: '---', dictionary: ['020'] }]],
    // negative cases
    ['the same code', { code: '080', lemmas: ['withdraw'] }, []],
    ["a code pair's acting side", { code: '042', lemmas: ['visit'] }, []],
    ["the verb line's own code", { code: '020', lemmas: ['ask'] }, []],
    ['an object cue: a dictionary pattern naming it gives the code', { code: '0874', lemmas: ['withdraw'], with: ['troop'] }, []],
    ['a noun', { code: '0874', lemmas: ['withdraw'], pos: 'NOUN' }, []],
    ['a verb the dictionary does not list', { code: '141', lemmas: ['picket'] }, []],
    ['a written reason', { code: '0874', lemmas: ['withdraw'], why: 'rule 99' }, []],
  ];
  for (const [name, pattern, want] of cases) assert.deepEqual(contradictions([pattern], blocks), want, name);
});

test('every bare own pattern that codes a verb otherwise than the dictionary says which written rule calls for it', () => {
  const found = contradictions(loadEventLexicons().patterns, loadPetrarchDictionary().verbs.blocks);
  const listed = found.map((c) => `${c.lemma} ${c.own} (dictionary ${c.dictionary.join('/')})`);
  assert.deepEqual(listed, [], `align these with the dictionary, or give the entry a "why" naming the rule:\n${listed.join('\n')}`);
});
