import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Doc } from '../../../model/index.ts';
import { paragraphDoc } from './test-doc.ts';
import { pageFurniture, positionCaption } from './page-furniture.ts';
import { wordCount } from './words.ts';

const lex = loadTranslationLexicons();

test('page-furniture: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['Photo : YONHAP News\nThe story.', ['Photo : YONHAP News']],
    ['Minister Minh at the G20 meeting (Photo: VNA)\nThe story.', ['Minister Minh at the G20 meeting (Photo: VNA)']],
    ['Bulkin Sergey/news.ru/Global Look Press', ['Bulkin Sergey/news.ru/Global Look Press']],
    ['In this photo provided by Yonhap, Kim talks.', ['In this photo provided by Yonhap, Kim talks.']],
    ['Read more: Talks resume in Geneva', ['Read more: Talks resume in Geneva']],
    ['© 2024 Xinhua. All rights reserved.', ['© 2024 Xinhua. All rights reserved.']],
    // each pattern that is tried only where a string it needs stands
    ['Rockets hit Netivot (XINHUA/Khalil Hamra)', ['Rockets hit Netivot (XINHUA/Khalil Hamra)']],
    ['Latifa/ Nisreen/ Rafah', ['Latifa/ Nisreen/ Rafah']],
    ['Bulkin Sergey/news.ru/Global Look Press', ['Bulkin Sergey/news.ru/Global Look Press']],
    // a dateline set between slashes opens the story's sentence, no credit: its words run past a credit's few
    ['Kabul /PAJHWOK/ Foreign Minister Amir Khan Muttaqi received the Chinese envoy on Monday.', []],
    ['The talks will resume next week. Enditem', ['The talks will resume next week. Enditem']],
    // an agency's end marker with its desk's initials ("(end) ahm.gta"); the word in prose is no marker
    ['They discussed the latest regional developments, the ministry said. (end) ahm.gta', ['They discussed the latest regional developments, the ministry said. (end) ahm.gta']],
    ['The ministry said the talks would go on to the (end) of the month.', []],
    ['(END)', ['(END)']],
    ['The minister arrives on Monday. Photo: Reuters', ['The minister arrives on Monday. Photo: Reuters']],
    // an agency's bracketed photo credit, a caption or credit label, a stock agency's credit closing a line, a photographer's credit alone
    ['Kim Yo Jong speaks in Pyongyang. (AP Photo/Lee Jin-man)', ['Kim Yo Jong speaks in Pyongyang. (AP Photo/Lee Jin-man)']],
    ['Image caption, The ministers met in Lima', ['Image caption, The ministers met in Lima']],
    ['Photo credit: Maria Lopez', ['Photo credit: Maria Lopez']],
    ['The ministers meet in Lima. Maria Lopez/AFP via Getty Images', ['The ministers meet in Lima. Maria Lopez/AFP via Getty Images']],
    ['Photo by Maria Lopez', ['Photo by Maria Lopez']],
    ['The AP photos of the talks were shown.', []],
    ['Image sources close to the ministry said the talks ended.', []],
    ['He sold the pictures to Getty Images.', []],
    ['Photo by photo, the inspectors checked the damage.', []],
    ['Copyright 2019 The Associated Press.', ['Copyright 2019 The Associated Press.']],
    // a file photo's caption, an ad slot, a template's weather, a bracketed credit line, a caption ending on its date
    ["Turkey's Foreign Minister Ali Babacan (File)", ["Turkey's Foreign Minister Ali Babacan (File)"]],
    ['- Advertisement -spot_imgspot_img', ['- Advertisement -spot_imgspot_img']],
    ['13.4 C', ['13.4 C']],
    ['(Xinhua News Agency August 24, 2005)', ['(Xinhua News Agency August 24, 2005)']],
    ['Foreign Minister Mottaki speaks to the media after talks in Ankara, Turkey, 18 Jul 2008', ['Foreign Minister Mottaki speaks to the media after talks in Ankara, Turkey, 18 Jul 2008']],
    ['The talks, first held in Geneva on June 5, 2009, resumed on Monday.', []],
    ['Advertisers left the market, he said.', []],
    ['The temperature fell to 13 C overnight.', []],
    ['(The talks were held in 2005.)', []],
    // an agency's photo credit closing a caption, a widget's label
    ['Pompeo arrives in Subang, Malaysia August 2, 2018. REUTERS/Lai Seng Sin', ['Pompeo arrives in Subang, Malaysia August 2, 2018. REUTERS/Lai Seng Sin']],
    ['Listen to this article:', ['Listen to this article:']],
    ['The talks ended. US/Russia ties are in Trouble', []],
    ['Listen to this article, the minister told reporters on Monday.', []],
    ['The file (Reuters) was leaked.', []],
    ['Related talks were held in Geneva.', []],
    ['Source: Reuters', []],
    ['The ministry said the photo was fake.', []],
    ['Some information for this report was provided by AP, AFP and Reuters.', []],
    // a link label or reading time closing a paragraph, a desk's sign-off, a view counter, a comment box, a template's weather and date lines
    ['Turkey kept its embassy open. read more', ['Turkey kept its embassy open. read more']],
    ['By The Associated Press February 16, 2017 8:20 am < a min read', ['By The Associated Press February 16, 2017 8:20 am < a min read']],
    ['Reporting by Tuvan Gumrukcu; Editing by Dominic Evans', ['Reporting by Tuvan Gumrukcu; Editing by Dominic Evans']],
    ['This news has been read 190 times in total', ['This news has been read 190 times in total']],
    ['ADD A COMMENT to TO THE NEWS', ['ADD A COMMENT to TO THE NEWS']],
    ['1051', ['1051']],
    ['Yerevan:   +14 °C', ['Yerevan:   +14 °C']],
    ['Today:   Saturday, 04 May, 2024', ['Today:   Saturday, 04 May, 2024']],
    ['He said he would read more of the report before he decided.', []],
    ['Analysts read more into the move than was there.', []],
    ['Reporting by the agency was criticised; editing by the desk was slow, he said.', []],
    // the sign-off in label form, names after it; a label before a sentence is no sign-off
    ['Reporter: Yuni Arisandy Sinaga', ['Reporter: Yuni Arisandy Sinaga']],
    ['Editor: Liu Jie', ['Editor: Liu Jie']],
    ['Editor: huaxia', ['Editor: huaxia']],
    ['Editor: the ministry declined to comment', []],
    ['Editor: The ministry has not commented on the report.', []],
    ['The ministers met 1051 days after the war began.', []],
    ['Today: the ministers meet in Geneva.', []],
    ['Temperatures in Yerevan reached 14 °C on Monday.', []],
    ['breaking latest news – “The United States is not qualified,” he said.', ['breaking latest news – “The United States is not qualified,” he said.']],
    ['The talks – held in Geneva – ended.', []],
    // a widget's label or counter alone, a "Powered by" credit, a reporter's initial and surname alone, a breadcrumb,
    // a republisher's dateline before the outlet's own
    ['Comments', ['Comments']],
    ['Like 0', ['Like 0']],
    ['Popular posts from this blog', ['Popular posts from this blog']],
    ['WP Twitter Auto Publish Powered By : XYZScripts.com', ['WP Twitter Auto Publish Powered By : XYZScripts.com']],
    ['Powered by', ['Powered by']],
    ['B.Khuder', ['B.Khuder']],
    ['HomeNewsDiplomatic NewsCroatia Congratulates the New Foreign Minister', ['HomeNewsDiplomatic NewsCroatia Congratulates the New Foreign Minister']],
    ['Home > World > Asia', ['Home > World > Asia']],
    ['VIETNAM, August 5 - HÀ NỘI — The minister met his counterparts.', ['VIETNAM, August 5 - HÀ NỘI — The minister met his counterparts.']],
    ['Comments by the minister drew criticism.', []],
    ['Like 2014, the year was hard.', []],
    ['The plant is powered by gas from Russia.', []],
    ['Powered by hydrogen, the bus ran all day.', []],
    ['Homeland Security officials met on Monday.', []],
    ['Home Office officials met on Monday.', []],
    ['SEOUL, Nov 9 (Reuters) - The ministers met on Thursday.', []],
    ['WASHINGTON, June 5 - The talks resumed.', []],
    // a capitalised call to a link, a button's label, a video listing's date line, a desk credit
    ['The talks ended. WATCH MORE: https://example.org/news', ['The talks ended. WATCH MORE: https://example.org/news']],
    ['Buy Now on CodeCanyon', ['Buy Now on CodeCanyon']],
    ['Surprise Me!', ['Surprise Me!']],
    ['2020-08-15 10 Dailymotion', ['2020-08-15 10 Dailymotion']],
    ['World Bulletin / News Desk', ['World Bulletin / News Desk']],
    ['More at https://example.org/news, the ministry said.', []],
    ['Buy now, pay later schemes grew, the bank said.', []],
    ['2020-08-15 was the day the talks resumed, the minister said.', []],
    ['The News Desk of the paper was closed on Monday.', []],
    // a name captioned as an archive photo; two figures or a line written twice are read no more (golf scores, wire tables' headings)
    ['0 26', []],
    ['CONFIRMED CONFIRMED', []],
    ['Vladimir Makei. An archive photoMINSK, 23 March (BelTA) – The minister spoke.', ['Vladimir Makei. An archive photoMINSK, 23 March (BelTA) – The minister spoke.']],
    ['The vote was 52 48 in the end.', []],
    ['Talks, talks and more talks.', []],
    ['He showed an archive photo of the talks.', []],
    // a desk's initials closing a paragraph, a caption closing on its credit, a section's label alone
    ['The President will attend the APEC Summit in Bangkok, Thailand. (T/RE1)', ['The President will attend the APEC Summit in Bangkok, Thailand. (T/RE1)']],
    ['The minister is going to visit Russia. Photo by the government press service.', ['The minister is going to visit Russia. Photo by the government press service.']],
    ['News', ['News']],
    ['Maria Novoselova/Vestnik Kavkaza', ['Maria Novoselova/Vestnik Kavkaza']],
    // a template's menus and boxes, a byline's "by" alone
    ['Most read stories of the month', ['Most read stories of the month']],
    ['Latest articles of the week', ['Latest articles of the week']],
    ['Get the Mirror in your inbox:', ['Get the Mirror in your inbox:']],
    ['Last minute', ['Last minute']],
    ['by', ['by']],
    ['Most read stories of the month were about the talks.', []],
    ['Follow us on the path to peace, the minister urged, and sign up for talks.', []],
    ['Talks and/or Meetings went on, Peace/War hung on it.', []],
    ['The vote (52/48) was close.', []],
    ['News of the talks spread. The photo by Reuters was widely shared, he said.', []],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('page-furniture: a counter, a byline naming nobody, skip links and a player\'s labels and a paragraph repeating the one before are the page\'s', () => {
  const cases: [string, string[]][] = [
    // counters: a number and what it counts, or a reading count
    ['(3 votes)', ['(3 votes)']],
    ['1,204 views', ['1,204 views']],
    ['Read 52 times', ['Read 52 times']],
    ['The talks drew 3 votes in favour.', []],
    ['Read 52 times, the letter still moved him.', []],
    // a byline that names nobody: the word alone, or a template's default author or desk (template-line.ts); a name is a byline
    ['Written by', ['Written by']],
    ['By admin', ['By admin']],
    ['By Maria Lopez', []],
    ['By Staff', ['By Staff']],
    ['By Reuters Staff', []],
    ['Written by hand, the note reached Seoul.', []],
    // skip links, a loading or player label, a blog's unfilled counter; a capitalised header alone
    ['Accessibility links', ['Accessibility links']],
    ['Skip to main content', ['Skip to main content']],
    ['Go to contents', ['Go to contents']],
    ['please wait', ['please wait']],
    ['No media source currently available', ['No media source currently available']],
    ['%d bloggers like this:', ['%d bloggers like this:']],
    ['Latest News', ['Latest News']],
    ['Please wait for the minister, he told the guards.', []],
    ['Go to contents of the report, the judge said.', []],
    // a label with its content on the lines below (wire copy's "Scorers:", "Teams:") is the story's
    ['Scorers:', []],
    // words written twice inside one line are a table's columns as often as a caption printed twice: not read
    ['Sales Op profit Sales Op profit', []],
    // a paragraph repeating the one before it: the repeat only (the first may be the headline), both copies of one
    // shorter than a headline (a byline's name, the site's), and not a word repeated alone
    ['Ministers Meet in Lima\nMinisters Meet in Lima\nThe ministers met on Monday.', ['Ministers Meet in Lima']],
    ['Envoy Maria Lopez Speaks\nEnvoy Maria Lopez Speaks\nThe talks ended.', ['Envoy Maria Lopez Speaks']],
    ['Maria Lopez\nMaria Lopez\nThe talks ended.', ['Maria Lopez', 'Maria Lopez']],
    ['Talks\nTalks\nThe talks ended.', []],
    ['Ministers Meet in Lima\nThe ministers met on Monday.\nMinisters Meet in Lima', []],
    // above the story, the author line a byline a line or two below repeats, and the headline again under the site's name;
    // not the headline again around a byline's date line
    ['Ministers Meet in Lima\nMaria Lopez and Juan Perez\nLima\nBy Maria Lopez and Juan Perez\nThe ministers met on Monday in Lima for the talks.', ['Maria Lopez and Juan Perez']],
    // (the site's name between the copies is flagged as one: capitalised words ending on an outlet's word)
    ['Ministers Meet in Lima\nAndean News Agency\nMinisters Meet in Lima\nThe ministers met on Monday in Lima for the talks.', ['Andean News Agency', 'Ministers Meet in Lima']],
    ['Ministers Meet in Lima\nMaria Lopez - 18 March 2016 10:43\nMinisters Meet in Lima\nThe ministers met on Monday in Lima for the talks.', []],
    // three lines apart or more, a byline alone, or inside the story: not read
    // (the revision stamp between is the template's: template-line.ts)
    ['Maria Lopez and Juan Perez\nMay 4, 2021\nUpdated at 10:43\nLima, 5\nBy Maria Lopez and Juan Perez\nThe ministers met on Monday in Lima for the talks.', ['Updated at 10:43']],
    ['Ministers Meet in Lima\nBy Maria Lopez\nThe ministers met on Monday in Lima for the talks.', []],
    ['The ministers met on Monday in Lima for the talks.\nTalks went on\nThe ministers met again on Tuesday in Lima for more talks.\nTalks went on\nThe ministers will meet again in Quito next month for the last talks.', []],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    // a repeat is flagged where it stands: the second of the two
    const where = pageFurniture.check(paragraphDoc(text), lex).map((f) => f.start);
    if (expected.length === 1 && text.includes('\n') && expected[0] === text.split('\n')[0]) assert.ok(where.every((at) => at > 0), text);
    assert.deepEqual(found, expected, text);
  }
});

test('page-furniture: the short capitalised lines above the headline, right above the story, are the page\'s; a byline, a date line, a table or a lower-case line is not', () => {
  const story = 'The ministers met in Lima on Monday and agreed to meet again next month.';
  const cases: [string, string[]][] = [
    [`Regional Politics Desk\nAll Andean News Related to Peru\nPeru and Chile Agree to Resume Talks\n${story}`, ['Regional Politics Desk', 'All Andean News Related to Peru']],
    [`May 4, 2021\nAndean News\nPeru and Chile Agree to Resume Talks\n${story}`, ['Andean News']],
    // the headline's own lines, a date line, a name alone, capitals alone, lower-case words, a table's rows between
    [`Peru and Chile Agree to Resume Talks\n${story}`, []],
    [`May 4, 2021\nPeru and Chile Agree to Resume Talks\n${story}`, []],
    [`Regional Politics\nPeru and Chile Agree to Resume Talks\nLIMA, May 4\nA byline here\n${story}`, []],
    [`ANDEAN DESK\nPeru and Chile Agree to Resume Talks\n${story}`, []],
    [`the talks in\nPeru and Chile Agree to Resume Talks\n${story}`, []],
    [`Company Name Andes Mining Inc\nShares offered 2.5 million\nLead underwriter Lima Capital Partners Group\n${story}`, []],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
  // a person's name alone above the dateline is a byline
  const byline = `Maria Lopez\nPeru and Chile Agree to Resume Talks\n${story}`;
  assert.deepEqual(pageFurniture.check(withPerson(byline, 'Maria Lopez'), lex).map((f) => byline.slice(f.start, f.end)), []);
});

/** paragraphDoc with `name` (its first occurrence) read as a person's name. */
function withPerson(text: string, name: string): Doc {
  const doc = paragraphDoc(text);
  const at = text.indexOf(name);
  doc.mentions.push({ id: 'm1', start: at, end: at + name.length, text: name, type: 'PERSON', entity: null, source: 'tagger', nominal: false });
  return doc;
}

test('page-furniture: a person\'s name after a title, or alone between two of the story\'s sentences, is a caption; a headline or a byline is not', () => {
  const cases: [string, string, string[]][] = [
    ['Croatia congratulated Amir-Abdollahian in Tehran on Monday by telephone today.\nHossein Amir-Abdollahian\nHe hails from Damghan in Semnan province, east of the capital.', 'Hossein Amir-Abdollahian', ['Hossein Amir-Abdollahian']],
    // a bare name above the story is wire copy's byline; a journalist's title makes a byline too
    ['Tennis results\nLarry Fine\nThe top seeds won their matches in New York on Friday night.', 'Larry Fine', []],
    ['AP Diplomatic Writer Matthew Lee\nThe top diplomats met in New York on Friday for talks.', 'Matthew Lee', []],
    // a name going on in lower case below is a broken sentence's subject; a new name between two stories heads the next
    ['Jim Brady then gave a big thumbs up to the audience in the hall.\nBrady\nwas shot in the head in 1981 by a gunman outside a hotel.', 'Brady', []],
    ['Last month’s meeting marked the highest-level talks in almost 30 years.\nBermet Akayeva\nThe daughter of the ousted president appeared in parliament on Monday.', 'Bermet Akayeva', []],
    ['Acting Minister of Foreign Affairs Le Hoai Trung\nThe talks went well.', 'Le Hoai Trung', ['Acting Minister of Foreign Affairs Le Hoai Trung']],
    ['FOREIGN MINISTER RECEIVED BY ZHOU YONGKANG\nThe talks went well.', 'ZHOU YONGKANG', []],
    ['By Matthew Lee\nThe talks went well.', 'Matthew Lee', []],
    ['Talks were held with Le Hoai Trung\nThe talks went well.', 'Le Hoai Trung', []],
    ['The minister met Le Hoai Trung.', 'Le Hoai Trung', []],
  ];
  for (const [text, name, expected] of cases) {
    const found = pageFurniture.check(withPerson(text, name), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('page-furniture: a site\'s name, an archive photo\'s caption or a speaker\'s role label run into its section or the story at a paragraph\'s start is flagged alone; a name in camel case or a domain in prose is not', () => {
  const cases: [string, string[]][] = [
    ['GENERICO.ruWorldUS ambassador summoned to Turkish Foreign Ministry', ['GENERICO.ru']],
    ['Iran PressIran News: "The Islamic Republic of Iran considers the sanctions illegal," he said.', ['Iran PressIran News:']],
    ['General Douglas MacArthur: the speech that ended his career was given in 1951.', []],
    ['Douglas MacArthur said so. Visit Example.com for more.', []],
    ['The report on Caliber.az said the talks went well.', []],
    // a photo's caption marked an archive photo, run into the story
    ['View of the city of Ankara. Archival photo ANKARA, May 22. The ambassador was summoned.', ['View of the city of Ankara. Archival photo']],
    ['The ministers met in Ankara. Archive photos of the talks were shown.', []],
    // a transcript's speaker label naming a role alone, run into what is said; a label naming its reporter, a bracket in prose, a role word alone is not
    ['[Reporter] The foreign ministers met in Seoul on Monday.', ['[Reporter]']],
    ['【Anchor】 The talks ended.', ['【Anchor】']],
    ['[Interviews]The minister left.', ['[Interviews]']],
    ['[Global Network Reporter Fu Jiajun] According to a report, the talks ended.', []],
    ['The [reporter] asked the minister a question.', []],
    ['Reporter The minister left.', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('page-furniture: a title\'s lower-case words in a caption are the words of the role the entities stage read for the person, no others', () => {
  // [text, name, the person's stated role, expected]
  const cases: [string, string, string | null, string[]][] = [
    ['North Korea says it will face new threats\nNorth Korean leader Kim Jong Un\nThe drills are an unwelcome action.', 'Kim Jong Un', 'leader', ['North Korean leader Kim Jong Un']],
    ['Talks resume\nformer US national security adviser John Bolton\nThe talks went well.', 'John Bolton', 'former US national security adviser', ['former US national security adviser John Bolton']],
    // a role the entities stage did not read, or lower-case words beyond it, make a sentence's piece
    ['North Korea says it will face new threats\nNorth Korean leader Kim Jong Un\nThe drills are an unwelcome action.', 'Kim Jong Un', null, []],
    ['Talks resume\nTalks were held with leader Kim Jong Un\nThe talks went well.', 'Kim Jong Un', 'leader', []],
    ['Talks resume\nAP Diplomatic Writer and leader Matthew Lee\nThe talks went well.', 'Matthew Lee', 'leader', []],
  ];
  for (const [text, name, role, expected] of cases) {
    const doc = withPerson(text, name);
    doc.mentions[0]!.entity = 'e1';
    doc.entities.push({ id: 'e1', name, type: 'PERSON', aliases: [], mentions: ['m1'], country: null, countrySource: null, actorCode: null, role, affiliation: null });
    assert.deepEqual(pageFurniture.check(doc, lex).map((f) => text.slice(f.start, f.end)), expected, `${text} (${role})`);
  }
});

test('page-furniture: the short lines after the story\'s last sentence are the page\'s, unless a sentence, a source credit or another language\'s', () => {
  const story = 'The ministers met in Baghdad on Monday and agreed to meet again next month.';
  const cases: [string, string[]][] = [
    [`${story}\nYou might also like\nLeave A Reply`, ['You might also like', 'Leave A Reply']],
    // a line with a figure is left alone (a table's row, a sign-off's number), and a run of short lines with several is a table
    [`${story}\nRate this item\n(0 votes)\nGo to top`, ['Rate this item', '(0 votes)', 'Go to top']],
    [`${story}\nAmerican League standings\nNew York 74 59\nBaltimore 71 62\nEastern division leaders`, []],
    [`${story}\nIn Seattle ,\nAt the close:`, []],
    [`${story}\nPlease enter your comment!`, ['Please enter your comment!']],
    // a short closing sentence, a source credit, a template's field in Turkish, another script, a headline-length title
    [`${story}\n"What happens next depends on Moscow."`, []],
    [`${story}\nSource: Reuters`, []],
    [`${story}\nKaynak:Source of News\nGüncelleme Tarihi: 29 Mart 2017, 14:28`, []],
    [`${story}\n23 марта 2021`, []],
    [`${story}\nCari pada List Sites Notifications\nKlik Allow pada List Notifications tersebut\nShafaq Live`, ['Shafaq Live']],
    [`${story}\nMinsk calls on Washington to objectively assess situation in Belarus`, []],
    // no story sentence at all: nothing to stand after
    ['Talks in Baghdad\nBaghdad by night', []],
    // short lines inside the story, before its last sentence, are not read (a template's own words are: template-line.ts)
    [`Talks in Baghdad\nBaghdad bureau\n${story}`, []],
    [`Talks in Baghdad\nBy Staff\n${story}`, ['By Staff']],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('page-furniture: a body\'s name of several words alone on its line between two of the story\'s sentences captions its building or logo; inside a sentence or above the story it does not', () => {
  const cases: [string, string, string[]][] = [
    ['The Foreign Ministry of Azerbaijan said so on Monday in a statement.\nMinistry of Foreign Affairs of Azerbaijan\nThe spokesman added that talks would go on next week.', 'Ministry of Foreign Affairs of Azerbaijan', ['Ministry of Foreign Affairs of Azerbaijan']],
    ['Last minute\nMinistry of Foreign Affairs of Azerbaijan\nThe ministry said so on Monday.', 'Ministry of Foreign Affairs of Azerbaijan', ['Last minute']],
    ['The Ministry of Foreign Affairs of Azerbaijan said so on Monday.', 'Ministry of Foreign Affairs of Azerbaijan', []],
  ];
  for (const [text, name, expected] of cases) {
    const doc = paragraphDoc(text);
    const at = text.indexOf(name);
    doc.mentions.push({ id: 'm1', start: at, end: at + name.length, text: name, type: 'ORG', entity: null, source: 'tagger', nominal: false });
    assert.deepEqual(pageFurniture.check(doc, lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('page-furniture: a paragraph\'s words are counted as its trimmed text split at white space counts them, as far as asked', () => {
  const cases: [string, number][] = [
    ['', 1],
    ['   ', 1],
    ['Comments', 1],
    ['  Leave a Reply \n', 3],
    ['Go\tto\n\ntop', 3],
    ['Most\u00a0read stories', 3],
    ['Share — this', 3],
  ];
  for (const [text, count] of cases) {
    assert.equal(wordCount(text), count, text);
    assert.equal(wordCount(text), text.trim().split(/\s+/).length, text);
  }
  // counted only as far as asked
  assert.equal(wordCount('one two three four', 2), 2);
  assert.equal(wordCount('one two', 5), 2);
});

test('page-furniture: the strings a CMS template writes (comment form, rate, print and share widgets, loaders, notification prompts, analytics tags) are the page\'s; prose saying the same words is not', () => {
  const cases: [string, string[]][] = [
    ['Your email address will not be published. Required fields are marked *', ['Your email address will not be published. Required fields are marked *']],
    ['Your email address will not be published.', ['Your email address will not be published.']],
    ['Please enter your comment!', ['Please enter your comment!']],
    ['Please enter your name here', ['Please enter your name here']],
    ['Rate this item', ['Rate this item']],
    ['Connect with us', ['Connect with us']],
    ['top of page', ['top of page']],
    ['Back to top', ['Back to top']],
    ['loading…', ['loading…']],
    ['Print:', ['Print:']],
    ['LATEST POSTS in this category', ['LATEST POSTS in this category']],
    ['MORE STORIES', ['MORE STORIES']],
    ['Yandex metrika counter', ['Yandex metrika counter']],
    ['Livemint wants to start sending you push notifications. Click allow to subscribe', ['Livemint wants to start sending you push notifications. Click allow to subscribe']],
    ['The minister said his email address will not be published in the report.', []],
    ['Please enter your comments in the register, the clerk told the delegates.', []],
    ['Rate this item of news as you will, he said.', []],
    ['The ships were loading fuel at the port.', []],
    ['Print: the ministry printed the statement on Monday.', []],
    ['He was at the top of the page of candidates.', []],
    ['The government wants to send notifications to all citizens abroad.', []],
    ['Latest posts by the envoy criticised the ministry.', []],
    // the share, print and menu buttons and the article links any CMS writes, alone on a line, and a tag list
    ['Share this:', ['Share this:']],
    ['Tweet', ['Tweet']],
    ['WhatsApp', ['WhatsApp']],
    ['Comments (0)', ['Comments (0)']],
    ['Next article', ['Next article']],
    ['You may also like', ['You may also like']],
    ['Tags: Iran, sanctions, EU', ['Tags: Iran, sanctions, EU']],
    ['Share this article with the delegates, the minister said.', []],
    ['WhatsApp messages were read out in court on Monday.', []],
    ['Next article of the treaty deals with fishing rights, he said.', []],
    ['Tags on the crates showed they came from Iran.', []],
    // a link label in capitals or "next", a share button or a row of them, a follow prompt, a topics label; prose is not
    ['READ MORE: Iran rejects the sanctions', ['READ MORE: Iran rejects the sanctions']],
    ['ALSO READ | Ministers meet in Lima', ['ALSO READ | Ministers meet in Lima']],
    ['Related coverage: Talks resume', ['Related coverage: Talks resume']],
    ['Share on Facebook', ['Share on Facebook']],
    ['Facebook Twitter WhatsApp Telegram', ['Facebook Twitter WhatsApp Telegram']],
    ['Facebook | Twitter | Email | Print', ['Facebook | Twitter | Email | Print']],
    ['Follow Reuters on Twitter', ['Follow Reuters on Twitter']],
    ['Keywords: Iran, EU, sanctions', ['Keywords: Iran, EU, sanctions']],
    ['Filed under: World', ['Filed under: World']],
    ['|', ['|']],
    ['READ more of the statement, he told the crowd.', []],
    ['Related news of the talks reached Seoul on Monday.', []],
    ['Share on Facebook was the slogan of the campaign, he said.', []],
    ['Facebook and Twitter removed the posts on Monday.', []],
    ['Follow the money, the prosecutor said.', []],
    ['Topics of the talks included trade and security.', []],
    ['Ministers met | talks went on', []],
    // a site's or agency's name alone on its line: capitalised words ending on an outlet's word (an acronym after it at most);
    // a headline naming an outlet, a sentence, a line with a date are not
    ['Yemen News Agency SABA', ['Yemen News Agency SABA']],
    ['Google Oneindia News', ['Google Oneindia News']],
    ['Andean News Agency (ANA)', ['Andean News Agency (ANA)']],
    ['Washington Post Editor Resigns', []],
    ['The ministry spoke to the news agency.', []],
    ['VOA News 02 July 2010', []],
    ['NEWS AGENCY', []],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('page-furniture: a photo caption\'s position markers after a name ("(left)", "(second from right)", "(R)" beside "(C)") make it a caption; a party\'s letter or prose saying left does not', () => {
  const rows: [string, boolean][] = [
    ['Indonesian President Joko Widodo (left) speaks with US Foreign Minister Antony Blinken (second from right).', true],
    ['Chinese Foreign Minister Wang Yi (2nd R) meets Lavrov in Beijing.', true],
    ['Iranian FM Mohammad Javad Zarif (R) sits with Catherine Ashton (C) in Geneva.', true],
    ['Moon Jae-in (L) shakes hands with Kim Jong Un (R) at Panmunjom.', true],
    ['Senator Lindsey Graham (R) said the talks had failed.', false],
    ['Senators Lindsey Graham (R) and Ted Cruz (R) voted against the deal.', false],
    ['The minister left the room and turned right at the door.', false],
    ['The party moved to the left (left of centre, critics said).', false],
    ['The ministry (left in charge of the talks) said nothing.', false],
  ];
  for (const [text, expected] of rows) assert.equal(positionCaption(text), expected, text);
  assert.deepEqual(pageFurniture.check(paragraphDoc('Kim Jong Un (left) meets Vladimir Putin in Vladivostok'), lex).map((f) => f.text.includes('where the people it names stand')), [true]);
});

test('page-furniture: an agency\'s end marker or desk code, an editor\'s credit and a photo credit closing a paragraph are the page\'s; a slash or an editor named in prose is not', () => {
  const cases: [string, string[]][] = [
    // Vietnam News Agency closes its stories on "/.", CNN Newsource on "The-CNN-Wire"
    ['The two sides agreed to boost ties in the region and the world./.', ['The two sides agreed to boost ties in the region and the world./.']],
    ['The-CNN-Wire', ['The-CNN-Wire']],
    // a Chinese site's "(责任编辑：…)" credit, translated
    ['The announcement did not specify the number.(Edit: elegant)', ['The announcement did not specify the number.(Edit: elegant)']],
    ['The ministry said so. (Editor: Wang Lin)', ['The ministry said so. (Editor: Wang Lin)']],
    // a wire's closing desk initials and filing slug
    ['REUTERS SS HT1828', ['REUTERS SS HT1828']],
    ['The site is at www.example.com/.', []],
    ['He said the ratio was 3/4 and left.', []],
    ['The editor (Edit Piaf, no relation) declined to comment.', []],
    ['The CNN-Wire deal was signed.', []],
    ['REUTERS reported the talks in 2014', []],
    // a caption closing on an Indonesian site's "Foto/AGENCY" credit, translated
    ['Citizens are urged to leave amid the war. Photo/REUTERS', ['Citizens are urged to leave amid the war. Photo/REUTERS']],
    ['The minister arrives in Jakarta. Foto/Antara', ['The minister arrives in Jakarta. Foto/Antara']],
    ['The photo/video ban was lifted, officials said.', []],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('page-furniture: other stories\' titles under a list heading after the story\'s first sentence are the page\'s; the headline under a label above the story, and a sentence, are not', () => {
  const story = 'The ministers met in Baghdad on Monday and agreed to meet again next month.';
  const cases: [string, string[]][] = [
    [`${story}\nALSO READ\nBhutanese prime minister to visit India from Nov 24-26\nFirst check post opens in Assam\nThe two sides will meet again in May, the ministry said.`, ['ALSO READ', 'Bhutanese prime minister to visit India from Nov 24-26', 'First check post opens in Assam']],
    [`${story}\nYou May Also Like\nIsrael blocking more Gaza aid convoys: UN\nArab League says ceasefire is not lasting peace`, ['You May Also Like', 'Israel blocking more Gaza aid convoys: UN', 'Arab League says ceasefire is not lasting peace']],
    // above the story's first sentence the title under a label is the story's headline
    [`Latest News\nMinisters meet in Baghdad to discuss trade\n${story}`, ['Latest News']],
    // a heading naming no list ("Breaking News") heads no titles
    [`${story}\nBreaking News\nMinisters meet in Baghdad to discuss trade`, ['Breaking News']],
  ];
  for (const [text, expected] of cases) {
    const found = pageFurniture.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
