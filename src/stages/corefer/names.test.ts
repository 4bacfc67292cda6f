import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalName, type Form } from './names.ts';
import { entityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { loadWireLexicons } from '../../lexicons/entities/wire-lexicons.ts';
import type { EntityType } from '../../model/index.ts';

const form = (text: string, where: Partial<Form> = {}): Form => ({ text, agency: false, dateline: false, shouted: false, ...where });

// [case, type, name clustering gave, forms, document text, expected]
const CASES: [string, EntityType, string, Form[], string, string][] = [
  ['a dateline agency the lexicon knows', 'ORG', 'AFP', [form('AFP', { agency: true })], '', 'Agence France-Presse'],
  ['an agency outside a dateline stays as written', 'ORG', 'AP', [form('AP')], '', 'AP'],
  ['an abbreviated state in a dateline', 'GPE', 'Fla.', [form('Fla.', { dateline: true })], '', 'Florida'],
  ['a country abbreviated', 'GPE', 'U.S.', [form('U.S.'), form('US')], '', 'United States'],
  ['a country written in full stays', 'GPE', 'Russia', [form('Russia')], '', 'Russia'],
  ['a mixed-case form of the cluster', 'GPE', 'MOSCOW', [form('MOSCOW', { dateline: true }), form('Moscow')], '', 'Moscow'],
  ['a mixed-case form of the cluster as written, not title-cased', 'PERSON', 'DE MISTURA', [form('DE MISTURA', { shouted: true }), form('de Mistura')], '', 'de Mistura'],
  ['a mixed-case form elsewhere in the text', 'GPE', 'UNITED NATIONS', [form('UNITED NATIONS', { dateline: true })], 'the United Nations said', 'United Nations'],
  ['a dateline place with no mixed-case form', 'GPE', 'CAMP DAVID', [form('CAMP DAVID', { dateline: true })], '', 'Camp David'],
  ['a headline word with no mixed-case form', 'PERSON', 'LAVROV', [form('LAVROV', { shouted: true })], '', 'Lavrov'],
  ['an acronym in a sentence stays', 'ORG', 'NATO', [form('NATO')], 'NATO met.', 'NATO'],
  ['a lower-case form elsewhere, not inside a longer word', 'GPE', 'NEW YORK', [form('NEW YORK', { dateline: true })], 'NEW YORK - Newyorkers left new\nyork.', 'new york'],
  ['only capitals elsewhere, a lower-case letter only inside a longer word', 'ORG', 'NATO', [form('NATO')], 'NATO met. Anatomy NATO.', 'NATO'],
  ['a name with a letter outside ASCII is left to the scan', 'GPE', 'ÉVIAN', [form('ÉVIAN', { dateline: true })], 'ÉVIAN - Évian wept.', 'Évian'],
  ['a later mixed-case form, found where the name\'s first word is', 'PERSON', 'LAVROV', [form('LAVROV', { shouted: true })], 'LAVROV SPEAKS\nMoscow: lavrovian talk, then Lavrov spoke.', 'Lavrov'],
  ['a match inside an earlier one in capitals is not read: the search resumes after it', 'GPE', 'NEW NEW', [form('NEW NEW', { dateline: true })], 'NEW NEW New.', 'New New'],
  ['a letter that folds to an ASCII one (Kelvin sign) matches as it does in the scan', 'GPE', 'KIEV', [form('KIEV', { dateline: true })], 'KIEV - \u212Aiev wept.', '\u212Aiev'],
  ['no first letter or digit to search for: left to the scan', 'ORG', '(AFP) UNIT', [form('(AFP) UNIT', { dateline: true })], '(AFP) UNIT - the (afp) unit met.', '(afp) unit'],
];

test('canonical names, rule by rule', () => {
  const lexicons = entityLexicons();
  const wire = loadWireLexicons();
  for (const [name, type, given, forms, text, expected] of CASES) {
    assert.equal(canonicalName({ type, name: given, forms, text, lexicons, wire }), expected, name);
  }
});
