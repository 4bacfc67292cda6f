import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { truncatedParagraphs } from './truncated.ts';

const lex = loadTranslationLexicons();

test('truncated: flags a paragraph cut at its end or its start, and not headlines, captions or labels', () => {
  const long = 'The minister said the talks would resume next week in Geneva with all the parties that had';
  const cases: [string, number][] = [
    [`Talks Stall as Leaders Trade Blame\n${long}`, 1],
    ['Talks Stall as Leaders Trade Blame\nThe Washington meeting will come on the heels of talks between Russian foreign minister and the', 1],
    ['Talks Stall as Leaders Trade Blame\nnews that Taiwanese officials had left the island on Monday before the vote.', 1],
    ['Talks Stall as Leaders Trade Blame\n– Deputy Prime Minister Minh met his counterpart.', 1],
    ['Talks Stall as Leaders Trade Blame\nbreaking latest news – “The United States is not qualified,” he said.', 0],
    // the headline repeated with a tail is an image's title, no cut sentence; a longer line that only starts like it still counts
    ['Deputy PM, Foreign Minister Pham Binh Minh holds talks with US Secretary of State John Kerry\nDeputy PM, Foreign Minister Pham Binh Minh holds talks with US Secretary of State John Kerry - ảnh 1\nThe talks went well.', 0],
    ['Minister Minh holds talks with Kerry\nMinister Minh holds talks with Kerry and the two sides agreed to strengthen cooperation in trade and the\nThe talks went well.', 1],
    ['Kerry and Lavrov hold talks on Syria and the ceasefire in Geneva as fighting goes on in the north', 1],
    ['Kerry and Lavrov hold talks on Syria and the ceasefire in Geneva as fighting goes on in the north\nThe story.', 0],
    ['Kerry and Lavrov hold talks on Syria and the ceasefire in Geneva as the', 1],
    // native copy and page furniture: a headline, a caption ending on a date, a short lowercase label, a list
    ['‘We urge the British to stop spreading false information’ – MOFA reacts to UK’s ‘Chinese spy’ claims\nThe story.', 0],
    ['Talks Stall as Leaders Trade Blame\nIranian Foreign Minister Manouchehr Mottaki speaks to the media after talks with his Turkish counterpart Ali Babacan in Ankara, Turkey, 18 Jul 2008', 0],
    ['Talks Stall as Leaders Trade Blame\nThe ministers met at the State Department in Washington to discuss the situation in Syria and Ukraine, December 10, 2019', 0],
    ['13.4 C\njeudi, mai 23, 2024\nThe story.', 0],
    ['jeudi, mai 23, 2024\n‘We urge the British to stop spreading false information’ – MOFA reacts to UK’s ‘Chinese spy’ claims\nThe story.', 0],
    ['Talks Stall as Leaders Trade Blame\nThe minister met the ambassador (Photo: VNA)', 0],
    ['Talks Stall as Leaders Trade Blame\n- first item\n- second item', 0],
    // a bulleted point, alone too, needs no stop, as a headline; unbulleted it is cut, and bulleted on a dangling word too
    [`Talks Stall as Leaders Trade Blame\n• ${long} agreed to it\nThe story.`, 0],
    [`Talks Stall as Leaders Trade Blame\n${long} agreed to it\nThe story.`, 1],
    ['Talks Stall as Leaders Trade Blame\n• The minister said the talks would resume with the\nThe story.', 1],
    // a caption printed twice in a row, cut short, is the page's, each copy; cut once, it is a cut sentence
    ['Talks Stall as Leaders Trade Blame\nThe envoy (L) greets the minister of the Union for Trade and the deputy head of the (E\nThe envoy (L) greets the minister of the Union for Trade and the deputy head of the (E\nThe talks went well.', 0],
    ['Talks Stall as Leaders Trade Blame\nThe envoy (L) greets the minister of the Union for Trade and the deputy head of the (E\nThe talks went well.', 1],
    // a line broken after an abbreviation's stop (a state's, a company's) goes on with the sentence; after a sentence's stop the lowercase line is cut
    ['Weld seeks Senate seat as Mass.\ngovernor has trouble winning home support at all.', 0],
    ['Teledesic signed with phone companies and The Walt Disney Co.\nsaid Thursday it had signed a $1 billion contract with Zenit.', 0],
    ['Teledesic signed with phone companies and the city of Boston.\nsaid Thursday it had signed a $1 billion contract with Zenit.', 1],
    // a results line ends on its last score; a sentence cut after a number is still cut
    ['Squash: Khan Through in Hong Kong\nQuarter-final results in the Hong Kong Open on Friday: Jansher Khan (Pakistan) beat Mark Cairns (England) 15-10 15-6 15-7', 0],
    ['Squash: Khan Through in Hong Kong\nQuarter-final results in the Hong Kong Open on Friday: Jansher Khan of Pakistan beat Mark Cairns of England by 15', 1],
    // a deck between the headline and the byline is no cut sentence; a long unstopped paragraph after the byline is
    ['Fidan meets Rubio in Antalya\nHakan Fidan, Marco Rubio discuss preparations for visits planned to be held at heads of state level\nBy Tugba Altun\nThe story.', 0],
    [`Fidan meets Rubio in Antalya\nBy Tugba Altun\n${long}`, 1],
    // a dateline alone on its line; a sentence cut on a dash is still cut
    ['Talks Stall as Leaders Trade Blame\nCAPE TOWN, South Africa (AP) --\nThe story.', 0],
    ['Talks Stall as Leaders Trade Blame\nHAVANA (AP) —\nNICOSIA, August 8 (Xinhua) --\nThe story.', 0],
    ['Talks Stall as Leaders Trade Blame\nThe minister said the talks in Havana (Cuba) would resume -', 1],
    // a paragraph mostly in another language is flagged as untranslated, not as cut
    ['Talks Stall as Leaders Trade Blame\nUYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren, imla kuralları ile yazılmamış,', 0],
    ['Talks Stall as Leaders Trade Blame\nU.S. Secretary of State Mike Pompeo arrives at Royal Malaysian Air Force base in Subang, Malaysia August 2, 2018. REUTERS/Lai Seng Sin', 0],
    ['Talks Stall as Leaders Trade Blame\nThe minister said the talks would resume next week in Geneva with all the parties, REUTERS reported on Lai', 1],
    // a listing page's teaser cut after a word no sentence ends on, its cut marked by an ellipsis; not a quotation trailing off
    ['Talks Stall as Leaders Trade Blame\nThe drills could conceal an attack, according to the top US military commander in the ...', 1],
    ['Talks Stall as Leaders Trade Blame\n"What we hear every morning is gloom, resignation and scepticism...', 0],
    ['Talks Stall as Leaders Trade Blame\nThe programme is a very modest part of the total...', 0],
    ['Talks Stall as Leaders Trade Blame\nThe drills could conceal an attack, according to the commander of the …', 1],
    ['Talks Stall as Leaders Trade Blame\nThe drills could conceal an attack, according to the commander of the.', 0],
    // final punctuation closed by quotes and brackets, or a closing quote alone, ends a paragraph; a comma before them does not
    ['Talks Stall as Leaders Trade Blame\nThe minister said the talks had failed (and would not resume.”)', 0],
    ['Talks Stall as Leaders Trade Blame\nThe minister called the talks «a failure»', 0],
    ['Talks Stall as Leaders Trade Blame\nThe minister said on Monday that the talks had failed and that in his view the other side would, ’]', 1],
    // a body sentence broken over two lines is whole; after a headline the lowercase line is still headless
    ['Talks Stall as Leaders Trade Blame\nThe story.\nGriqualand West and New Zealand drew 18-18 in their rugby union\ntour match on Tuesday.', 0],
    // a rule of dashes is no sentence; a line cut on a dash still is
    ['Talks Stall as Leaders Trade Blame\nThe story.\n----- oOo-----\n*****\nThe next story.', 0],
    ['Talks Stall as Leaders Trade Blame\nThe story.\nThe minister said the talks would resume with all the parties that had -\nThe next story.', 1],
    ['Talks Stall as Leaders Trade Blame\nThe story.\nThe minister said that the talks with his counterparts had gone well,\nMohammad Akram and the rest', 1],
    // lines broken at the copy's width, two or more short lines ending on a word no sentence ends on; one such line is cut
    ['Results from the\n$450,000 Toshiba Classic tennis tournament on Wednesday.\nMichael Schumacher of\nGermany won the race.', 0],
    ['Talks Stall as Leaders Trade Blame\nThe minister said the talks would resume with the\nGermany won the race.', 1],
    ['TENNIS - RESULTS AT TOSHIBA CLASSIC.\nCARLSBAD, California 1996-08-21\nResults from the\n$450,000 Toshiba Classic tennis tournament on Wednesday.', 0],
    // a listing or a label (few lowercase words) or a rule of dashes is no sentence; a dash after a dateline is the dateline's
    ['Talks Stall as Leaders Trade Blame\nThe story.\nTo bat: Wasim Akram, Moin Khan, Mushtaq Ahmed, Waqar Younis,\nMohammad Akram and the rest', 0],
    ['Talks Stall as Leaders Trade Blame\nThe story.\nChalmers (Australia), Miguel Angel Martin (Spain),\nThe story.', 0],
    ['Talks Stall as Leaders Trade Blame\nThe story.\n------------------------\nThe story.', 0],
    ['London shipsales.\nLONDON 1996-08-22\n- Secondhand tonnage brokers reported the sale of the following vessels.', 0],
    ['Sarajevo press.\nThe story.\nOSLOBODJENJE\n- The Bosnian federation launches a common payment system on Friday.', 0],
    ['Sarajevo press.\nThe story.\n- The federation launches a system.\nThe story.\n- The president met refugees.\nThe story.\n- Police arrested two men.', 0],
    ['Minh in Bonn\nMinh at the G20 Foreign Ministers’ Meeting (Photo: VNA)\n– Deputy Prime Minister Minh met his counterpart.', 1],
    ['London shipsales.\nThe story.\n- Secondhand tonnage brokers reported the sale of the following vessels.', 1],
    ['IMERISIA\n-- Pre-election debate heats up on economic issues as conservative New Democracy party promises seven measures\nKERDOS\n-- Finance ministry will cut the 12-month T-bill rate by 10 basis points in the upcoming issue\nEXPRESS\n-- Message of unity from the conservative party as the former prime minister and the leader meet', 0],
    ['Talks Stall as Leaders Trade Blame\n- Pre-election debate heats up on economic issues as conservative New Democracy party promises seven measures', 2],
    // a lowercase line after a quotation closed at a line's end is its attribution
    ['Talks Stall as Leaders Trade Blame\n"He fired a propaganda cannon at Germany."\nsaid Bertram, who also read out extracts from the material.', 0],
    ['Talks Stall as Leaders Trade Blame\nHe fired a propaganda cannon at Germany.\nsaid Bertram, who also read out extracts from the material.', 1],
    // a lowercase line after a quotation trailing off goes on with it; after a finished sentence it is headless
    ['Talks Stall as Leaders Trade Blame\n"Now is the time for the two sides to engage in political talks...\nthat is to end the state of hostility, " the paper said.', 0],
    ['Talks Stall as Leaders Trade Blame\n"Now is the time for the two sides to engage in political talks.\nthat is to end the state of hostility, " the paper said.', 1],
    // a table's rows (figures and empty cells) are no sentences; a sentence with a few figures still is one
    ['Talks Stall as Leaders Trade Blame\nThe story.\nATLANTA 79 46 .632 -\nRate (%) 13.67 14.15 15.19 - -\n- - - -', 0],
    ['Talks Stall as Leaders Trade Blame\nThe story.\nThe index rose 3.7 percent in July and 3.6 percent in June after a fall of', 1],
    // a closing quote set off by a space, as tokenised copy writes it, still closes a finished sentence
    ['Talks Stall as Leaders Trade Blame\nThe bank chief said that `` the prospects for a return to growth in the near term appear good . \'\'', 0],
    ['Talks Stall as Leaders Trade Blame\nThe bank chief said that `` the prospects for a return to growth in the near term appear good and \'\'', 1],
  ];
  for (const [text, n] of cases) assert.equal(truncatedParagraphs.check(paragraphDoc(text), lex).length, n, text);
});

test('truncated: a line cut before a line break left as markup, and not a finished line, a label or a link', () => {
  const cases: [string, string[]][] = [
    ['Talks Stall as Leaders Trade Blame\nThe talks stalled.<br /><br />Wang said the US is to blame for the state of China-US relations, <br /><br />He commented on the decision.', ['for the state of China-US relations,']],
    ['Talks Stall as Leaders Trade Blame\nThe talks stalled over the issue of the<br>The ministers met again.', ['The talks stalled over the issue of the']],
    // finished lines, a heading and a page's links end on no dangling word
    ['Talks Stall as Leaders Trade Blame\nThe talks stalled.<br /><br />Background<br />WATCH MORE: https://example.com/c/news<br />SUBSCRIBE: https://example.com/x<br />LIKE: https://example.com/y', []],
  ];
  for (const [text, expected] of cases) {
    const found = truncatedParagraphs.check(paragraphDoc(text), lex).filter((f) => f.text.includes('line break')).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
