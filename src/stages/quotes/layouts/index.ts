import { accordingTo } from './according-to.ts';
import { apposition } from './apposition.ts';
import { colon } from './colon.ts';
import { dash } from './dash.ts';
import { headline } from './headline.ts';
import { inverted } from './inverted.ts';
import type { CueLayout, UnmarkedLayout } from './layout.ts';
import { quoteThenSpeaker } from './quote-then-speaker.ts';
import { quotedAsSaying } from './quoted-as-saying.ts';
import { relative } from './relative.ts';
import { said } from './said.ts';
import { sourceless } from './sourceless.ts';
import { subjectless } from './subjectless.ts';

/** The layouts a cue is offered to, in order: the first that claims it decides. */
export const CUE_LAYOUTS: readonly CueLayout[] = [sourceless, accordingTo, quotedAsSaying, inverted, quoteThenSpeaker, subjectless, relative, said];

/** The layouts without a cue, tried in order on a unit where no cue gave an attribution. */
export const UNMARKED_LAYOUTS: readonly UnmarkedLayout[] = [colon, dash, apposition, headline];
