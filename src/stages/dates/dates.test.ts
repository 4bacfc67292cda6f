import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../util/shared-data.ts';
import { found, read } from './test-fixtures.ts';

// Published Friday 2020-10-23 unless said otherwise.
const CASES: [string, string[]][] = [
  ['The talks took place on October 22.', ['October 22|DATE|2020-10-22']],
  ['Officials said last week that they agreed.', ['last week|DATE|2020-W42']],
  ['The treaty expires in February 2021.', ['February 2021|DATE|2021-02']],
  ['The ministry said in July that it agreed.', ['July|DATE|2020-07']],
  ['The treaty expires in February.', ['February|DATE|2021-02']],
  ['They signed the treaty in 1950.', ['1950|DATE|1950']],
  ['Sales rose in the third quarter.', ['the third quarter|DATE|2020-Q3']],
  ['Third-quarter profit fell.', ['Third-quarter|DATE|2020-Q3']],
  ['He was there this summer.', ['this summer|DATE|2020-SU']],
  ['The war lasted three years.', ['three years|DURATION|P3Y']],
  ['The flight took about two hours.', ['about two hours|DURATION|PT2H|APPROX']],
  ['It happened three years ago.', ['three years ago|DATE|2017']],
  ['Prices are high now.', ['now|DATE|PRESENT_REF']],
  ['The market fell yesterday.', ['yesterday|DATE|2020-10-22']],
  ['The leaders met last night.', ['last night|TIME|2020-10-22TNI']],
  ['The council meets every week.', ['every week|SET|P1W']],
  ['The paper is printed daily.', ['daily|SET|P1D']],
  ['Growth was strong in the 1980s.', ['the 1980s|DATE|198']],
  ['The company said Monday it would cut jobs.', ['Monday|DATE|2020-10-19']],
  ['Results are due early next year.', ['early next year|DATE|2021|START']],
  ['Profits fell last year.', ['last year|DATE|2019']],
  ['The vote is on Dec. 15, 2020.', ['Dec. 15, 2020|DATE|2020-12-15']],
  ['He spoke at 10:30 a.m. on Thursday.', ['10:30 a.m. on Thursday|TIME|2020-10-22T10:30']],
  ['The parade is on Christmas.', ['Christmas|DATE|2020-12-25']],
  ['It will finish within a year.', ['a year|DURATION|P1Y']],
  ['Third-quarter profit fell from $3 a year earlier.', ['Third-quarter|DATE|2020-Q3', 'a year earlier|DATE|2019-Q3']],
  ['The year-ago third quarter was weak; sales were flat a year earlier.', ['The year-ago third quarter|DATE|2019-Q3', 'a year earlier|DATE|2019-Q3']],
  ['The ministry said it was signed in May.', ['May|DATE|2020-05']],
  ['The ministry says it was signed in April.', ['April|DATE|2020-04']],
  ['Sales fell in the year ended March 31.', ['the year|DURATION|P1Y', 'March 31|DATE|2020-03-31']],
  ['Profit rose in the year.', ['the year|DATE|2020']],
  ['Demand has grown in recent years.', ['recent years|DATE|PAST_REF']],
  ['Demand has grown in recent months.', ['recent months|DURATION|PXM']],
  ['It cuts taxes in future quarters.', ['future quarters|DATE|FUTURE_REF']],
  ['Third-quarter profit rose from the 2019 period.', ['Third-quarter|DATE|2020-Q3', 'the 2019 period|DATE|2019-Q3']],
  ['Profit in the 2019 period rose.', ['the 2019 period|DATE|2019']],
  ['They met Thursday night.', ['Thursday night|DATE|2020-10-22TNI']],
  ['Net for this year\'s third quarter rose.', ["this year's third quarter|DATE|2020-Q3"]],
  ['It could start in next year\'s first quarter.', ["next year's first quarter|DATE|2021-Q1"]],
  ['Earnings fell in the last half of 2019.', ['the last half of 2019|DATE|2019-H2']],
  ['Markets rallied in the first half of the year.', ['the first half of the year|DATE|2020-H1']],
  ['Sales rose in the second quarter of last year.', ['the second quarter of last year|DATE|2019-Q2']],
  ['The goal is to halve it by the year two thousand.', ['the year two thousand|DATE|2000']],
  ['January nineteen ninety-seven. Atlanta again.', ['January nineteen ninety-seven|DATE|1997-01']],
  ['Prices fell in the winter of nineteen ninety-four.', ['the winter of nineteen ninety-four|DATE|1994-WI']],
  ['The stock peaked in the late 1970s.', ['the late 1970s|DATE|197|END']],
  ['The stock peaked in early 2019.', ['early 2019|DATE|2019|START']],
  ['Sales fell in the last quarter.', ['the last quarter|DATE|2020-Q3']],
  ['The offer runs until 5 p.m. EST Nov. 9.', ['5 p.m. EST Nov. 9|TIME|2020-11-09T17:00']],
  ['He leaves at dawn (4 a.m. EDT Saturday), he said.', ['4 a.m. EDT Saturday|TIME|2020-10-24T04:00']],
  ['Sales rose from the corresponding period last year.', ['the corresponding period last year|DATE|2019-Q3']],
  ["U.K. sales for last year's quarter were flat.", ["last year's quarter|DATE|2019-Q3"]],
  ['It forecast an increase for the full year.', ['the full year|DATE|2020']],
  ['They hope to close the deal by year-end.', ['year-end|DATE|2020-12-31']],
  ["Rules should be in place by year's end.", ["year's end|DATE|2020|END"]],
  ['Officials met over the weekend.', ['the weekend|DATE|2020-W42-WE']],
  ['Officials will meet over the weekend.', ['the weekend|DATE|2020-W43-WE']],
  // Chrono's weekday parser reads "weekend" as a Saturday; a comma after it made its span the longer one.
  ['It became public this weekend, when a magazine cited it.', ['this weekend|DATE|2020-W43-WE']],
  ['They met Monday; the vote is this weekend, officials said.', ['Monday|DATE|2020-10-19', 'this weekend|DATE|2020-W43-WE']],
  ['Now officials are investigating.', ['Now|DATE|PRESENT_REF']],
  ['"Today is a sad day," he said.', ['Today|DATE|2020-10-23']],
  ['They met on Christmas Eve.', ['Christmas Eve|DATE|2020-12-24']],
  ['The deal closed at 5 PM EST.', ['5 PM EST|TIME|2020-10-23T17:00']],
  ['The vote is set for Thanksgiving.', ['Thanksgiving|DATE|2020-11-26']],
  ['He was shot on the night of Oct. 22 in his home.', ['Oct. 22|DATE|2020-10-22']],
  ['They came home on the evening of Friday, Oct. 16.', ['Friday, Oct. 16|DATE|2020-10-16']],
  ['They met at 9 p.m. on Oct. 3.', ['9 p.m. on Oct. 3|TIME|2020-10-03T21:00']],
  ['They signed in 1950; relations soured a few years later.', ['1950|DATE|1950', 'a few years later|DATE|1950|AFTER']],
  // With no earlier date to count from, a vague "later" or "earlier" is the length it names, as "Three days later" is.
  ['A few days later, the company announced sharp losses.', ['A few days later|DURATION|PXD']],
  ['Some weeks later, he resigned.', ['Some weeks later|DURATION|PXW']],
  ['He left on Oct. 5. A few days later, he resigned.', ['Oct. 5|DATE|2020-10-05', 'A few days later|DATE|2020-10-05|AFTER']],
  ['Three days later, the index closed higher.', ['Three days later|DURATION|P3D']],
  ['Just over an hour later, he was declared dead.', ['an hour later|DURATION|PT1H']],
  ['But a minute and a half later, a pilot called.', ['a minute and a half later|DURATION|PT1M30S']],
  ['They lived in camps for 2 1/2 years.', ['2 1/2 years|DURATION|P2Y6M']],
  ['It took about 5 1/2 hours.', ['about 5 1/2 hours|DURATION|PT5H30M|APPROX']],
  ['It took 1 1/2 minutes.', ['1 1/2 minutes|DURATION|PT1M30S']],
  ['It lasted 1 1/2 days.', ['1 1/2 days|DURATION|P1DT12H']],
  ['Reno set Friday as the deadline.', ['Friday|DATE|2020-10-23']],
  ['The dividend would be paid in January.', ['January|DATE|2021-01']],
  ['Orangemen march each July.', ['each July|SET|XXXX-07']],
  ['They go there every summer.', ['every summer|SET|XXXX-SU']],
  ['Shares fell at 14:48 UTC on Monday.', ['14:48 UTC on Monday|TIME|2020-10-19T14:48Z']],
  // A scraped page glues the next word to the time stamp; the seconds still count, and "10:30AM" keeps its AM.
  ['not a problem\n2022-09-27 09:40:25Source: World Wide Web', ['2022-09-27 09:40:25|TIME|2022-09-27T09:40:25']],
  ['It opens at 10:30AM on Friday.', ['10:30AM on Friday|TIME|2020-10-23T10:30']],
  ['The page was updated at 4:40:11 PM on Friday.', ['4:40:11 PM on Friday|TIME|2020-10-23T16:40:11']],
  ['Updated October 20, 2020 7:34 AM GMT+7.', ['October 20, 2020 7:34 AM GMT+7|TIME|2020-10-20T07:34']],
  ['It ended at 16:40 UTC+03:00 on Friday.', ['16:40 UTC+03:00|TIME|2020-10-23T16:40']],
  ['It ended at 6:40 p.m. (GMT +8) on Oct. 17.', ['6:40 p.m.|TIME|2020-10-23T18:40', 'Oct. 17|DATE|2020-10-17']],
  ['They kept it secret for more than two thousand years.', ['more than two thousand years|DURATION|P2000Y|MORE_THAN']],
  ['The Dow fell 3 % to end the day at 7,114.3.', ['the day|DATE|2020-10-23']],
  // The trading day of a market report is the day the story last named, as "the same day" is.
  ['Stocks fell on Thursday. The Dow lost 3 % to end the day at 7,114.3.', ['Thursday|DATE|2020-10-22', 'the day|DATE|2020-10-22']],
  ['The Dow will open on Monday and should end the day higher.', ['Monday|DATE|2020-10-26', 'the day|DATE|2020-10-26']],
  ['They held celebrations to mark the entry on Thursday.', ['Thursday|DATE|2020-10-22']],
  ['Shares are to resume trading Monday.', ['Monday|DATE|2020-10-26']],
  ['He probably died within weeks or months of his capture.', ['weeks or months|DURATION|PXW']],
  ['Shipments resume within two to three weeks.', ['two to three weeks|DURATION|P2W']],
  ['In London at mid-afternoon yesterday, shares rose.', ['mid-afternoon yesterday|TIME|2020-10-22TAF|MID']],
  ['The day before yesterday it rained.', ['The day before yesterday|DATE|2020-10-21']],
  ['Hopes were dashed Friday. Dealers bought in the morning.', ['Friday|DATE|2020-10-23', 'the morning|TIME|2020-10-23TMO']],
  ['He appeared in court Tuesday and left the next morning.', ['Tuesday|DATE|2020-10-20', 'the next morning|TIME|2020-10-21TMO']],
  ['He was shot on Oct. 22. His name was crossed out that same day.', ['Oct. 22|DATE|2020-10-22', 'that same day|DATE|2020-10-22']],
  ['The bomb went off on Tuesday. It exploded at 10:35 a.m.', ['Tuesday|DATE|2020-10-20', '10:35 a.m.|TIME|2020-10-20T10:35']],
  ['A hearing is set for the week of Nov. 2.', ['the week of Nov. 2|DATE|2020-W45']],
  // A weekday with its date in brackets is one date; other brackets after a weekday are not.
  ['They met on Tuesday (Oct. 20) in Jakarta.', ['Tuesday (Oct. 20)|DATE|2020-10-20']],
  ['They met on Tuesday (20/10/2020).', ['Tuesday (20/10/2020)|DATE|2020-10-20']],
  ['The statement was issued Friday (in Jakarta) after talks.', ['Friday|DATE|2020-10-23']],
  // An anaphor told in the past does not anchor on a date after the story's day; one told in the future may.
  ['The minister will visit Paris on Nov. 5. Rebels attacked overnight.', ['Nov. 5|DATE|2020-11-05', 'overnight|TIME|2020-10-22TNI']],
  ['Talks open on Nov. 5 and will resume the next morning.', ['Nov. 5|DATE|2020-11-05', 'the next morning|TIME|2020-11-06TMO']],
  ['Talks opened on Oct. 20 and resumed the next morning.', ['Oct. 20|DATE|2020-10-20', 'the next morning|TIME|2020-10-21TMO']],
  // What began "since" a date lies behind the story's day, whatever the tense of its verb.
  ['Prices have risen since December.', ['December|DATE|2019-12']],
  ['The index is up 5% since year-end.', ['year-end|DATE|2019-12-31']],
  ['Troops have been there since Sunday.', ['Sunday|DATE|2020-10-18']],
  ['Prices have risen since July.', ['July|DATE|2020-07']],
  ['He has lived there since 1990.', ['1990|DATE|1990']],
  ['Prices will rise in December.', ['December|DATE|2020-12']],
  // A change "effective" on a date takes effect ahead of the story's day.
  ['It created an office of the chairman, effective Feb. 1.', ['Feb. 1|DATE|2021-02-01']],
  ['It created an office of the chairman on Feb. 1.', ['Feb. 1|DATE|2020-02-01']],
  // Negative cases: words and numbers that are not dates here.
  ['They worked the full week.', []],
  ['Two thousand people marched.', []],
  ['It saves $2 million a year and adds 700 seats a week.', []],
  ['Mr. Smith, 52 years old, left.', []],
  ['A second group of directors agreed.', []],
  ['You may be right.', []],
  ['Add 1/2 cup of flour.', []],
  ['The 6-year-old boy left.', []],
  ['It cost $1990 and 2,000 people came.', []],
  ['They will march on the capital.', []],
  ['Three-quarters of the voters agreed.', []],
  ['Baker said on ABC News\' "This Week" that it was over.', []],
  ['He said on CBS\'s "60 Minutes" that he would stay.', []],
  ['They showed a still from the film "High Noon" at the rally.', []],
  ['Now, he says, the plan looks different.', []],
  ['Good evening from the central park.', []],
  ['Defendants suffer in the short run, the people in the long run.', []],
  ['You may, he said, save a few lives.', []],
  ['He was arrested at this march twice.', []],
  ['It should be done in a matter of days.', []],
  ['The blasts went off minutes apart.', []],
  ['He arrived later in the day.', []],
  ['Rooms cost $55 a night.', []],
  ['He said on the morning talk show that he would stay.', []],
  ['They released tapes from the night the plane went down.', []],
  ['They ruled for hundreds of years.', []],
  ['Trade grew after the fall of the Berlin Wall.', []],
  ['The fall in prices hurt exporters.', []],
  ['She raced at the Winter Games.', []],
  ['He was shot last fall in his home.', ['last fall|DATE|2019-FA']],
  ['The launch, coming 17 days after the last one, was condemned.', ['17 days|DURATION|P17D']],
  ['He became president following 32 years of military rule.', ['32 years|DURATION|P32Y']],
  ['It rained the following two days.', ['the following two days|DURATION|P2D']],
];

for (const [text, expected] of CASES) {
  test(`dates: ${JSON.stringify(text)} gives ${expected.length ? expected.join(', ') : 'no timex'}`, () => {
    assert.deepEqual(found(text), expected);
  });
}

test('dates: anaphors anchor on the earlier timex and say which', () => {
  const doc = read('Putin spoke on October 22. Xi spoke the same day.');
  const [first, same] = doc.timexes;
  assert.equal(same?.value, '2020-10-22');
  assert.deepEqual(same?.anchor, { kind: 'timex', timex: first?.id });
});

test('dates: "a few years earlier" is before the earlier year', () => {
  const doc = read('They signed in 1950. Talks had begun a few years earlier.');
  assert.deepEqual(doc.timexes.map((t) => [t.value, t.mod, t.anchor.kind]), [['1950', null, 'none'], ['1950', 'BEFORE', 'timex']]);
});

test('dates: stated and implied fields are kept apart', () => {
  const [timex] = read('It happened on October 22.').timexes;
  assert.deepEqual(timex?.stated, ['month', 'day']);
  assert.deepEqual(timex?.implied, ['year']);
  assert.equal(timex?.anchor.kind, 'published');
});

test('dates: without a publication date relative dates stay unanchored, with one info message', () => {
  const doc = read('On October 22 they met. Last week they spoke. They met the same day.', null);
  assert.deepEqual(doc.timexes.map((t) => [t.value, t.anchor.kind]), [['XXXX-10-22', 'none'], [null, 'none'], ['XXXX-10-22', 'timex']]);
  assert.deepEqual(doc.messages.map((m) => [m.level, m.rule, m.start]), [['info', 'no-publication-date', null]]);
});

test('dates: a publication date that is not a date leaves dates unanchored with a warning', () => {
  const doc = read('They met last week.', '2020-13-45');
  assert.equal(doc.timexes[0]?.value, null);
  assert.deepEqual(doc.messages.map((m) => m.rule), ['bad-publication-date']);
});

test('dates: "February 30" keeps its span, has no value and raises a message', () => {
  const doc = read('The meeting is on February 30.');
  assert.deepEqual(doc.timexes.map((t) => [t.text, t.value]), [['February 30', null]]);
  assert.deepEqual(doc.messages.map((m) => [m.rule, doc.text.slice(m.start!, m.end!)]), [['impossible-date', 'February 30']]);
});

test('dates: pathological input finishes quickly without exceptions', () => {
  const inputs = [
    '1'.repeat(10_000),
    `In ${'9'.repeat(10_000)} days on October 22 the 1950s`,
    'October 22 '.repeat(2_000),
    `${'12:30 '.repeat(3_000)}`,
    '/'.repeat(5_000) + ' 1/2/3/4/5/6/7/8/9 '.repeat(500),
  ];
  const started = Date.now();
  for (const text of inputs) read(text);
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
});

const GOLDEN = path.resolve(REPO_ROOT, '../shared/golden/seed-article.expected.json');

test('dates: seed golden timex expectations', { skip: existsSync(GOLDEN) ? false : 'needs ../shared/golden (not in this checkout)' }, (t) => {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as {
    article: string;
    published: string;
    timex: { line: number; text: string; type: string; value: string; required: boolean }[];
  };
  const text = readFileSync(path.join(path.dirname(GOLDEN), golden.article), 'utf8');
  const doc = read(text, golden.published);
  for (const expected of golden.timex) {
    const paragraph = doc.paragraphs.find((p) => p.line === expected.line);
    const timex = doc.timexes.find((x) => paragraph && x.start >= paragraph.start && x.end <= paragraph.end && x.text.includes(expected.text));
    const ok = timex?.type === expected.type && timex.value === expected.value;
    if (expected.required) assert.ok(ok, `line ${expected.line} "${expected.text}": got ${timex ? `${timex.type} ${timex.value}` : 'nothing'}`);
    else t.diagnostic(`stretch line ${expected.line} "${expected.text}" → ${expected.value}: ${ok ? 'passes' : `got ${timex ? `${timex.type} ${timex.value}` : 'nothing'}`}`);
  }
});
