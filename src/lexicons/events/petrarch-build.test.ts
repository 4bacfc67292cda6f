import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePetrarch, formatJson } from '../../../scripts/build-petrarch-dictionary.ts';
import { ingForm, nounPlural, pastForm, thirdPerson } from '../../../scripts/petrarch/inflect.ts';
import { parseDiscards, parseIssues } from '../../../scripts/petrarch/parse-lists.ts';
import { parseVerbDictionary } from '../../../scripts/petrarch/parse-verbs.ts';
import { printPattern } from './petrarch-dictionary.ts';

const VERBS = `# header
# The MIT License (MIT)
#
# Copyright (c) 2015 Somebody
# THE SOFTWARE IS PROVIDED "AS IS", ... OTHER DEALINGS IN THE SOFTWARE.

####### SYNONYM SETS #######
&WEAPON
+ROCKET
+KNIFE_
+TEAR_GAS

&PLACES_
+TOWN

####### VERB PATTERNS #######
---  FIRE   [190]  ---
FIRE  # BERT
+OPEN_FIRE [193]
SHOOT {SHOT SHOOTS SHOOTING}
- * &WEAPON                  [194]    # FIRE
- &WEAPON * (FROM $) (TOWARD +)  [193]
- * {TEAR GAS} (AT)          [175:175]   # FIRE
- * DOWN (FROM)              [080!]
- * &UNDEFINED               [190]
- STRONGLY * ATTACK (ON ^)   ^)[111]
- SPY_*_DEAL                 [---]
- * (IN BOMBING/EXPLOSION)   [195]
- * (TO/FOR PROTEST)         [140]
- * ATTACK                   
NOT A VERB LINE WITH {BRACES} AND [190] EXTRA

---  SAY   [010]  ---
SAY {SAID SAYS SAYING}

---  OOPS   [19x]  ---
WRONGLY

~ a (a b FIRE) SAY = a b 015
~ a (a b NOSUCHVERB) SAY = a b 015
~ garbage
`;

test('the verb dictionary reader keeps what it can read and reports every other line with its reason', () => {
  const { dictionary: d, problems } = parseVerbDictionary(VERBS);
  const fire = d.blocks.find((b) => b.name === 'FIRE')!;
  assert.deepEqual(
    fire.patterns.map(printPattern),
    ['21 [194] * &WEAPON # FIRE', '22 [193] &WEAPON * (FROM $) (TOWARD +)', '23 [175:175] * {TEAR GAS} (AT) # FIRE', '27 [---] SPY * DEAL', '28 [195] * (IN BOMBING/EXPLOSION)', '29 [140] * (TO/FOR PROTEST)'],
  );
  assert.deepEqual(
    fire.verbs.map((v) => [v.verb, v.forms.join(' '), v.after?.join(' ') ?? '', v.code ?? '']),
    [
      ['FIRE', 'FIRE FIRES FIRED FIRING', '', ''],
      ['OPEN_FIRE', 'OPEN OPENS OPENED OPENING', 'FIRE', '193'],
      ['SHOOT', 'SHOOT SHOT SHOOTS SHOOTING', '', ''],
    ],
  );
  assert.deepEqual(
    problems.filter((p) => !p.kept).map((p) => [p.line, p.reason]),
    [
      [24, 'bad pattern code [080!]'],
      [25, 'undefined synonym set &UNDEFINED'],
      [26, 'unbalanced )'],
      [30, 'pattern without a code at its end'],
      [31, 'bad verb line'],
      [40, 'transformation names a verb the dictionary lacks'],
      [41, 'bad transformation'],
    ],
  );
  assert.deepEqual(problems.filter((p) => p.kept).map((p) => [p.line, p.reason]), [[36, 'bad block header: its verbs code no event']]);
  assert.equal(d.blocks.find((b) => b.name === 'OOPS')?.code, '---');
  assert.deepEqual(d.sets.find((s) => s.name === 'WEAPON')?.members, [['ROCKET', 'ROCKETS'], ['KNIFE'], ['TEAR GAS']]); // GAS ends in one S: taken as plural
  assert.deepEqual(d.sets.find((s) => s.name === 'PLACES_')?.members, [['TOWN']]);
  assert.deepEqual(d.transformations.map((t) => [t.verb, t.block, t.verbCode, t.inner.verb, t.inner.code, t.result.code]), [['SAY', 'SAY', '010', 'FIRE', '190', '015']]);
  assert.match(d.notice, /^The MIT License \(MIT\)\n\nCopyright \(c\) 2015 Somebody/);
});

test('the discard and issue readers sort sentence from story phrases, expand forms and report lines without a tag', () => {
  const { discards, problems: dp } = parseDiscards('# comment\n1950\n+WORLD CUP   # note\nGROUP A_\nbad|phrase\n');
  assert.deepEqual(discards, { sentence: ['1950', 'GROUP A_'], story: ['WORLD CUP'] });
  assert.deepEqual(dp.map((p) => p.line), [5]);
  const { sections, problems } = parseIssues(
    '<ISSUE CATEGORY="ENERGY" TYPE="ALL">\noil [OIL]\nv:drill n:well [OIL]\nheavy+crude [OIL]\n~olive oil\n~~whale oil\nno tag here\n</ISSUE>\nstray [X]\n',
  );
  assert.deepEqual(sections, [
    {
      category: 'ENERGY',
      type: 'ALL',
      issues: {
        OIL: ['OIL', 'DRILL WELL', 'DRILL WELLS', 'DRILLS WELL', 'DRILLS WELLS', 'DRILLED WELL', 'DRILLED WELLS', 'DRILLING WELL', 'DRILLING WELLS', 'HEAVY CRUDE', 'HEAVY-CRUDE'],
      },
      exclude: ['OLIVE OIL'],
      excludeStory: ['WHALE OIL'],
    },
  ]);
  assert.deepEqual(problems.map((p) => [p.line, p.reason]), [[7, 'no [ISSUE] tag'], [9, 'outside an <ISSUE> section']]);
});

test('compiling never throws on junk and says what it left out', () => {
  const junk: Record<string, string> = { verbs: '---  X  [1a]  ---\n- * [\n~~~\n\u0000\n', discards: '\n\n', issues: '<ISSUE>\n', codes: 'code\n' };
  const { files, report } = compilePetrarch((k) => junk[k]!);
  assert.equal(Object.keys(files).length, 3);
  // `- * [` has no code, `~~~` is no transformation, the NUL line is no verb; the header's code is set aside.
  assert.match(report[1]!, /^verbs: 3 malformed lines left out, 1 read with a fault set aside/);
});

test('regular English forms follow the spelling rules PETRARCH2 meant', () => {
  const cases: [string, string, string, string][] = [
    ['HURRY', 'HURRIES', 'HURRIED', 'HURRYING'],
    ['DELAY', 'DELAYS', 'DELAYED', 'DELAYING'],
    ['PUSH', 'PUSHES', 'PUSHED', 'PUSHING'],
    ['ARRIVE', 'ARRIVES', 'ARRIVED', 'ARRIVING'],
    ['AGREE', 'AGREES', 'AGREED', 'AGREEING'],
    ['TIE', 'TIES', 'TIED', 'TYING'],
    ['VETO', 'VETOES', 'VETOED', 'VETOING'],
  ];
  for (const [base, s, ed, ing] of cases) assert.deepEqual([thirdPerson(base), pastForm(base), ingForm(base)], [s, ed, ing], base);
  const plurals: [string, string | null][] = [['CITY', 'CITIES'], ['DAY', 'DAYS'], ['PROCESS', 'PROCESSES'], ['TROOPS', null], ['BOX', 'BOXES'], ['F-16', null]];
  for (const [noun, plural] of plurals) assert.equal(nounPlural(noun), plural, noun);
});

test('the compiled JSON puts a record on one line when it fits', () => {
  assert.equal(formatJson({ a: [1, 2], b: 'x' }), '{"a":[1,2],"b":"x"}');
  assert.equal(formatJson({ list: ['a'.repeat(70), 'b'.repeat(70)] }), `{\n  "list": [\n    "${'a'.repeat(70)}",\n    "${'b'.repeat(70)}"\n  ]\n}`);
});
