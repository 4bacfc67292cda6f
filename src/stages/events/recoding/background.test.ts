import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded } from './check-rule.ts';

/** [text, trigger]: the trigger must give no event (background) / must give one (left alone). */
const BACKGROUND: [string, string][] = [
  ['Guinean special forces seized power on Sunday, arresting the president.', 'arresting'],
  ['Several retired generals called for his resignation, faulting his leadership and accusing him of major errors in the Iraq war.', 'accusing'],
  ['Iranian police detained a cleric after clashing with his supporters.', 'clashing'],
  ['A crowd gathered around the house to call for the release of the cleric\'s jailed followers.', 'jailed'],
  ['He praised two retired generals - Tommy Franks, who executed the 2003 Iraq invasion, and Richard Myers.', 'invasion'],
  ['Security officials said the demonstration\'s leaders were arrested.', 'demonstration'],
  ['Fujimori has told authorities he is trying to form a political alliance.', 'form'],
  ['Admiral Mullen said he hopes the sanctions will resolve the dispute with Iran.', 'resolve'],
  ['The mother of the legislator was abducted and released earlier this month.', 'released'],
  ['The CAC-40 in Paris rose 2.4 percent, and the DAX in Frankfurt moved up 3.1 percent to hit 4,532.', 'hit'],
  ['Officials in Texas say the fires have destroyed more than 100 buildings.', 'destroyed'],
  ['The Guinean prime minister visited the Chinese embassy to offer sympathies for the victims.', 'offer'],
  ['Iran insists it has been cooperating with the inspectors.', 'insists'],
  ['U.S. sanctions were designed to crimp Tehran\'s oil revenues.', 'sanctions'],
  // modifierVerb: a predicate the syntax gives a subject still makes the noun a described state.
  ['U.S. threats to attack his country violate the United Nations charter.', 'threats'],
  ['Protests have erupted around the world against Israel\'s bombardment of Lebanon.', 'bombardment'],
  ['Guatemalans held a national ceremony to remember the dead.', 'held'],
  // holdWithoutCaptive: the dictionary's bare `hold` is detention; a place held is no captive.
  ['The rebels held the town for three days.', 'held'],
  ['A militant group posted a video that showed a blindfolded man being shot in the head.', 'shot'],
  ['The exiled president is wanted in Peru to face charges of corruption.', 'charges'],
  ['Armed gangs have mostly abducted foreign oil industry workers.', 'abducted'],
  ['All members of Russia\'s Duma will be hit with EU sanctions.', 'hit'],
  ['The cleric says he has written letters to international leaders including Pope Benedict asking for support.', 'asking'],
  ['Venezuela\'s oil minister says his country will end talks with foreign oil companies concerning the takeover of oil projects.', 'says'],
  // a nominal of circumstance read past a participle; purposeClause past a dated preposition.
  ['Japan sent food aid to Vietnam amid stalled talks between Beijing and Manila.', 'talks'],
  ["The envoys of Japan and Australia held talks on Tuesday to discuss China's military buildup.", 'discuss'],
  // relativeClause: what a relative clause reports is in it
  ['Moon met Kim, the chief of the North Korean delegation, who told Moon that his country was willing to hold talks with the United States.', 'willing'],
  // relativeClause, mainVerbAfterRelative: a verb joined by "and" to the relative clause's own, or in a clause it governs
  ['Soldiers who rushed to the town and arrested five protesters left before dawn.', 'arrested'],
  ['The rebels who believe the army attacked their villages killed five soldiers.', 'attacked'],
  // governedEnd: a relative clause's own conjunct is in it; a participle joined by "and" stays in the adjunct
  ['Sudan, which signed the deal and has expelled the envoys, will allow the peacekeepers in.', 'expelled'],
  ['Guinean special forces seized power on Sunday, arresting the president and imposing a curfew.', 'imposing'],
  // participleAfterObject: a participle after a main verb's prepositional object describes that object
  ['Police fired tear gas at thousands of protesters gathered outside the ministry.', 'gathered'],
  // undoneInfinitive: "help" with a bare infinitive
  ['The Moro rebels have helped negotiate the release of several hostages of the Abu Sayyaf.', 'negotiate'],
  // nominalSubject: a noun subject of "be" with no verb after it is a state, a sentence-initial one too
  ['Talks between Pyongyang and Washington have been at an impasse after the summit ended without a deal.', 'Talks'],
  ['Talks between Japan and China are expected to fail.', 'Talks'],
  // agentlessPassive: an irregular participle after "being"
  ['A militant group posted a video on the Internet today that showed a blindfolded man being shot in the head.', 'shot'],
  // a visit called off did not take place
  ["Those talks have stalled since U.S. President Donald Trump canceled Secretary of State Mike Pompeo's trip to North Korea.", 'trip'],
  // habitual: acts counted in repeated batches
  ["The US has imposed waves of sanctions on Iran's oil exports.", 'imposed'],
  // uncertain: an act nobody knows will happen
  ['It was not certain that the envoys would meet North Korean leader Kim Jong Un, Yoon said.', 'meet'],
  ['It is unclear whether Japanese envoys will meet Chinese officials.', 'meet'],
  // spanSummary: a perfect over years sums them up
  ['North Korea had boycotted the negotiations for more than a year, citing a hostile U.S. policy.', 'boycotted'],
  ['North Korea has relied heavily on aid from South Korea since the mid-1990s.', 'aid'],
  ['North Korea has relied on aid from South Korea since its economy was devastated by floods in the mid-1990s.', 'aid'],
  // habitual: counted occasions in a perfect, acts set "in the past"
  ['Moscow has rejected visa requests from the Dalai Lama at least three times.', 'rejected'],
  ['In the past, Turkey has banned pro-Kurdish parties for links to PKK rebels.', 'banned'],
  // condition: what an "if" or "unless" clause supposes
  ['"If the United States, regardless of opposition, adopts any new tariff measures, China will retaliate," a spokesman said.', 'adopts'],
  ['China will retaliate if the United States imposes new tariffs on Chinese goods.', 'imposes'],
  ['The council voted to stop all cooperation until Britain meets three demands.', 'meets'],
  // a blast or a disaster is no doer
  ['Hours later, in southern Zabul province, a similar explosion wounded four Afghan soldiers on patrol.', 'wounded'],
  // adjunctSpeechContent: what ", saying" says is background
  ['China criticized Russia, saying Moscow does not approve of any country allowing him to attack Georgia.', 'attack'],
  ['The army said its troops came under rebel attack near the border, adding that no civilians were injured or killed.', 'killed'],
  // undoneInfinitive: an act tried is not done
  ['North Korea has tried to hack into the computers of South Korean officials, Seoul said on Monday.', 'hack'],
  // believed: what a hope names has not happened
  ["The Japanese envoy hoped his country's continued assistance will ease the Afghan people's suffering.", 'assistance'],
  // inanimateObject: force spent on a fire or a flood acts on no party
  ['Firefighters battled forest fires in Greece for a second day.', 'battled'],
  // participleAfterObject: a past participle after a verb's or preposition's object describes it
  ['Tunisian police fired tear gas at thousands of protesters gathered outside the ministry.', 'gathered'],
  // confirmedNominal: a demonym between the reporting verb and its nominal
  ['Palestinian news sources reported the Israeli airstrikes on the Gaza Strip.', 'airstrikes'],
  // participleAfterObject: the object of a subjunctive ("that China release"), its head tagged an adjective before "by"
  ['Japanese Prime Minister Fumio Kishida demanded that China swiftly release a Japanese national detained by local authorities.', 'detained'],
  // relativeClause: "that" after a name inside a phrase
  ['Israeli troops shelled positions in the Gaza Strip that had threatened the truce.', 'threatened'],
  // beliefCue: a verb of belief after "said" is no stance
  ['The Syrian leader said he doubts Israel will agree.', 'said'],
  ['The Syrian leader said he fears Israel will attack.', 'said'],
  // condition: "as long as" supposes too; a nominal of circumstance: a possessive between
  ['Israel will not negotiate with Syria as long as Damascus supports militant groups.', 'supports'],
  ['Guterres made the remark Thursday during his visit to Pakistan.', 'visit'],
  // adjectivalParticiple: after a possessive pronoun
  ['The union leaders joined their arrested colleagues in court.', 'arrested'],
  // sinceClause: what a "since" clause names happened before the news
  ['Israel has not met Syria since Damascus attacked Lebanon.', 'attacked'],
  // heldNominal: support had is a state
  ['Syria has the support of Russia.', 'support'],
  // publishedThing: a document released is published
  ['The European Union released the report Thursday.', 'released'],
  ['The Chinese government released a statement on Monday.', 'released'],
  // forToSubject: talks needed for them to take place
  ['Israel set out conditions for talks with the Palestinians to resume.', 'talks'],
  ['Britain outlined steps needed for negotiations with the IRA to be held.', 'negotiations'],
  // campaignRally: a candidate's rally is no protest
  ['Kenyan opposition leader Raila Odinga addressed a campaign rally on Sunday in Mombasa.', 'rally'],
  // reliefDeployment: forces sent against a fire or a flood
  ['California governor Jerry Brown dispatched National Guard troops to fight the wildfires.', 'dispatched'],
  ['China mobilized troops to help with flood relief in Sichuan.', 'mobilized'],
  // conditionalHypothetical: what a party would do if something happened
  ['Iraq would quit the talks if the United States attacked Iran.', 'quit'],
  ['Iraq said it would quit the talks if the United States attacked Iran.', 'quit'],
  // heldStatus: a status held since it was named
  ['Hamas has been blacklisted as a terrorist organization by the United States and the European Union.', 'blacklisted'],
  // unreportedWould: a plan or a scenario nobody reports
  ['Under the plan, Israel would withdraw from Gaza.', 'withdraw'],
  // purposeClause: being somewhere is the act, the infinitive after the place its purpose
  ['The Egyptian foreign minister is in Amman on Sunday to meet with Jordanian officials.', 'meet'],
  // shotsInTheAir: shots aimed at nobody
  ['Kenyan police fired into the air and used tear gas to disperse the crowd.', 'fired'],
  // nominalSubject: a reported clause after the reporting verb's time words; a perfect participle tagged as an adjective
  ['The Turkish army said on Friday the raids had weakened the rebels\' supply lines.', 'raids'],
  // nominalSubject: a subject a possessive pronoun opens
  ['South Korea said its joint military exercises with the United States are purely defensive.', 'exercises'],
  // purposeClause: a split infinitive after the object
  ['Japan summoned the Chinese ambassador on Monday to formally lodge a protest over the drills.', 'lodge'],
  // relativeClause: a relative clause's reporting verb with a subject of its own
  ['The minister resigned on Friday, which opposition newspapers said was because police had attacked protesters in Cairo.', 'attacked'],
  // setOffParticiple: a past participle set off by commas after a noun describes it
  ['Nigeria said the raids, carried out in cooperation with the Chadian army, were planned to weaken the insurgents.', 'cooperation'],
  ['The rebel leader, released Tuesday by Ugandan troops, is expected to meet the president.', 'released'],
  // confirmedNominal: the one who confirms an arrest is not said to have made it
  ['The Kenyan government confirmed the arrest of the opposition leader Raila Odinga.', 'arrest'],
];

const CODED: [string, string][] = [
  // confirmedNominal: a nominal with a demonym that a verb of doing, not of reporting, takes is coded
  ['Israel carried out the Israeli airstrikes on the Gaza Strip.', 'airstrikes'],
  // participleAfterObject: a name the tagger reads as a verb opens no clause of its own
  // (under pressure from abroad: the own state after the verb is no target, parties.ts ownStateDeterminer)
  ['Lt. Gen. Prosper Avril resigned his post yesterday under American pressure to allow Haiti\'s first democratic elections to take place.', 'resigned'],
  // modifierVerb: "live" modifies "pig", so the ban has no predicate of its own; it is what was announced.
  ['Officials in Taiwan have announced a ban on live pig imports from Japan.', 'ban'],
  ['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'fired'],
  ['Costa Rican President Oscar Arias sent a letter to Chinese President Hu Jintao, expressing condolences.', 'sent'],
  ['The Chinese government said it has arrested more than 80 people.', 'arrested'],
  ['Police in Japan say they arrested a teacher on Saturday.', 'arrested'],
  ['Israeli troops have recently jailed 20 Palestinian protesters.', 'jailed'],
  // adjectivalParticiple: a subject pronoun before the verb is no possessive
  ['Israeli police said they detained Palestinian protesters in Hebron.', 'detained'],
  // sinceClause: "since" before a time is a preposition; a comma ends a fronted "since" clause
  ['Since Monday Israeli police have arrested 20 protesters.', 'arrested'],
  ['Since the war began, Israel has arrested 20 Palestinians.', 'arrested'],
  ['Uganda and Rwanda have since signed peace deals with the Congolese government.', 'signed'],
  // heldNominal: support given is an act
  ['Russia has given strong support to Iran.', 'given'],
  // publishedThing: people released are set free
  ['The rebels released the hostages on Monday.', 'released'],
  // forToSubject: an infinitive of aim after the nominal is no "for … to" clause
  ['Israel set out conditions for talks with the Palestinians to discuss the border.', 'talks'],
  // campaignRally: a rally against someone is a protest
  ['Kenyan opposition supporters staged an anti-government rally in Nairobi.', 'rally'],
  // reliefDeployment: forces sent against a party
  ['Russia deployed troops to the border to deter Ukraine.', 'deployed'],
  // heldStatus: naming the status is the act
  ['The United States on Monday blacklisted the group as a terrorist organization.', 'blacklisted'],
  ['Hamas was blacklisted as a terrorist organization by the United States on Monday.', 'blacklisted'],
  // unreportedWould: "would" a speaker reports says "will"
  ['Israel said it would withdraw from Gaza.', 'withdraw'],
  // conditionalHypothetical: "will … if" threatens or promises; "would" with no condition reports "will"
  ['Iraq will quit the talks if the United States attacks Iran.', 'quit'],
  ['Iraq said it would quit the talks.', 'quit'],
  ['The rebels killed five villagers, the army said.', 'killed'],
  ['The European Union failed Wednesday to renew sanctions against Zimbabwe.', 'renew'],
  ['Pakistan has agreed to hand over centrifuge components to the IAEA.', 'agreed'],
  ['Recent US Predator attacks killed eight al-Qaeda leaders.', 'attacks'],
  ['Syrian police held the opposition leader for three days.', 'held'],
  ['Armed gangs have abducted foreign oil industry workers.', 'abducted'],
  ['Russian troops attacked Ukrainian positions in the war on Monday.', 'attacked'],
  ['A Kenyan television station showed police firing tear gas at protesters in Nairobi.', 'tear gas'],
  // relativeClause: what the main clause reports is coded
  ['The envoy told Moon that North Korea was willing to hold talks with the United States.', 'willing'],
  // nominalSubject: talks said to be held took place; a verb that calls off codes its own act
  ['Talks between Pyongyang and Washington were held in Hanoi.', 'Talks'],
  // nominalSubject: a predicate before an infinitive says what the infinitive says
  ['Talks between Japan and China are expected to take place next week.', 'Talks'],
  ['Officials said on Tuesday the protests will resume on Friday.', 'protests'],
  // shotsInTheAir: fire at a party, or into a place named "air"
  ['Kenyan police fired at the crowd in the capital.', 'fired'],
  ['Israeli troops fired into the air base near Damascus.', 'fired'],
  // purposeClause: "is to" and "is due to" schedule the act itself
  ['The Egyptian foreign minister is to meet Jordanian officials in Amman on Sunday.', 'meet'],
  ['The Egyptian foreign minister is due to meet Jordanian officials in Amman.', 'meet'],
  ['The Turkish army said on Friday its raids had killed ten rebels.', 'raids'],
  ['Japan postponed the talks with China.', 'postponed'],
  // habitual: one round is one act
  ['The US imposed a new round of sanctions on Iran.', 'imposed'],
  // uncertain: a certain act is reported
  ['It is certain that Japanese envoys will meet Chinese officials.', 'meet'],
  // spanSummary: the first act since a year, a perfect over days or this year, is one act
  ['The United Nations has delivered food to Syria for the first time since 1992.', 'delivered'],
  ['Israel has arrested 20 Palestinians since Monday.', 'arrested'],
  ['Israel has arrested 20 Palestinians since the protests began on Monday.', 'arrested'],
  ['Since the beginning of the year, the United States has threatened to impose sanctions on Iran.', 'threatened'],
  // habitual: shots counted in one act; "in the past two days" dates news
  ['Israeli troops fired three times at Palestinian militants.', 'fired'],
  ['A Palestinian guerrilla group claimed responsibility on Saturday for attacks on Israeli troops in the past two days.', 'claimed'],
  // condition: the main clause of a conditional is coded
  ['Druze inhabitants of the Golan Heights threatened to hold a general strike unless Israel rescinded the annexation.', 'threatened'],
  ['Iran will attack Israel if it is provoked.', 'attack'],
  ['South Korea withheld rice aid until North Korea shut down its reactor.', 'withheld'],
  // troops are doers
  ['Afghan troops shot four militants.', 'shot'],
  // adjunctSpeechContent: a message's content and a main-clause report are coded
  ['Peru issued a statement, saying Japan had attacked its embassy.', 'attacked'],
  ['The Iranian president gave a speech in Tehran, saying Iran would attack Israel.', 'attack'],
  ['Officials said Japan had attacked the embassy.', 'attacked'],
  // participleAfterObject: after a subject, a reported subject or a participle inside the subject it is the verb
  ['Thousands of Egyptians gathered at the embassy to protest.', 'gathered'],
  ['Palestinians of the Israeli-occupied West Bank shunned work on Monday to protest.', 'shunned work'],
  // relativeClause: "that" after a name a verb governs opens the content
  ['Moon told Kim that Seoul would attack.', 'attack'],
  // beliefCue: a stance stated by an adjective or a noun is expressed
  ['The Syrian leader said he was worried about Israel.', 'said'],
  ['The Syrian leader expressed doubt about Israel.', 'expressed'],
  // condition: "as" alone opens no condition; a possessive after a verb names the act
  ['Israel attacked Syria as Damascus supported militant groups.', 'attacked'],
  ['The Pakistani president began his visit to China on Thursday.', 'visit'],
  // purposeClause: a split infinitive after "is to" schedules the act itself
  ['The minister is to formally lodge a complaint with China.', 'lodge'],
  // relativeClause: a reporting verb with a subject and no relative pronoun before it reports the main clause's act
  ['Opposition newspapers said Egyptian police attacked protesters in Cairo.', 'attacked'],
  // setOffParticiple: a verb after a comma with no clause verb after the closing comma is one of a list of acts
  ['Kenyan police surrounded the camp, arrested ten Somali refugees, and left before dawn.', 'arrested'],
  // setOffParticiple: after an apposition a verb with its object, or one before ", saying", is the clause's own
  ["Panama's president, in her final days in office, pardoned the men, preventing their extradition to Cuba.", 'pardoned'],
  ["Iraq's defense minister, Hazem Shaalan, denied allegations of irregularities, saying committees oversaw the deals.", 'denied'],
  // confirmedNominal: a nominal act announced is the announcer's
  ['Kenyan police announced the arrest of the opposition leader.', 'arrest'],
  // governedEnd: what a background phrase governs ends at a finite verb joined by "and"
  ['Hayashi said Japan is seeking transparency over the legal process regarding detentions and has asked for China to secure a fair business environment.', 'asked'],
  // mainVerbAfterRelative: after a relative clause that ends in a prepositional phrase, the main verb and its conjunct
  ['Yemeni soldiers who rushed to the scene arrested five protesters.', 'arrested'],
  ['Yemeni security forces who rushed to the scene fired in the air and used tear gas to disperse the demonstrators.', 'used'],
];

test('background: participles, relative clauses, hopes, tries, agentless passives and figures give no event', () => {
  for (const [text, trigger] of BACKGROUND) {
    const events = coded(text);
    assert.ok(!events.some((e) => e.reason.includes(`trigger "${trigger}"`)), `${text}\n${JSON.stringify(events, null, 1)}`);
  }
});

test('background: main-clause acts, message contents and reported acts of actors are still coded', () => {
  for (const [text, trigger] of CODED) {
    const events = coded(text);
    assert.ok(events.some((e) => e.reason.includes(`trigger "${trigger}"`)), `${text}\n${JSON.stringify(events, null, 1)}`);
  }
});
