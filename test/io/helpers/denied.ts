// Permission failures that hold even for root (who ignores mode bits, and CI runs as root): the fs
// functions khabar's listing and reading use are injected, failing for chosen paths exactly as Node
// fails (an Error with code EACCES, errno, syscall and path).
import { readdir } from 'node:fs';
import { resolve } from 'node:path';
import type { ListFs } from '../../../src/io/list.js';

export function eacces(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), {
    code: 'EACCES',
    errno: -13,
    syscall,
    path,
  });
}

/** A readdir that refuses the given folders (absolute) and reads every other one for real. */
export function denyFolders(...folders: string[]): ListFs {
  const denied = new Set(folders.map((f) => resolve(f)));
  const fake = (path: string, ...rest: unknown[]) => {
    const callback = rest[rest.length - 1] as (err: Error | null) => void;
    if (denied.has(resolve(path))) {
      process.nextTick(() => callback(eacces('scandir', path)));
      return;
    }
    (readdir as (...a: unknown[]) => void)(path, ...rest);
  };
  return { readdir: fake as unknown as NonNullable<ListFs['readdir']> };
}
