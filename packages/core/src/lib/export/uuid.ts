/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives
 * the same UUID, so an export of the same rubric gives the same bytes.
 */
import { createHash } from 'node:crypto';

/** This project's namespace for the UUIDs of its OSCAL exports (a fixed, random version 4 UUID). */
export const EXPORT_NAMESPACE = '6f1d8a52-3c9e-4b7a-9d2f-51e0c4a8b7d3';

export function uuidV5(name: string, namespace: string = EXPORT_NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
