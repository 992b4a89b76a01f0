// The command table that lets `khabar --help` list commands without loading them must say what the
// commands themselves say, and name every command their modules register.
import { describe, expect, it } from 'vitest';
import { baseProgram, COMMANDS, programFor } from '../../src/cli/commands.js';

async function everyCommandLoaded() {
  const program = baseProgram();
  const modules = new Set(Object.values(COMMANDS).map((e) => e.load));
  const loaded = await Promise.all([...modules].map((load) => load()));
  // One module may back several entries: register each module once.
  for (const m of new Set(loaded)) m.register(program);
  return program;
}

describe('the command table', () => {
  it('has each registered command, in order, with its own listing term and summary', async () => {
    const program = await everyCommandLoaded();
    const help = program.createHelp();
    expect(program.commands.map((c) => [c.name(), help.subcommandTerm(c), c.description()])).toEqual(
      Object.entries(COMMANDS).map(([name, e]) => [name, e.term, e.summary]),
    );
  });

  it('lists the commands exactly as the fully loaded program does', async () => {
    const full = await everyCommandLoaded();
    const listing = await programFor(['node', 'khabar', '--help']);
    expect(listing.helpInformation()).toBe(full.helpInformation());
  });

  it('loads only the command that runs (with its module), also for «help <command>»', async () => {
    const run = await programFor(['node', 'khabar', 'extract', 'docs', '--out', 'o']);
    expect(run.commands.map((c) => c.name())).toEqual(['extract']);
    const help = await programFor(['node', 'khabar', 'help', 'merge']);
    expect(help.commands.map((c) => c.name())).toEqual(['merge', 'enqueue', 'worker']);
    expect((await programFor(['node', 'khabar', 'toString'])).commands).toHaveLength(
      Object.keys(COMMANDS).length,
    );
  });
});
