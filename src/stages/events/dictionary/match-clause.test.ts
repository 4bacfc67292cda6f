import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionary } from '../../../lexicons/events/petrarch-dictionary.ts';
import { indexDictionary } from './dictionary-index.ts';
import type { ClauseFrame, FramePhrase, Slot } from './frame.ts';
import { matchClause, writtenFor, type DictionaryMatch } from './match-clause.ts';

const index = indexDictionary(loadPetrarchDictionary());

/** A chunk from its words, with lemmas where the tagger would change the word (space-separated, `=` for same). */
function np(text: string, lemmas?: string): FramePhrase {
  const words = text.split(' ');
  if (!lemmas) return { words };
  return { words, lemmas: lemmas.split(' ').map((l, i) => (l === '=' ? words[i]! : l)) };
}
const verb = (text: string, lemma?: string) => ({ text, ...(lemma ? { lemma } : {}) });

interface Want {
  block?: string;
  verb?: string;
  /** the pattern as the dictionary writes it, or null for the bare verb */
  pattern?: string | null;
  code: string | null;
  reciprocal?: string | null;
  subjectIsTarget?: boolean;
  voice?: 'active' | 'passive';
  source?: Slot | null;
  target?: Slot | null;
}

const patternOf = (m: DictionaryMatch) => (m.pattern ? m.explanation.match(/pattern `([^`]*)`/)![1]! : null);

// Wire-style clauses, as the syntax view would frame them.
const CASES: [string, ClauseFrame, Want][] = [
  [
    'Israeli warplanes attacked Gaza: the subject side comes first (an aerial attack)',
    { verb: verb('attacked', 'attack'), subject: np('Israeli warplanes', '= warplane'), objects: [np('Gaza')] },
    { block: 'PHYSICAL_CONFLICT', pattern: '&AIRCRAFT *', code: '195' },
  ],
  [
    'militants attacked the convoy with rockets: a weapon in a prepositional phrase',
    { verb: verb('attacked', 'attack'), subject: np('militants', 'militant'), objects: [np('the convoy')], preps: [{ prep: 'with', object: np('rockets', 'rocket') }] },
    { block: 'PHYSICAL_CONFLICT', pattern: '* (WITH ROCKETS)', code: '194' }, // the literal word before the set
  ],
  [
    'police fired tear gas at protesters: a two-word object beats the bare preposition',
    { verb: verb('fired', 'fire'), subject: np('police'), objects: [np('tear gas')], preps: [{ prep: 'at', object: np('protesters', 'protester') }] },
    { block: 'EXPLOSIVE_DESTRUCTION', pattern: '* {TEAR GAS}', code: '175' },
  ],
  [
    'rebels fired at soldiers',
    { verb: verb('fired', 'fire'), subject: np('rebels', 'rebel'), preps: [{ prep: 'at', object: np('soldiers', 'soldier') }] },
    { pattern: '* AT', code: '190' },
  ],
  [
    'the minister sharply attacked the plan: an adverb before the verb (verbal, not force)',
    { verb: verb('attacked', 'attack'), subject: np('the minister'), preverb: ['sharply'], objects: [np('the plan')] },
    { pattern: 'SHARPLY *', code: '111' },
  ],
  [
    'the minister attacked the convoy sharply: the adverb after the verb is not the pattern',
    { verb: verb('attacked', 'attack'), subject: np('the minister'), objects: [np('the convoy')], particles: ['sharply'] },
    { block: 'PHYSICAL_CONFLICT', pattern: null, code: '190' },
  ],
  [
    'Iran called off the talks: a multi-word verb, the line written for it (# CALLED_OFF) over the later END one',
    { verb: verb('called', 'call'), subject: np('Iran'), particles: ['off'], objects: [np('the talks', '= talk')] },
    { block: 'CANCEL', verb: 'CALL_OFF', pattern: '* TALKS', code: '160', reciprocal: null },
  ],
  [
    'Venezuela ended the talks: the line written for END, a code pair',
    { verb: verb('ended', 'end'), subject: np('Venezuela'), objects: [np('the talks', '= talk')] },
    { block: 'CANCEL', verb: 'END', pattern: '* TALKS', code: '164', reciprocal: '164' },
  ],
  [
    'Iran called the talks useful: no particle, not CALL_OFF but the bare CALL (telephone talks, both ways)',
    { verb: verb('called', 'call'), subject: np('Iran'), objects: [np('the talks', '= talk')] },
    { verb: 'CALL', pattern: null, code: '041', reciprocal: '041' },
  ],
  [
    'Kenya asked for help: the multi-word verb takes the preposition, its phrase becomes the object',
    { verb: verb('asked', 'ask'), subject: np('Kenya'), preps: [{ prep: 'for', object: np('help') }] },
    { block: 'ASK', verb: 'ASK_FOR', pattern: '* HELP', code: '020' },
  ],
  [
    'India rushed police to the border: the longest pattern',
    { verb: verb('rushed', 'rush'), subject: np('India'), objects: [np('police')], preps: [{ prep: 'to', object: np('the border') }] },
    { block: 'ACCELERATE', pattern: '* POLICE (TO BORDER)', code: '153' },
  ],
  [
    'India rushed troops to the border',
    { verb: verb('rushed', 'rush'), subject: np('India'), objects: [np('troops', 'troop')], preps: [{ prep: 'to', object: np('the border') }] },
    { pattern: '* (TO BORDER)', code: '154' },
  ],
  [
    'Britain rushed to the aid of Kenya: a bare word does not reach into a prepositional phrase',
    { verb: verb('rushed', 'rush'), subject: np('Britain'), preps: [{ prep: 'to', object: np('the aid') }, { prep: 'of', object: np('Kenya') }] },
    { pattern: '* (TO)', code: '042', reciprocal: '043' },
  ],
  [
    'workers staged a protest in solidarity',
    { verb: verb('staged', 'stage'), subject: np('workers', 'worker'), objects: [np('a protest')], preps: [{ prep: 'in', object: np('solidarity') }] },
    { block: 'ARRANGE', pattern: '* PROTEST (IN SOLIDARITY)', code: '051' },
  ],
  ['workers staged a protest', { verb: verb('staged', 'stage'), subject: np('workers', 'worker'), objects: [np('a protest')] }, { pattern: '* PROTEST', code: '141' }],
  [
    'the army staged attack drills: ATTACK is no head here, and the bare STAGE codes nothing',
    { verb: verb('staged', 'stage'), subject: np('the army'), objects: [np('attack drills', '= drill')] },
    { block: 'ARRANGE', pattern: null, code: null },
  ],
  ['workers protested: the bare verb takes its code', { verb: verb('protested', 'protest'), subject: np('workers', 'worker') }, { pattern: null, code: '140' }],
  [
    'the suspect appeared before a military court: only the target side [:173]',
    { verb: verb('appeared', 'appear'), subject: np('the suspect'), preps: [{ prep: 'before', object: np('a military court') }] },
    { block: 'APPEAR', pattern: '* (BEFORE COURT)', code: '173', subjectIsTarget: true },
  ],
  [
    'the EU imposed new sanctions on Iran',
    { verb: verb('imposed', 'impose'), subject: np('the EU'), objects: [np('new sanctions', '= sanction')], preps: [{ prep: 'on', object: np('Iran') }] },
    { block: 'IMPOSE', pattern: '* SANCTIONS', code: '163' },
  ],
  [
    'UN inspectors moved into Iraq: the markers say where target and source stand',
    { verb: verb('moved', 'move'), subject: np('UN inspectors', '= inspector'), preps: [{ prep: 'into', object: np('Iraq') }] },
    { block: 'MOVE', pattern: '+ INSPECTOR * (INTO $)', code: '0862', target: { part: 'subject', index: 0 }, source: { part: 'prep', index: 0, prep: 'into' } },
  ],
  [
    'rockets fired from Gaza toward Israel',
    { verb: verb('fired', 'fire'), subject: np('rockets', 'rocket'), preps: [{ prep: 'from', object: np('Gaza') }, { prep: 'toward', object: np('Israel') }] },
    { pattern: '&WEAPON * (FROM $) (TOWARD +)', code: '193', source: { part: 'prep', index: 0, prep: 'from' }, target: { part: 'prep', index: 1, prep: 'toward' } },
  ],
  [
    'the convoy was attacked by warplanes: in the passive the agent stands on the subject side',
    { verb: verb('attacked', 'attack'), subject: np('the convoy'), preps: [{ prep: 'by', object: np('warplanes', 'warplane') }], passive: true },
    { pattern: '&AIRCRAFT *', code: '195', voice: 'passive' },
  ],
  [
    'Kenya requested humanitarian aid: {HUMANITARIAN AID} in one chunk',
    { verb: verb('requested', 'request'), subject: np('Kenya'), objects: [np('humanitarian aid')] },
    { block: 'ASK', pattern: '* {HUMANITARIAN AID}', code: '0233' },
  ],
  [
    'Kenya requested humanitarian groups aid: the two words in two chunks are not {HUMANITARIAN AID}',
    { verb: verb('requested', 'request'), subject: np('Kenya'), objects: [np('humanitarian groups', '= group'), np('aid')] },
    { pattern: '* AID', code: '023' },
  ],
  [
    'Kenya requested rifles: a synonym set member in its generated plural (no lemma given)',
    { verb: verb('requested'), subject: np('Kenya'), objects: [np('rifles')] },
    { pattern: '* &WEAPON', code: '0232' },
  ],
  [
    'Kenya requested ammunitions: AMMUNITION_ takes no plural, so the bare verb',
    { verb: verb('requested'), subject: np('Kenya'), objects: [np('ammunitions')] },
    { verb: 'REQUEST', pattern: null, code: '020' },
  ],
  ['officials said: a statement verb', { verb: verb('said', 'say'), subject: np('officials', 'official') }, { block: 'EXPLAIN_VERBAL', pattern: null, code: '010' }],
  [
    'hitting: a form the rules do not generate (HITTING) is found by its lemma',
    { verb: verb('hitting', 'hit'), subject: np('rebels', 'rebel'), objects: [np('the town')] },
    { block: 'PHYSICAL_CONFLICT', pattern: null, code: '190' },
  ],
  [
    'the Kuwaiti emir received the Egyptian foreign minister: a plural pattern word reads its singular (singularReading)',
    { verb: verb('received', 'receive'), subject: np('the Kuwaiti emir'), objects: [np('the Egyptian foreign minister')] },
    { pattern: '* MINISTERS', code: '043', reciprocal: '042' },
  ],
  [
    'the army halted the clash: a sibilant plural (CLASHES) reads its singular',
    { verb: verb('halted', 'halt'), subject: np('the army'), objects: [np('the clash')] },
    { pattern: '* CLASHES', code: '0871' },
  ],
  [
    'the army deployed its arm: a plural whose singular is another word (ARMS) stays plural',
    { verb: verb('deployed', 'deploy'), subject: np('the army'), objects: [np('its arm')] },
    { pattern: null, code: null },
  ],
];

// Frames the dictionary has nothing for.
const NO_MATCH: [string, ClauseFrame][] = [
  ['a verb the dictionary lacks', { verb: verb('zorbled', 'zorble'), subject: np('officials') }],
  ['a form not generated and no lemma to fall back on', { verb: verb('hitting'), subject: np('rebels') }],
  ['a noun, not a verb form', { verb: verb('ceasefire'), subject: np('rebels') }],
];

test('a clause frame gets the dictionary code of its most specific pattern, or of its bare verb', () => {
  for (const [name, frame, want] of CASES) {
    const best = matchClause(index, frame)[0];
    assert.ok(best, name);
    const got: Want = { code: best.code };
    if ('block' in want) got.block = best.block;
    if ('verb' in want) got.verb = best.verb;
    if ('pattern' in want) got.pattern = patternOf(best);
    if ('reciprocal' in want) got.reciprocal = best.reciprocal;
    if ('subjectIsTarget' in want) got.subjectIsTarget = best.subjectIsTarget;
    if ('voice' in want) got.voice = best.voice;
    if ('source' in want) got.source = best.source;
    if ('target' in want) got.target = best.target;
    assert.deepEqual(got, want, name);
  }
});

test('frames whose verb the dictionary lacks give nothing', () => {
  for (const [name, frame] of NO_MATCH) assert.deepEqual(matchClause(index, frame), [], name);
});

test('every pattern that fits is returned, best first, with an explanation naming block, pattern, code and line', () => {
  const all = matchClause(index, CASES[10]![1]);
  assert.deepEqual(
    all.map((m) => [patternOf(m), m.code]),
    [
      ['* POLICE (TO BORDER)', '153'],
      ['* (TO BORDER)', '154'],
      ['* (TO)', '042'],
    ],
  );
  assert.equal(all[0]!.explanation, 'dictionary: ACCELERATE block, pattern `* POLICE (TO BORDER)` [153] (line 724)');
  assert.equal(matchClause(index, CASES[16]![1])[0]!.explanation, 'dictionary: VERBAL_CONFLICT block, bare verb PROTEST [140] (line 7349)');
});

test('a pattern listed twice with different codes: the line written for the verb in the text, else the first listed', () => {
  const best = (v: ReturnType<typeof verb>, object: FramePhrase) => {
    const m = matchClause(index, { verb: v, subject: np('the government'), objects: [object] })[0];
    return [m && patternOf(m), m?.code];
  };
  // SEND * MESSAGE: 040 (line 3476) and 130 (line 3512), both written for SEND.
  assert.deepEqual(best(verb('sent', 'send'), np('a message')), ['* MESSAGE', '040']);
  // REFUSE * REQUEST: 120 then 123, both written for REJECT.
  assert.deepEqual(best(verb('refused', 'refuse'), np('requests', 'request')), ['* REQUEST', '120']);
  // CANCEL * TALKS: neither line is HALT's, so the first (160, written for CALLED_OFF).
  assert.deepEqual(best(verb('halted', 'halt'), np('the talks', '= talk')), ['* TALKS', '160']);
  // EXPEL * DIPLOMAT 161, * DIPLOMATS 174: the word as written decides; "diplomats" also meets DIPLOMAT by its lemma.
  assert.deepEqual(best(verb('expelled', 'expel'), np('two diplomats', '= diplomat')), ['* DIPLOMATS', '174']);
  assert.deepEqual(best(verb('expelled', 'expel'), np('a diplomat')), ['* DIPLOMAT', '161']);
});

test('writtenFor reads the comment as the source writes the verb (inflected, multi-word)', () => {
  const entry = (forms: string[], after: string[] = []) => ({ verb: { forms }, after });
  const cases: [string | undefined, ReturnType<typeof entry>, boolean][] = [
    ['END', entry(['END', 'ENDS', 'ENDED', 'ENDING']), true],
    ['CALLED_OFF', entry(['CALL', 'CALLS', 'CALLED', 'CALLING'], ['OFF']), true],
    ['CALLED_OFF', entry(['CALL', 'CALLS', 'CALLED', 'CALLING']), false],
    ['HALT', entry(['END', 'ENDS', 'ENDED', 'ENDING']), false],
    [undefined, entry(['END']), false],
  ];
  for (const [comment, e, want] of cases) assert.equal(writtenFor(comment ? { for: comment } : {}, e), want, `${comment} / ${e.verb.forms[0]}`);
});

test('a pattern coded [---] says the dictionary codes no event for that phrasing', () => {
  const [best] = matchClause(index, { verb: verb('averted', 'avert'), subject: np('police'), objects: [np('an attack')] });
  assert.deepEqual([best?.block, best && patternOf(best), best?.code], ['AVERT', '* ATTACK', null]);
});
