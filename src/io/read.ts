// Reading one input file's bytes (in a worker), with the fs functions injectable: a test can make a
// read fail with EACCES even when it runs as root, who ignores mode bits.
import { readFileSync, statSync } from 'node:fs';
import type { ErrorRecord } from '../records/schema.js';
import { readErrorCode } from './list.js';

export interface ReadFs {
  statSync: (path: string) => { isFile(): boolean; size: number };
  readFileSync: (path: string) => Uint8Array;
}

const realFs: ReadFs = { statSync, readFileSync };

/** The file's bytes, or its error record (`permission`, `unreadable`, `too-large`). */
export function readInputFile(
  file: { abs: string; source: string },
  maxBytes: number,
  fs: ReadFs = realFs,
): { bytes: Uint8Array } | { error: ErrorRecord } {
  try {
    const st = fs.statSync(file.abs);
    if (!st.isFile())
      return { error: { source: file.source, code: 'unreadable', message: 'not a regular file' } };
    if (st.size > maxBytes) {
      return {
        error: {
          source: file.source,
          code: 'too-large',
          message: `${st.size} bytes; the limit is ${maxBytes}`,
        },
      };
    }
    return { bytes: fs.readFileSync(file.abs) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return {
      error: {
        source: file.source,
        code: readErrorCode(e),
        message: e.message.replaceAll(file.abs, file.source),
      },
    };
  }
}
