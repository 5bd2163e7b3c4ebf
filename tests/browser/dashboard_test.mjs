// dashboard_test.mjs — the dashboard in a real browser (Debian's headless
// chromium, driven by npm playwright-core): builds a database of synthetic
// events plus the ingested examples, starts `entente serve` on a free
// loopback port, picks a dyad, and checks that the chart and the event table
// show the data; that the date, type and modality filters narrow both; that
// each event shows why it was coded; that the code list names the actor
// codes; that the CSV download holds the listed events; that the network
// view follows the filters and a click on an edge shows that dyad; that the
// document view marks its events' sources, triggers and targets in the
// text; that each event shows its place and the place filter narrows the
// page to one country; and that markup in a stored sentence, `why` or document renders as
// text everywhere.
// Saves a screenshot. Exit 77 (CTest: skipped) when the browser or the
// built dashboard is missing.
//
//   node dashboard_test.mjs ENTENTE ENTENTE_SYNTH SOURCE_DIR OUT_DIR
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [entente, synth, root, outDir] = process.argv.slice(2);
const CHROMIUM = '/usr/bin/chromium';
function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(77);
}
if (!existsSync(CHROMIUM)) skip('no /usr/bin/chromium (scripts/setup.sh --test installs it)');
if (!existsSync(join(root, 'web', 'dist', 'index.html'))) skip('dashboard not built (web/: npm ci && npm run build)');
let chromium;
try {
  ({ chromium } = createRequire(join(root, 'web', 'package.json'))('playwright-core'));
} catch {
  skip('playwright-core not installed (scripts/setup.sh --test)');
}

const work = mkdtempSync(join(tmpdir(), 'entente-browser-'));
const db = join(work, 'events.db');
function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0 && !(cmd === entente && r.status === 1)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  }
}
run(synth, ['--db', db, '--events', '6000', '--days', '730', '--markup-sample', '--seed', '7']);
run(entente, ['ingest', join(root, 'examples'), '--db', db, '--threads', '1']);

// Start the server on a free port; it prints the address on stderr.
const server = spawn(entente, ['serve', '--db', db, '--port', '0', '--web', join(root, 'web', 'dist')],
  { stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise((resolve, reject) => {
  let err = '';
  const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20000);
  server.stderr.on('data', (d) => {
    err += d;
    const m = /http:\/\/(127\.0\.0\.1:\d+)\//.exec(err);
    if (m) { clearTimeout(timer); resolve(`http://${m[1]}`); }
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
});

let browser;
let failed = false;
try {
  // A persistent context on a fresh, private user-data-dir.
  browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 1280, height: 1100 },
  });
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const offsite = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) offsite.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  // Waits until the page shows `key` (the dyad and the filters set).
  const shown = (key) => page.waitForFunction((k) => document.body.dataset.ready === k, key, { timeout: 15000 });

  await page.goto(`${base}/`);
  // Choose United States – NATO.
  await page.waitForSelector('#dyad option[value="IGOWSTNAT:USA"]', { state: 'attached', timeout: 15000 });
  await page.selectOption('#dyad', 'IGOWSTNAT:USA');
  await shown('IGOWSTNAT:USA');
  const points = Number(await page.getAttribute('#chart', 'data-points'));
  assert.ok(points >= 20, `chart has ${points} periods, expected about 24 months`);
  assert.equal(await page.locator('#chart canvas').count(), 1, 'chart canvas drawn');
  const legend = await page.locator('#chart .u-legend').innerText();
  for (const s of ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']) {
    assert.ok(legend.includes(s), `legend shows ${s}`);
  }
  const rows = await page.locator('#events tbody tr').count();
  assert.equal(rows, 50, 'first page of events');
  const codes = await page.locator('#events tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(codes.every((c) => c.startsWith('USA') || c === 'IGOWSTNAT'), `sources: ${codes}`);
  assert.ok(await page.locator('#events tbody tr:first-child mark.trg').count() === 1, 'trigger marked');
  assert.ok(await page.locator('#events tbody tr:first-child mark.src').count() === 1, 'source marked');
  assert.ok(await page.locator('#events tbody tr:first-child mark.tgt').count() === 1, 'target marked');
  const total = await page.locator('#summary .stat .v').first().innerText();
  assert.ok(Number(total) > 0, `summary total ${total}`);
  // The promises view: the kept ratio sits right after the words-vs-deeds gap.
  const stats = await page.locator('#summary .stat .k').allInnerTexts();
  const gapAt = stats.findIndex((k) => k.startsWith('words vs deeds'));
  assert.equal(stats[gapAt + 1], 'promises kept', `summary stats: ${stats}`);
  assert.equal(await page.locator('#promises thead th').count(), 7, 'promises table');
  await page.screenshot({ path: join(outDir, 'dashboard.png'), fullPage: false });

  // Names: the dyad list and the code list name codes from the dictionaries.
  const label = await page.locator('#dyad option[value="IGOWSTNAT:USA"]').innerText();
  assert.ok(label.includes('NATO') && label.includes('United States'), `dyad label: ${label}`);
  await page.click('#codes-box summary');
  await page.fill('#codes-filter', 'USAMIL');
  const named = await page.locator('#codes tbody tr:not([hidden])').allInnerTexts();
  assert.ok(named.length === 1 && /USAMIL\s+United States: military/.test(named[0]), `code list: ${named}`);
  assert.equal(await page.getAttribute('#events tbody tr:first-child td:nth-child(2)', 'title') !== null, true,
    'source code cell carries its name');

  // Why: every listed event says why it was coded.
  const whys = await page.locator('#events tbody tr td.why').allTextContents();
  assert.ok(whys.length === 50 && whys.every((w) => w.includes('why')), 'a why per event');

  // Network: country-level pairs, the shown dyad marked.
  const edgeCount = Number(await page.getAttribute('#network', 'data-edges'));
  assert.ok(edgeCount >= 40, `network has ${edgeCount} edges`);
  assert.ok(await page.locator('#network .node').count() >= 12, 'network nodes');
  assert.deepEqual(await page.locator('#network .edge.selected').evaluateAll((es) => es.map((e) => e.dataset.dyad)),
    ['IGOWSTNAT:USA'], 'the shown dyad is marked');
  const edgeEvents = async (key) => Number(await page.getAttribute(`#network .edge[data-dyad="${key}"]`, 'data-events'));
  // An edge's weight is the API's network under the same filters, folded to countries.
  const folded = async (params, a, b) => {
    const res = await page.request.get(`${base}/api/network?${new URLSearchParams({ ...params, limit: 1000 })}`);
    const side = (c) => (c.startsWith('IGO') ? c : c.slice(0, 3));
    return (await res.json()).edges.filter((e) => [side(e.source), side(e.target)].sort().join(':') === `${a}:${b}`)
      .reduce((n, e) => n + e.events, 0);
  };
  const allNato = await edgeEvents('IGOWSTNAT:USA');
  assert.equal(allNato, await folded({ modality: 'done' }, 'IGOWSTNAT', 'USA'), 'edge weight = API events');

  // Filters: a date range, an event type and a modality narrow the table.
  await page.fill('#from', '2022-01-01');
  await page.fill('#to', '2022-03-31');
  await page.selectOption('#type', 'CONSULT');
  await shown('IGOWSTNAT:USA from=2022-01-01 to=2022-03-31 type=CONSULT');
  const dates = await page.locator('#events tbody tr td.date').allInnerTexts();
  assert.ok(dates.length > 0 && dates.every((d) => d >= '2022-01-01' && d <= '2022-03-31'), `dates: ${dates}`);
  const types = await page.locator('#events tbody tr td:nth-child(3)').allInnerTexts();
  assert.ok(types.every((t) => t.endsWith('CONSULT')), `types: ${types}`);
  assert.equal(Number(await page.getAttribute('#chart', 'data-points')), 3, 'three months charted');
  // The network follows the same filters.
  const quarterNato = await edgeEvents('IGOWSTNAT:USA');
  assert.equal(quarterNato, await folded({ modality: 'done', from: '2022-01-01', to: '2022-03-31', type: 'CONSULT' },
    'IGOWSTNAT', 'USA'), 'filtered edge weight = API events');
  assert.ok(quarterNato > 0 && quarterNato < allNato, `edge ${quarterNato} of ${allNato} events`);
  await page.selectOption('#type', 'AGREE');
  await shown('IGOWSTNAT:USA from=2022-01-01 to=2022-03-31 type=AGREE');
  assert.equal(await page.locator('#events tbody tr').count(), 0, 'no AGREE done in that quarter');
  await page.selectOption('#modality', 'intended');
  await shown('IGOWSTNAT:USA from=2022-01-01 to=2022-03-31 type=AGREE modality=intended');
  const intended = await page.locator('#events tbody tr td.modality').allInnerTexts();
  assert.ok(intended.length >= 1 && intended.every((m) => m.startsWith('intended')), `modalities: ${intended}`);
  // That event's sentence and why carry markup: text, never elements.
  const img = page.locator('#events td.evidence', { hasText: '"><img src=x onerror=alert(3)>' });
  assert.equal(await img.count(), 1, 'the sentence with <img> is listed, as text');
  const why = page.locator('#events td.why', { hasText: '<img src=x onerror=alert(2)>' });
  assert.equal(await why.count(), 1, 'its why is listed, as text');
  assert.equal(await page.locator('#events img').count(), 0, 'no img element in the table');
  // Its place (from the dateline) has markup in its name: text too.
  const evilPlace = page.locator('#events td.place', { hasText: '"><img src=x onerror=alert(4)>' });
  assert.equal(await evilPlace.count(), 1, 'the place with <img> is listed, as text');
  assert.ok((await evilPlace.getAttribute('title')).includes('from the dateline'), 'its tooltip says so');
  // The CSV download holds what is listed, markup and quotes intact.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n').filter((l) => l);
  assert.ok(csv[0].startsWith('event_id,date,date_precision,published,source,target,cameo,plover'), csv[0]);
  assert.equal(csv.length, 1 + intended.length, 'a CSV row per listed event');
  assert.ok(csv.some((l) => l.includes('"Washington signed a deal with NATO ""><img src=x onerror=alert(3)> soon."')),
    `CSV: ${csv.join('\n')}`);
  await page.fill('#from', '');
  await page.fill('#to', '');
  await page.selectOption('#type', '');
  await page.selectOption('#modality', 'done');
  await shown('IGOWSTNAT:USA');

  // Places: each event's place, the busiest places, and a place filter that
  // narrows the table, the chart and the places to one country.
  const cells = await page.locator('#events tbody tr td.place').allInnerTexts();
  assert.ok(cells.length === 50 && cells.some((c) => /^\S.* [A-Z]{3}$/.test(c)), `places: ${cells}`);
  // A place written in the sentence is marked there.
  const locMarks = await page.locator('#events tbody tr td.evidence mark.loc').allInnerTexts();
  assert.ok(locMarks.length > 0 && cells.some((c) => c.startsWith(`${locMarks[0]} `)), `place marks: ${locMarks}`);
  const placeCountries = await page.locator('#places tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(placeCountries.length > 1, `places listed: ${placeCountries}`);
  const allPoints = Number(await page.getAttribute('#chart', 'data-points'));
  // Leaves the field before the change event, as a user does: a blur that
  // came later (a click elsewhere) would start another show() under the click.
  const setPlace = async () => {
    await page.locator('#place').blur();
    await page.dispatchEvent('#place', 'change');
  };
  await page.fill('#place', 'ukr');
  await setPlace();
  await shown('IGOWSTNAT:USA place=UKR');
  const ukr = await page.locator('#events tbody tr td.place').allInnerTexts();
  assert.ok(ukr.length > 0 && ukr.every((c) => c.endsWith(' UKR')), `places in UKR: ${ukr}`);
  assert.deepEqual([...new Set(await page.locator('#places tbody tr td:nth-child(2)').allInnerTexts())], ['UKR']);
  const ukrTotal = Number(await page.locator('#summary .stat .v').first().innerText());
  const api = await (await page.request.get(`${base}/api/places?${new URLSearchParams(
    { dyad: 'IGOWSTNAT:USA', undirected: 1, modality: 'done', location_country: 'UKR' })}`)).json();
  assert.equal(ukrTotal, api.places.reduce((n, p) => n + p.events, 0), 'barometer total = events in UKR');
  assert.ok(Number(await page.getAttribute('#chart', 'data-points')) <= allPoints);
  // A click on a listed place shows its region's (or country's) events.
  const first = page.locator('#places tbody tr').first();
  const [region, country] = [await first.locator('td:nth-child(3)').innerText(),
    await first.locator('td:nth-child(2)').innerText()];
  const picked = region === '–' ? country : region;
  await first.click();
  await shown(`IGOWSTNAT:USA place=${picked}`);
  assert.equal(await page.inputValue('#place'), picked, 'the place filter is set');
  const pickedCells = await page.locator('#events tbody tr td.place').allInnerTexts();
  assert.ok(pickedCells.length > 0 && pickedCells.every((c) => c.endsWith(` ${country}`)), `${pickedCells}`);
  await page.fill('#place', 'Syria');
  await setPlace();
  await page.waitForFunction(() => document.body.dataset.ready === 'error IGOWSTNAT:USA place=SYRIA', null,
    { timeout: 15000 });
  assert.ok((await page.locator('#status').innerText()).startsWith('Place:'), 'a bad place is refused');
  await page.fill('#place', '');
  await setPlace();

  // A real mouse click on the Russia–Ukraine edge, where no other edge covers it, shows that dyad.
  await shown('IGOWSTNAT:USA');
  await page.locator('#network').scrollIntoViewIfNeeded();
  const point = await page.evaluate(() => {
    const g = document.querySelector('#network .edge[data-dyad="RUS:UKR"]');
    const line = g.querySelector('line.line');
    const m = line.getScreenCTM();
    const at = (a) => Number(line.getAttribute(a));
    for (let t = 0.5, step = 0; step < 40; step += 1, t = 0.5 + ((step % 2 ? 1 : -1) * Math.ceil(step / 2)) / 45) {
      const p = new DOMPoint(at('x1') + t * (at('x2') - at('x1')), at('y1') + t * (at('y2') - at('y1'))).matrixTransform(m);
      if (document.elementFromPoint(p.x, p.y)?.closest('g.edge') === g) return { x: p.x, y: p.y };
    }
    return null;
  });
  assert.ok(point, 'a visible point on the RUS:UKR edge');
  await page.mouse.click(point.x, point.y);
  await shown('RUS:UKR');
  assert.equal(await page.inputValue('#dyad'), 'RUS:UKR', 'the clicked dyad is selected');
  assert.equal(await page.getAttribute('#network .edge.selected', 'data-dyad'), 'RUS:UKR');
  await page.screenshot({ path: join(outDir, 'dashboard-network.png') });

  // Markup in a stored sentence stays text.
  await page.selectOption('#by', 'week');
  await shown('RUS:UKR');
  const evil = page.locator('#events td.evidence', { hasText: '<script>alert(1)</script>' });
  while (await evil.count() === 0 && await page.locator('#more').isVisible()) {
    await page.click('#more');
    await page.waitForTimeout(100);
  }
  assert.equal(await evil.count(), 1, 'the sentence with <script> is listed, as text');
  assert.equal(await page.locator('#events script').count(), 0, 'no script element in the table');
  await evil.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outDir, 'dashboard-markup.png') });

  // A click on the document link opens the document view: its events marked
  // in the text, markup as text.
  const docLink = evil.locator('xpath=..').locator('a');
  const href = await docLink.getAttribute('href');
  const docId = new URLSearchParams(href.split('?')[1]).get('id');
  await docLink.click();
  await page.waitForSelector(`#document[data-doc="${docId}"]`, { timeout: 15000 });
  const docEvents = (await (await page.request.get(
    `${base}/api/events?${new URLSearchParams({ doc: docId, modality: 'all', limit: 1000 })}`)).json()).events;
  assert.ok(docEvents.length >= 3, `${docEvents.length} events in ${docId}`);
  assert.equal(await page.locator('#doc-events tbody tr').count(), docEvents.length, 'a row per event');
  const marked = async (cls) => (await page.locator(`#doc-text mark.${cls}`).allInnerTexts()).sort();
  assert.deepEqual(await marked('trg'), docEvents.map((e) => e.trigger.text).sort(), 'every trigger marked');
  assert.deepEqual(await marked('src'), docEvents.map((e) => e.source.text).sort(), 'every source marked');
  assert.deepEqual(await marked('tgt'), docEvents.map((e) => e.target.text).sort(), 'every target marked');
  const docText = await page.locator('#doc-text').innerText();
  assert.ok(docText.includes('Moscow accused Kyiv of plotting <script>alert(1)</script> & "worse".'), docText);
  assert.ok(docText.includes('Washington signed a deal with NATO "><img src=x onerror=alert(3)> soon.'), docText);
  assert.equal(await page.locator('#document script, #document img').count(), 0, 'no element from the text');
  const trgTitle = await page.locator('#doc-text mark.trg', { hasText: 'signed a deal with' }).getAttribute('title');
  assert.ok(trgTitle.includes('057 AGREE') && trgTitle.includes('intended'), `mark tooltip: ${trgTitle}`);
  await page.locator('#document').screenshot({ path: join(outDir, 'dashboard-document.png') });
  assert.equal(new URL(page.url()).hash, `#doc=${docId}`, 'the view has a link');
  await page.click('#doc-close');
  assert.ok(await page.locator('#document').isHidden(), 'the document view closes');
  assert.equal(new URL(page.url()).hash, '', 'and its link is gone');
  // The link opens the view, on this page and on a fresh one.
  await page.goto(`${base}/#doc=${encodeURIComponent(docId)}`);
  await page.waitForSelector(`#document[data-doc="${docId}"]`, { timeout: 15000 });
  await page.reload();
  await page.waitForSelector(`#document[data-doc="${docId}"]`, { timeout: 15000 });
  assert.equal(await page.locator('#doc-text mark.trg').count(), docEvents.length, 'the linked view is marked');

  // The document link, opened without the dashboard, is the escaped document page.
  await page.goto(`${base}${href}`);
  assert.ok((await page.locator('body').innerText()).includes('<script>alert(1)</script>'));
  assert.equal(await page.locator('body script').count(), 0);

  assert.deepEqual(dialogs, [], 'no alert() ran');
  assert.deepEqual(offsite, [], 'nothing fetched from elsewhere');
  assert.deepEqual(errors, [], 'no script errors');
  console.log(`ok: chart ${points} periods, ${rows} events; screenshots in ${outDir}`);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
