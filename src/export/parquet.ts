/**
 * Parquet export of one table (articles, quotes, events, entities) for pandas, R (arrow) and DuckDB,
 * written in row groups as the rows stream in. Nested values (actor lists, aliases) are JSON strings.
 */
import { fileWriter, ParquetWriter, schemaFromColumnData, type BasicType, type ColumnSource } from 'hyparquet-writer';
import type { z } from 'zod';

const ROW_GROUP = 10_000;

/** Parquet type of a row schema field: integers, doubles and booleans as such, everything else text. */
function columnType(field: z.ZodType): BasicType {
  let def = (field as any)._zod.def;
  while (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') def = def.innerType._zod.def;
  if (def.type === 'number') return (def.checks ?? []).some((c: any) => c._zod.def.format === 'safeint') ? 'INT64' : 'DOUBLE';
  if (def.type === 'boolean') return 'BOOLEAN';
  return 'STRING';
}

function cell(value: unknown, type: BasicType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'INT64') return BigInt(value as number);
  if (type === 'STRING') return typeof value === 'string' ? value : JSON.stringify(value);
  return value;
}

export async function writeParquet(
  rows: AsyncIterable<object>,
  schema: z.ZodObject<any>,
  file: string,
): Promise<{ rows: number }> {
  const columns = Object.entries(schema.shape).map(([name, field]) => ({ name, type: columnType(field as z.ZodType) }));
  const empty = () => columns.map(() => [] as unknown[]);
  const writer = fileWriter(file);
  let data = empty();
  let parquet: ParquetWriter | null = null;
  let n = 0;
  const flush = async () => {
    const columnData: ColumnSource[] = columns.map((c, i) => ({ name: c.name, type: c.type, nullable: true, data: data[i]! }));
    parquet ??= new ParquetWriter({ writer, schema: schemaFromColumnData({ columnData }), createdBy: 'newsgraph' });
    await parquet.write({ columnData, rowGroupSize: ROW_GROUP });
    data = empty();
  };
  for await (const row of rows) {
    const record = row as Record<string, unknown>;
    columns.forEach((c, i) => data[i]!.push(cell(record[c.name], c.type)));
    n += 1;
    if (n % ROW_GROUP === 0) await flush();
  }
  if (data[0]!.length > 0 || !parquet) await flush();
  await parquet!.finish();
  return { rows: n };
}
