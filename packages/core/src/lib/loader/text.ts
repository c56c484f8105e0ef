/**
 * Reads a rubric file as text, refusing what is not UTF-8 text before any
 * parser sees it: too large, binary, invalid UTF-8. A leading BOM is dropped
 * and CRLF line endings are kept as they are (positions stay true to the file).
 */

import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Position } from '../problem.js';

/** Rubric files are small; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type TextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly position: Position };

const start: Position = { line: 1, column: 1 };

export interface ReadOptions {
  /**
   * A folder the file must really be inside: a symbolic link that leads out
   * of it (to /etc/passwd, to /proc/kmsg) is refused before anything is read.
   */
  readonly within?: string;
  /** What the file is, plural, for the size message ("rubric files", "assessments"); "files" by default. */
  readonly kind?: string;
}

/**
 * Synchronous on purpose: thousands of small reads are several times faster
 * this way than through promise file handles. The file is opened without
 * blocking and checked through its descriptor (a FIFO or device is refused,
 * not read), and at most the size it reports is read: a file that reports 0
 * bytes but never ends (/proc/kmsg) reads as empty instead of hanging.
 */
export function readText(path: string, options: ReadOptions = {}): TextResult {
  if (options.within !== undefined) {
    const outside = leavesFolder(path, options.within);
    if (outside) return { ok: false, message: outside, position: start };
  }
  let buffer: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile())
      return { ok: false, message: 'Expected a file, found a folder or special file', position: start };
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        message: `File is ${formatBytes(info.size)}; ${options.kind ?? 'files'} may be at most ${formatBytes(MAX_FILE_BYTES)}`,
        position: start,
      };
    }
    buffer = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    buffer = buffer.subarray(0, filled);
  } catch (error) {
    return { ok: false, message: `Cannot read file: ${describeFsError(error)}`, position: start };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeText(buffer);
}

/** Why `path` is not really inside `folder` (after following links), or undefined when it is. */
function leavesFolder(path: string, folder: string): string | undefined {
  let real: string;
  let root: string;
  try {
    root = realpathSync(folder);
    real = realpathSync(path);
  } catch (error) {
    return `Cannot read file: ${describeFsError(error)}`;
  }
  const rel = relative(root, real);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel)
    ? 'The file is a symbolic link to a place outside the rubric folder; rubric files must be inside it'
    : undefined;
}

export function decodeText(buffer: Uint8Array): TextResult {
  // A NUL byte is checked first: for a binary file "looks binary" says more than "invalid UTF-8".
  const nul = buffer.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      message: 'File contains a NUL byte, so it looks binary; rubric files must be UTF-8 text',
      position: positionOfByte(buffer, nul),
    };
  }
  if (!isUtf8(buffer)) {
    const offset = firstInvalidUtf8(buffer);
    return {
      ok: false,
      message: `Invalid UTF-8 (byte 0x${(buffer[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); rubric files must be UTF-8 text`,
      position: positionOfByte(buffer, offset),
    };
  }
  let text = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Line and column (in characters) of a byte offset in text that is valid up to that offset. */
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, offset - lineStart).toString('utf8');
  return { line, column: prefix.length + 1 };
}

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'it is a folder';
    case 'EAGAIN':
      return 'it would block (a device or special file)';
    default:
      return code ?? String(error);
  }
}
