// The output folder is checked before any work starts: created one level at a time (Node's recursive
// mkdir spins forever on some paths, e.g. under /proc) and proven writable with a probe file, so a
// wrong --out fails at once with one line instead of a stack trace after the whole run.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The output folder cannot be created or written; the CLI prints the message and exits 3. */
export class OutputError extends Error {}

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'the system does not allow a folder there',
  EEXIST: 'a file of that name exists',
  EISDIR: 'is a folder',
};

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ? `${WHY[e.code] ?? e.code} (${e.code})` : String(e.message ?? err);
}

/** Creates `outDir` (and missing parents) and checks that files can be written in it. */
export function prepareOutputDir(outDir: string): void {
  const missing: string[] = [];
  for (let p = outDir; ; p = dirname(p)) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && dirname(p) !== p) {
        missing.unshift(p);
        continue;
      }
      throw new OutputError(`cannot use the output folder ${outDir}: ${describeFsError(err)}`);
    }
    if (!isDir)
      throw new OutputError(
        p === outDir
          ? `the output folder ${outDir} is a file, not a folder`
          : `cannot create the output folder ${outDir}: ${p} is a file, not a folder`,
      );
    break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new OutputError(`cannot create the output folder ${dir}: ${describeFsError(err)}`);
    }
  }
  const probe = join(outDir, `.khabar-tmp-${process.pid}-probe`);
  try {
    writeFileSync(probe, '');
  } catch (err) {
    throw new OutputError(`cannot write in the output folder ${outDir}: ${describeFsError(err)}`);
  } finally {
    rmSync(probe, { force: true });
  }
}
