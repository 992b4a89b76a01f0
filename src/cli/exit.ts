// khabar's exit codes, one place: the README's table is this list.
import { OutputError } from '../io/outdir.js';

export const EXIT = {
  /** Every document processed. */
  ok: 0,
  /** The run finished but some documents failed; each is a line of errors.jsonl. */
  documentsFailed: 1,
  /** Bad command line, or no input document found; nothing was written. */
  usage: 2,
  /** The output folder cannot be created or written (a file, read-only, full, not a folder). */
  output: 3,
  /** An input named on the command line exists but cannot be read (permissions); nothing was written. */
  inputUnreadable: 4,
  /** A file in rules/ is invalid: one line per issue (file, 1-based entry, field); nothing was written. */
  rulesInvalid: 5,
  /** Interrupted (Ctrl-C, SIGTERM); the previous output is unchanged. */
  interrupted: 130,
  /** Standard output was closed (`| head`); the run stopped quietly, nothing half-written left. */
  stdoutClosed: 141,
} as const;

/** Prints an OutputError as one line and sets exit 3; false for any other error. */
export function reportOutputError(err: unknown): boolean {
  if (!(err instanceof OutputError)) return false;
  process.stderr.write(`khabar: ${err.message}\n`);
  process.exitCode = EXIT.output;
  return true;
}

/**
 * Calls `onClosed` once when stdout's reader goes away (EPIPE), instead of the crash Node gives an
 * unhandled stream error. Other stdout errors are rethrown.
 */
export function onStdoutClosed(onClosed: () => void): void {
  let done = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    if (done) return;
    done = true;
    onClosed();
  });
}
