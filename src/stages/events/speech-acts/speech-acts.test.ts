import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoRows } from '../cameo-rows.ts';
import { rulesPipeline } from '../rules-pipeline.ts';

const pipeline = rulesPipeline();
const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2008-06-01' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();

function table(name: string, cases: [string, string[]][]): void {
  test(name, async (t) => {
    for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
  });
}

table('admission: its own side\'s act admitted is acknowledging responsibility (015) toward whom it concerned', [
  ['Islamabad acknowledged for the first time last week that Pakistani scientist Abdul Qadeer Khan gave equipment to Iran.', ['PAKGOV>IRN:015']],
  ['Israel admitted that its soldiers killed two Palestinian boys.', ['ISR>PSE:015']],
  // negatives: another side's act admitted is a statement; an admission recalled is background; a fact admitted names no doer
  ['Israel admitted that Iranian agents gave equipment to Syria.', []],
  ['Islamabad has previously admitted that Pakistani scientists gave equipment to Iran.', []],
  ['Ms. Merkel acknowledged that the plan shows some progress.', []],
  ['The minister admitted that Indonesia has faced challenges in developing smart cities.', []],
]);

table('dismissal: calling a report or an accusation false is a denial (016) toward whoever made it', [
  ['The Chinese foreign ministry called the report by Japan baseless.', ['CHNGOV>JPN:016']],
  ['An unidentified Syrian official said the allegations by Lebanese lawmaker Saad Hariri are fabricated.', ['SYRGOV>LBNLEG:016']],
  // negatives: a report called true, a claim not called false, a falsity word about no claim
  ['The Chinese foreign ministry called the report by Japan accurate.', []],
  ['A Syrian official said the allegations by Lebanese lawmaker Saad Hariri are not false.', []],
  ['The Chinese foreign ministry said the weather forecast was false.', []],
]);

table('argued accusation: arguing that another country does something accuses it (112), unless the text codes the act', [
  ['Iran insists it intends to use enriched uranium only in power stations, but Washington argues that Iran is making fuel for atomic warheads.', ['USAGOV>IRN:112']],
  // reported force is read by reportedForce: one accusation, not two
  ['Israel alleged that Iran attacked the convoy.', ['ISR>IRN:112']],
  // negatives: one's own side, a demand, a plain "said"
  ['Iran argues that Iranian scientists are making fuel for power stations.', []],
  // (what Ukraine must do is no act done: background-events.ts, prescribedAct)
  ['Russia argued that Ukraine must withdraw its troops.', []],
  ['Washington said that Iran is making fuel for atomic warheads.', []],
  // an actor that only modifies the subject's noun is no doer
  ['Tehran asserted that the coalition presence in Iraq was an occupation.', []],
]);

table('retargetDenials: a denial of a claim is aimed at whoever made it, else at no one', [
  ['A statement from the Foreign Ministry in Pyongyang denies reports of mass defections by North Korean generals to China.', ['PRKGOV>---:016']],
  ['The government of Liberia denied charges by Ivory Coast that Monrovia is committing genocide.', ['LBRGOV>CIV:016']],
  ['Russian authorities deny Georgian charges that they deliberately cut supplies.', ['RUSGOV>GEO:016']],
  ['Iran rejected the accusations by the United States as lies.', ['IRN>USA:016']],
  // negatives: a denial of no claim noun keeps the reading it had
  ['Syria has denied involvement in any of the attacks.', ['SYR>---:016']],
]);

table('judged conduct: a statement that judges another party\'s conduct unlawful accuses it (112), unacceptable condemns it (111)', [
  ["Japan's foreign minister said the Chinese naval drills were illegal.", ['JPNGOV>CHN:112']],
  ['The Kremlin said Washington\'s sanctions amounted to a violation of international law.', ['RUSGOV>USAGOV:112']],
  // the judgement before a trailing attribution; what is judged ("violate WTO rules", 128) is no event of its own
  ['"Unilateral tariff measures of the US seriously violate WTO rules," the Chinese commerce ministry added.', ['CHNGOV>USA:112']],
  ['The Japanese foreign ministry said the Chinese moves were totally unacceptable.', ['JPNGOV>CHN:111']],
  // negatives: a judgement negated, a violation named inside a noun phrase, no other country
  ["Japan's foreign minister said the Chinese naval drills were not illegal.", []],
  ['An Iranian spokesman said one goal of the sanctions was to divert attention from the violation of human rights in Europe.', []],
  ['The Japanese foreign ministry said the moves were totally unacceptable.', []],
]);

table('judged conduct: conduct still to come judged unlawful is accused (112), judged unacceptable is rejected (120); a possibility weighed is neither', [
  // a report's "would" stands for the speaker's "will"
  ['North Korea said the planned U.S. drills would violate the agreements.', ['PRK>USA:112']],
  ["Japan's foreign minister said such Chinese drills would be unacceptable.", ['JPNGOV>CHN:120']],
  ["Japan's foreign minister said such Chinese drills will be unacceptable.", ['JPNGOV>CHN:120']],
  // negatives: what "could" or "might" be is weighed, not judged
  ['North Korea said the planned U.S. drills could violate the agreements.', []],
  ["Japan's foreign minister said such Chinese drills might be unacceptable.", []],
]);

table('judged conduct: a reported verb that names a wrong ("had incited violence") accuses its subject, a party with no country as well', [
  ['Police said the opposition leaders had incited violence.', ['---COP>---OPP:112']],
  // what the accused is said to have done besides is the charge, no event of its own
  ['Police said the opposition leaders had incited violence and urged confrontation with the police.', ['---COP>---OPP:112']],
  ['The Iranian spokesman said the United States extorted money from Iraq.', ['IRNGOV>USA:112']],
  // a judging adjective of a role-only party's conduct
  ["Police said the protesters' march was illegal.", ['---COP>---OPP:112']],
  // negatives: the wrong denied; the speaker's own role; a subject that names no other party (the verb accuses no one else)
  ['Police said the opposition leaders had not incited violence.', []],
  ['Police said the officers had incited violence.', []],
  ['Britain said its ambassador had been detained, which Iranian media said was because he was inciting protests.', []],
]);
