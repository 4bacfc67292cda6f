import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QuoteFormsParam, quoteForms } from './quote-forms.ts';

describe('quote forms param', () => {
  const cases: [string, string | undefined, string[] | undefined][] = [
    ['not given: statements', undefined, ['statement']],
    ['one form', 'question', ['question']],
    ['several, spaced, any case, repeated', 'Belief, stance,belief', ['belief', 'stance']],
    ['all: every form', 'all', undefined],
  ];
  for (const [name, given, forms] of cases) {
    it(name, () => assert.deepEqual(quoteForms(given === undefined ? undefined : QuoteFormsParam.parse(given)), forms));
  }
  const bad: [string, string, RegExp][] = [
    ['an unknown form', 'rumour', /unknown form "rumour"; expected statement, question, belief, stance, evidence, other/],
    ['an unknown form among known ones', 'statement,quips', /unknown form "quips"/],
    ['an empty value', '', /an empty form/],
    ['a trailing comma', 'statement,', /an empty form/],
    ['all among forms', 'all,statement', /unknown form "all"/],
  ];
  for (const [name, given, message] of bad) {
    it(`refuses ${name}`, () => {
      const result = QuoteFormsParam.safeParse(given);
      assert.equal(result.success, false);
      assert.match(result.error!.issues[0]!.message, message);
    });
  }
});
