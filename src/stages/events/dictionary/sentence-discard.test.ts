import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionary } from '../../../lexicons/events/petrarch-dictionary.ts';
import type { Word } from '../../../model/index.ts';
import { sentenceDiscard, sentenceDiscards } from './sentence-discard.ts';

const table = sentenceDiscards(loadPetrarchDictionary().discards);
const toks = (sentence: string) => sentence.split(' ').map((text) => ({ text, lower: text.toLowerCase() }) as Word);

test('a discard topic keeps a sentence from being coded; a history marker (year, time distance, past war) does not', () => {
  const cases: [string, { level: string; phrase: string; at: number } | null][] = [
    ['China is reporting its ninth human bird flu death', { level: 'sentence', phrase: 'BIRD FLU', at: 6 }],
    ['Mudslides have killed at least 45 people', { level: 'sentence', phrase: 'MUDSLIDE', at: 0 }],
    ['Mexico lost at the 2002 World Cup finals', { level: 'story', phrase: 'WORLD CUP', at: 5 }],
    ['Bird flu has killed 94 people since 2003', { level: 'sentence', phrase: 'BIRD FLU', at: 0 }],
    ['Since 2003 bird flu has killed 94 people', { level: 'sentence', phrase: 'BIRD FLU', at: 2 }], // a year before the phrase does not hide it
    // must not discard:
    ['Chavez refused to renew the licence for backing a failed coup in 2002', null],
    ['Fujimori , ruler from 1990 to 2000 , has denied the charges', null],
    ['Relations deteriorated a few years later and they stood on the brink of war', null],
    ['The rebels said weeks ago they will release the prime minister', null],
    ['Poland demanded an admission that Soviet forces murdered Poles in World War Two', null],
    ['Troops shelled the town', null],
  ];
  for (const [sentence, want] of cases) {
    const got = sentenceDiscard(table, toks(sentence));
    assert.deepEqual(got && { level: got.level, phrase: got.phrase, at: got.at }, want, sentence);
  }
});
