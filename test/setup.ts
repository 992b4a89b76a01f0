// Property tests run with a fixed seed so CI is repeatable (and a bounded number of runs: test/fc.ts); `FC_SEED=random npm test` explores new
// inputs (a failure prints its seed and counterexample; add the counterexample as a plain test).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? '1397';
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed) });
