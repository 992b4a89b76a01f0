// Once per `vitest run`, before any test file: compile the project for the tests that start
// workers or the CLI (see test/io/helpers/build.ts); removed when the run ends.
import { compileProject } from './io/helpers/build.js';

export default function setup(): Promise<() => void> {
  return compileProject();
}
