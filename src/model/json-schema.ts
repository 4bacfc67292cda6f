import { z } from 'zod';
import { DocSchema } from './doc.ts';

/** The Doc's JSON Schema (draft 2020-12) as committed in schema/doc.schema.json. */
export function docJsonSchema(): string {
  const schema = z.toJSONSchema(DocSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'newsgraph document', ...schema }, null, 2)}\n`;
}
