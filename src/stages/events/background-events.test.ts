import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rulesPipeline } from './rules-pipeline.ts';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { eventsStage } from './events.ts';
import type { UncodedTrigger } from './code-events.ts';

const pipeline = rulesPipeline();

/** The words of a text's events' triggers. */
function triggers(text: string, published: string | null = '1995-06-01'): string[] {
  return pipeline.analyze({ text, published }).events.map((e) => e.trigger.text);
}

/** [rule, text, trigger]: the trigger gives no event (each is coded when the rule is off). */
const DROPPED: [string, string, string][] = [
  ['generic ability', 'It said the government can refuse entry to foreign citizens.', 'refuse'],
  ['topic gerund', 'Officials from Europe and the United States drafted an agreement - a move aimed at restoring ties with Russia.', 'restoring'],
  ['topic gerund', 'The Turkish Foreign Ministry spokesperson also called on all countries and international organizations to fulfill their legal, moral and humane responsibility in defending the oppressed Syrian nation, condemning the attacks of the regime and preventing the continuation of its crimes, which are the main cause of instability in the region.', 'defending'],
  ['unplaced government', 'The prime minister arrived in Brunei today for a two-day official visit.', 'arrived'],
  ['unplaced government', 'The president met German Chancellor Angela Merkel in Berlin.', 'met'],
  ['unplaced government', 'Washington demanded that the government release the prisoners.', 'demanded'],
  ['unplaced government', 'The United States threatened the government with sanctions.', 'threatened'],
  // a title with an article, or with a name of its own, is a second party, still unplaced
  ['unplaced government', 'The prime minister and Vietnamese Foreign Minister Pham Binh Minh hosted a reception for Lao Ambassador Sengphet Houngboungnuang.', 'hosted'],
  ['unplaced government', 'The president and German Chancellor Angela Merkel met Chinese Premier Li Keqiang in Berlin.', 'met'],
  ['guessed act', 'Rebels might release the hostages within days.', 'release'],
  ['guessed act', 'The United States may impose sanctions on Iran.', 'impose'],
  ['guessed act', 'A poll shows voters may be ready to back the opposition.', 'ready'],
  ['prepositional nominal', 'Peruvian leader Alberto Fujimori left Japan after five years in exile and flew to Chile.', 'exile'],
  ['unreceived cooperation', 'Australian Prime Minister John Howard pledged $37 million in additional relief.', 'pledged'],
  ['unreceived cooperation', 'Venezuelan President Hugo Chavez is investing considerable sums of money in politics.', 'investing'],
  ['unreceived cooperation', 'Opposition members were stopped on their way and met with teargas.', 'met'],
  ['source not the subject', 'The new radio advertisement which names Chechen rebel leader Shamil Basayev, offers a large reward for his capture.', 'offers'],
  ['source not the subject', 'The strike halts shipments across ports from Hamburg to Marseille, in a disruption analysts warned will cost the economy billions of euros a day.', 'warned'],
  // a relative clause set off after a name is no appositive
  ['source not the subject', 'Ivanov, who met officials in Moscow, offered a large reward.', 'offered'],
  ['source not the subject', 'Ivanov, an official who works in Moscow, offered a large reward.', 'offered'],
  ['prescribed act', 'China and South Korea should jointly oppose sanctions on Iran, the minister said.', 'oppose'],
  ['prescribed act', 'Iran and Iraq must sign the agreement, he said.', 'sign'],
  ['prescribed act', 'Iran should criticize Israel, he said.', 'criticize'],
  ['prescribed act', 'Rebels should “release the hostages”, he said.', 'release'],
  ['avoided act', 'The Indonesian government advised its diplomats to temporarily avoid visiting Egypt.', 'visiting'],
  ['avoided act', 'Japanese ministers have avoided visiting the Yasukuni shrine in China.', 'visiting'],
];

/** [rule, text, trigger]: what the rule must not fire on; the trigger is coded. */
const KEPT: [string, string, string][] = [
  ['generic ability', 'The government refused entry to foreign citizens.', 'refused'],
  ['generic ability', 'Iran cannot accept the proposal.', 'accept'],
  ['topic gerund', 'The police responded by firing tear gas at the protesters.', 'tear gas'],
  ['topic gerund', 'A Taliban spokesman is quoted as denying the report.', 'denying'],
  // a government placed by its country; appeals, yielding, disapproval, protests and force may name a government by its role alone; a union is no government
  ['unplaced government', 'The government urged Russia to withdraw its troops.', 'urged'],
  ['unplaced government', 'Thousands of protesters rallied against the government in the capital.', 'rallied'],
  ['unplaced government', 'The United States imposed sanctions on the government.', 'imposed'],
  ['unplaced government', 'Washington criticized the government for the crackdown.', 'criticized'],
  ['unplaced government', 'The junta pardoned 4,000 prisoners.', 'pardoned'],
  ['unplaced government', 'Malaysian Prime Minister Muhyiddin Yassin arrived in Brunei today for a two-day official visit.', 'arrived'],
  ['unplaced government', 'Guinean special forces arrested the president.', 'arrested'],
  ['unplaced government', 'Union workers have been negotiating with the United States Maritime Alliance.', 'negotiating'],
  // a bare title joined to a placed official's titled name is that official's other title
  ['unplaced government', 'Deputy Prime Minister and Vietnamese Foreign Minister Pham Binh Minh hosted a reception for Lao Ambassador Sengphet Houngboungnuang.', 'hosted'],
  // what a party could do, a negated or a future act are coded by their own rules
  ['guessed act', 'Rebels released the hostages.', 'released'],
  ['guessed act', 'Rebels could release the hostages within days.', 'release'],
  ['guessed act', 'It is quite possible that Russia and China could form a military alliance.', 'form'],
  ['guessed act', 'Rebels may not release the hostages.', 'release'],
  ['guessed act', 'The rebels said they would not sign the accord.', 'sign'],
  ['guessed act', 'Venezuela said it would take majority control of oil projects.', 'take majority control'],
  ['prepositional nominal', 'All members of the Duma will be hit with EU sanctions.', 'sanctions'],
  ['prepositional nominal', 'U.S. and Soviet negotiators return to Geneva this week for talks on missiles.', 'talks'],
  ['prepositional nominal', 'Iranian officials are in talks with Russia.', 'talks'],
  ['prepositional nominal', 'The United States speeded up the withdrawal of its forces from Panama.', 'withdrawal'],
  // cooperation with a recipient named, and hostile or verbal acts aimed at no one named, are coded
  ['unreceived cooperation', 'Australia pledged $37 million in relief to Pakistan.', 'pledged'],
  ['unreceived cooperation', 'The government of Venezuela says it has signed an agreement with Chevron.', 'signed'],
  ['unreceived cooperation', 'Syria has denied the report.', 'denied'],
  ['unreceived cooperation', 'The United States on Thursday imposed sanctions.', 'imposed'],
  // a received act's recipient is the receiving verb's subject, placed or not
  ['unreceived cooperation', 'The Amir Meshal Al-Ahmad Al-Jaber has received a cable of congratulations from Jordanian King Abdullah II.', 'congratulations'],
  // the subject before its relative clause, a place phrase inside the subject, a comma with no relative clause
  ['source not the subject', 'The Russian army, which fought Chechen rebel leader Shamil Basayev, offered a large reward.', 'offered'],
  ['source not the subject', 'Police in Kenya fired tear gas at protesters.', 'fired'],
  ['source not the subject', 'Thousands of people in Nairobi protested against the government.', 'protested'],
  ['source not the subject', 'On Monday Russia, a key ally of Syria, offered a large reward.', 'offered'],
  // an appositive between the subject's name and the verb says whose official the subject is
  ["source not the subject", "Seo Min-jung, director general for Asia and Pacific affairs at Seoul's foreign ministry, brought in Naoki Kumagai, deputy chief of mission at the Japanese Embassy.", 'brought in'],
  // what one says another must or should do is the speaker's demand or appeal, coded on the speech verb; an act done stays
  ['prescribed act', 'Syria said Israel must withdraw its troops from the Golan Heights.', 'said'],
  ['prescribed act', 'The United States said Iran should release the prisoners.', 'said'],
  ['prescribed act', 'Iran released the prisoners, he said.', 'released'],
  // a visit done, and one kept up, are coded
  ['avoided act', 'The Indonesian foreign minister is visiting Egypt.', 'visiting'],
  ['avoided act', 'The Indonesian foreign minister kept visiting Egypt.', 'visiting'],
];

test('background events: what a wire coder leaves out is not coded', () => {
  for (const [rule, text, trigger] of DROPPED) assert.ok(!triggers(text).includes(trigger), `${rule}: ${text}`);
});

test('background events: the rules leave the sentence\'s own acts alone', () => {
  for (const [rule, text, trigger] of KEPT) assert.ok(triggers(text).includes(trigger), `${rule}: ${text} → ${JSON.stringify(triggers(text))}`);
});

/** The rules pipeline with an observer: what the evaluation hears of each dropped trigger. */
let heard: UncodedTrigger[] = [];
const observed = buildPipeline([...stagesThrough('events').slice(0, -1), eventsStage((u) => heard.push(u), null)]);

/** The names of the rules that dropped `trigger`'s events in `text` (a reciprocal's two sides: one name), as the stage reports them. */
function droppedBy(text: string, trigger: string): string[] {
  heard = [];
  observed.analyze({ text, published: '1995-06-01' });
  return [...new Set(heard.filter((u) => u.why === 'pruned' && text.slice(u.start, u.end) === trigger).map((u) => u.by ?? ''))];
}

/** The name a DROPPED row's rule is reported by: its own, under the step that runs it. */
const reportedName = (rule: string) => (rule === 'prepositional nominal' ? `nominal beside verb: ${rule}` : `background event: ${rule}`);

test('background events: the stage names the rule that dropped an event (the evaluation\'s "pruned by")', () => {
  for (const [rule, text, trigger] of DROPPED) assert.deepEqual(droppedBy(text, trigger), [reportedName(rule)], `${rule}: ${text}`);
});

test('background events: a kept trigger is reported dropped by no rule', () => {
  for (const [rule, text, trigger] of KEPT) assert.deepEqual(droppedBy(text, trigger), [], `${rule}: ${text}`);
});

/** History, in a text with no publication date: [text, trigger, dropped]. */
const HISTORY: [string, string, boolean][] = [
  ['Talks between Syria and Israel broke down in 1990.', 'broke down', true],
  ['Israel seized the Golan Heights in 1967.', 'seized', true],
  // a year that dates a noun, a span's bound, a clause dated today too, a date finer than a year
  ['Israel and Syria agreed Monday to revive the 1990 accord.', 'agreed', false],
  ['The World Food Programme delivered food to Syria for the first time since 1990.', 'delivered', false],
  ['China and Vietnam signed an agreement today to increase trade by 50 percent compared with last year.', 'signed', false],
  ['Israel seized the town on May 4.', 'seized', false],
];

test('background events (history): with no publication date, an act dated only by earlier years is not coded', () => {
  for (const [text, trigger, dropped] of HISTORY) assert.equal(!triggers(text, null).includes(trigger), dropped, text);
  // with a publication date the act keeps its date and is coded (the seed golden article's 1950 treaty)
  assert.ok(triggers('Talks between Syria and Israel broke down in 1990.').includes('broke down'));
});

test('background (inanimateObject): an act on a force of nature is no event; a trigger its cue completes is', () => {
  assert.ok(!triggers('Spanish firefighters battled forest fires in Catalonia for a third day.').includes('battled'));
  assert.ok(!triggers('Soldiers fought the floods in Pakistan.').includes('fought'));
  assert.ok(triggers('Israeli troops opened fire on Palestinian protesters.').includes('opened fire'));
  assert.ok(triggers('Australian Prime Minister John Howard toured quake-hit areas of Pakistan.').includes('toured'));
});

/** Dated back from the day of writing to an earlier year: [text, publication date, trigger, dropped]. */
const EARLIER_YEAR: [string, string | null, string, boolean][] = [
  ['Militants seized two sailors in October off the coast of Mindanao.', '2017-01-14', 'seized', true],
  ['Israel seized the town last year.', null, 'seized', true],
  ['Rebels kidnapped three aid workers two years ago.', '2010-05-01', 'kidnapped', true],
  // the same year, the same month, a year written out (the reader's date decides), a noun's date, another verb's date
  ['Militants seized two sailors in October off the coast of Mindanao.', '2017-11-14', 'seized', false],
  ['Israel seized the town last month.', '2010-05-01', 'seized', false],
  ['Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.', '2020-01-02', 'met', false],
  ['Police arrested the two men on December 30.', '2020-01-02', 'arrested', false],
  ['Police arrested the two men on December 12.', '2020-01-02', 'arrested', true],
  ['Israel seized the town in 1967.', '2010-05-01', 'seized', false],
  ["Thousands of protesters rallied against last year's election in the capital.", '2010-05-01', 'rallied', false],
  ['The rebels announced they will return weapons seized last year from peacekeepers.', null, 'return', false],
];

test('background events (earlier year): an act dated back from the day of writing to an earlier year is not coded', () => {
  for (const [text, published, trigger, dropped] of EARLIER_YEAR) assert.equal(!triggers(text, published).includes(trigger), dropped, `${text} (${published})`);
});

test('background events (unplaced title): a bare title joined to a placed official leaves the side; the act is his', () => {
  const doc = pipeline.analyze({ text: 'Deputy Prime Minister and Vietnamese Foreign Minister Pham Binh Minh hosted a reception for Lao Ambassador Sengphet Houngboungnuang.', published: '2019-11-25' });
  assert.deepEqual(doc.events.map((e) => `${e.sources.map((a) => a.code)}>${e.targets.map((a) => a.code)}:${e.cameo.code}`), ['VNMGOV>LAOGOV:043', 'LAOGOV>VNMGOV:042']);
});
