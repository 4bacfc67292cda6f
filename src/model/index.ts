export * from './span.ts';
export * from './message.ts';
export * from './segments.ts';
export * from './entity.ts';
export * from './timex.ts';
export * from './quote.ts';
export * from './event.ts';
export * from './doc.ts';
