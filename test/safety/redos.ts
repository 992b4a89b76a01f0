// Static ReDoS analysis with recheck (automata theory for small patterns, seeded fuzzing with a
// step-counting VM for large ones): a verdict depends on the pattern, not on how busy the machine
// is. Analysing all ~180 patterns takes minutes (the date grammar compiles very large
// alternations), so verdicts are recorded in redos-verdicts.json, keyed by the pattern, and the
// test analyses live only what is not recorded yet (a new or changed pattern, rules data included).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ROOT } from './regexes.js';

// In-process analysis (Scala.js build): no JVM, no native binary, no child process to outlive the test.
process.env.RECHECK_BACKEND ??= 'pure';
const { check } = await import('recheck');

export const VERDICTS_FILE = `${ROOT}test/safety/redos-verdicts.json`;

/** Per-pattern limit when recording (`npm run redos:record`); a pattern still running gets "unknown". */
export const RECORD_TIMEOUT_MS = 10_000;
/** Per-pattern limit for patterns analysed during `npm test` (not recorded yet). */
export const LIVE_TIMEOUT_MS = 2_000;

export interface Attack {
  pumps: Array<{ prefix: string; pump: string }>;
  suffix: string;
}

export interface Verdict {
  source: string;
  /** Without g and y, which do not change what a match costs. */
  flags: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  /** "linear", "safe", "constant", "polynomial" or "exponential"; absent when unknown. */
  complexity?: string;
  degree?: number;
  checker?: string;
  /** The witness recheck found: prefix + pump × n + suffix is superlinear in n. */
  attack?: Attack;
  /** Why the verdict is unknown (timeout, unsupported syntax, …). */
  error?: string;
}

export function analysisFlags(flags: string): string {
  return [...flags.replace(/[gy]/g, '')].sort().join('');
}

export function keyOf(source: string, flags: string): string {
  return createHash('sha256')
    .update(`${analysisFlags(flags)}/${source}`)
    .digest('hex')
    .slice(0, 20);
}

export async function analyse(source: string, flags: string, timeoutMs: number): Promise<Verdict> {
  const f = analysisFlags(flags);
  const d = await check(source, f, { timeout: timeoutMs, randomSeed: 1397 });
  const v: Verdict = { source, flags: f, status: d.status, checker: d.checker ?? undefined };
  if (d.status !== 'unknown') {
    v.complexity = d.complexity.type;
    if (d.complexity.type === 'polynomial') v.degree = d.complexity.degree;
  }
  if (d.status === 'vulnerable')
    v.attack = {
      pumps: d.attack.pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })),
      suffix: d.attack.suffix,
    };
  if (d.status === 'unknown') v.error = d.error.kind;
  return v;
}

export function loadVerdicts(): Record<string, Verdict> {
  if (!existsSync(VERDICTS_FILE)) return {};
  return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Record<string, Verdict>;
}

export function saveVerdicts(verdicts: Map<string, Verdict>): void {
  const sorted = Object.fromEntries([...verdicts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
}

/** The text that makes `attack` work `n` pumps deep. */
export function attackString(a: Attack, n: number): string {
  return a.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + a.suffix;
}
