import { CAPITAL_INITIAL, type Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { apartFrom, isDigitUnit, isLetterUnit, isLowerUnit, isUpperUnit, letterRunStart, matchesIn, type Finding, type QualityRule } from './rule.ts';
import { isJoiner, singleCamelRuns, unitBefore, unitSet, wordsOf } from './words.ts';

/** What every finding of this rule says happened, after what it read. */
const LOST_SPACE = 'a space was lost (pasted or converted copy, often machine-translated)';

// A sentence's full stop glued to the next sentence's first word ("day.The", "2017.Talking"), or a word glued
// to a bracket ("Staff(JCS)"): the space was lost when the copy was pasted or converted. The left side is a
// word or a number of two characters or more, so initials ("U.S.") and domains ("news.ru") do not match, nor does a
// domain written with a capital ("VOANews.Com"; a country's two letters are read after, see countryDomain). A closing
// quotation mark or an opening bracket or quotation mark may stand between the stop and the word ("afternoon.[Sound",
// "situation.”[Sound", "capacity."Blinken’s"): the space lost is the same.
// A closing square bracket glued to the next sentence's first word ("[Reporter Fu Jiajun]According") and a
// clock time glued to a capitalised word ("09:40:25Source") are the same lost space; a number glued to a word
// is not read ("3D", "5G", "10Mbps" are English), only a time with its colon.
const GLUED = /[\p{L}\d'’-]*(?:\p{Ll}{2}|\p{Lu}{2}|\d)[.!?][”’"]?[[“"]?(?!(?:Com|Net|Org|Gov|Info)(?!\p{L}))\p{Lu}\p{Ll}+[\p{L}'’]*|\p{L}*\p{Ll}{3}\(\p{Lu}[^)\s]*\)?|\p{L}+\]\p{Lu}\p{Ll}+|\d{1,2}:\d\d(?::\d\d)?\p{Lu}\p{Ll}{2,}/gu;
// What every glued place holds: a stop (and a quotation mark or bracket) between a word and a capitalised one, a
// lowercase letter before a bracket, a bracket closed before a capitalised word, or a time's last two digits before one.
// Each alternative starts at its stop, bracket or colon, the letter before read back (a lookbehind): the engine skips
// to those few characters, where a letter first costs a class test at every character.
const GLUE_HINT = /[.!?](?<=[\p{L}\d].)[”’"[“]{0,2}\p{Lu}\p{Ll}|\((?<=\p{Ll}.)\p{Lu}|\](?<=\p{L}.)\p{Lu}\p{Ll}|:\d\d\p{Lu}\p{Ll}/u;
// A stop and a capital with one lower-case letter after it, the end of a word: a country's domain ("Caliber.Az",
// "Report.Ge") when the two letters are no English word ("China.It" is two sentences).
const COUNTRY_DOMAIN = /[.](\p{Lu}\p{Ll})$/u;

/** Whether a GLUED match ends in a country's domain: an outlet's name ("Caliber.Az"), no lost space. */
function countryDomain(match: string, lex: TranslationLexicons): boolean {
  const tld = COUNTRY_DOMAIN.exec(match)?.[1];
  return tld !== undefined && !lex.englishWord(tld.toLowerCase());
}

// Function words a lost space glues to the word before or after them ("blinkafter", "highlyof", "aswell", "ofthe").
// After a lower-case word the two-letter ones are read only after a longer stem: English has many words ending in
// "-in", "-to", "-on" ("kwaito"), few ending in "-after" or "-with".
const LONG_GLUES = ['after', 'the', 'and', 'with', 'from', 'for', 'has', 'have'];
// Of the two-letter ones only "of" and "to": "-in", "-on", "-at", "-as", "-by" end many English words the list lacks.
const SHORT_GLUES = ['of', 'to'];
const GLUES = [...LONG_GLUES, 'in', 'of', 'to', 'on', 'at', 'by'];
// The function words read in pairs ("ofthe", "tothe"): two glued together are no English word, whichever they are.
// The words read at a word's start before an English one are cues.json's runTogether list (lex.gluedLeading).
const FUNCTION_LIST = ['the', 'and', 'of', 'as', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from'];
const byFirst = (words: string[]) => {
  const table: (string[] | undefined)[] = [];
  for (const w of words) (table[w.charCodeAt(0)] ??= []).push(w);
  return table;
};
const FUNCTION_BY_FIRST = byFirst(FUNCTION_LIST);
// What a letter no word of a table starts with has: one list for all, not an empty one made at every word.
const NO_WORDS: readonly string[] = [];
// The longest pair of function words ("withfrom").
const PAIR_LONGEST = 8;
// The function words read before a capitalised word ("byParty"): not those that start code's names ("toString",
// "onClick", "forEach", "inStock", "asString").
const CAMEL_GLUES = new Set(['the', 'and', 'of', 'by', 'from']);
// The function words by their last letter (an ASCII unit): a name is compared with those ending as it does, one or two.
const GLUES_BY_LAST: (readonly string[] | undefined)[] = Array.from({ length: 128 }, (_, unit) => {
  const ending = GLUES.filter((g) => g.charCodeAt(g.length - 1) === unit);
  return ending.length > 0 ? ending : undefined;
});
/** Whether a name ends in one of GLUES. */
const endsInGlue = (name: string) => {
  const last = name.charCodeAt(name.length - 1);
  return last < 128 && GLUES_BY_LAST[last]?.some((g) => name.endsWith(g)) === true;
};
// The least a glued word keeps beside its function word; before a two-letter one, the longer stem.
const STEM = 3;
const SHORT_STEM = 5;
// The least a word keeps after a leading function word, unless it is one too: English compounds with three letters
// after one are many ("inbox", "onset", "ashore") and the word list lacks some.
const LEADING_REST = 4;
// The least a capitalised word keeps before a function word glued to it ("Organisationand"; "Helmand", "Coleand" are names).
const CAPITAL_STEM = 5;
// The least a past form glued to a name keeps ("Minhhanded"; "Alfred" is a name), and the shortest capitalised glued word.
const NAMED_PAST = 5;
const CAPITAL_GLUED = 8;
// The least a word glued to a number keeps ("2022tenure"; "5pm", "10km", "1990s" are units and decades).
const NUMBER_GLUED = 4;
const COMMA = 0x2c;
// The least a word glued after a possessive's "s" keeps.
const POSSESSED = 4;
// What stands beside a web address's or a handle's words ("theguardian.com", "@ofthe"): no lost space there.
const ADDRESS = unitSet([0x2e, 0x2f, 0x40, 0x5f, 0x23, 0x3d, 0x26]);

// Endings the word list writes few of its words with: "forwarded" is "forward" with one, no "for" glued to "warded".
const INFLECTIONS = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ly'];

/** Whether a lower-case word is one of `endings` after an English word of `stem` letters or more. */
function withEnding(word: string, endings: readonly string[], stem: number, lex: TranslationLexicons): boolean {
  return endings.some((e) => word.length - e.length >= stem && word.endsWith(e) && lex.englishWord(word.slice(0, -e.length)));
}

/** Whether a lower-case word is English, as the list has it or as one of its words (longer than STEM) with an inflection. */
function englishForm(word: string, lex: TranslationLexicons): boolean {
  return lex.englishWord(word) || withEnding(word, INFLECTIONS, STEM + 1, lex);
}

// Nouns English makes of any adjective the word list has, which the list lacks many of ("multilateralisation").
const NOMINALISATIONS = ['isation', 'ization', 'isations', 'izations'];

/** Whether a lower-case word is a NOMINALISATIONS noun of an English word of STEM letters or more. */
function nominalisation(word: string, lex: TranslationLexicons): boolean {
  return withEnding(word, NOMINALISATIONS, STEM, lex);
}

/** The glue ending at `end` (a long one, or a short one after SHORT_STEM letters), if one does. */
function glueEnding(text: string, start: number, end: number): string | undefined {
  const last = text.charCodeAt(end - 1);
  for (const glue of LONG_GLUES) if (glue.charCodeAt(glue.length - 1) === last && text.startsWith(glue, end - glue.length)) return glue;
  if (end - start - 2 < SHORT_STEM) return undefined;
  for (const glue of SHORT_GLUES) if (glue.charCodeAt(1) === last && text.startsWith(glue, end - 2)) return glue;
  return undefined;
}

/**
 * Whether text[start, end) is one of the words. A loop, not a `some` with a closure: the closure would hold the
 * word's bounds, and glueStarting, asked of most words of every text, would make a place for them at every call.
 */
function oneOfAt(words: readonly string[], text: string, start: number, end: number): boolean {
  for (const w of words) if (w.length === end - start && text.startsWith(w, start)) return true;
  return false;
}

/**
 * The leading word of the lower-case word text[start, end): a function word whose rest is one too ("ofthe"), or one
 * of the closed-class words no compound starts with whose rest is an English word ("theywill"), if one is.
 */
function glueStarting(text: string, start: number, end: number, lex: TranslationLexicons): string | undefined {
  const first = text.charCodeAt(start);
  // two function words are eight letters at most
  if (end - start <= PAIR_LONGEST) {
    for (const glue of FUNCTION_BY_FIRST[first] ?? NO_WORDS) {
      if (!text.startsWith(glue, start)) continue;
      const rest = start + glue.length;
      if (oneOfAt(FUNCTION_BY_FIRST[text.charCodeAt(rest)] ?? NO_WORDS, text, rest, end)) return glue;
    }
  }
  for (const glue of lex.gluedLeading[first] ?? NO_WORDS) {
    const rest = start + glue.length;
    if (end - rest >= LEADING_REST && text.startsWith(glue, start) && lex.englishWordAt(text, rest, end)) return glue;
  }
  return undefined;
}

// A verb's past form glued to the English word after it ("receivedappointment"): compounds seldom start with one. The
// past form is of six letters or more ("redhead", "bedrock" are no "-ed" verb), the word after of four or more.
const PAST = 6;
const AFTER_PAST = 4;

/** The past form of a verb that starts the lower-case word text[start, end), the rest an English word, if one does. */
function pastStarting(text: string, start: number, end: number, lex: TranslationLexicons): string | undefined {
  for (let at = text.indexOf('ed', start + PAST - 2); at >= 0 && end - (at + 2) >= AFTER_PAST; at = text.indexOf('ed', at + 1)) {
    const past = text.slice(start, at + 2);
    if (englishForm(past, lex) && englishForm(text.slice(at + 2, end), lex)) return past;
  }
  return undefined;
}

/**
 * A function word glued to a word beside it, the pair no word of English: a lower-case word that splits into an
 * English word and a function word after it ("blinkafter", "highlyof") or before it ("aswell", "thecomprehensive", two
 * function words: "ofthe"), read from the text's runs of letters (see wordsOf), none of a web address; or a name the
 * entities stage read, made of another name it read (no English word: "Thein" is no "The" with "in") and any function
 * word, flagged where it stands.
 */
function gluedFunctionWords(doc: Doc, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  const { text } = doc;
  const found = (start: number, end: number, stem: string, glue: string) => {
    const word = text.slice(start, end);
    if (englishForm(word.toLowerCase(), lex)) return;
    out.push({ start, end, text: `"${word}" runs two words together ("${stem} ${glue}"): ${LOST_SPACE}` });
  };
  // a possessive's "s" glued to the next word ("China’sneighbourhood"): after an apostrophe, an "s" and an English word
  // of POSSESSED letters or more, the whole no word ("Hawai'i", "O'sullivan" and "Shi'ite" have none such)
  const gluedPossessive = (owner: number, start: number, end: number) => {
    if (text.charCodeAt(start) !== 0x73 || end - start - 1 < POSSESSED || !isLowerRange(text, start, end)) return;
    if (!englishForm(text.slice(start + 1, end), lex) || englishForm(text.slice(start, end), lex)) return;
    const word = text.slice(owner, end);
    out.push({ start: owner, end, text: `"${word}" runs two words together ("${text.slice(owner, start + 1)} ${text.slice(start + 1, end)}"): ${LOST_SPACE}` });
  };
  // a capitalised word glued to a function word ("Organisationand": the stem an English word of CAPITAL_STEM letters or
  // more, "Helmand" is none) or a name glued to the past form after it ("Minhhanded": the name written alone elsewhere)
  const gluedToCapitalised = (start: number, end: number) => {
    if (!isLowerRange(text, start + 1, end) || englishForm(text.slice(start, end).toLowerCase(), lex)) return;
    const glue = glueEnding(text, start, end);
    if (glue !== undefined && LONG_GLUES.includes(glue) && end - glue.length - start >= CAPITAL_STEM && lex.englishWordAt(text, start, end - glue.length)) {
      found(start, end, text.slice(start, end - glue.length), glue);
      return;
    }
    if (!text.endsWith('ed', end)) return;
    for (let at = start + STEM; end - at >= NAMED_PAST; at += 1) {
      if (!englishForm(text.slice(at, end), lex)) continue;
      const name = text.slice(start, at);
      if (!lex.englishWord(name.toLowerCase()) && writtenAlone(text, name)) found(start, end, name, text.slice(at, end));
      return;
    }
  };
  // a number glued to the English word after it ("2019-2022tenure"; "5pm", "10km", "1990s" are too short to read), or a
  // comma glued to one of the closed-class words after a word ("Chad,and"): the space after was lost
  const gluedAfter = (start: number, end: number, before: number): boolean => {
    let from = start - 1;
    if (before === COMMA) {
      if (!isLetterAt(text, from - 1) || !oneOfAt(lex.gluedLeading[text.charCodeAt(start)] ?? NO_WORDS, text, start, end)) return false;
      from = letterRunStart(text, from);
    } else {
      if (end - start < NUMBER_GLUED || isLetterAt(text, end) || !englishForm(text.slice(start, end), lex)) return false;
      while (from > 0 && isDigitUnit(text.charCodeAt(from - 1))) from -= 1;
    }
    const word = text.slice(from, end);
    out.push({ start: from, end, text: `"${word}" runs two words together ("${text.slice(from, start).replace(/,$/, ', ')}${before === COMMA ? '' : ' '}${text.slice(start, end)}"): ${LOST_SPACE}` });
    return true;
  };
  // read from the text's runs of letters (see wordsOf): a glue ends or starts a run of letters, the stem is the rest of it
  const { runs } = wordsOf(text);
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = runs[i + 1]!;
    const first = text.charCodeAt(start);
    const before = unitBefore(text, start);
    // a lower-case word after a comma or a number, glued to it ("and" is three letters)
    if ((before === COMMA || isDigitUnit(before)) && isLowerUnit(first) && gluedAfter(start, end, before)) continue;
    // the shortest pair of function words; then a lower-case word
    if (end - start < 4) continue;
    if (isUpperUnit(first)) {
      if (end - start >= CAPITAL_GLUED && !isJoiner(before) && !ADDRESS.has(before) && !isJoiner(text.charCodeAt(end)) && !ADDRESS.has(text.charCodeAt(end))) gluedToCapitalised(start, end);
      continue;
    }
    if (!isLowerUnit(first)) continue;
    // a word a joiner ties to the one before is no glued word, but for a possessive's "s"
    if (isJoiner(before)) {
      if (before !== 0x2d && i > 0 && runs[i - 1] === start - 1) gluedPossessive(runs[i - 2]!, start, end);
      continue;
    }
    // the split is looked for first (each by a letter compared first), the rest after: most words have no split
    const glue = end - start >= STEM + 3 ? glueEnding(text, start, end) : undefined;
    const at = glue ? end - glue.length : -1;
    const ending = glue !== undefined && at - start >= STEM && (lex.englishWordAt(text, start, at) || nominalisation(text.slice(start, at), lex));
    const leading = ending ? undefined : glueStarting(text, start, end, lex);
    const past = ending || leading || end - start < PAST + AFTER_PAST || lex.englishWordAt(text, start, end) ? undefined : pastStarting(text, start, end, lex);
    if (!ending && !leading && !past) continue;
    // no web address's word, and no capital inside (camelJoins reads "byParty", and passes code's "asString")
    if (ADDRESS.has(before) || ADDRESS.has(text.charCodeAt(end)) || !isLowerRange(text, start, end)) continue;
    if (ending) found(start, end, text.slice(start, at), glue!);
    else {
      const head = leading ?? past!;
      found(start, end, head, text.slice(start + head.length, end));
    }
  }
  out.push(...camelJoins(text, lex));
  // a name glued to a function word is read where the tagger took the pair for a name of its own ("Cebuin" beside "Cebu"):
  // a look-up of each single-word name, not a search of the text for each (a long text names many)
  const single = (e: Doc['entities'][number]) => e.name.length > STEM && !e.name.includes(' ') && CAPITAL_INITIAL.test(e.name);
  // the names ending in a function word first, most by their last letter: most texts have none, and need no set of names
  const glued = doc.entities.filter((e) => endsInGlue(e.name) && single(e));
  if (glued.length === 0) return out;
  const names = new Set(doc.entities.filter(single).map((e) => e.name));
  for (const e of glued) {
    const glue = GLUES.find((g) => e.name.endsWith(g) && names.has(e.name.slice(0, -g.length)));
    if (!glue || e.name.length - glue.length < STEM) continue;
    const stem = e.name.slice(0, -glue.length);
    if (lex.englishWord(stem.toLowerCase())) continue;
    for (const m of doc.mentions) if (m.entity === e.id && m.text === e.name) found(m.start, m.end, stem, glue);
  }
  return out;
}

// Words that open a sentence and seldom end a coined name: not "In", "On", "At", "It" ("LinkedIn", "AddOn", "GetIt").
const OPENERS = new Set(['The', 'He', 'She', 'They', 'We', 'This', 'These', 'Those', 'But', 'However', 'According']);

/**
 * Two words run together in camel case (the index's camel places, see wordsOf): a lower-case function word before a
 * capitalised word ("byParty"; "iPhone", "eBay" have none), or two capitalised words the text writes apart elsewhere
 * ("ForeignMinister" beside "Foreign Minister"; a brand, "YouTube", is written joined throughout) or one of which is a
 * role word before or after a name ("PresidentNguyen", "LamAmbassador": no brand is named so), the left one of three
 * letters or more (a name's particle, "Mc Donald" or "De Santis", is written either way); or a word of three letters or
 * more glued to a sentence's opening word (OPENERS) with a space after it ("agreementThe minister": a stop and a space lost).
 * A run with more than one camel place ("GlaxoSmithKline", "getElementById") is a coined name, not read.
 */
function camelJoins(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  for (const { at, start, end } of singleCamelRuns(wordsOf(text))) {
    // the right half a capitalised word of lower-case letters; no joiner or address beside the run
    if (end - at < 2 || !isLowerRange(text, at + 1, end)) continue;
    const before = unitBefore(text, start);
    if (isJoiner(before) || ADDRESS.has(before) || isJoiner(text.charCodeAt(end)) || ADDRESS.has(text.charCodeAt(end))) continue;
    const left = text.slice(start, at);
    const right = text.slice(at, end);
    const lowerLeft = at - start >= STEM && isLowerRange(text, start + 1, at);
    // a word of STEM letters or more glued to a sentence's opening word, a space after it: the stop and space were lost
    if (lowerLeft && OPENERS.has(right) && text.charCodeAt(end) === 0x20 && !lex.englishWord(`${left}${right}`.toLowerCase())) {
      out.push({ start, end, text: `"${left}${right}" runs two sentences together ("${left} ${right}"): ${LOST_SPACE}` });
      continue;
    }
    if (end - at < 3) continue;
    const capitalised = isUpperUnit(text.charCodeAt(start)) && lowerLeft;
    const joined = CAMEL_GLUES.has(left) || (capitalised && (text.includes(`${left} ${right}`) || lex.roles.has(left.toLowerCase()) || lex.roles.has(right.toLowerCase())));
    if (!joined || lex.englishWord(`${left}${right}`.toLowerCase())) continue;
    out.push({ start, end, text: `"${left}${right}" runs two words together ("${left} ${right}"): ${LOST_SPACE}` });
  }
  return out;
}

// Lost spaces come in batches: copy pasted or converted so that it lost BATCH spaces or more by the readings above lost
// others those readings leave alone, since they guard against English's own compounds and code's names one word at a time.
// In such a text a lower-case word that is no English word but a function word and a word ("maintainan", "afriend"), a
// comma between two words ("peace,stability"), a stop before a one-letter opener ("said.A"), an English word before a
// capitalised one ("aboutVietnam", "thePM"), or two capitalised words one of which the text writes alone
// ("SahariPengiran" beside "Pengiran") is a lost space too.
const BATCH = 2;
// A split lower-case word is a function word or an article and an English word of HALF letters or more ("afriend",
// "maintainan", "withsustainable"): English's closed compounds the word list lacks join two content words
// ("policymakers", "cyberattack") or end in a short one ("statesmen", "socio-"). The least a camel half and a word after a comma keep.
const HALF = 4;
const FUNCTION_HALVES = new Set([...FUNCTION_LIST, 'a', 'an']);
const CAMEL_HALF = 2;
const AFTER_COMMA = 3;

// A stop glued to a one-letter opener, "A" or "I", after a lower-case word and before a space and a lower-case word
// ("Wang said.A common focus"): read only in a text that lost other spaces, as native copy's slips lose one ("desk.A
// list"); a number or an initial before the stop is an item's name ("Article 5.A", "U.S.A").
const GLUED_LETTER = /\p{L}*\p{Ll}{2}[.!?][”’"]?[AI](?= \p{Ll})/gu;
const GLUED_LETTER_HINT = /[.!?](?<=\p{Ll}.)[”’"]?[AI] \p{Ll}/u;

// Two content words glued are read when each has LONG_HALF letters or more ("multilateralcooperation"): English's closed
// compounds the word list lacks have a short half ("policymakers", "cyberattack", "peacekeeping").
const LONG_HALF = 7;

/**
 * The first split of the lower-case word text[start, end) into a function word and an English word (either first), or
 * into two English words of LONG_HALF letters or more, if one is.
 */
function splitInTwo(text: string, start: number, end: number, lex: TranslationLexicons): number | undefined {
  for (let at = start + 1; at < end; at += 1) {
    const left = text.slice(start, at);
    const right = text.slice(at, end);
    if (FUNCTION_HALVES.has(left) ? right.length >= HALF && englishForm(right, lex) : FUNCTION_HALVES.has(right) && left.length >= HALF && englishForm(left, lex)) return at;
    if (left.length >= LONG_HALF && right.length >= LONG_HALF && lex.englishWord(left) && englishForm(right, lex)) return at;
  }
  return undefined;
}

/** The lost spaces read in a text that lost BATCH or more by the stricter readings (see BATCH). */
function batchedSpaces(doc: Doc, lex: TranslationLexicons): Finding[] {
  const { text } = doc;
  const out: Finding[] = matchesIn(doc, GLUED_LETTER, GLUED_LETTER_HINT).map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" runs two sentences together, in a text that lost other spaces: ${LOST_SPACE}` }));
  const found = (start: number, end: number, at: number, comma: boolean) => {
    const word = text.slice(start, end);
    out.push({ start, end, text: `"${word}" runs two words together ("${text.slice(start, at)}${comma ? '' : ' '}${text.slice(at, end)}"), in a text that lost other spaces: ${LOST_SPACE}` });
  };
  const words = wordsOf(text);
  const { runs } = words;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = runs[i + 1]!;
    const before = unitBefore(text, start);
    if (ADDRESS.has(before) || ADDRESS.has(text.charCodeAt(end)) || !isLowerRange(text, start, end)) continue;
    // a comma between two words, the one after an English word
    if (before === COMMA && isLetterAt(text, start - 2) && end - start >= AFTER_COMMA && englishForm(text.slice(start, end), lex)) {
      found(letterRunStart(text, start - 1), end, start - 1, true);
      continue;
    }
    if (isJoiner(before) || englishForm(text.slice(start, end), lex)) continue;
    const at = splitInTwo(text, start, end, lex);
    if (at !== undefined) found(start, end, at, false);
  }
  for (const { at, start, end } of singleCamelRuns(words)) {
    const before = unitBefore(text, start);
    if (isJoiner(before) || ADDRESS.has(before) || ADDRESS.has(text.charCodeAt(end)) || end - at < CAMEL_HALF) continue;
    const left = text.slice(start, at);
    const right = text.slice(at, end);
    // a brand's one-letter head is no word ("iPhone", "eBay")
    const lower = at - start >= CAMEL_HALF && isLowerRange(text, start, at) && lex.englishWord(left);
    const named = at - start >= STEM && end - at >= STEM && isUpperUnit(text.charCodeAt(start)) && isLowerRange(text, at + 1, end) && (writtenAlone(text, left) || writtenAlone(text, right));
    // or two capitalised words of NAME_HALF letters or more joined once only ("ThanhVinh", "PermanentRepresentative"): a
    // brand so joined ("PowerPoint") is named again
    const once = !named && at - start >= NAME_HALF && end - at >= NAME_HALF && isUpperUnit(text.charCodeAt(start)) && isLowerRange(text, start + 1, at) && isLowerRange(text, at + 1, end) && onlyOnce(text, start, end);
    if (lower || named || once) found(start, end, at, false);
  }
  return out;
}

// The least each half of a capitalised pair joined once keeps: a name's particle ("McDonald", "DeSantis", "MacArthur") is shorter.
const NAME_HALF = 4;

/** Whether text[start, end) stands nowhere else in the text. */
const onlyOnce = (text: string, start: number, end: number) => text.indexOf(text.slice(start, end)) === start && text.indexOf(text.slice(start, end), end) < 0;

/** Whether the text writes `word` on its own somewhere, no letter either side. */
function writtenAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) return true;
  }
  return false;
}

const isLetterAt = (text: string, at: number) => at >= 0 && at < text.length && isLetterUnit(text.charCodeAt(at));

/** Whether text[from, to) is lower-case letters alone. */
function isLowerRange(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (!isLowerUnit(text.charCodeAt(at))) return false;
  return true;
}

/** Two sentences, a word and a bracket, or a word and the function word after it run together without a space. */
export const runTogether: QualityRule = {
  id: 'run-together',
  check(doc, lex) {
    const found: Finding[] = matchesIn(doc, GLUED, GLUE_HINT).filter(({ match }) => !countryDomain(match[0], lex)).map(({ start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" runs two words or sentences together: ${LOST_SPACE}`,
    }));
    const glued = apartFrom(gluedFunctionWords(doc, lex), found);
    const strict = [...found, ...glued];
    if (strict.length >= BATCH) glued.push(...apartFrom(batchedSpaces(doc, lex), strict));
    return glued.length === 0 ? found : [...found, ...glued].sort((a, b) => a.start - b.start);
  },
};
