import type { QualityRule } from './rule.ts';

/**
 * A person quoted under one bare name ("Thoi said") whom the text never introduces in full: no first
 * name, no role, no other mention that says who it is. Flagged once, at the first such quote.
 */
export const unintroducedSpeakers: QualityRule = {
  id: 'unintroduced-speaker',
  check(doc) {
    const out = [];
    const seen = new Set<string>();
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    for (const q of doc.quotes) {
      const { speaker } = q;
      const m = speaker.mention;
      if (speaker.kind !== 'person' || !m || speaker.resolved || speaker.role || speaker.affiliation) continue;
      if (!/^\p{Lu}[\p{L}'’-]*$/u.test(m.text) || /^(?:He|She|I|We|They|It)$/.test(m.text)) continue;
      const entity = speaker.entity ? entities.get(speaker.entity) : undefined;
      const names = entity ? [entity.name, ...entity.aliases] : [speaker.name ?? m.text];
      if (names.some((n) => n.trim().split(/\s+/).length > 1) || entity?.role || entity?.affiliation) continue;
      if (seen.has(m.text)) continue;
      seen.add(m.text);
      out.push({
        start: m.start,
        end: m.end,
        text: `"${m.text}" is quoted but never introduced by full name or role: readers cannot tell who this is`,
      });
    }
    return out;
  },
};
