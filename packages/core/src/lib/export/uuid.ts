/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives
 * the same UUID, so an export of the same rubric gives the same bytes.
 */
import { sha1 } from './sha1.js';

/** This project's namespace for the UUIDs of its OSCAL exports (a fixed, random version 4 UUID). */
export const EXPORT_NAMESPACE = '6f1d8a52-3c9e-4b7a-9d2f-51e0c4a8b7d3';

export function uuidV5(name: string, namespace: string = EXPORT_NAMESPACE): string {
  const space = namespace.replaceAll('-', '');
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = Number.parseInt(space.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const bytes = sha1(input).subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
