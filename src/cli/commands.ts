// The sub-commands and how each is loaded. A sub-command's modules (the pipeline, the report, the
// queue client) load only when it runs: `khabar --help` lists every command from this table without
// importing any of them (test/cli checks the listing against the commands themselves).
import { Command, Help } from 'commander';
import { version } from '../version.js';
import { keepHeapsNearLive, keepMainNurserySmall } from '../write/heap.js';

interface Module {
  register(program: Command): void;
}

interface Entry {
  /** How the command reads in the listing: name, [options], arguments. */
  term: string;
  summary: string;
  load: () => Promise<Module>;
  /**
   * Its main thread moves a whole archive's bytes and its workers run the pipeline: the main young
   * generation stays small and every heap near its live size (heap.ts).
   */
  smallHeaps?: true;
}

/** In the order `khabar --help` lists them. One module may register several commands. */
export const COMMANDS: Readonly<Record<string, Entry>> = {
  extract: {
    term: 'extract [options] <inputs...>',
    summary: 'extract meetings, attendees and decisions from press releases into DIR',
    smallHeaps: true,
    load: () => import('./extract.js'),
  },
  eval: {
    term: 'eval [options]',
    summary: 'score predicted records against gold records (precision, recall, F1 per dimension)',
    load: () => import('./eval.js'),
  },
  report: {
    term: 'report [options]',
    summary: 'rebuild DIR/report.html (the editors’ review page) from an output folder and its sources',
    load: () => import('./report.js'),
  },
  review: {
    term: 'review',
    summary: 'editors’ verdicts from report.html back into the data',
    load: () => import('./review.js'),
  },
  normalize: {
    term: 'normalize [options]',
    summary:
      'normalise Persian text from stdin to stdout, line by line (hazm-style, e-mails/URLs/numbers kept)',
    load: () => import('./normalize.js'),
  },
  tokenize: {
    term: 'tokenize [options]',
    summary: 'split stdin into sentences and words; JSON with offsets into the input',
    load: () => import('./tokenize.js'),
  },
  merge: {
    term: 'merge [options] <out> <from...>',
    summary: 'combine shard folders (extract --shard) or queue worker folders into one output folder',
    load: () => import('./scale.js'),
  },
  enqueue: {
    term: 'enqueue [options] <inputs...>',
    summary: 'add one BullMQ job per document (job id = content hash: a document queued twice runs once)',
    load: () => import('./scale.js'),
  },
  worker: {
    term: 'worker [options]',
    summary:
      'process queued documents, appending results to part files in DIR (merge them with khabar merge)',
    smallHeaps: true,
    load: () => import('./scale.js'),
  },
};

/** The program without sub-commands: name, version, and khabar's exit codes. */
export function baseProgram(): Command {
  const help = new Help();
  return (
    new Command()
      .name('khabar')
      // Every sub-command inherits this: a required option says so in its help line.
      .configureHelp({
        optionDescription: (option) =>
          option.mandatory ? `(required) ${help.optionDescription(option)}` : help.optionDescription(option),
      })
      .description('Persian press releases → validated records of meetings, attendees and decisions')
      .version(version, '-V, --version')
      .exitOverride((err) => {
        // commander exits 1 on usage errors; khabar promises 2 for those (src/cli/exit.ts), 0 for
        // --help/--version. A bare `khabar` (or `khabar review`) is a usage error: the help goes to
        // stderr and the exit is 2 ('commander.help'), so a script that forgot its command fails.
        if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0);
        process.exit(2);
      })
      .addHelpText(
        'after',
        `
Examples:
  khabar extract releases/ --out out/             # every .txt .md .html .jsonl under releases/
  khabar extract 'feeds/*.jsonl' --out out/ --jobs 4 --no-report
  khabar report --out out/                        # rebuild out/report.html
  khabar normalize < news.txt > news.norm.txt
  khabar help extract                             # the options of one command

Exit codes: 0 done, 1 some documents failed (errors.jsonl), 2 usage error, 3 output folder
unusable, 4 input unreadable, 5 invalid rules, 130 interrupted, 141 stdout closed.`,
      )
  );
}

/**
 * The program for one command line: with the named sub-command's module loaded (`khabar extract …`,
 * `khabar help extract`), or else a listing of every command (`--help`, `--version`, a typo).
 */
export async function programFor(argv: readonly string[]): Promise<Command> {
  const program = baseProgram();
  const args = argv.slice(2);
  const first = args.findIndex((a) => !a.startsWith('-'));
  let name = first >= 0 ? args[first] : undefined;
  if (name === 'help') name = args[first + 1];
  const entry = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (entry) {
    if (entry.smallHeaps) {
      keepMainNurserySmall();
      keepHeapsNearLive();
    }
    (await entry.load()).register(program);
    return program;
  }
  for (const [command, e] of Object.entries(COMMANDS)) program.command(command).description(e.summary);
  const help = new Help();
  program.configureHelp({
    ...program.configureHelp(),
    subcommandTerm: (cmd) => COMMANDS[cmd.name()]?.term ?? help.subcommandTerm(cmd),
  });
  return program;
}
