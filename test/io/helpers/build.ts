// Workers run compiled JavaScript, so the tests that start them compile the project once into their
// own folder under test/artifacts/ (git-ignored; separate folders so test files running in parallel
// never read each other's half-written output). Type errors elsewhere in the tree do not stop tsc
// from emitting, so only a missing output fails.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
export const FAKE_PROCESSOR = pathToFileURL(join(ROOT, 'test', 'io', 'fixtures', 'fake-processor.mjs'));

export interface Build {
  dir: string;
  workerScript: URL;
  realProcessor: URL;
  mainJs: string;
  runJs: URL;
}

export function buildProject(name: string): Build {
  const dir = join(ROOT, 'test', 'artifacts', `build-${name}`);
  rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT, '--outDir', dir],
      {
        stdio: 'pipe',
      },
    );
  } catch {
    // Emitted anyway; checked below.
  }
  const worker = join(dir, 'src', 'io', 'worker.js');
  if (!existsSync(worker)) throw new Error(`tsc emitted no ${worker}`);
  return {
    dir,
    workerScript: pathToFileURL(worker),
    realProcessor: pathToFileURL(join(dir, 'src', 'io', 'processor.js')),
    mainJs: join(dir, 'src', 'cli', 'main.js'),
    runJs: pathToFileURL(join(dir, 'src', 'io', 'run.js')),
  };
}
