import { DocSchema } from '../model/index.ts';
import { ArticleRowSchema, EntityRowSchema, EventRowSchema, NetworkEdgeSchema, QuoteRowSchema, SentenceRowSchema, TimelineRowSchema } from '../store/rows.ts';

// The response shapes under names, so /v1/openapi.json describes each once (components) and refers to it.
export const DocRef = DocSchema.meta({ id: 'Doc' });
export const ArticleRef = ArticleRowSchema.meta({ id: 'Article' });
export const QuoteRef = QuoteRowSchema.meta({ id: 'Quote' });
export const SentenceRef = SentenceRowSchema.meta({ id: 'Sentence' });
export const EntityRef = EntityRowSchema.meta({ id: 'Entity' });
export const EventRef = EventRowSchema.meta({ id: 'Event' });
export const TimelineRowRef = TimelineRowSchema.meta({ id: 'TimelineRow' });
export const NetworkEdgeRef = NetworkEdgeSchema.meta({ id: 'NetworkEdge' });
