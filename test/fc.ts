// Property-test run counts: small defaults keep `npm test` under two minutes on a busy 2-core CI;
// `FC_RUNS=20000 npx vitest run test/text/properties.test.ts` explores far more locally.
// (The seed is set in setup.ts; `FC_SEED=random` draws a new one.)
const fromEnv = Number(process.env.FC_RUNS);

/** `FC_RUNS` when set to a positive number, else the test's own default. */
export function runs(defaultRuns: number): number {
  return Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}
