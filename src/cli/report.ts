// `khabar report --out DIR`: rebuilds DIR/report.html from the output folder and the sources the run
// read (run.json's `inputs`). Texts are re-read exactly as `extract` read them (same listing, decoding
// and HTML extraction), because every offset in the records points into that text.
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { MAX_DOCUMENT_BYTES, prepareFile, prepareJsonlLine } from '../io/document.js';
import { type RawLine, readLines } from '../io/lines.js';
import { type InputFile, listInputs } from '../io/list.js';
import { describeFsError, OutputError } from '../io/outdir.js';
import { writeReport } from '../write/report/index.js';
import { reportOutputError } from './exit.js';

export interface SourceLoader {
  loadText: (source: string) => Promise<string | null>;
  close: () => Promise<void>;
}

/** Reads a .jsonl feed forward: records come in input order, so one pass serves all of a feed's documents. */
class FeedCursor {
  private lines: AsyncGenerator<RawLine> | null = null;
  constructor(private readonly file: InputFile) {}

  async find(source: string): Promise<string | null> {
    // From where the last document was found; once more from the top if it is not further down.
    const fromTop = this.lines === null;
    for (let pass = fromTop ? 1 : 0; pass < 2; pass++) {
      if (pass === 1) {
        await this.lines?.return(undefined);
        this.lines = readLines(this.file.abs, MAX_DOCUMENT_BYTES);
      }
      const lines = this.lines!;
      for (;;) {
        const next = await lines.next();
        if (next.done) break;
        const raw = next.value;
        if (raw.bytes === null) continue;
        const prepared = prepareJsonlLine(raw.bytes, {
          fileSource: this.file.source,
          fileDocId: this.file.docId,
          line: raw.line,
        });
        if (prepared.ok && prepared.doc.source === source) return prepared.doc.text;
      }
    }
    this.lines = null;
    return null;
  }

  async close(): Promise<void> {
    await this.lines?.return(undefined);
    this.lines = null;
  }
}

/** `loadText` for the documents of `inputs` (as given to `khabar extract`, relative to `cwd`). */
export async function createSourceLoader(inputs: string[], cwd = process.cwd()): Promise<SourceLoader> {
  const { files } = await listInputs(inputs, cwd);
  const bySource = new Map<string, InputFile>();
  for (const f of files) if (!bySource.has(f.source)) bySource.set(f.source, f);
  const cursors = new Map<string, FeedCursor>();

  const feedOf = (source: string): InputFile | null => {
    // "<file>#<id>": the id may itself contain '#', so try every split from the left.
    for (let at = source.indexOf('#'); at >= 0; at = source.indexOf('#', at + 1)) {
      const f = bySource.get(source.slice(0, at));
      if (f?.kind === 'jsonl') return f;
    }
    return null;
  };

  const loadText = async (source: string): Promise<string | null> => {
    const file = bySource.get(source);
    if (file && file.kind !== 'jsonl') {
      let bytes: Buffer;
      try {
        bytes = await readFile(file.abs);
      } catch {
        return null;
      }
      const prepared = prepareFile(bytes, { source: file.source, docId: file.docId, kind: file.kind });
      return prepared.ok ? prepared.doc.text : null;
    }
    const feed = feedOf(source);
    if (!feed) return null;
    let cursor = cursors.get(feed.abs);
    if (!cursor) {
      cursor = new FeedCursor(feed);
      cursors.set(feed.abs, cursor);
    }
    return cursor.find(source);
  };

  const close = async () => {
    for (const c of cursors.values()) await c.close();
    cursors.clear();
  };
  return { loadText, close };
}

interface RunInfo {
  inputs?: unknown;
  cwd?: unknown;
}

/** Rebuilds `<outDir>/report.html`; inputs default to run.json's, resolved against run.json's cwd or `cwd`. */
export async function rebuildReport(
  outDir: string,
  opts: { inputs?: string[]; cwd?: string } = {},
): Promise<{ path: string; inputs: string[] }> {
  let isDir = false;
  try {
    isDir = statSync(resolve(outDir, 'records.jsonl')).isFile();
  } catch {
    // reported below
  }
  if (!isDir)
    throw new OutputError(
      `${outDir} is not the output folder of a \`khabar extract\` run (no records.jsonl)`,
    );
  let run: RunInfo = {};
  try {
    run = JSON.parse(readFileSync(resolve(outDir, 'run.json'), 'utf8')) as RunInfo;
  } catch {
    // no run.json: the inputs must be given
  }
  const fromRun = Array.isArray(run.inputs)
    ? run.inputs.filter((x): x is string => typeof x === 'string')
    : [];
  const inputs = opts.inputs?.length ? opts.inputs : fromRun;
  const cwd = opts.cwd ?? (typeof run.cwd === 'string' ? run.cwd : process.cwd());
  const loader = await createSourceLoader(inputs, cwd);
  try {
    const path = await writeReport(resolve(outDir), { loadText: loader.loadText });
    return { path, inputs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code)
      throw new OutputError(`cannot write the report in ${outDir}: ${describeFsError(err)}`);
    throw err;
  } finally {
    await loader.close();
  }
}

export function register(program: Command): void {
  program
    .command('report')
    .description('rebuild DIR/report.html (the editors’ review page) from an output folder and its sources')
    .requiredOption('-o, --out <dir>', 'output folder of a `khabar extract` run')
    .option('--inputs <paths...>', 'the sources, when they moved since the run (default: run.json inputs)')
    .option('--cwd <dir>', 'folder the inputs are relative to (default: the current folder)')
    .addHelpText(
      'after',
      `
Examples:
  khabar report --out out/                          # sources as recorded in out/run.json
  khabar report --out out/ --inputs /new/place/releases`,
    )
    .action(async (opts: { out: string; inputs?: string[]; cwd?: string }) => {
      let rebuilt: Awaited<ReturnType<typeof rebuildReport>>;
      try {
        rebuilt = await rebuildReport(opts.out, {
          inputs: opts.inputs,
          cwd: opts.cwd === undefined ? undefined : resolve(opts.cwd),
        });
      } catch (err) {
        if (reportOutputError(err)) return;
        throw err;
      }
      const { path, inputs } = rebuilt;
      if (!inputs.length)
        process.stderr.write('khabar: warning: no inputs known; the report shows no texts\n');
      process.stderr.write(`khabar: report → ${path}\n`);
    });
}
