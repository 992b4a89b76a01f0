// `khabar normalize [--digits fa|latin]`: UTF-8 stdin → normalised stdout, line for line (line i of
// the output is line i of the input, normalised), so the output can be pasted back beside the input.
import { createInterface } from 'node:readline';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { normalize } from '../text/index.js';
import { EXIT, onStdoutClosed } from './exit.js';

function digitsOption(value: string): 'fa' | 'latin' {
  if (value !== 'fa' && value !== 'latin') throw new InvalidArgumentError("expected 'fa' or 'latin'");
  return value;
}

export function register(program: Command): void {
  program
    .command('normalize')
    .description(
      'normalise Persian text from stdin to stdout, line by line (hazm-style, e-mails/URLs/numbers kept)',
    )
    .addOption(
      new Option('--digits <fa|latin>', 'digits in the output: Persian (default) or Latin')
        .default('fa')
        .argParser(digitsOption),
    )
    .action(async (opts: { digits: 'fa' | 'latin' }) => {
      // `| head -1`: the reader has what it wanted; stop reading and leave quietly.
      onStdoutClosed(() => process.exit(EXIT.stdoutClosed));
      process.stdin.setEncoding('utf8');
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      let chunk: string[] = [];
      const flush = async (): Promise<void> => {
        if (chunk.length === 0) return;
        const text = chunk.join('');
        chunk = [];
        if (!process.stdout.write(text)) await new Promise((r) => process.stdout.once('drain', r));
      };
      for await (const line of lines) {
        chunk.push(`${normalize(line, { digits: opts.digits }).text}\n`);
        if (chunk.length >= 1024) await flush();
      }
      await flush();
    });
}
