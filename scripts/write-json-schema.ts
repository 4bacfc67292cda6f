// Writes schema/doc.schema.json from the zod model: the documented, stable format of `analyze --format json`.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { docJsonSchema } from '../src/model/json-schema.ts';
import { REPO_ROOT } from '../src/util/shared-data.ts';

const file = path.join(REPO_ROOT, 'schema/doc.schema.json');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, docJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
