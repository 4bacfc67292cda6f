import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { listHeading, listTitle, templateLine } from './template-line.ts';

const vocab = loadTranslationLexicons().pageTemplate;

test('template-line: each unit reads a template line of its kind, in outlets\' many styles', () => {
  const cases: [string, string][] = [
    // labels, buttons and counters: template words, small words and networks only, a figure beside a counted word
    ['Share this article', 'a label or counter of the page'],
    ['Sign up for our daily newsletter', 'a label or counter of the page'],
    ['Follow us on Telegram', 'a label or counter of the page'],
    ['RELATED STORIES', 'a label or counter of the page'],
    ['By Staff', 'a label or counter of the page'],
    ['Comments (3)', 'a label or counter of the page'],
    ['· 4 min read', 'a label or counter of the page'],
    ['1,204 Views', 'a label or counter of the page'],
    ['473FollowersFollow', 'a label or counter of the page'],
    ['LinkedIn', 'a label or counter of the page'],
    // a revision's time stamp under its label, a time counted back
    ['Updated: 10:45 GMT', 'a time stamp of the page'],
    ['• Last Update 2024-07-20 13:22:00', 'a time stamp of the page'],
    ['3 hours ago', 'a label or counter of the page'],
    ['Last modified on Friday, 3 March 2021', 'a time stamp of the page'],
    // menus, breadcrumbs and rows of buttons
    ['Home | World | Politics', 'a menu or row of buttons of the page'],
    ['Home › News › Talks resume in Geneva after a long pause', 'a menu or row of buttons of the page'],
    ['Facebook • Twitter • Email', 'a label or counter of the page'],
    ['Privacy Policy | Terms of Use | Contact Us', 'a menu or row of buttons of the page'],
    // captions and credits under a label, or closing on one
    ['Photograph: Maria Lopez/AFP', 'a caption or credit of a picture'],
    ['Image credit: Reuters', 'a caption or credit of a picture'],
    ['Photo courtesy of the ministry', 'a caption or credit of a picture'],
    ['The ministers meet in Lima on Monday. File photo | Photo Credit: PTI', 'a caption closing on its credit'],
    ['The envoy arrives in Oslo. Pic/PTI', 'a caption closing on its credit'],
    ['The ministers meet in Beijing, Sept. 2, 2018. [Photo/Xinhua]', 'a caption closing on its credit'],
    // a link under its label, a notice to the reader, an end marker
    ['Also Read: Talks resume in Geneva', 'a link of the page to another story'],
    ['READ MORE | Ministers meet in Lima', 'a link of the page to another story'],
    ['We use cookies to improve your experience on our site.', 'a notice of the page to its reader'],
    ['Comments are closed.', 'a notice of the page to its reader'],
    ['Notify me of follow-up comments by email.', 'a notice of the page to its reader'],
    ['###', 'an end marker'],
    ['- ENDS -', 'an end marker'],
  ];
  for (const [text, name] of cases) assert.equal(templateLine(text, vocab), name, text);
});

test('template-line: the story\'s own lines are none: headlines, datelines, bylines and wire credits, quotations, tables', () => {
  const story = [
    // headlines, also of template words among others
    'Latest news on the Iran talks',
    'Ministers share concerns over Gaza',
    'Breaking the deadlock in Geneva',
    // datelines and the story's own date line, a byline naming its writer, a wire credit
    'WASHINGTON, March 3 (Reuters) -',
    'Published May 05, 2013',
    'Friday, October 7, 2022',
    'By Matthew Lee, AP Diplomatic Writer',
    'By Reuters Staff',
    '(Reuters)',
    'Source: Reuters',
    // quoted and reported sentences holding a notice's or a label's words
    '"We use cookies like everyone else," the minister said.',
    'The company said it would change its privacy policy next year.',
    'Photo by photo, the inspectors checked the damage.',
    'Share prices fell 3 percent on the news.',
    // a paper's name, a table's head or a field of wire copy, of template words naming what a page holds
    'THE NEWS',
    'DAILY NEWS',
    'Previous',
    'Rating: A',
    'OUTLOOK...',
    // a results table's row, a figure alone past a label's one
    'Reading 4 1 1 2 5 10 4',
    // a race's time or a term: a figure and a span of time with no counted word
    '52 seconds',
    '6 MONTHS',
    'Updated figures show 4 5 6 rises',
    'The talks ended.',
  ];
  for (const text of story) assert.equal(templateLine(text, vocab), null, text);
});

test('template-line: a list heading and the titles under it; a sentence or a label is no title', () => {
  assert.ok(listHeading('ALSO READ', vocab));
  assert.ok(listHeading('You May Also Like', vocab));
  assert.ok(!listHeading('Breaking News', vocab));
  assert.ok(listTitle('Bhutanese prime minister to visit India from Nov 24-26', vocab));
  assert.ok(!listTitle('The MEA said the two foreign secretaries will co-chair the talks.', vocab));
  assert.ok(!listTitle('Related Stories', vocab));
  assert.ok(!listTitle('Iran', vocab));
});
