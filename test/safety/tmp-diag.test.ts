import { appendFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { adversarialInputs } from './adversarial.js';
import { collect, timeRegex } from './regexes.js';
const inv = await collect(() => {});
it('diag', () => {
  writeFileSync('/tmp/diag.log', '');
  const inputs = adversarialInputs(Number(process.env.N ?? 8000));
  for (const rx of inv.regexes) {
    const re = new RegExp(rx.source, rx.flags);
    let worst = 0; let wn = ''; let total = 0;
    for (const i of inputs) { const ms = timeRegex(re, i.text); total += ms; if (ms > worst) { worst = ms; wn = i.name; } }
    appendFileSync('/tmp/diag.log', `${worst.toFixed(1)}\t${total.toFixed(1)}\t${wn}\t${rx.sites.join(',')}\t/${rx.source.slice(0, 150)}/${rx.flags}\n`);
  }
}, 3_600_000);
