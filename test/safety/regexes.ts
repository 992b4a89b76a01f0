// Collects every regular expression khabar runs: the literals and `new RegExp(...)` call sites of
// src/**/*.ts (found with the TypeScript compiler API), the patterns those call sites actually
// build at run time (recorded by wrapping the RegExp constructor while the modules load and a
// warm-up corpus goes through the pipeline), the RegExps and pattern strings modules export,
// and any pattern a rules/*.json file carries.
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Entry points that act on import (parse argv, expect a worker thread): read, never imported. */
const NOT_IMPORTED = new Set(['src/cli/main.ts', 'src/io/worker.ts']);

export interface Site {
  /** "src/recognize/contacts.ts:17" */
  where: string;
  kind: 'literal' | 'constructor';
}

export interface Collected {
  source: string;
  flags: string;
  /** Where the regex comes from; several sites can build the same pattern. */
  sites: string[];
}

/** Regex literals and RegExp constructor calls in one TypeScript file. */
export function scanSource(file: string, code: string): { literals: Collected[]; constructors: Site[] } {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals: Collected[] = [];
  const constructors: Site[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const slash = text.lastIndexOf('/');
      literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), sites: [where(n)] });
    } else if (
      (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'RegExp'
    ) {
      constructors.push({ where: where(n), kind: 'constructor' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { literals, constructors };
}

export function sourceFiles(): string[] {
  return fg.sync('src/**/*.ts', { cwd: ROOT }).sort();
}

/** String values under keys named like a pattern (pattern, regex, re, …) anywhere in rules/*.json. */
export function rulePatterns(): Collected[] {
  const out: Collected[] = [];
  const walk = (v: unknown, path: string, file: string): void => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`, file);
    } else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && /^(?:pattern|patterns|regex|regexp|re)$/i.test(k))
          out.push({ source: x, flags: 'u', sites: [`${file} ${path}.${k}`] });
        else if (Array.isArray(x) && /^(?:patterns|regexes|regexps)$/i.test(k))
          x.forEach((p, i) => {
            if (typeof p === 'string')
              out.push({ source: p, flags: 'u', sites: [`${file} ${path}.${k}[${i}]`] });
          });
        else walk(x, `${path}.${k}`, file);
      }
  };
  for (const f of readdirSync(`${ROOT}rules`)
    .filter((f) => f.endsWith('.json'))
    .sort())
    walk(JSON.parse(readFileSync(`${ROOT}rules/${f}`, 'utf8')), '$', `rules/${f}`);
  return out;
}

const RealRegExp = RegExp;

/** The first two src/ frames of the current stack, innermost first ("src/x.ts:12"). */
function srcFrames(stack: string): string[] {
  const out: string[] = [];
  for (const m of stack.matchAll(/\(?(\/[^\s()]+\.ts):(\d+):\d+\)?/g)) {
    const file = relative(ROOT, m[1] ?? '');
    if (!file.startsWith('src/')) continue;
    out.push(`${file}:${m[2]}`);
    if (out.length === 2) break;
  }
  return out;
}

export interface Inventory {
  files: string[];
  /** Every RegExp constructor call site in src/, whether or not it ran. */
  constructorSites: Site[];
  /** Constructor call sites that built at least one pattern while loading and warming up. */
  constructorSitesRun: Set<string>;
  literalCount: number;
  exportedCount: number;
  rulesCount: number;
  /** Distinct (source, flags) pairs with every site that produced them. */
  regexes: Collected[];
}

/**
 * Loads every src module with the RegExp constructor wrapped, runs `warmUp` (which should call
 * the functions that build patterns lazily), restores the constructor and returns what it saw.
 */
export async function collect(warmUp: () => Promise<void> | void): Promise<Inventory> {
  const files = sourceFiles();
  const built: Collected[] = [];
  const constructorSitesRun = new Set<string>();
  const proxy: RegExpConstructor = new Proxy(RealRegExp, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
    },
    apply(target, self, args): RegExp {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  function record(args: unknown[]): void {
    const frames = srcFrames(new Error().stack ?? '');
    const site = frames[0];
    if (!site) return;
    constructorSitesRun.add(site);
    const [p, f] = args;
    const source = p instanceof RealRegExp ? p.source : String(p);
    const flags = f === undefined ? (p instanceof RealRegExp ? p.flags : '') : String(f);
    // Label with the caller too when the constructor sits in a helper (`re(body)` at grammar.ts:127).
    built.push({ source, flags, sites: [frames[1] ? `${frames[1]} (via ${site})` : site] });
  }

  const g = globalThis as { RegExp: RegExpConstructor };
  const exported: Collected[] = [];
  g.RegExp = proxy;
  try {
    for (const file of files) {
      if (NOT_IMPORTED.has(file) || file.endsWith('.d.ts')) continue;
      const mod = (await import(pathToFileURL(`${ROOT}${file}`).href)) as Record<string, unknown>;
      for (const [name, v] of Object.entries(mod)) {
        if (v instanceof RealRegExp)
          exported.push({ source: v.source, flags: v.flags, sites: [`${file} export ${name}`] });
        else if (typeof v === 'string' && looksLikePattern(v))
          exported.push({ source: v, flags: 'u', sites: [`${file} export ${name}`] });
      }
    }
    await warmUp();
  } finally {
    g.RegExp = RealRegExp;
  }

  let literalCount = 0;
  const literals: Collected[] = [];
  const constructorSites: Site[] = [];
  for (const file of files) {
    const found = scanSource(file, readFileSync(`${ROOT}${file}`, 'utf8'));
    literals.push(...found.literals);
    literalCount += found.literals.length;
    constructorSites.push(...found.constructors);
  }
  const fromRules = rulePatterns();

  const byKey = new Map<string, Collected>();
  for (const c of [...literals, ...built, ...exported, ...fromRules]) {
    const k = `${c.flags}/${c.source}`;
    const have = byKey.get(k);
    if (!have) byKey.set(k, { ...c, sites: [...c.sites] });
    else for (const s of c.sites) if (!have.sites.includes(s)) have.sites.push(s);
  }
  return {
    files,
    constructorSites,
    constructorSitesRun,
    literalCount,
    exportedCount: exported.length,
    rulesCount: fromRules.length,
    regexes: [...byKey.values()],
  };
}

/** An exported string that is a regex building block (patterns.ts: DIGIT, GAP, WB_START, …). */
function looksLikePattern(s: string): boolean {
  if (!/\[[^\]]+\]|\(\?|\\p\{|\\u[0-9a-f]{4}/i.test(s)) return false;
  try {
    new RealRegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `re` over `input` the way a global loop does (matchAll, replace /g, split), which costs at
 * least as much as one exec or test: every match, advancing past empty ones. Returns milliseconds.
 */
export function timeRegex(re: RegExp, input: string): number {
  const flags = re.flags.includes('g') || re.flags.includes('y') ? re.flags : `${re.flags}g`;
  const r = new RealRegExp(re.source, flags);
  const t0 = performance.now();
  r.lastIndex = 0;
  for (let m = r.exec(input); m !== null; m = r.exec(input)) {
    if (m[0].length === 0) r.lastIndex++;
  }
  return performance.now() - t0;
}

export interface Measured {
  /** Length of the largest input it ran on. */
  chars: number;
  ms: number;
  /** Stopped before the full size because the growth so far projected past `capMs`. */
  projected: boolean;
}

/**
 * Times `re` on inputs of growing size (about 10× steps) and stops growing when even quadratic growth
 * from the last step would pass `capMs`: a cubic pattern that takes 0.5 s on 1,000 characters
 * would take minutes on 8,000, so the test stays fast and still reports it.
 */
export function measure(re: RegExp, inputs: string[], capMs: number): Measured {
  let last: Measured = { chars: 0, ms: 0, projected: false };
  if (inputs[0] !== undefined) timeRegex(re, inputs[0]); // compile before timing
  for (const [i, input] of inputs.entries()) {
    const ms = timeRegex(re, input);
    last = { chars: input.length, ms, projected: false };
    const next = inputs[i + 1];
    if (next === undefined) break;
    const growth = (next.length / input.length) ** 2;
    if (ms > 0.5 && ms * growth > capMs) return { ...last, projected: true };
  }
  return last;
}
