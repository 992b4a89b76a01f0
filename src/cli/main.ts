#!/usr/bin/env node
// The command line: one sub-command per file in this folder, loaded when it runs (commands.ts).
// Only data goes to stdout.
import { programFor } from './commands.js';

await (await programFor(process.argv)).parseAsync(process.argv);
