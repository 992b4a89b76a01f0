// The rough edges a new user hits, as the compiled CLI in a child process: a wrong --out is one line
// and exit 3 (never a stack trace, never a hang), a closed stdout ends the run quietly (exit 141)
// with no temporaries left behind.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit.js';
import { type Build, buildProject, ROOT } from '../io/helpers/build.js';

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

// Mode bits only bind a non-root user: as root (CI) the CLI runs under uid 65534 through setpriv when
// that works and that user can read the compiled CLI (a checkout under a private home cannot);
// elsewhere it runs as is. The same paths are tested as root by injection (test/io/list.test.ts,
// test/io/run.test.ts).
function nonRootPrefix(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  const setpriv = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const probe = spawnSync(setpriv[0]!, [
    ...setpriv.slice(1),
    process.execPath,
    '-e',
    'require("node:fs").accessSync(process.argv[1], 4)',
    buildProject().mainJs,
  ]);
  return probe.status === 0 ? setpriv : null;
}
const prefix = nonRootPrefix();

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

  it.skipIf(prefix === null)('a read-only folder (as a user the mode bits bind)', () => {
    const base = mkdtempSync(join(tmpdir(), 'khabar-ro-'));
    chmodSync(base, 0o755);
    mkdirSync(join(base, 'in'), { mode: 0o755 });
    writeFileSync(join(base, 'in', 'a.txt'), 'دانشگاه تهران');
    chmodSync(join(base, 'in', 'a.txt'), 0o644);
    const ro = join(base, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const [cmd, ...pre] = [...(prefix ?? []), process.execPath];
    const r = spawnSync(cmd!, [...pre, build.mainJs, 'extract', 'in', '--out', ro, '--no-report'], {
      cwd: base,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(EXIT.output);
    expectOneLine(r.stderr);
    expect(readdirSync(ro)).toEqual([]);
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

describe('a broken rules file: one line per issue, no stack trace, exit 5', () => {
  it('names the file, the 1-based entry and the field', () => {
    // khabar reads the rules/ beside its package.json: a copy of the compiled CLI inside the repo (so
    // node_modules resolves) with its own rules/, where titles.json's second entry has a bad `kind`.
    const pkg = join(ROOT, 'test', 'artifacts', `rules-broken-${process.pid}`);
    rmSync(pkg, { recursive: true, force: true });
    try {
      cpSync(build.dir, pkg, { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
      mkdirSync(join(pkg, 'rules'));
      for (const name of readdirSync(join(ROOT, 'rules')))
        if (name !== 'titles.json') symlinkSync(join(ROOT, 'rules', name), join(pkg, 'rules', name));
      const titles = JSON.parse(readFileSync(join(ROOT, 'rules', 'titles.json'), 'utf8'));
      titles[1].kind = 42;
      writeFileSync(join(pkg, 'rules', 'titles.json'), JSON.stringify(titles));
      const r = spawnSync(
        process.execPath,
        [
          join(pkg, 'src', 'cli', 'main.js'),
          'extract',
          'in',
          '--out',
          'out-rules',
          '--no-report',
          '--jobs',
          '1',
        ],
        { cwd: dir, encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.status).toBe(EXIT.rulesInvalid);
      expectOneLine(r.stderr);
      expect(r.stderr).toMatch(
        new RegExp(`^khabar: invalid rules: titles\\.json, entry #2 \\(${titles[1].id}\\), field kind: `),
      );
      expect(existsSync(join(dir, 'out-rules', 'records.jsonl'))).toBe(false);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});

describe.skipIf(prefix === null)('unreadable inputs, as a user the mode bits bind', () => {
  it('an unreadable folder inside the input is a `permission` error; an unreadable input folder alone is exit 4', () => {
    const base = mkdtempSync(join(tmpdir(), 'khabar-perm-'));
    chmodSync(base, 0o777);
    mkdirSync(join(base, 'in', 'locked'), { recursive: true });
    writeFileSync(join(base, 'in', 'a.txt'), 'دکتر علی محمدی رئیس دانشگاه تهران در نشست شرکت کرد.');
    writeFileSync(join(base, 'in', 'locked', 'b.txt'), 'دانشگاه تهران');
    chmodSync(join(base, 'in'), 0o755);
    chmodSync(join(base, 'in', 'a.txt'), 0o644);
    chmodSync(join(base, 'in', 'locked'), 0o000);
    const run = (input: string, out: string) => {
      const [cmd, ...pre] = [...(prefix ?? []), process.execPath];
      return spawnSync(
        cmd!,
        [...pre, build.mainJs, 'extract', input, '--out', out, '--no-report', '--jobs', '1'],
        {
          cwd: base,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
    };
    const whole = run('in', 'out');
    expect(whole.status).toBe(EXIT.documentsFailed);
    expect(readFileSync(join(base, 'out', 'errors.jsonl'), 'utf8')).toBe(
      '{"source":"locked","code":"permission","message":"permission denied"}\n',
    );
    const locked = run('in/locked', 'out2');
    expect(locked.status).toBe(EXIT.inputUnreadable);
    expectOneLine(locked.stderr);
    expect(locked.stderr).toBe(
      'khabar: no input document could be read: cannot open in/locked (permission denied)\n',
    );
    chmodSync(join(base, 'in', 'locked'), 0o755);
  });
});
