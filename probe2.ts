import { readFileSync } from 'node:fs';
import { parsePlan, parseAliasTable } from './src/lib/seed/index.ts';
import { readPlan } from './src/lib/site/readPlan.ts';
const real = readPlan();
const text = readFileSync('/tmp/imp/plan-pdf.md', 'utf8');
const plan = parsePlan([{ file: 'x.md', text }], parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml'));
let same = 0;
for (const m of real.measures) {
  const o = plan.measures.find((x) => x.id === m.id)!;
  const a = JSON.stringify({ ...m, source: null }), b = JSON.stringify({ ...o, source: null });
  if (a === b) same++; else if (same < 200) console.log('DIFF', m.id, '\n', a.slice(0, 600), '\n', b.slice(0, 600));
}
console.log(same, '/', real.measures.length);
