import { importFile } from './src/lib/site/import/importFile.ts';
import { readPlan } from './src/lib/site/readPlan.ts';
import { parseAliasTable } from './src/lib/seed/index.ts';
import { readFileSync } from 'node:fs';
const real = readPlan();
const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
for (const f of process.argv.slice(2)) {
  const t0 = performance.now();
  try {
    const r = await importFile(f, { outDir: '/tmp/imp/out', aliases });
    const ms = performance.now() - t0;
    let same = 0;
    for (const m of real.measures) {
      const o = r.plan.measures.find((x) => x.id === m.id);
      if (o && JSON.stringify({ ...m, source: null }) === JSON.stringify({ ...o, source: null })) same++;
      else if (o) console.log('DIFF', m.id, JSON.stringify({ ...m, source: null }).slice(0, 300), '\n   ', JSON.stringify({ ...o, source: null }).slice(0, 300));
    }
    console.log(f, Math.round(ms), 'ms', same, '/', real.measures.length, r.draft.decisions.slice(0, 8));
    console.log(r.markdown.split('\n').slice(0, 4).join('\n'));
  } catch (e) { console.log(f, String(e).slice(0, 400)); }
}
