// patterns.json entries for phrases the PETRARCH2 dictionary is silent on (its KEEP and HOLD blocks have no TOUCH or
// PRAYER pattern; only OFFER * PRAYER [017] is there; it has no CALL_IN or BRING_IN verb, and its SUMMON [040] is a bare
// verb code, which makes no trigger alone): each with the sentences it must and must not code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded } from '../../stages/events/recoding/check-rule.ts';

/** The distinct codes of a text's events (a reciprocal act is one event per side or one with both sides). */
const codes = (text: string) => [...new Set(coded(text).map((e) => e.code))];

test('keeping in touch is consultation (040); touching on a subject or keeping someone waiting is none', () => {
  const cases: [string, string[]][] = [
    ['The Indian prime minister will keep in touch with Pakistani leaders.', ['040']],
    ['The Indian prime minister kept in touch with Pakistani leaders.', ['040']],
    ['Japan and China agreed to stay in touch on the issue.', ['040']],
    ['The Indian prime minister touched on ties with Pakistani leaders.', []],
    ['The Indian prime minister kept the Pakistani leaders waiting.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});

test('holding prayers or a memorial service is a symbolic act (017); holding people is detention', () => {
  const cases: [string, string[]][] = [
    ['Indonesian Muslims held special prayers for the Palestinian victims in Jakarta.', ['017']],
    ['Chilean officials held a memorial service for the Peruvian victims.', ['017']],
    ['Egyptian police held the Palestinian suspects for questioning.', ['173']],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});

test('summoning a diplomat, or calling or bringing one in, is SUMMON (040); calling in troops or bringing in rules is none', () => {
  const cases: [string, string[]][] = [
    ['Norway summoned the Russian ambassador on Monday.', ['040']],
    ['Peru has called in the Chilean envoy over the remarks.', ['040']],
    ['The Danish foreign ministry brought in a Turkish diplomat on Friday.', ['040']],
    ['Norway summoned reporters to a briefing on Monday.', []],
    ['The Peruvian government called in the army to restore order.', []],
    ['Denmark brought in new rules for foreign investors.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});
