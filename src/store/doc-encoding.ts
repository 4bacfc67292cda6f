import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Doc } from '../model/index.ts';

/** The stored form of a Doc: its JSON, deflated (raw DEFLATE). Adapters keep these bytes as they are. */
export function encodeDoc(doc: Doc): Uint8Array {
  return deflateRawSync(JSON.stringify(doc), { level: 1 });
}

export function decodeDoc(bytes: Uint8Array): Doc {
  return JSON.parse(inflateRawSync(bytes).toString('utf8')) as Doc;
}
