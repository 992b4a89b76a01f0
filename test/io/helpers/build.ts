// Workers run compiled JavaScript, so the tests that start them need the project compiled. It is
// compiled ONCE per `vitest run`, by test/global-setup.ts, into test/artifacts/build (git-ignored),
// before any test file starts, so no file reads a half-written build and no file pays for its own
// tsc run (six of them were a third of the suite's time). Type errors elsewhere in the tree do not
// stop tsc from emitting, so only a missing output fails.
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

/** Set by the global setup; one folder per `vitest run`, so two runs in one tree never collide. */
const BUILD_ENV = 'KHABAR_TEST_BUILD';

/** Compiles the project into a fresh folder (global setup only); returns a function removing it. */
export function compileProject(): () => void {
  const dir = join(ROOT, 'test', 'artifacts', `build-${process.pid}`);
  process.env[BUILD_ENV] = dir;
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
  return () => rmSync(dir, { recursive: true, force: true });
}

/** The build compiled by the global setup. */
export function buildProject(): Build {
  const dir = process.env[BUILD_ENV] ?? '(unset)';
  const worker = join(dir, 'src', 'io', 'worker.js');
  if (!existsSync(worker))
    throw new Error(`no ${worker}: run the tests through vitest (test/global-setup.ts)`);
  return {
    dir,
    workerScript: pathToFileURL(worker),
    realProcessor: pathToFileURL(join(dir, 'src', 'io', 'processor.js')),
    mainJs: join(dir, 'src', 'cli', 'main.js'),
    runJs: pathToFileURL(join(dir, 'src', 'io', 'run.js')),
  };
}
