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

test('speaking or talking by phone is a phone call (041): the dictionary has SPEAK * (BY TELEPHONE) but no PHONE; speaking to reporters or of phone tapping is none', () => {
  const cases: [string, string[]][] = [
    ['The Turkish foreign minister spoke by phone with his U.S. counterpart.', ['041']],
    ['The Turkish foreign minister talked with the U.S. Secretary of State by phone.', ['041']],
    ['The Turkish foreign minister spoke on the phone with the U.S. Secretary of State.', ['041']],
    ['The Turkish foreign minister spoke with reporters on Monday.', []],
    ['The Turkish foreign minister spoke at a conference on Monday about phone tapping.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});

test("entering a state's waters or airspace is a show of force (150), as VIOLATE * AIRSPACE is; ENTER has no WATERS or AIRSPACE pattern; entering international waters is none, entering talks is talks (046)", () => {
  const cases: [string, string[]][] = [
    ['Two Chinese coast guard ships entered Japanese waters around the Senkaku Islands on Monday.', ['150']],
    ["Russian military aircraft entered South Korea's airspace on Tuesday.", ['150']],
    ['The ship entered international waters.', []],
    ['Chinese negotiators entered talks with Japan.', ['046']],
    // VIOLATE * AIRSPACE is the dictionary's own: the lexicon leaves violating to it
    ["Russian bombers violated Japan's airspace on Tuesday.", ['150']],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});

test('picketing is a demonstration (141) as demonstrating and rallying are: the dictionary has no PICKET; a picket line as a noun codes nothing alone', () => {
  const cases: [string, string[]][] = [
    ['On Monday, Georgian opposition supporters picketed the parliament building in Tbilisi.', ['141']],
    ['The picket line outside the Georgian parliament grew.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});
