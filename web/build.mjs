// build.mjs — assembles the dashboard into dist/: the page, its stylesheet,
// and one script (uPlot's browser build followed by the app). Run by
// `npm run build` from scripts/setup.sh after `npm ci`; nothing here is
// fetched at run time.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const uplot = join(here, 'node_modules', 'uplot', 'dist');
mkdirSync(dist, { recursive: true });

const app = readFileSync(join(here, 'src', 'app.js'), 'utf8');
const lib = readFileSync(join(uplot, 'uPlot.iife.min.js'), 'utf8');
writeFileSync(join(dist, 'app.js'), `${lib}\n;\n${app}`);
writeFileSync(join(dist, 'style.css'),
  readFileSync(join(uplot, 'uPlot.min.css'), 'utf8') + '\n' +
  readFileSync(join(here, 'src', 'style.css'), 'utf8'));
copyFileSync(join(here, 'src', 'index.html'), join(dist, 'index.html'));
console.log(`dashboard built in ${dist}`);
