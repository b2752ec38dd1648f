// The JavaScript a browser needs (gzip) for the first paint and for each page, read from the built dist/.
// Fails above the budget for the first paint: `node scripts/bundle-size.mjs [budgetKB]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const budget = Number(process.argv[2] ?? 200) * 1000;
const read = (file) => readFileSync(join(dist, 'assets', file), 'utf8');
const gzipped = (file) => gzipSync(read(file)).length;

/** A chunk and every chunk it imports statically (what loading it costs). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, next] of read(file).matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    closure(next, seen);
  }
  return seen;
}
const name = (file) => file.replace(/-[\w-]{8}\.js$/, '');
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const total = (files) => [...files].reduce((sum, file) => sum + gzipped(file), 0);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script[^>]+src="\/assets\/([\w.-]+\.js)"/)[1];
const initial = closure(entry);
console.log(`first paint: ${kb(total(initial))} gzip (${[...initial].map((f) => `${name(f)} ${kb(gzipped(f))}`).join(', ')})`);

// Each page (and language): what its lazy import adds on top of the first paint.
const lazy = [...initial].flatMap((file) => [...read(file).matchAll(/import\([`"']\.\/([\w.-]+\.js)[`"']\)/g)]);
for (const [, page] of lazy) {
  const extra = [...closure(page)].filter((file) => !initial.has(file));
  console.log(`  + ${name(page).padEnd(16)} ${kb(total(extra))}`);
}
if (total(initial) > budget) {
  console.error(`The first paint needs ${kb(total(initial))} of JavaScript, above the budget of ${kb(budget)}`);
  process.exit(1);
}
