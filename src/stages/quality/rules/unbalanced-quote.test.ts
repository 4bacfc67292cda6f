import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { unbalancedQuotes } from './unbalanced-quote.ts';

const lex = loadTranslationLexicons();
const flagged = (text: string) => unbalancedQuotes.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));

test('unbalanced-quote: flags quotation marks that do not pair, and nothing in plain English copy', () => {
  const cases: [string, number][] = [
    ['Russia \'\'has never refused negotiations and is open to contacts.', 1],
    ['He said ,,we will not give up" and left.', 0],
    ['The West "must understand that expansion is unacceptable.\nThe minister left.', 1],
    ['”We will respond,” the diplomat said.', 1],
    ['"We have said it, the minister added, "and we say it again."', 1],
    // a quotation glued to the sentence before it opens there, its space lost; a mark after a stop with a space after it closes
    ['"It is a failure," he said.Kanani went on worldwide."This would go nowhere," he continued."The end," he added.', 0],
    ['Kanani went on worldwide." This would go nowhere, he continued.', 1],
    ['He said "we are ready."The talks went on.', 0],
    // quoted words going on after an ellipsis, their opening mark glued to it; a close after an ellipsis still closes
    ['Solana said that the accession of the three countries..."is perhaps the clearest sign," he said.', 0],
    ['Solana said that the accession of the three countries..." is perhaps the clearest sign, he said.', 1],
    ['He said "the accession of the three countries..." and left.', 0],
    // a quotation nested in the same marks closes before the outer one: balanced
    ['"Without some unexpected "coup de theatre", I don\'t see what will block the bid," said Philippe.', 0],
    ['"Without some unexpected "coup de theatre", I don\'t see what will block the bid, said Philippe.', 1],
    // native copy: inches, a quotation continued into the next paragraph, mixed styles, scare quotes
    ['The suspect, described as 5\'10" tall, fled with a 12" knife.', 0],
    ['"The talks were long.\n"But we agreed," she said.', 0],
    ['He called it “a good start" and left.', 0],
    // two straight marks together join two clips of one quotation; alone, an empty pair still pairs
    ['“We will press Moscow not to arm the DPRK... ""...Of course, we have concerns." Blinken left.', 0],
    ['He said "" and left.', 0],
    ['He said "we will go"" and left.', 1],
    ['The so-called "red line" was crossed, he said, "again and again."', 0],
    ['She said "the vote was 52" and sat down.', 0],
    ['The spokesman said `` we are ready . \'\' and left .', 0],
    ['`` We agreed .\n`` And we will , \'\' he said .', 0],
    // a curly single quotation that never closes; apostrophes and closed single quotations are no such thing
    ['Mao Ning called on the UK to ‘stop spreading false information, after a researcher was arrested.', 1],
    ['Mao said the position was ‘consistent and clear’, and the UK’s claims were wrong.', 0],
    ['The ministers’ meeting in the ‘90s was the ‘last chance’ for peace.', 0],
    ['Hezbollah ‘s statements about the arrest were contradicted.', 0],
    ['He called it ‘a good start.\n‘And we will go on,’ he said.', 0],
    // a paragraph with a double mark and a single one wrong has both flagged
    ['« Mao Ning called on the UK to ‘stop spreading false information, during a briefing on Monday.', 2],
    ['« Mao Ning called on the UK to ‘stop spreading false information’, during a briefing on Monday.', 1],
    ['« Mao Ning called on the UK to ‘stop spreading false information.\n« The so-called espionage makes no sense, » she said.', 1],
    // a quotation of several sentences set one to a line closes lines later; a close at a line's start is a misprinted opening
    ['"We have no idea why they are held.\nWe are still trying.\nWe will go on." He left.', 0],
    ['King said at the draw. "\nThat is our sole goal. "\nThe team left.', 0],
    ['`` We want to know what happened .\nWe are fully committed . \'\'\nHe left "early.', 1],
    ['Russia \'\'has never refused talks.\n”We will respond adequately,” he said.', 2],
    ['The West "must understand that.\nThe minister said it "is unacceptable" for Russia.', 1],
    ['"He has been cleared.\nThe case is closed, "a spokesman said.', 0],
    ['He said, "we will go.\nThe case is closed, but "we will appeal," a spokesman said.', 1],
    // tokenised copy: a mark before a comma or a stop closes, one after a comma and a space closes what is open
    ['"She is fantastic, "said Nikki Campbell, who went to the pageant.', 0],
    ['"This is an important issue in our relationship ", said Fox.', 0],
    ['Gencor said "we can look forward to further growth ".', 0],
    ['The minister said the talks had "failed, "and left.', 0],
    ['The minister said the talks had failed, "and left.', 1],
    ['"Are you kidding?\nShe is fantastic, "said Nikki Campbell, who went to the pageant."\nShe looked great.\nVery sexy. "\nThe show went on.', 0],
    ['The lease of its ".tv" domain brings revenue.', 0],
    ['"He complains too much," said Rios. "\nBut it is not that.\nI played badly.\nIt was tough at night.\nBalls were fast.\nI lost. "\nRios left.', 0],
    ['"He complains too much," said Rios. "\nBut it is not that.\nI played badly.\nIt was tough at night.\nBalls were fast.\nThe court was slow.\nThe crowd was loud.\nI lost. "\nRios left.', 2],
    ['She is fantastic, said Nikki Campbell, who went to the pageant."\nThe show went on.', 1],
    // a quotation of several paragraphs: the lines between hold no mark, the next line with one opens on it again
    ['"I putted well," said Parnevik. "\nI was disappointed.\n"My game feels good.\nI never want to be even par. "\nHenke left.', 0],
    ['"I putted well," said Parnevik. "\nI was disappointed.\nThe team said it "failed.\nHenke left.', 2],
    // a quotation whose words follow its mark on the line, then narration: the next line's mark opens another quotation
    ['Xi said the army was "ready to fight against anything.\nExperts say the idea is a sign of solidarity.\n"China and Russia are both targets," said Li.', 1],
    // a double mark closed by a single one after the stop (mixed styles) pairs; a nested single quotation keeps its own close
    ['The Crab said, "I well deserve my fate?\' Contentment with our lot is an element of happiness.', 0],
    ['The Crab said, "I well deserve my fate?\' Then the Fox said, "You do." The end.', 0],
    ['He said, "They told me \'go home.\' Then he left.', 1],
    ['He said, "They told me \'go home.\' Then he left."', 0],
    ['He said "the boys\' shoes were fine and left.', 1],
    ['"I kept saying to myself,\' keep battling,\'" said O\'Brien.', 0],
    ['``Well may we say `God save the Queen.\' Nothing will save it,\'\' he said.', 0],
    // tokenised copy: inches spaced off their number, a possessive's apostrophe typed as a double mark and spaced
    ['It comes with either 15 \'\' or 17 \'\' displays, he said "today.', 1],
    ['The 15 \'\' display "is big.\'\' It sells well.', 0],
    ['Fontaine Co Ltd sells women "s fashion wigs.', 0],
    ['Fontaine Co Ltd sells women "some fashion wigs.', 1],
    // TeX-style marks reopening after a stop go on with a quotation whose paragraph break was lost; after a comma, or straight, they do not
    ['Replied Boucher, ``We have not analyzed the statement. ``We believe his words cannot distract the world,\'\' he said.', 0],
    ['Replied Boucher, ``We have not analyzed the statement, ``We believe his words cannot distract the world,\'\' he said.', 1],
    ['Replied Boucher, "We have not analyzed the statement. "We believe his words cannot distract the world," he said.', 1],
  ];
  for (const [text, n] of cases) assert.equal(flagged(text).length, n, text);
});
