import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Event } from '../../../model/index.ts';
import { eventFeatures, type EventSetting } from './features.ts';
import { rulesPipeline } from '../rules-pipeline.ts';

/** Ten tokens at offsets 0, 10, 20, …; token 3 (offset 30) is the trigger, a verb. */
const toks = Array.from({ length: 10 }, (_, k) => ({ start: k * 10, pos: k === 3 ? 'VERB' : 'NOUN' }));
const at: EventSetting = { toks, events: 1, sentence: 0 };

const actor = (code: string, mentionAt: number | null = null): Actor => ({
  code,
  country: code.startsWith('---') || code.startsWith('IGO') ? null : code.slice(0, 3),
  role: code.length > 3 && !code.startsWith('IGO') ? code.slice(3) : null,
  entity: null,
  mention: mentionAt === null ? null : { start: mentionAt, end: mentionAt + 5, text: 'xxxxx' },
});

function event(over: Partial<Event> = {}): Event {
  return {
    id: 'v1',
    trigger: { start: 30, end: 35, text: 'hit', lemma: 'hit' },
    sentence: 0,
    sources: [actor('CHN', 0)],
    targets: [actor('---')],
    cameo: { code: '111', name: '', root: '11', goldstein: null, quadClass: 3 },
    plover: { event: null, mode: null, context: [] },
    modality: 'asserted',
    date: { value: null, timex: null },
    quote: null,
    reason: 'trigger "hit" matched "hit" → 111; source CHN (subject of the verb); no target named (---); modality asserted; no date',
    ...over,
  };
}

const has = (e: Event, feature: string, setting = at) => eventFeatures(e, setting).includes(feature);

test('eventFeatures: the code class, and whether a rule recoded the pattern\'s code', () => {
  const cases: [string, Event, string, boolean][] = [
    ['a four-digit code is a leaf', event({ cameo: { code: '1823', name: '', root: '18', goldstein: null, quadClass: 4 } }), 'code:leaf', true],
    ['a code ending in 0 is unspecified', event({ cameo: { code: '110', name: '', root: '11', goldstein: null, quadClass: 3 } }), 'code:unspecified', true],
    ['111 is a three-digit leaf, not unspecified', event(), 'code:unspecified', false],
    ['the root and quad class', event(), 'root:11', true],
    ['a frame changed the root', event({ reason: 'trigger "refused" matched "reject|refuse" → 120; reject frame over "x" (063) → 121; modality asserted', cameo: { code: '121', name: '', root: '12', goldstein: null, quadClass: 3 } }), 'recoded:same-root', true],
    ['future coded as threaten: another root', event({ reason: 'trigger "strike" matched "attack|fight" → 190; future 190 coded as threaten 138', cameo: { code: '138', name: '', root: '13', goldstein: null, quadClass: 3 } }), 'recoded:other-root', true],
    ['an object cue before the arrow is read past', event({ reason: 'trigger "deny" matched "deny|reject" with "charges" → 016; source X', cameo: { code: '016', name: '', root: '01', goldstein: null, quadClass: 1 } }), 'from:object-cue', true],
    // negatives: the pattern's own code is no recoding
    ['the pattern\'s code kept', event(), 'recoded:same-root', false],
    ['the pattern\'s code kept, past an object cue', event({ reason: 'trigger "deny" matched "deny|reject" with "charges" → 016; source X', cameo: { code: '016', name: '', root: '01', goldstein: null, quadClass: 1 } }), 'recoded:other-root', false],
  ];
  for (const [what, e, feature, want] of cases) assert.equal(has(e, feature), want, what);
});

test('eventFeatures: how the code and the actors were found, from the reason', () => {
  const cases: [string, string, string, boolean][] = [
    ['a dictionary pattern', 'trigger "gathered" matched "gather" → 017; dictionary: ASSEMBLE block, pattern `MOURNERS *` [017]', 'from:dictionary', true],
    ['the reverse of a code pair', 'code pair [042:043]: the target\'s act back (source X (subject of the verb))', 'from:code-pair', true],
    ['a subject of the governing clause', 'source USA (entity e2) (subject of the governing clause); target IRN', 'how:subject-of-governing-clause', true],
    ['a place standing in for an actor', 'target KEN (the country where it took place: places stand in for missing actors)', 'how:place-for-actor', true],
    // negatives
    ['no dictionary pattern named', 'trigger "hit" matched "hit" → 111; source CHN (subject of the verb)', 'from:dictionary', false],
    ['the subject of the verb is not of the governing clause', 'source CHN (subject of the verb)', 'how:subject-of-governing-clause', false],
  ];
  for (const [what, reason, feature, want] of cases) assert.equal(has(event({ reason }), feature), want, what);
});

test('eventFeatures: the shapes of the actors and how far from the trigger they are named', () => {
  const cases: [string, Event, string, boolean][] = [
    ['a bare country', event(), 'source:country', true],
    ['no target', event(), 'target:none', true],
    ['a role with no country', event({ sources: [actor('---REB')] }), 'source:role-only', true],
    ['an international body', event({ targets: [actor('IGOUNO')] }), 'target:international', true],
    ['a state agent', event({ sources: [actor('KENCOP')] }), 'source:state-role', true],
    ['a non-state role', event({ targets: [actor('KENOPP')] }), 'target:other-role', true],
    ['a compound source', event({ sources: [actor('CHN'), actor('RUS')] }), 'source:compound', true],
    ['named three tokens before the trigger', event(), 'source-distance:before-mid', true],
    ['named just after the trigger', event({ targets: [actor('IRN', 40)] }), 'target-distance:after-near', true],
    ['named six tokens after', event({ targets: [actor('IRN', 90)] }), 'target-distance:after-mid', true],
    ['the same country on both sides', event({ sources: [actor('KENCOP')], targets: [actor('KENOPP')] }), 'same-country', true],
    // negatives: no mention, or one outside the sentence, is unnamed; different countries are not the same
    ['no mention', event({ sources: [actor('CHN')] }), 'source-distance:unnamed', true],
    ['a mention from an earlier sentence', event({ sources: [actor('CHN', 500)] }), 'source-distance:unnamed', true],
    ['two countries', event({ targets: [actor('IRN', 40)] }), 'same-country', false],
    ['a compound is not a single actor', event(), 'source:compound', false],
  ];
  for (const [what, e, feature, want] of cases) assert.equal(has(e, feature), want, what);
});

test('eventFeatures: the trigger, its sentence and the events beside it', () => {
  const cases: [string, Event, EventSetting, string, boolean][] = [
    ['a verb trigger', event(), at, 'trigger-pos:VERB', true],
    ['a trigger of several words', event({ trigger: { start: 30, end: 45, text: 'fired tear gas', lemma: 'fire tear gas' } }), at, 'trigger:several-words', true],
    ['inside a quote', event({ quote: 'q1' }), at, 'in-quote', true],
    ['the article\'s first sentence', event(), at, 'sentence:first', true],
    ['the fifth sentence', event(), { ...at, sentence: 4 }, 'sentence:later', true],
    ['three events in the sentence', event(), { ...at, events: 4 }, 'sentence-events:3+', true],
    // negatives
    ['a one-word trigger', event(), at, 'trigger:several-words', false],
    ['no quote', event(), at, 'in-quote', false],
    ['one event', event(), at, 'sentence-events:3+', false],
  ];
  for (const [what, e, setting, feature, want] of cases) assert.equal(has(e, feature, setting), want, what);
});

// The coder's events before the filter: what the features are read from.
const coder = rulesPipeline();

test('eventFeatures: the reason phrases match what the coder writes (a reworded reason would silently change the features)', () => {
  const cases: [string, string, boolean][] = [
    ['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'from:object-cue', true],
    ['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'how:subject-of-verb', true],
    ['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'how:first-after-trigger', true],
    ['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'how:clause-date', true],
    ['The mourners gathered in Vienna.', 'from:dictionary', true],
    ['The mourners gathered in Vienna.', 'how:no-country-stated', true],
    ['Russia refused to extradite the suspect to Britain.', 'from:frame', true],
    ['Russia refused to extradite the suspect to Britain.', 'recoded:same-root', true],
    // negatives: no dictionary pattern, no date, no recoding
    ['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'from:dictionary', false],
    ['The mourners gathered in Vienna.', 'how:clause-date', false],
    ['The mourners gathered in Vienna.', 'recoded:same-root', false],
  ];
  for (const [text, feature, want] of cases) {
    const doc = coder.analyze({ text, published: null });
    assert.equal(doc.events.length, 1, text);
    const e = doc.events[0]!;
    const features = eventFeatures(e, { toks: doc.tokens.filter((t) => t.sentence === e.sentence), events: 1, sentence: e.sentence });
    assert.equal(features.includes(feature), want, `${feature} in ${text}`);
  }
});
