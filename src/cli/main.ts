#!/usr/bin/env node
// The command line: one sub-command per file in this folder. Only data goes to stdout.
import { Command } from 'commander';
import { version } from '../version.js';
import { register as registerEval } from './eval.js';
import { register as registerExtract } from './extract.js';
import { register as registerNormalize } from './normalize.js';
import { register as registerReport } from './report.js';
import { register as registerReview } from './review.js';
import { register as registerScale } from './scale.js';
import { register as registerTokenize } from './tokenize.js';

const program = new Command();
program
  .name('khabar')
  .description('Persian press releases → validated records of meetings, attendees and decisions')
  .version(version, '-V, --version')
  .exitOverride((err) => {
    // commander exits 1 on usage errors; khabar promises 2 for those, 0 for --help/--version.
    if (
      err.code === 'commander.helpDisplayed' ||
      err.code === 'commander.version' ||
      err.code === 'commander.help'
    )
      process.exit(0);
    process.exit(2);
  });

for (const register of [
  registerExtract,
  registerEval,
  registerReport,
  registerReview,
  registerNormalize,
  registerTokenize,
  registerScale,
]) {
  register(program);
}

await program.parseAsync(process.argv);
