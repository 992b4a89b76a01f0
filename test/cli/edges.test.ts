// The rough edges a new user hits, as the compiled CLI in a child process: a wrong --out is one line
// and exit 3 (never a stack trace, never a hang), a closed stdout ends the run quietly (exit 141)
// with no temporaries left behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit.js';
import { type Build, buildProject } from '../io/helpers/build.js';

let build: Build;
let dir: string;
beforeAll(() => {
  build = buildProject();
  dir = mkdtempSync(join(tmpdir(), 'khabar-edges-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < 40; i++)
    writeFileSync(
      join(dir, 'in', `n${String(i).padStart(2, '0')}.txt`),
      `دکتر علی محمدی رئیس دانشگاه تهران و دکتر رضا احمدی در نشست شماره ${i} دیدار کردند.`,
    );
});

function khabar(args: string[], input?: string) {
  return spawnSync(process.execPath, [build.mainJs, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
}

/** One line on stderr, starting with "khabar: ", and no stack frame. */
function expectOneLine(stderr: string): void {
  expect(stderr).toMatch(/^khabar: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('a wrong --out: one line and exit 3', () => {
  it('a file given as --out', () => {
    writeFileSync(join(dir, 'file.md'), '# not a folder\n');
    const r = khabar(['extract', 'in', '--out', 'file.md', '--no-report']);
    expect(r.status).toBe(EXIT.output);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain('is a file, not a folder');
  });

  it('a folder under a file, and a place no folder can be made (/proc): fails at once', () => {
    const r = khabar(['extract', 'in', '--out', 'file.md/sub', '--no-report']);
    expect(r.status).toBe(EXIT.output);
    expectOneLine(r.stderr);
    if (existsSync('/proc/self')) {
      // Node's recursive mkdir spun forever here, deaf to SIGTERM; spawnSync's timeout would kill it.
      const p = khabar(['extract', 'in', '--out', '/proc/khabar-x', '--no-report']);
      expect(p.signal).toBeNull();
      expect(p.status).toBe(EXIT.output);
      expectOneLine(p.stderr);
    }
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder (not testable as root)', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro, { mode: 0o500 });
    const r = khabar(['extract', 'in', '--out', ro, '--no-report']);
    expect(r.status).toBe(EXIT.output);
    expectOneLine(r.stderr);
  });

  it('`khabar report --out` a folder that does not exist', () => {
    const r = khabar(['report', '--out', join(dir, 'nonexistent')]);
    expect(r.status).toBe(EXIT.output);
    expectOneLine(r.stderr);
  });
});

/** Runs khabar, reads `lines` lines of stdout, closes the pipe, and waits for the exit. */
function readThenClose(args: string[], lines: number, stdin?: string) {
  return new Promise<{ code: number | null; stderr: string; got: string[] }>((resolve) => {
    const child = spawn(process.execPath, [build.mainJs, ...args], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    if (stdin !== undefined) {
      child.stdin.on('error', () => {}); // it may stop reading early: that is the point
      child.stdin.end(stdin);
    }
    const got: string[] = [];
    const rl = createInterface({ input: child.stdout });
    rl.on('line', (l) => {
      if (got.length >= lines) return; // lines already buffered when the pipe closed
      got.push(l);
      if (got.length === lines) {
        rl.close();
        child.stdout.destroy();
      }
    });
    child.on('exit', (code) => resolve({ code, stderr, got }));
  });
}

describe('a closed stdout (`| head`) ends the run quietly', () => {
  it('extract --explain: exit 141, nothing on stderr, no temporaries in the output folder', async () => {
    const r = await readThenClose(['extract', 'in', '--out', 'o-explain', '--explain', '--jobs', '1'], 3);
    expect(r.got).toHaveLength(3);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.stdoutClosed);
    const left = existsSync(join(dir, 'o-explain')) ? readdirSync(join(dir, 'o-explain')) : [];
    expect(left.filter((n) => n.startsWith('.khabar-tmp-'))).toEqual([]);
    expect(left).not.toContain('records.jsonl');
  });

  it('normalize on a large input: exit 141, nothing on stderr', async () => {
    const big = 'دکتر علی در دانشگاه تهران گفت. '.repeat(40).concat('\n').repeat(20_000);
    const r = await readThenClose(['normalize'], 1, big);
    expect(r.got).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.stdoutClosed);
  });
});

describe('help and usage, the same convention for every command', () => {
  it('a bare `khabar` (or `khabar review`) is a usage error: help on stderr, exit 2', () => {
    for (const args of [[], ['review']]) {
      const r = khabar(args);
      expect(r.status).toBe(EXIT.usage);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^Usage: khabar/);
    }
  });

  it('--help goes to stdout with exit 0, shows examples, exit codes and which options are required', () => {
    const top = khabar(['--help']);
    expect(top.status).toBe(EXIT.ok);
    expect(top.stdout).toContain('Examples:');
    expect(top.stdout).toMatch(/Exit codes: 0 done[\s\S]*3 output folder/);
    for (const cmd of ['extract', 'report']) {
      const r = khabar([cmd, '--help']);
      expect(r.status).toBe(EXIT.ok);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toMatch(/--out <dir>\s+\(required\)/);
    }
  });
});
