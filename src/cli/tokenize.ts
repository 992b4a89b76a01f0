// `khabar tokenize [--digits fa|latin]`: UTF-8 stdin → one JSON object on stdout:
// {"sentences":[{"start","end","text","words":[{"start","end","text","normalized"}]}]}
// start/end are UTF-16 offsets into the input as read, and text === input.slice(start, end).
import { type Command, InvalidArgumentError, Option } from 'commander';
import { analyze } from '../text/index.js';
import { EXIT, onStdoutClosed } from './exit.js';

function digitsOption(value: string): 'fa' | 'latin' {
  if (value !== 'fa' && value !== 'latin') throw new InvalidArgumentError("expected 'fa' or 'latin'");
  return value;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function register(program: Command): void {
  program
    .command('tokenize')
    .description('split stdin into sentences and words; JSON with offsets into the input')
    .addOption(
      new Option('--digits <fa|latin>', "digits in each word's normalized form: Persian (default) or Latin")
        .default('fa')
        .argParser(digitsOption),
    )
    .action(async (opts: { digits: 'fa' | 'latin' }) => {
      // `| head -1`: the reader has what it wanted; stop reading and leave quietly.
      onStdoutClosed(() => process.exit(EXIT.stdoutClosed));
      const input = await readStdin();
      const doc = analyze(input, { digits: opts.digits });
      const sentences = doc.sentences.map((s) => ({
        start: s.start,
        end: s.end,
        text: s.text,
        words: doc.tokens.slice(s.firstToken, s.endToken).map((t) => ({
          start: t.start,
          end: t.end,
          text: t.text,
          normalized: t.normalized,
        })),
      }));
      const json = `${JSON.stringify({ sentences })}\n`;
      if (!process.stdout.write(json)) await new Promise((r) => process.stdout.once('drain', r));
    });
}
