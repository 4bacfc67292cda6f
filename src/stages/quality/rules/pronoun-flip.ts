import type { Doc, Entity } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { QualityRule } from './rule.ts';

type Gender = 'female' | 'male';
const PRONOUN = /(?<![\p{L}])(he|him|his|himself|she|her|hers|herself)(?![\p{L}])/giu;
const SWAP: Record<string, string> = { he: 'she', him: 'her', his: 'her', himself: 'herself', she: 'he', her: 'him or his', hers: 'his', herself: 'himself' };

/** A person's gender as the text fixes it: a given name, or a gendered title or word right before a mention. */
function genderOf(entity: Entity, before: string[], lex: TranslationLexicons): Gender | null {
  const given = entity.name.split(/\s+/)[0]!.toLowerCase();
  const cues = [given, ...before.map((w) => w.toLowerCase().replace(/[.,]/g, ''))];
  if (cues.some((c) => lex.female.has(c) || (c !== given && lex.femaleWords.has(c)))) return 'female';
  if (cues.some((c) => lex.male.has(c) || (c !== given && lex.maleWords.has(c)))) return 'male';
  return null;
}

/**
 * A pronoun of the other gender for the one person the sentence and the one before it name: "Maria Zakharova
 * … Zakharova said. According to him, …". Only where that person is the only one named there, so the pronoun
 * has no one else to point to.
 */
export const pronounFlips: QualityRule = {
  id: 'pronoun-flip',
  check(doc: Doc, lex) {
    const out = [];
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    const persons = doc.mentions.filter((m) => m.type === 'PERSON' && !m.nominal && m.entity !== null);
    const gender = new Map<string, Gender | null>();
    for (const m of persons) {
      const before = doc.text.slice(Math.max(0, m.start - 20), m.start).trim().split(/\s+/).slice(-1);
      const g = genderOf(entities.get(m.entity!)!, before, lex);
      if (g || !gender.has(m.entity!)) gender.set(m.entity!, g ?? gender.get(m.entity!) ?? null);
    }
    // no one whose gender the text fixes: no pronoun can contradict it
    if (![...gender.values()].some((g) => g !== null)) return [];
    // by start, walked with the sentences, so each pronoun looks only at the persons of its two sentences
    const byStart = persons.toSorted((a, b) => a.start - b.start);
    let first = 0;
    const flagged = new Set<string>();
    for (const [i, s] of doc.sentences.entries()) {
      const from = doc.sentences[Math.max(0, i - 1)]!.start;
      while (first < byStart.length && byStart[first]!.start < from) first += 1;
      for (const p of s.text.matchAll(PRONOUN)) {
        const at = s.start + p.index;
        const named = new Set<string>();
        for (let j = first; j < byStart.length && byStart[j]!.start <= at; j += 1) if (byStart[j]!.end <= at) named.add(byStart[j]!.entity!);
        if (named.size !== 1) continue;
        const [entity] = named;
        const g = gender.get(entity!);
        const said: Gender = /^(?:she|her|hers|herself)$/i.test(p[0]) ? 'female' : 'male';
        if (!g || g === said || flagged.has(entity!)) continue;
        flagged.add(entity!);
        const name = entities.get(entity!)!.name;
        out.push({ start: at, end: at + p[0].length, text: `"${p[0]}" stands for ${name}, the only person named here, whom the text makes ${g}: a pronoun flipped in translation (the source language's pronoun may not mark gender); likely "${SWAP[p[0].toLowerCase()]}"` });
      }
    }
    return out;
  },
};
