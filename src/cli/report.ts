import type { Command } from 'commander';

// Placeholder until this command's owner lands it.
export function register(_program: Command): void {}
