// app.js — the entente dashboard: pick a dyad and filters (dates, event
// type, modality), see its barometer over time (verbal/material cooperation
// above zero, verbal/material conflict below), the network of dyads under the
// same filters (click a line to pick that dyad), the events behind it with
// their evidence and why they were coded, each document with its events
// marked in the text, and the actor codes with names. Every text from the
// server is put in the page with textContent / createTextNode, never as markup.
/* global uPlot */
(function () {
  'use strict';

  // Code → name, from /api/codes (the server composes the names from the
  // actor dictionaries and the CAMEO table).
  const NAMES = new Map();
  const SERIES = [
    { key: 'verbal_coop', label: 'verbal cooperation', color: '#2b8cbe', sign: 1 },
    { key: 'material_coop', label: 'material cooperation', color: '#045a8d', sign: 1 },
    { key: 'verbal_conflict', label: 'verbal conflict', color: '#fc8d59', sign: -1 },
    { key: 'material_conflict', label: 'material conflict', color: '#b30000', sign: -1 },
  ];

  const $ = (id) => document.getElementById(id);
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const MAX_EDGES = 80;  // the network's busiest country pairs
  let chart = null;
  let cursor = null;
  let current = null;
  let listed = [];  // the events in the table, for the CSV download

  // A dyad side at country level: IGO codes stay whole, others keep their
  // first three letters (the country), as the API's prefix matching expects.
  const side = (code) => (code.startsWith('IGO') ? code : code.slice(0, 3));
  const nameOf = (code) => NAMES.get(code) || code;

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

  // The code lists: actor names for the dyad list, the tables and the code
  // list; event types for the type filter.
  async function loadCodes() {
    const { actors, types } = await api('/api/codes', {});
    const body = $('codes').tBodies[0];
    body.replaceChildren();
    for (const a of actors) {
      NAMES.set(a.code, a.name);
      const tr = el('tr');
      tr.appendChild(el('td', 'code', a.code));
      tr.appendChild(el('td', '', a.name));
      tr.appendChild(el('td', 'num', String(a.mentions)));
      body.appendChild(tr);
    }
    const select = $('type');
    for (const t of types) {
      // PLOVER types and the twenty CAMEO roots; finer CAMEO codes can be typed.
      if (t.name !== 'PLOVER' && t.code.length !== 2) continue;
      const o = el('option', '', t.name === 'PLOVER' ? `${t.code} (PLOVER)` : `${t.code} ${t.name}`);
      o.value = t.code;
      select.appendChild(o);
    }
    $('codes-count').textContent = `(${actors.length})`;
  }

  // Shows only the code-list rows whose code or name contains the typed text.
  function filterCodes() {
    const q = $('codes-filter').value.trim().toLowerCase();
    for (const tr of $('codes').tBodies[0].rows) {
      tr.hidden = q !== '' && !tr.textContent.toLowerCase().includes(q);
    }
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
    const marks = [['src', e.source.span], ['trg', e.trigger.span], ['tgt', e.target.span],
      ['loc', e.location && e.location.span]]
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

  // A code cell, its name as the tooltip.
  function codeCell(code) {
    const td = el('td', 'code', code);
    if (NAMES.has(code)) td.title = NAMES.get(code);
    return td;
  }

  // Why the coder found the event (pattern and clause roles), folded.
  function whyCell(e) {
    const td = el('td', 'why');
    if (!e.why) return td;
    const d = el('details');
    d.appendChild(el('summary', '', 'why'));
    d.appendChild(el('pre', '', e.why));
    td.appendChild(d);
    return td;
  }

  // Where the event happened: the place as written and its country; the
  // tooltip gives precision, region, coordinates and whether the dateline
  // gave it. "–" when the text does not say.
  function placeCell(l) {
    if (!l) return el('td', 'place none', '–');
    const td = el('td', 'place', l.text);
    if (l.country) td.appendChild(el('span', 'code', ` ${l.country}`));
    const parts = [l.precision, l.region, l.lat === null ? '' : `${l.lat}, ${l.lon}`,
      l.from_dateline ? 'from the dateline' : ''];
    td.title = parts.filter((x) => x).join(' · ');
    return td;
  }

  function eventRow(e) {
    const tr = el('tr', `quad${e.quad}`);
    const date = el('td', 'date', e.date);
    if (e.date_precision && e.date_precision !== 'day') {
      date.title = e.date_precision === 'published' ? 'publication date'
        : `the text dates the event to this ${e.date_precision}`;
    }
    tr.appendChild(date);
    tr.appendChild(codeCell(e.source.code));
    const ev = el('td', 'code', `${e.cameo} ${e.plover}`);
    ev.title = `quad ${e.quad}, Goldstein ${e.goldstein}${e.negated ? ', negated' : ''}, ${e.modality}`;
    tr.appendChild(ev);
    tr.appendChild(codeCell(e.target.code));
    tr.appendChild(el('td', 'modality', e.negated ? `${e.modality}, negated` : e.modality));
    tr.appendChild(placeCell(e.location));
    tr.appendChild(evidence(e));
    tr.appendChild(whyCell(e));
    const rep = el('td', 'num', String(e.reports));
    if (e.reported_by) rep.title = `reported by ${e.reported_by.join(', ')}`;
    tr.appendChild(rep);
    const doc = el('td');
    const a = el('a', '', e.title || e.doc_id);
    a.href = `/doc?${new URLSearchParams({ id: e.doc_id })}`;
    // A plain click opens the document view; a modified one the plain page.
    a.addEventListener('click', (ev) => {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      openDocument(e.doc_id).catch((err) => status(err.message, true));
    });
    doc.appendChild(a);
    tr.appendChild(doc);
    return tr;
  }

  function svg(tag, attrs) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  // Blue for a dyad of only cooperation, red for only conflict, mixed between.
  function balanceColour(coop, total) {
    const t = total ? coop / total : 0.5;
    const mix = (blue, red) => Math.round(red + (blue - red) * t);
    return `rgb(${mix(0x2b, 0xb3)},${mix(0x8c, 0x00)},${mix(0xbe, 0x00)})`;
  }

  // The API's directed, code-level edges folded into unordered country-level
  // pairs, as in the dyad list; the busiest MAX_EDGES.
  function foldEdges(edges) {
    const pairs = new Map();
    for (const d of edges) {
      const a = side(d.source);
      const b = side(d.target);
      if (a === b) continue;
      const [x, y] = a < b ? [a, b] : [b, a];
      const key = `${x}:${y}`;
      const p = pairs.get(key) || { key, a: x, b: y, events: 0, coop: 0, conflict: 0 };
      p.events += d.events;
      p.coop += d.verbal_coop + d.material_coop;
      p.conflict += d.verbal_conflict + d.material_conflict;
      pairs.set(key, p);
    }
    return [...pairs.values()].sort((p, q) => q.events - p.events || (p.key < q.key ? -1 : 1))
      .slice(0, MAX_EDGES);
  }

  // The dyad the page shows, as a country-level pair key ("" if codes were typed).
  function selectedKey() {
    return current && !$('dyad-text').value.trim() ? current.dyad : '';
  }

  // Shows the dyad of a clicked edge.
  function selectDyad(key) {
    const select = $('dyad');
    if ([...select.options].some((o) => o.value === key)) {
      select.value = key;
      $('dyad-text').value = '';
    } else {
      $('dyad-text').value = key;
    }
    $('undirected').checked = true;
    show();
  }

  // Actors on a circle, the busiest first; an edge per pair, as wide as its
  // events and coloured by its balance; the busiest edges drawn on top.
  function drawNetwork(apiEdges) {
    const host = $('network');
    host.replaceChildren();
    const edges = foldEdges(apiEdges);
    const weight = new Map();
    for (const e of edges) for (const n of [e.a, e.b]) weight.set(n, (weight.get(n) || 0) + e.events);
    const nodes = [...weight.keys()].sort((x, y) => weight.get(y) - weight.get(x) || (x < y ? -1 : 1));
    const [w, h] = [760, 520];
    const r = Math.min(w, h) / 2 - 60;
    const pos = new Map(nodes.map((n, i) => {
      const t = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [n, [w / 2 + r * Math.cos(t), h / 2 + r * Math.sin(t)]];
    }));
    const max = Math.max(1, ...edges.map((e) => e.events));
    for (const e of [...edges].reverse()) {
      const [[x1, y1], [x2, y2]] = [pos.get(e.a), pos.get(e.b)];
      const g = svg('g', { class: 'edge', tabindex: 0, role: 'button', 'data-dyad': e.key, 'data-events': e.events });
      if (e.key === selectedKey()) g.classList.add('selected');
      const title = svg('title');
      title.textContent = `${nameOf(e.a)} – ${nameOf(e.b)}: ${e.events} events `
        + `(${e.coop} cooperation, ${e.conflict} conflict)`;
      g.appendChild(title);
      g.appendChild(svg('line', { class: 'hit', x1, y1, x2, y2 }));
      g.appendChild(svg('line', {
        class: 'line', x1, y1, x2, y2, stroke: balanceColour(e.coop, e.events),
        'stroke-width': (1 + 9 * Math.sqrt(e.events / max)).toFixed(1),
      }));
      g.addEventListener('click', () => selectDyad(e.key));
      g.addEventListener('keydown', (ev) => {
        if (ev.key !== 'Enter' && ev.key !== ' ') return;
        ev.preventDefault();
        selectDyad(e.key);
      });
      host.appendChild(g);
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n);
      const g = svg('g', { class: 'node', 'data-code': n });
      const title = svg('title');
      title.textContent = `${n}: ${nameOf(n)} (${weight.get(n)} events)`;
      g.appendChild(title);
      g.appendChild(svg('circle', { cx: x, cy: y, r: 5 }));
      const right = x >= w / 2;
      const label = svg('text', { x: x + (right ? 9 : -9), y: y + 4, 'text-anchor': right ? 'start' : 'end' });
      label.textContent = n;
      g.appendChild(label);
      host.appendChild(g);
    }
    host.dataset.edges = String(edges.length);
  }

  // The place filter as API parameters: a country (SYR) or an ISO 3166-2
  // region (SY-02); anything else is refused before asking the server.
  function placeParams(place) {
    if (!place) return {};
    if (/^[A-Z]{3}$/.test(place)) return { location_country: place };
    if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(place)) return { location_region: place };
    throw new Error(`Place: a country code such as SYR or a region code such as SY-02, not "${place}"`);
  }

  // The filters of the network: those of the page but the dyad.
  function networkFilters() {
    const params = { modality: current.modality, limit: 1000, ...placeParams(current.place) };
    for (const k of ['from', 'to', 'type']) if (current[k]) params[k] = current[k];
    return params;
  }

  // Where the dyad's events happened: the busiest places under the filters;
  // a click on one shows only the events of its region (or country).
  function placeRow(p) {
    const tr = el('tr', 'pick');
    tr.tabIndex = 0;
    tr.title = `show only the events in ${p.region || p.country}`;
    const pick = () => { $('place').value = p.region || p.country; show(); };
    tr.addEventListener('click', pick);
    tr.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      pick();
    });
    tr.appendChild(el('td', '', p.name));
    tr.appendChild(el('td', 'code', p.country));
    tr.appendChild(el('td', 'code', p.region || '–'));
    tr.appendChild(el('td', '', p.precision));
    tr.appendChild(el('td', 'num', String(p.events)));
    tr.appendChild(el('td', 'num', String(p.reports)));
    return tr;
  }

  async function loadPlaces(mine) {
    const params = { ...filters(), limit: 20 };
    delete params.reports;
    const p = await api('/api/places', params);
    if (mine !== generation) return;
    $('places').tBodies[0].replaceChildren(...p.places.map(placeRow));
    $('places-unlocated').textContent = `${p.unlocated.events} events without a place`;
  }

  // A document's text with its events' sources, triggers and targets marked.
  // Offsets are UTF-8 bytes into the text (sentence_begin + span): the text
  // is cut at every mark's ends and each piece decoded; a piece under
  // several marks shows the trigger first, and every event in its tooltip.
  function markedText(host, text, events) {
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder();
    const marks = [];
    for (const e of events) {
      for (const [cls, part] of [['src', 'source'], ['trg', 'trigger'], ['tgt', 'target'], ['loc', 'location']]) {
        const s = e[part] && e[part].span;
        if (!s || s[0] >= s[1] || e.sentence_begin + s[1] > bytes.length) continue;
        marks.push({
          b: e.sentence_begin + s[0], end: e.sentence_begin + s[1], cls,
          label: `${part} of ${e.cameo} ${e.plover}: ${e.source.code} → ${e.target.code}, ${e.modality}`,
        });
      }
    }
    const cuts = [...new Set([0, bytes.length, ...marks.flatMap((m) => [m.b, m.end])])].sort((x, y) => x - y);
    const rank = { trg: 0, src: 1, tgt: 2, loc: 3 };
    host.replaceChildren();
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const [b, end] = [cuts[i], cuts[i + 1]];
      const piece = dec.decode(bytes.slice(b, end));
      const over = marks.filter((m) => m.b <= b && m.end >= end).sort((x, y) => rank[x.cls] - rank[y.cls]);
      if (over.length === 0) {
        host.appendChild(document.createTextNode(piece));
        continue;
      }
      const m = el('mark', over[0].cls, piece);
      m.title = [...new Set(over.map((o) => o.label))].join('\n');
      host.appendChild(m);
    }
  }

  // The document view: title, date, link, the text with its events marked,
  // and the table of those events (every report, every modality).
  async function openDocument(id) {
    const [d, page] = await Promise.all([
      api('/api/document', { id }),
      api('/api/events', { doc: id, modality: 'all', limit: 1000 }),
    ]);
    $('doc-title').textContent = d.title || d.id;
    const meta = $('doc-meta');
    meta.replaceChildren(document.createTextNode(`${d.date} · ${d.id}`));
    if (/^https?:\/\//.test(d.url)) {  // a stored "javascript:" URL stays text
      const a = el('a', '', d.url);
      a.href = d.url;
      a.rel = 'noreferrer';
      meta.append(' · ', a);
    }
    markedText($('doc-text'), d.text, page.events);
    const events = [...page.events].sort((x, y) => x.sentence_index - y.sentence_index || x.id - y.id);
    $('doc-events').tBodies[0].replaceChildren(...events.map(eventRow));
    const box = $('document');
    box.hidden = false;
    box.dataset.doc = id;
    box.scrollIntoView();
    history.replaceState(null, '', `#doc=${encodeURIComponent(id)}`);  // a link to this view
  }

  // A page opened as /#doc=ID shows that document.
  function openLinkedDocument() {
    if (!location.hash.startsWith('#doc=')) return;
    openDocument(decodeURIComponent(location.hash.slice(5))).catch((e) => status(e.message, true));
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

  // The promises of the dyad in the chosen date range (a promise for an
  // older show() than `mine` is dropped); the number listed.
  async function loadPromises(rows, mine) {
    const params = { dyad: current.dyad, limit: 200 };
    for (const k of ['from', 'to']) if (current[k]) params[k] = current[k];
    if (current.undirected) params.undirected = 1;
    const p = await api('/api/commitments', params);
    if (mine !== generation) return 0;
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

  // The filters shared by the barometer and the event list.
  function filters() {
    const params = { dyad: current.dyad, modality: current.modality, ...placeParams(current.place) };
    for (const k of ['from', 'to', 'type']) if (current[k]) params[k] = current[k];
    if (current.undirected) params.undirected = 1;
    if (current.reports) params.reports = 1;
    return params;
  }

  // The first page of events (or, with `append`, the next one); a page
  // for an older show() than `mine` is dropped.
  async function loadEvents(append, mine = generation) {
    const params = { ...filters(), limit: 50 };
    if (append && cursor) params.cursor = cursor;
    const page = await api('/api/events', params);
    if (mine !== generation) return 0;
    const body = $('events').tBodies[0];
    if (!append) {
      body.replaceChildren();
      listed = [];
    }
    for (const e of page.events) body.appendChild(eventRow(e));
    listed.push(...page.events);
    $('csv').disabled = listed.length === 0;
    cursor = page.next_cursor;
    $('more').hidden = !cursor;
    return page.events.length;
  }

  let generation = 0;  // the latest show(): an older one that finishes later is dropped

  // The listed events as CSV (RFC 4180: every field quoted, quotes doubled),
  // with the columns of `entente export` that the API gives.
  const CSV_COLUMNS = [
    ['event_id', (e) => e.cluster], ['date', (e) => e.date], ['date_precision', (e) => e.date_precision],
    ['published', (e) => e.published], ['source', (e) => e.source.code], ['target', (e) => e.target.code],
    ['cameo', (e) => e.cameo], ['plover', (e) => e.plover], ['quad', (e) => e.quad],
    ['goldstein', (e) => e.goldstein], ['modality', (e) => e.modality], ['negated', (e) => (e.negated ? 1 : 0)],
    ['reports', (e) => e.reports], ['documents', (e) => e.documents], ['doc_id', (e) => e.doc_id],
    ['title', (e) => e.title], ['url', (e) => e.url], ['publisher', (e) => e.publisher],
    ['sentence', (e) => e.sentence], ['trigger', (e) => e.trigger.text],
    ['source_text', (e) => e.source.text], ['target_text', (e) => e.target.text],
    ['attribution', (e) => e.attribution], ['why', (e) => e.why],
    ['location_text', (e) => e.location?.text], ['location_country', (e) => e.location?.country],
    ['location_region', (e) => e.location?.region], ['location_lat', (e) => e.location?.lat],
    ['location_lon', (e) => e.location?.lon], ['confidence', (e) => e.confidence],
  ];
  function csv(events) {
    const field = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
    const lines = [CSV_COLUMNS.map(([k]) => k).join(',')];
    for (const e of events) lines.push(CSV_COLUMNS.map(([, f]) => field(f(e))).join(','));
    return `${lines.join('\r\n')}\r\n`;
  }

  function download() {
    const url = URL.createObjectURL(new Blob([csv(listed)], { type: 'text/csv;charset=utf-8' }));
    const a = el('a');
    a.href = url;
    a.download = `entente-${readyKey().replace(/[^A-Za-z0-9=-]+/g, '_')}.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function show() {
    const mine = ++generation;
    document.body.dataset.ready = '';  // until this show() is drawn
    const typed = $('dyad-text').value.trim();
    current = {
      dyad: typed || $('dyad').value,
      by: $('by').value,
      undirected: $('undirected').checked,
      reports: $('reports').checked,
      from: $('from').value,
      to: $('to').value,
      type: $('type').value,
      modality: $('modality').value,
      place: $('place').value.trim().toUpperCase(),
    };
    if (!current.dyad) {
      status('No dyads in this database yet: ingest some documents first.', true);
      return;
    }
    status(`Loading ${current.dyad}…`);
    try {
      const [b, net] = await Promise.all([
        api('/api/barometer', { ...filters(), by: current.by }),
        api('/api/network', networkFilters()),
      ]);
      if (mine !== generation) return;
      drawChart(b.rows);
      drawNetwork(net.edges);
      summary(b);
      cursor = null;
      const n = await loadEvents(false, mine);
      if (mine !== generation) return;
      const np = await loadPromises(b.rows, mine);
      if (mine !== generation) return;
      await loadPlaces(mine);
      if (mine !== generation) return;
      status(`${current.dyad}: ${b.rows.length} periods, ${n}${cursor ? '+' : ''} events, ${np} promises listed.`);
      document.body.dataset.ready = readyKey();
    } catch (err) {
      if (mine !== generation) return;
      status(err.message, true);
      document.body.dataset.ready = `error ${readyKey()}`;
    }
  }

  // What the page shows, for tests to wait on: the dyad, then the filters set.
  function readyKey() {
    const f = ['from', 'to', 'type', 'place'].filter((k) => current[k]).map((k) => `${k}=${current[k]}`);
    if (current.modality !== 'done') f.push(`modality=${current.modality}`);
    return [current.dyad, ...f].join(' ');
  }

  $('controls').addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
  $('dyad').addEventListener('change', () => { $('dyad-text').value = ''; show(); });
  for (const id of ['by', 'undirected', 'reports', 'from', 'to', 'type', 'modality', 'place']) {
    $(id).addEventListener('change', show);
  }
  $('codes-filter').addEventListener('input', filterCodes);
  window.addEventListener('hashchange', openLinkedDocument);
  $('doc-close').addEventListener('click', () => {
    $('document').hidden = true;
    delete $('document').dataset.doc;
    history.replaceState(null, '', location.pathname + location.search);
  });
  $('csv').addEventListener('click', download);
  $('more').addEventListener('click', () => loadEvents(true).catch((e) => status(e.message, true)));

  loadCodes().then(loadDyads).then(() => { openLinkedDocument(); return show(); })
    .catch((e) => status(e.message, true));
})();
