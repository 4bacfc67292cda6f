import { matchesIn, type QualityRule } from './rule.ts';

// The verbs that report speech, as a quotation's attribution has them.
const REPORT = '(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|underlined|explained)';
// A speaker's surname, a reporting verb, then an opening mark and the same surname reporting again ("Kanaani said,
// “Naser Kanaani stated that …”): the quotation marks enclose the reporter's summary, not the speaker's words.
const SELF_REPORTED = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+) ${REPORT}[,:]? [“"«](?:\\p{Lu}[\\p{L}'’-]+ )*\\1 ${REPORT}\\b`, 'gu');
// A reporting verb, an opening mark and a third-person possessive for the speaker's own country (added: “His country
// welcomes …”): indirect speech set in quotation marks, where a speaker quoted says "my country".
const THIRD_PERSON_SELF = new RegExp(`(?<![\\p{L}])${REPORT}[,:]? [“"«](?:His|Her) (?:country|government|nation)\\b`, 'gu');
// What every match holds: a reporting verb before an opening mark. The marks are looked for, by string search, and
// the verb read back from each (sticky): most texts hold few marks or none (wire copy without quotations), where a
// pattern of the verb and the mark tries its verbs at every s, n, a, e and u of the text.
const REPORTED_BEFORE = new RegExp(`(?<=${REPORT}[,:]? )`, 'uy');
const OPENING_MARKS = ['"', '“', '«'];
export const reportedMark = {
  test(text: string): boolean {
    for (const mark of OPENING_MARKS) {
      for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
        REPORTED_BEFORE.lastIndex = at;
        if (REPORTED_BEFORE.test(text)) return true;
      }
    }
    return false;
  },
};

/**
 * Indirect speech set in quotation marks, as a translation that keeps the source's reported speech inside the marks
 * writes it: the quotation opens on the speaker's own name reporting ("Kanaani said, “Naser Kanaani stated that"), or
 * on "his country" for the speaker's ("and added: “His country welcomes this process.”"). The span runs from the
 * opening mark to the words that give it away.
 */
export const quotedReports: QualityRule = {
  id: 'quoted-report',
  check(doc) {
    const out = [];
    for (const pattern of [SELF_REPORTED, THIRD_PERSON_SELF]) {
      for (const { start, end, match } of matchesIn(doc, pattern, reportedMark)) {
        const open = start + match[0].search(/[“"«]/u);
        out.push({ start: open, end, text: `"${doc.text.slice(open, end)}" opens a quotation on the speaker reported in the third person: indirect speech set in quotation marks (a translation keeping the source's reported speech)` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
