import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

const CodeSchema = z.string().regex(/^\d{2,4}$/);

export const CameoCodeSchema = z.object({
  code: CodeSchema,
  name: z.string(),
  root: z.string().regex(/^\d{2}$/),
  goldstein: z.number().nullable(),
  quadClass: z.number().int().min(1).max(4),
});
export type CameoCode = z.infer<typeof CameoCodeSchema>;

export const PloverRowSchema = z.object({
  code: CodeSchema,
  event: z.string().nullable(),
  mode: z.string().nullable(),
  context: z.array(z.string()),
});
export type PloverRow = z.infer<typeof PloverRowSchema>;

export const FrameNameSchema = z.enum(['intent', 'commit', 'appeal', 'demand', 'reject', 'threaten']);
export type FrameName = z.infer<typeof FrameNameSchema>;

/** One trigger pattern: lemmas (or space-separated lemma sequences) that evoke a CAMEO code. */
export const EventPatternSchema = z.object({
  code: CodeSchema,
  lemmas: z.array(z.string().min(1)).min(1),
  pos: z.enum(['VERB', 'NOUN']).optional().describe('only when the trigger has this part of speech'),
  with: z.array(z.string()).optional().describe('one of these must follow in the clause (object, complement)'),
  before: z.array(z.string()).optional().describe('one of these must stand just before the trigger (modifier, subject noun)'),
  object: z.boolean().optional().describe('the verb\'s direct object follows it at once and the with-cue is said of that object: "called him a hero", not "called on him"'),
  withNouns: z.boolean().optional().describe('the with-cues are people or things acted on: a cue word used as an adjective before a noun ("held a national day") is none'),
  reciprocal: z.boolean().optional().describe('a compound source without target means its members act on each other'),
  frame: FrameNameSchema.optional().describe('the verb takes another event as complement'),
  speech: z.boolean().optional().describe('a statement verb: coded only when nothing else is'),
  why: z.string().min(1).optional().describe('the written rule that calls for this code where the dictionary codes the bare verb otherwise (dictionary-conformance.test.ts)'),
});
export type EventPattern = z.infer<typeof EventPatternSchema>;

export const FramesSchema = z.object({
  about: z.string(),
  frames: z.record(FrameNameSchema, z.object({ about: z.string().optional(), default: CodeSchema, map: z.record(z.string(), CodeSchema), transparent: z.boolean().optional().describe('the frame codes what it governs itself (guidelines: "agreed/pledged to X" → X)') })),
  protestAims: z.object({ about: z.string(), '1': z.array(z.string()), '2': z.array(z.string()), '3': z.array(z.string()), '4': z.array(z.string()) }),
  lightVerbs: z.array(z.string()).describe('verbs whose object noun is the event ("held talks", "launched an attack")'),
});
export type Frames = z.infer<typeof FramesSchema>['frames'];
export type ProtestAims = z.infer<typeof FramesSchema>['protestAims'];

export const ModalityCuesSchema = z.object({
  about: z.string(),
  intent: z.array(z.string()).describe('future cues, as written, that announce an intent (03x) rather than the act (guidelines: plan/intend to X)'),
  negated: z.array(z.string()),
  hypothetical: z.array(z.string()),
  future: z.array(z.string()),
  reportingVerbs: z.array(z.string()),
});
export type ModalityCues = z.infer<typeof ModalityCuesSchema>;

const words = z.array(z.string());
const CodeListSchema = z.array(CodeSchema);
const Recode = <F extends z.ZodType>(from: F) => z.object({ from, to: CodeSchema });
export const CodingSchema = z.object({
  about: z.string(),
  words: z.object({
    triggerStops: words, actHeads: words, scene: words, requestNouns: words, commands: words, sendings: words, renewals: words,
    mutualVerbs: words, demandVerbs: words, modalAuxiliaries: words, groupAnaphors: words, inanimateCauses: words.describe('heads of a subject that is no doer: a blast, a flood ("a blast killed": no-actor)'),
    commentVerbs: words.describe('statement verbs whose negation ("would not comment") is a refusal to comment (REFUSE * COMMENT [011])'),
    meetVerbs: words.describe('verbs of talks whose object is the other party ("met the delegation", "received the envoy"), not the topic ("discussed trade")'),
    attendVerbs: words.describe('verbs of attending a meeting ("will attend the talks"): the attendees visit its venue (ATTEND [042:043]), they do not meet each other'),
    doneActs: words.describe('nouns of acts done to someone ("the killings of eight Afghans by coalition forces"), whose "by" phrase names their doer'),
    personCues: words.describe('lemmas of object cues that name plain people ("arrested 17 people", "seized the foreigners"): civilians acted on'),
    campaignWords: words.describe('lemmas before a rally that make it a campaign\'s ("an election rally"): campaigning, no protest'),
    publishedThings: words.describe('lemmas of what is published, not set free ("released the report"): a statement, no release (084)'),
    diplomaticProtestVerbs: words.describe('verbs of protest a state makes by note or statement ("Vietnam protested against …"): by a state, verbal disapproval (codes.stateProtest); "demonstrate", "rally", "march" are street protest whoever does them'),
    holdingVerbs: words.describe('verbs of having or holding: a nominal act as their object is a state held ("enjoyed support"), no act'),
    distanceUnits: words.describe('lemmas of units of distance ("60 kilometers northeast of Baghdad"): with a compass point before "of", the place after it is a landmark'),
    compassPoints: words.describe('compass points, lower case, as written between a distance and "of"'),
    agentTies: words.describe('words after an agent noun that tie it to the list of countries after them ("diplomats representing France and Italy", "counterparts from the countries of A and B"): each listed country\'s agents'),
    relationNouns: words.describe('nouns of a standing relation between parties ("cooperation", "partnership"): with no light verb that does them ("began cooperation"), a state the sentence describes, no act'),
    avoidVerbs: words.describe('verbs of keeping away from an act ("avoid visiting Egypt"): the "-ing" form after them names an act not done'),
    relationHeads: words.describe('lemmas of nouns whose list of states names the parties of a relation ("the Vietnam-Laos relationship", "ties between Malaysia and Australia"): a source among them acts toward the others'),
    confirmingVerbs: words.describe('verbs that confirm or report what happened: a nominal act as their object is reported, and their subject is no doer ("confirmed the arrest of …")'),
    unlawfulWords: words.describe('lemmas that judge an act unlawful ("violate", "illegal") or name a wrong with no code of its own ("incite", "extort"): as the predicate of a reported clause about another party\'s conduct, the statement accuses it (112)'),
    terrorActs: words.describe('terrorist acts as written, the noun by its lemma ("terrorist attack"): condemning one is sympathy with its victims (CONDEMN * {TERRORIST ATTACK} [018])'),
    lossNouns: words.describe('lemmas of what people suffer ("the deaths of Chinese sailors"): regret over it is sympathy, no blame of the sufferers'),
    detentionVerbs: words.describe('lemmas of arresting and detaining: done to anyone, protesters too, the act is 173 (codes.politicalDetention)'),
    phoneWords: words.describe('lemmas that name the telephone as the medium of a conversation ("held telephone talks", "a telephonic conversation"): talks held by it are 041 (codes.phoneConversation)'),
    censureWords: words.describe('lemmas that judge an act unacceptable ("unacceptable", "regrettable"): as the predicate of a reported clause about another party\'s conduct, the statement condemns it (111), or rejects it (120) when the conduct is still to come'),
  }),
  contentModals: z.record(z.string(), FrameNameSchema),
  governors: z.object({
    subject: words, subjectPlace: words, nominalTarget: words, place: words, locative: words, venue: words,
    sourcePlace: words.describe('prepositions of place whose phrase says where, not who: a source only inside one, before a comma, is no subject'),
  }),
  roles: z.object({ civilian: words, security: words, armed: words, protesters: words.describe('roles of those who take to the street: protesters, demonstrators, opposition supporters') }),
  codes: z.object({
    statementRoot: z.string().regex(/^\d{2}$/), protestRoot: z.string().regex(/^\d{2}$/), protestBases: CodeListSchema,
    concessionDemand: CodeSchema, concessionRoot: z.string().regex(/^\d{2}$/), repressionRoot: z.string().regex(/^\d{2}$/),
    purposeRoots: z.array(z.string().regex(/^\d{2}$/)), standDown: CodeListSchema, visits: CodeListSchema, placeTargets: CodeListSchema,
    lapsedRenewal: Recode(CodeSchema), regrettedConduct: Recode(CodeSchema).describe('regret (`from`, the apology of express|voice regret) over what another country does ("regret over Japan continuing its claims") is criticism of it (`to`)'), condemnedTerror: Recode(CodeSchema).describe('a condemnation (`from`) of a terrorist act (words.terrorActs) is sympathy with its victims (`to`; the dictionary\'s CONDEMN * {TERRORIST ATTACK} [018])'), declinedComment: Recode(CodeSchema), attendance: Recode(CodeListSchema), civilianBlockade: Recode(CodeSchema), politicalDetention: Recode(CodeSchema).describe('an arrest or detention (words.detentionVerbs) the dictionary codes as repression (`from`: ARREST * PROTESTERS [175:140], POLICE * DEMONSTRATOR [175:141] # DETAIN) is the arrest itself (`to`; CAMEO 173 covers political detentions; decision BM of the wire set)'), protestViolence: Recode(CodeListSchema).describe('force (`from`: storming, smashing, setting fire, scuffling) whose doers are all protesters (role OPP) is violent protest (`to`; decision W of the wire set: PROTESTOR * [145]; the destroying verbs\' block codes are for armed attacks)'), phoneConversation: Recode(CodeListSchema).describe('talks or a meeting (`from`) whose clause names the telephone (words.phoneWords) are discussion by telephone (`to`; decision U of the wire set: the dictionary gives every phone form 041)'), thirdCountryMeeting: Recode(CodeListSchema), forceAgainstCivilians: Recode(CodeSchema), threatAgainstCivilians: Recode(CodeSchema),
    stateProtest: Recode(z.string().regex(/^\d{2}$/)).describe('a protest (the root `from`) whose protesters are all a state, a country or its government, is a diplomatic protest: verbal disapproval (`to`), or the 11x the dictionary reads in its clause (PROTEST * STRONGLY [114])'),
  }),
});
type CodingFile = z.infer<typeof CodingSchema>;
type AsSets<T> = { [K in keyof T]: T[K] extends string[] ? ReadonlySet<string> : T[K] };

/** The coder's word lists as sets, its role lists as sets, and its codes as written. */
export interface EventCoding {
  words: AsSets<CodingFile['words']>;
  contentModals: ReadonlyMap<string, FrameName>;
  governors: AsSets<CodingFile['governors']>;
  roles: AsSets<CodingFile['roles']>;
  codes: CodingFile['codes'];
}

const sets = <T extends Record<string, string[]>>(o: T): AsSets<T> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, new Set(v)])) as unknown as AsSets<T>;

function codingFile(): EventCoding {
  const c = read('coding.json', CodingSchema);
  return { words: sets(c.words), contentModals: new Map(Object.entries(c.contentModals)), governors: sets(c.governors), roles: sets(c.roles), codes: c.codes };
}

export interface EventLexicons {
  coding: EventCoding;
  codes: Map<string, CameoCode>;
  plover: Map<string, PloverRow>;
  patterns: EventPattern[];
  frames: Frames;
  protestAims: ProtestAims;
  lightVerbs: string[];
  modality: ModalityCues;
}

const read = <S extends z.ZodType>(name: string, schema: S): z.infer<S> => readLexicon(`events/${name}`, schema, 'restore it from git, or rebuild the derived tables with node --import tsx scripts/build-event-lexicons.ts');

function framesFile(): Pick<EventLexicons, 'frames' | 'protestAims' | 'lightVerbs'> {
  const f = read('frames.json', FramesSchema);
  return { frames: f.frames, protestAims: f.protestAims, lightVerbs: f.lightVerbs };
}

/** Load and validate the event lexicons shipped in this folder (once per process, from a stage's setup). */
export const loadEventLexicons = once((): EventLexicons => ({
  coding: codingFile(),
  codes: new Map(read('cameo-codes.json', z.array(CameoCodeSchema)).map((c) => [c.code, c])),
  plover: new Map(read('cameo-plover.json', z.array(PloverRowSchema)).map((p) => [p.code, p])),
  patterns: read('patterns.json', z.array(EventPatternSchema)),
  ...framesFile(),
  modality: read('modality.json', ModalityCuesSchema),
}));
