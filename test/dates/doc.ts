// The document the date/contact tests read: always the real text layer.
import { analyze } from '../../src/text/index.js';
import type { TextDoc } from '../../src/text/types.js';

export function makeDoc(original: string): TextDoc {
  return analyze(original);
}
