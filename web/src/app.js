// app.js — the entente dashboard: pick a dyad, see its barometer over time
// (verbal/material cooperation above zero, verbal/material conflict below)
// and the events behind it with their evidence. Every text from the server
// is put in the page with textContent / createTextNode, never as markup.
/* global uPlot */
(function () {
  'use strict';

  // Names for common codes, for the dyad list (facts, not a dictionary).
  const NAMES = {
    USA: 'United States', IGOWSTNAT: 'NATO', RUS: 'Russia', UKR: 'Ukraine', CHN: 'China',
    DEU: 'Germany', FRA: 'France', GBR: 'United Kingdom', IRN: 'Iran', ISR: 'Israel',
    IGOUNO: 'United Nations', TUR: 'Turkey', POL: 'Poland', QAT: 'Qatar', EGY: 'Egypt',
    PSE: 'Palestine', IGOEUREEC: 'European Union', JPN: 'Japan', IND: 'India', SAU: 'Saudi Arabia',
  };
  const SERIES = [
    { key: 'verbal_coop', label: 'verbal cooperation', color: '#2b8cbe', sign: 1 },
    { key: 'material_coop', label: 'material cooperation', color: '#045a8d', sign: 1 },
    { key: 'verbal_conflict', label: 'verbal conflict', color: '#fc8d59', sign: -1 },
    { key: 'material_conflict', label: 'material conflict', color: '#b30000', sign: -1 },
  ];

  const $ = (id) => document.getElementById(id);
  let chart = null;
  let cursor = null;
  let current = null;

  // A dyad side at country level: IGO codes stay whole, others keep their
  // first three letters (the country), as the API's prefix matching expects.
  const side = (code) => (code.startsWith('IGO') ? code : code.slice(0, 3));
  const nameOf = (code) => NAMES[code] || code;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  async function api(path, params) {
    const q = new URLSearchParams(params);
    const res = await fetch(`${path}?${q}`);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
    return body;
  }

  function status(text, isError) {
    const s = $('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }

  async function loadDyads() {
    const { dyads } = await api('/api/dyads', { limit: 500 });
    // Fold code-level dyads into unordered country-level pairs.
    const pairs = new Map();
    for (const d of dyads) {
      const a = side(d.source);
      const b = side(d.target);
      if (a === b) continue;
      const key = a < b ? `${a}:${b}` : `${b}:${a}`;
      pairs.set(key, (pairs.get(key) || 0) + d.events);
    }
    const sorted = [...pairs.entries()].sort((x, y) => y[1] - x[1]);
    const select = $('dyad');
    select.replaceChildren();
    for (const [key, n] of sorted) {
      const [a, b] = key.split(':');
      const o = el('option', '', `${nameOf(a)} – ${nameOf(b)} (${n})`);
      o.value = key;
      select.appendChild(o);
    }
    const preferred = ['IGOWSTNAT:USA', 'USA:IGOWSTNAT'].find((k) => pairs.has(k));
    if (preferred) select.value = preferred;
    return sorted.length;
  }

  function drawChart(rows) {
    const xs = rows.map((r) => Date.parse(`${r.period}T00:00:00Z`) / 1000);
    const data = [xs, ...SERIES.map((s) => rows.map((r) => s.sign * r[s.key]))];
    const host = $('chart');
    const opts = {
      width: Math.max(320, host.clientWidth || 900),
      height: 300,
      scales: { x: { time: true } },
      series: [{}, ...SERIES.map((s) => ({
        label: s.label, stroke: s.color, width: 2, fill: `${s.color}22`, points: { show: rows.length < 60 },
      }))],
      axes: [{}, { label: 'events', values: (u, v) => v.map(Math.abs) }],
    };
    if (chart) chart.destroy();
    chart = new uPlot(opts, data, host);
    host.dataset.points = String(xs.length);
  }

  function summary(b) {
    const total = { q: [0, 0, 0, 0], g: 0 };
    for (const r of b.rows) {
      SERIES.forEach((s, i) => { total.q[i] += r[s.key]; });
      total.g += r.goldstein_sum;
    }
    const coop = total.q[0] + total.q[1];
    const conf = total.q[2] + total.q[3];
    const all = coop + conf;
    const box = $('summary');
    box.replaceChildren();
    const items = [
      ['events', all],
      ['cooperation', coop],
      ['conflict', conf],
      ['balance', all ? ((coop - conf) / all).toFixed(2) : '–'],
      ['words vs deeds (cooperation)', coop ? ((total.q[0] - total.q[1]) / coop).toFixed(2) : '–'],
      ['mean Goldstein', all ? (total.g / all).toFixed(2) : '–'],
    ];
    for (const [k, v] of items) {
      const d = el('div', 'stat');
      d.appendChild(el('span', 'k', k));
      d.appendChild(el('span', 'v', String(v)));
      box.appendChild(d);
    }
  }

  // The evidence sentence with the source, trigger and target spans marked.
  // Spans are UTF-8 byte offsets: cut the bytes, decode each piece.
  function evidence(e) {
    const bytes = new TextEncoder().encode(e.sentence);
    const dec = new TextDecoder();
    const marks = [['src', e.source.span], ['trg', e.trigger.span], ['tgt', e.target.span]]
      .filter(([, s]) => s && s[0] < s[1] && s[1] <= bytes.length)
      .sort((x, y) => x[1][0] - y[1][0]);
    const td = el('td', 'evidence');
    let at = 0;
    for (const [cls, [b, end]] of marks) {
      if (b < at) continue;  // overlapping spans: keep the first
      td.appendChild(document.createTextNode(dec.decode(bytes.slice(at, b))));
      td.appendChild(el('mark', cls, dec.decode(bytes.slice(b, end))));
      at = end;
    }
    td.appendChild(document.createTextNode(dec.decode(bytes.slice(at))));
    return td;
  }

  function eventRow(e) {
    const tr = el('tr', `quad${e.quad}`);
    tr.appendChild(el('td', 'date', e.date));
    tr.appendChild(el('td', 'code', e.source.code));
    const ev = el('td', 'code', `${e.cameo} ${e.plover}`);
    ev.title = `quad ${e.quad}, Goldstein ${e.goldstein}${e.negated ? ', negated' : ''}, ${e.modality}`;
    tr.appendChild(ev);
    tr.appendChild(el('td', 'code', e.target.code));
    tr.appendChild(evidence(e));
    const rep = el('td', 'num', String(e.reports));
    if (e.reported_by) rep.title = `reported by ${e.reported_by.join(', ')}`;
    tr.appendChild(rep);
    const doc = el('td');
    const a = el('a', '', e.title || e.doc_id);
    a.href = `/doc?${new URLSearchParams({ id: e.doc_id })}`;
    doc.appendChild(a);
    tr.appendChild(doc);
    return tr;
  }

  // Promises of the dyad: a table with evidence and follow-up, markers on
  // a strip under the chart (same time range), and the kept ratio beside
  // the words-vs-deeds gap.
  function promiseRow(c) {
    const tr = el('tr', `promise ${c.status}`);
    tr.appendChild(el('td', 'date', c.date));
    tr.appendChild(el('td', 'code', c.promiser));
    tr.appendChild(el('td', 'code', c.counterpart || '–'));
    const what = [c.cue, c.action, c.object].filter((x) => x).join(' ');
    tr.appendChild(el('td', '', c.quantity ? `${what} [${c.quantity}]` : what));
    tr.appendChild(el('td', '', c.deadline ? `${c.deadline.text} (${c.deadline.date || '?'})` : '–'));
    const st = el('td', `status ${c.status}`, c.status);
    st.title = c.explanation;
    tr.appendChild(st);
    const ev = el('td', 'evidence');
    ev.appendChild(el('div', '', c.sentence));
    for (const l of c.links) {
      ev.appendChild(el('div', `link ${l.relation}`,
        `${l.relation === 'fulfils' ? '+' : '−'} ${l.event.date}: ${l.event.sentence}`));
    }
    tr.appendChild(ev);
    return tr;
  }

  function promiseLine(list, rows) {
    const line = $('promise-line');
    line.replaceChildren();
    if (!rows.length) return;
    const t0 = Date.parse(`${rows[0].period}T00:00:00Z`);
    const t1 = Date.parse(`${rows[rows.length - 1].period}T00:00:00Z`);
    for (const c of list) {
      const t = Date.parse(`${c.date}T00:00:00Z`);
      if (Number.isNaN(t)) continue;
      const m = el('span', `marker ${c.status}`, '◆');
      m.style.left = `${t1 > t0 ? (100 * Math.min(Math.max(t - t0, 0), t1 - t0)) / (t1 - t0) : 0}%`;
      m.title = `${c.date} ${c.promiser}: ${c.sentence} — ${c.status}`;
      line.appendChild(m);
    }
  }

  async function loadPromises(rows) {
    const params = { dyad: current.dyad, limit: 200 };
    if (current.undirected) params.undirected = 1;
    const p = await api('/api/commitments', params);
    const body = $('promises').tBodies[0];
    body.replaceChildren();
    for (const c of p.commitments) body.appendChild(promiseRow(c));
    promiseLine(p.commitments, rows);
    const d = el('div', 'stat');
    d.appendChild(el('span', 'k', 'promises kept'));
    const decided = p.counts.kept + p.counts.broken + p.counts.overdue;
    d.appendChild(el('span', 'v', p.kept_ratio === null ? '–' : `${p.kept_ratio.toFixed(2)} (${p.counts.kept}/${decided})`));
    d.title = `as of ${p.as_of}: ${p.counts.kept} kept, ${p.counts.broken} broken, ` +
      `${p.counts.overdue} overdue, ${p.counts.pending} pending`;
    const gap = [...$('summary').children].find((x) => x.textContent.startsWith('words vs deeds'));
    if (gap) gap.after(d); else $('summary').appendChild(d);
    return p.commitments.length;
  }

  async function loadEvents(append) {
    const params = { dyad: current.dyad, limit: 50 };
    if (current.undirected) params.undirected = 1;
    if (current.reports) params.reports = 1;
    if (append && cursor) params.cursor = cursor;
    const page = await api('/api/events', params);
    const body = $('events').tBodies[0];
    if (!append) body.replaceChildren();
    for (const e of page.events) body.appendChild(eventRow(e));
    cursor = page.next_cursor;
    $('more').hidden = !cursor;
    return page.events.length;
  }

  async function show() {
    const typed = $('dyad-text').value.trim();
    current = {
      dyad: typed || $('dyad').value,
      by: $('by').value,
      undirected: $('undirected').checked,
      reports: $('reports').checked,
    };
    if (!current.dyad) {
      status('No dyads in this database yet: ingest some documents first.', true);
      return;
    }
    status(`Loading ${current.dyad}…`);
    try {
      const params = { dyad: current.dyad, by: current.by };
      if (current.undirected) params.undirected = 1;
      if (current.reports) params.reports = 1;
      const b = await api('/api/barometer', params);
      drawChart(b.rows);
      summary(b);
      cursor = null;
      const n = await loadEvents(false);
      const np = await loadPromises(b.rows);
      status(`${current.dyad}: ${b.rows.length} periods, ${n}${cursor ? '+' : ''} events, ${np} promises listed.`);
      document.body.dataset.ready = current.dyad;
    } catch (err) {
      status(err.message, true);
    }
  }

  $('controls').addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
  $('dyad').addEventListener('change', () => { $('dyad-text').value = ''; show(); });
  $('by').addEventListener('change', show);
  $('undirected').addEventListener('change', show);
  $('reports').addEventListener('change', show);
  $('more').addEventListener('click', () => loadEvents(true).catch((e) => status(e.message, true)));

  loadDyads().then(show).catch((e) => status(e.message, true));
})();
