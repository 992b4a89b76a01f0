// Workers run compiled JavaScript, so the tests that start them need the project compiled. It is
// compiled ONCE per `vitest run`, by test/global-setup.ts, into test/artifacts/build-<pid>
// (git-ignored), before any test file starts, so no file reads a half-written build and no file pays
// for its own compile. Compiling means transpiling each file with esbuild (through vite, a dev
// dependency), not type-checking: `npm run typecheck` does that, and tsc spent ~9 CPU-seconds of
// every test run emitting what esbuild emits in a quarter of a second.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fg from 'fast-glob';

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

/** Compiles src/ and scripts/ into a fresh folder (global setup only); returns a function removing it. */
export async function compileProject(): Promise<() => void> {
  const dir = join(ROOT, 'test', 'artifacts', `build-${process.pid}`);
  process.env[BUILD_ENV] = dir;
  rmSync(dir, { recursive: true, force: true });
  const { transformWithEsbuild } = await import('vite');
  // The same files as tsconfig.json's "include".
  const files = await fg(['src/**/*.ts', 'scripts/**/*.ts'], { cwd: ROOT, ignore: ['**/*.d.ts'] });
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transformWithEsbuild(readFileSync(join(ROOT, file), 'utf8'), join(ROOT, file), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: false,
      });
      const out = join(dir, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, code);
    }),
  );
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
