import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, isEnglish } from './language.ts';

describe('detectLanguage', () => {
  const cases: [string, string, string | null][] = [
    ['English prose', 'The Russian president said on Tuesday that talks with China would continue next week, according to officials in Moscow who asked not to be named. The meeting is expected to focus on trade and energy.', 'eng'],
    ['French prose', 'Le président russe a déclaré mardi que les pourparlers avec la Chine se poursuivraient la semaine prochaine, selon des responsables à Moscou. La réunion devrait porter sur le commerce et l\'énergie.', 'fra'],
    ['Spanish prose', 'El presidente ruso dijo el martes que las conversaciones con China continuarían la próxima semana, según funcionarios en Moscú que pidieron no ser identificados.', 'spa'],
    ['too short to tell', 'Talks continue.', null],
    ['a results table has no prose', 'SOCCER - BRAZILIAN CHAMPIONSHIP RESULTS.\nRIO DE JANEIRO 1996-08-22\nPalmeiras 2 Vasco da Gama 0\nFlamengo 1 Santos 1\nGremio 3 Botafogo 1\nCorinthians 0 Fluminense 0\nSao Paulo 2 Cruzeiro 2', null],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name} → ${expected}`, () => assert.equal(detectLanguage(text), expected));
  }
  it('treats undetermined as English (analysed) and other languages as not', () => {
    assert.equal(isEnglish(null), true);
    assert.equal(isEnglish('eng'), true);
    assert.equal(isEnglish('fra'), false);
  });
});
