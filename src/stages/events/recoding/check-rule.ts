// Shared by the re-coding rule tests: code a sentence with the whole pipeline and read its events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rulesPipeline } from '../rules-pipeline.ts';

const pipeline = rulesPipeline();

/** The events of a text as "code reason". */
export function coded(text: string, published = '1995-06-01'): { code: string; reason: string }[] {
  return pipeline.analyze({ text, published }).events.map((e) => ({ code: e.cameo.code, reason: e.reason }));
}

/**
 * A rule's table: each positive text gives an event with the code listed and the rule's mark in its reason;
 * no negative text has the mark in any reason.
 */
export function checkRule(rule: string, mark: RegExp, positives: [string, string][], negatives: string[]): void {
  test(`${rule}: re-codes what it is for`, () => {
    for (const [text, code] of positives) {
      const events = coded(text);
      assert.ok(events.some((e) => e.code === code && mark.test(e.reason)), `${text}\n${JSON.stringify(events, null, 1)}`);
    }
  });
  test(`${rule}: leaves alone what it is not for`, () => {
    for (const text of negatives) {
      const events = coded(text);
      assert.ok(!events.some((e) => mark.test(e.reason)), `${text}\n${JSON.stringify(events, null, 1)}`);
    }
  });
}
