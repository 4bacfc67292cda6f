/**
 * The clause frame of a verb group, read off the syntax view, as frame.ts describes it: the matcher's input.
 * The clause ends at the sentence's end or its first BOUNDARY word after the group.
 */
import { has, WORD, type Syntax, type TokenRange, type VerbGroup } from '../../../model/index.ts';
import type { ClauseFrame, FramePhrase, FramePrep } from './frame.ts';

function phrase(syntax: Syntax, r: TokenRange): FramePhrase {
  const ws = syntax.words.slice(r.first, r.last + 1);
  const head = (syntax.chunkAt(r.last)?.head ?? r.last) - r.first;
  return { words: ws.map((w) => w.text), lemmas: ws.map((w) => w.lemma), head: Math.max(0, Math.min(head, ws.length - 1)) };
}

const chunkIndexAt = (syntax: Syntax, i: number) => {
  const c = syntax.chunkAt(i);
  return c ? syntax.chunks.indexOf(c) : -1;
};

/** Where the clause of a group ends (exclusive): its sentence's end or the first boundary word after the group. */
export function clauseEndOf(syntax: Syntax, g: VerbGroup): number {
  const sentence = syntax.sentences[syntax.words[g.head]!.sentence]!;
  for (let k = g.last + 1; k <= sentence.last; k++) if (has(syntax.words[k], WORD.BOUNDARY)) return k;
  return sentence.last + 1;
}

export function clauseFrame(syntax: Syntax, g: VerbGroup): ClauseFrame {
  const { words } = syntax;
  const end = clauseEndOf(syntax, g);
  const head = words[g.head]!;
  const subjectChunk = g.subject ? chunkIndexAt(syntax, g.subject.last) : -1;
  const preps: FramePrep[] = [];
  const subjectPreps: FramePrep[] = [];
  const prepAt = new Set<number>();
  for (const a of syntax.attachments) {
    const object = syntax.chunks[a.object];
    const p: FramePrep = { prep: words[a.prep]!.text, object: object ? phrase(syntax, object) : null };
    if (a.host?.kind === 'chunk' && a.host.index === subjectChunk && g.subject && a.prep > g.subject.last && a.prep < g.first) subjectPreps.push(p);
    if (a.prep <= g.last || a.prep >= end || !a.host) continue;
    const host = a.host.kind === 'verb' ? syntax.verbGroups[a.host.index] : syntax.chunks[a.host.index];
    if (a.host.kind === 'verb' ? host !== g : (host?.first ?? -1) <= g.last) continue;
    preps.push(p);
    prepAt.add(a.prep);
  }
  // Particles: the words right after the verb up to the next chunk or preposition ("fired at", "called off").
  const particles: string[] = [];
  for (let k = g.head + 1; k < end && particles.length < 3; k++) {
    const w = words[k]!;
    if (syntax.chunkAt(k) || prepAt.has(k) || has(w, WORD.VERB) || !/^[a-z]/i.test(w.text)) break;
    particles.push(w.text);
  }
  const objects: FramePhrase[] = [];
  if (g.object && g.object.first < end) {
    objects.push(phrase(syntax, g.object));
    const next = syntax.chunkAt(g.object.last + 1);
    if (next && next.first === g.object.last + 1 && next.first < end) objects.push(phrase(syntax, next));
  }
  const preverbFrom = g.subject && g.subject.last < g.head ? Math.max(g.subject.last + 1, g.first) : g.first;
  const preverb = words.slice(preverbFrom, g.head).filter((w) => /^[a-z]/i.test(w.text)).map((w) => w.text);
  return {
    verb: { text: head.text, lemma: head.lemma },
    subject: g.subject ? phrase(syntax, g.subject) : null,
    subjectPreps,
    preverb,
    particles,
    objects,
    preps,
    passive: g.passive,
  };
}
