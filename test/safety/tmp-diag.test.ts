import { appendFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { adversarialInputs } from './adversarial.js';
import { collect, timeRegex } from './regexes.js';
const inv = await collect(() => {});
it('diag', () => {
  writeFileSync('/tmp/diag.log', '');
  const inputs = adversarialInputs(Number(process.env.N ?? 200));
  for (const rx of inv.regexes) {
    appendFileSync('/tmp/diag.log', `START ${rx.sites.join(',')}\t/${rx.source.slice(0, 200)}/${rx.flags}\n`);
    const re = new RegExp(rx.source, rx.flags);
    for (const i of inputs) { const ms = timeRegex(re, i.text); if (ms > 5) appendFileSync('/tmp/diag.log', `  ${ms.toFixed(1)} ${i.name}\n`); }
  }
}, 3_600_000);
