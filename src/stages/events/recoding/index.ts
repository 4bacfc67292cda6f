import { attendance } from './attendance.ts';
import { civilianBlockade } from './civilian-blockade.ts';
import { command } from './command.ts';
import { condemnedTerror } from './condemned-terror.ts';
import { declinedCommentRule } from './declined-comment.ts';
import { demandedConcession } from './demanded-concession.ts';
import { forceAgainstCivilians } from './force-against-civilians.ts';
import { frameReading } from './frame-reading.ts';
import { frame } from './frame.ts';
import { intent } from './intent.ts';
import { lapsedRenewal } from './lapsed-renewal.ts';
import { messageContent } from './message-content.ts';
import { phoneConversation } from './phone-conversation.ts';
import { plans } from './plans.ts';
import { politicalDetention } from './political-detention.ts';
import { protestAim } from './protest-aim.ts';
import { protestViolence } from './protest-violence.ts';
import { purpose } from './purpose.ts';
import { refusal } from './refusal.ts';
import { regrettedConduct } from './regretted-conduct.ts';
import { showOfForce } from './show-of-force.ts';
import { stateProtest } from './state-protest.ts';
import type { EventRule, TriggerRule } from './rule.ts';
import { thirdCountryMeeting } from './third-country-meeting.ts';
import { warningOfRisk } from './warning-of-risk.ts';

/** The rules a trigger's code goes through, in order, before its actors are chosen. */
export const TRIGGER_RULES: readonly TriggerRule[] = [attendance, frameReading, frame, warningOfRisk, purpose, messageContent, plans, demandedConcession, command, civilianBlockade, protestAim];

/** The rules an event's code goes through, in order, once its modality and actors are known. */
export const EVENT_RULES: readonly EventRule[] = [lapsedRenewal, declinedCommentRule, refusal, intent, phoneConversation, thirdCountryMeeting, politicalDetention, protestViolence, forceAgainstCivilians, showOfForce, stateProtest, condemnedTerror, regrettedConduct];
