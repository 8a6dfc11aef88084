// The network view: a Cytoscape.js graph of the network at one month, a slider over the months the data covers,
// a play button, relation and kind filters, and a side panel for a node's profile or an edge's evidence.
// Elements that leave the network are hidden, not removed, so every node keeps its position while time moves.
import cytoscape from 'cytoscape';
import { get, ApiError } from './api.js';
import { el, append, clear, entityHref, documentHref, fmtConf, period, relationLabel } from './dom.js';
import { reviewControls } from './review.js';
import { KIND_COLOURS, RELATION_STYLES, DEFAULT_RELATIONS } from './style.js';

const KINDS = Object.keys(KIND_COLOURS);

function months(from, to) {
  const out = [];
  if (!from || !to) return out;
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  m = m || 1;
  while (y < ty || (y === ty && m <= (tm || 12))) {
    out.push(y + '-' + String(m).padStart(2, '0'));
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

function nodeSize(degree) {
  return Math.min(80, 14 + 7 * Math.sqrt(degree));
}

function cyStyle() {
  const s = [
    { selector: 'node', style: {
      'background-color': '#888',
      width: 'data(size)', height: 'data(size)',
      label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 2,
      color: '#222', 'text-outline-color': '#fff', 'text-outline-width': 2,
      'min-zoomed-font-size': 5,
    } },
    { selector: 'node.hidden-label', style: { label: '' } },
    { selector: '.gone', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
    { selector: 'edge', style: {
      width: 'mapData(confidence, 0, 1, 1, 3)', 'curve-style': 'straight', opacity: 0.85,
      'line-color': '#999', 'target-arrow-color': '#999', 'arrow-scale': 0.8,
    } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
  ];
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
    s.push({ selector: 'node[kind = "' + kind + '"]', style: { 'background-color': colour } });
  }
  for (const [rel, st] of Object.entries(RELATION_STYLES)) {
    s.push({ selector: 'edge[relation = "' + rel + '"]', style: {
      'line-color': st.color, 'target-arrow-color': st.color, 'line-style': st.line, 'target-arrow-shape': st.arrow,
    } });
  }
  return s;
}

// Connected nodes get a force-directed layout (concentric when there are very many); isolated nodes a compact
// grid below them, so that thousands of unconnected entities do not push the network out of sight.
function layoutAll(visible) {
  const nodes = visible.nodes();
  const connected = nodes.filter((n) => n.data('degree') > 0);
  const isolated = nodes.filter((n) => n.data('degree') === 0);
  const core = connected.union(connected.edgesWith(connected));
  if (connected.length > 0) {
    const opts = connected.length <= 1000
      ? { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 60000, idealEdgeLength: () => 120,
        nodeOverlap: 20, componentSpacing: 80, numIter: connected.length <= 200 ? 800 : 150, fit: false }
      : { name: 'concentric', animate: false, concentric: (n) => n.data('degree'), levelWidth: () => 4,
        minNodeSpacing: 6, fit: false };
    core.layout(opts).run();
  }
  if (isolated.length > 0) {
    const bb = connected.length > 0 ? connected.boundingBox() : { x1: 0, y2: 0, w: 800 };
    // labelled nodes (small maps) need room for their names side by side; dots alone pack tightly
    const cell = nodes.length <= 300 ? 130 : 40;
    const width = Math.max(bb.w, Math.sqrt(isolated.length) * cell);
    const cols = Math.max(1, Math.floor(width / cell));
    const rows = Math.ceil(isolated.length / cols);
    isolated.layout({ name: 'grid', animate: false, fit: false, avoidOverlap: true,
      boundingBox: { x1: bb.x1, y1: bb.y2 + 120, w: width, h: rows * 40 }, cols }).run();
  }
}

export async function networkView(root, params, ctx) {
  const range = await get('/graph/range');
  const monthList = months(range.from, range.to);
  const state = {
    months: monthList,
    index: Math.max(0, monthList.indexOf(params.get('at') || '') >= 0
      ? monthList.indexOf(params.get('at')) : monthList.length - 1),
    relations: new Set(DEFAULT_RELATIONS),
    kinds: new Set(KINDS),
    placed: 0,
    firstLayoutDone: false,
    timer: null,
    seq: 0,
    lastRenderMs: null,
  };

  const slider = el('input', { type: 'range', id: 'time-slider', min: 0, max: Math.max(0, monthList.length - 1),
    value: state.index, 'aria-label': 'month' });
  const dateLabel = el('output', { id: 'time-label', class: 'time-label' });
  const play = el('button', { type: 'button', id: 'play-button', class: 'play' }, 'Play');
  const status = el('span', { id: 'net-status', class: 'net-status' });
  const relBoxes = el('fieldset', { class: 'filters', id: 'relation-filters' }, el('legend', null, 'Relations'));
  for (const [rel, st] of Object.entries(RELATION_STYLES)) {
    const cb = el('input', { type: 'checkbox', value: rel, checked: state.relations.has(rel),
      'data-relation': rel });
    cb.addEventListener('change', () => {
      if (cb.checked) state.relations.add(rel); else state.relations.delete(rel);
      refresh();
    });
    relBoxes.appendChild(el('label', { class: 'rel-' + rel }, cb, el('span', { class: 'swatch line-' + st.line,
      'data-colour': rel }), st.label));
  }
  const kindBoxes = el('fieldset', { class: 'filters', id: 'kind-filters' }, el('legend', null, 'Kinds'));
  for (const k of KINDS) {
    const cb = el('input', { type: 'checkbox', value: k, checked: true, 'data-kind': k });
    cb.addEventListener('change', () => {
      if (cb.checked) state.kinds.add(k); else state.kinds.delete(k);
      refresh();
    });
    kindBoxes.appendChild(el('label', null, cb, el('span', { class: 'dot kind-' + k }), relationLabel(k)));
  }
  const container = el('div', { id: 'cy', class: 'cy' });
  const panel = el('aside', { id: 'side-panel', class: 'side-panel' },
    el('p', { class: 'hint' }, 'Click a group to see its profile, or a link to see its evidence.'));
  clear(root).appendChild(el('div', { class: 'network-view' },
    el('div', { class: 'controls' }, play, slider, dateLabel, status),
    el('div', { class: 'network-body' }, el('div', { class: 'filters-col' }, relBoxes, kindBoxes), container, panel)));

  if (monthList.length === 0) {
    clear(container).appendChild(el('p', { class: 'empty' }, 'No dated facts in the store yet. Upload documents to begin.'));
    slider.disabled = true;
    play.disabled = true;
    return () => {};
  }

  const cy = cytoscape({
    container, style: cyStyle(), minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
    textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1,
  });
  window.factiongraphView = { cy, state };

  // Labels keep a readable size on screen when the whole map is fitted at a small zoom (up to twice their size in
  // the graph's own units), instead of shrinking below legibility; set once a zoom gesture ends.
  let labelTimer = null;
  const scaleLabels = () => {
    const size = Math.round(Math.min(24, Math.max(12, 11 / cy.zoom())));
    if (size !== state.labelSize) {
      state.labelSize = size;
      cy.style().selector('node').style('font-size', size).update();
    }
  };
  cy.on('zoom', () => { clearTimeout(labelTimer); labelTimer = setTimeout(scaleLabels, 150); });

  cy.on('tap', 'node', (evt) => showNode(evt.target.id()));
  cy.on('tap', 'edge', (evt) => showEdge(evt.target.data()));

  async function showNode(id) {
    clear(panel).appendChild(el('p', { class: 'hint' }, 'Loading…'));
    try {
      const p = await get('/entities/' + encodeURIComponent(id));
      const e = p.entity;
      const asserted = p.facts.filter((f) => f.asserted);
      append(clear(panel), [
        el('h2', { id: 'panel-title' }, e.canonicalName),
        el('p', null, el('span', { class: 'badge kind-' + e.kind }, relationLabel(e.kind)),
          p.lifetime ? ' ' + period(p.lifetime.from, p.lifetime.until) : ''),
        e.names.length ? el('p', { class: 'names' }, 'Also: ', e.names.map((n) => n.text).join(' · ')) : null,
        el('p', null, asserted.length + ' facts, ' + p.contradictions.length + ' contradictions'),
        el('ul', { class: 'fact-list' }, asserted.slice(0, 12).map((f) => {
          const mine = f.subjectId === e.id || f.relation === 'allied_with' || f.relation === 'fought';
          const otherId = f.subjectId === e.id ? f.objectId : f.subjectId;
          const otherName = f.subjectId === e.id ? f.objectName : f.subjectName;
          const link = otherId ? el('a', { href: entityHref(otherId) }, otherName || otherId) : (otherName || '');
          return el('li', null, mine ? [relationLabel(f.relation), ' ', link] : [link, ' ', relationLabel(f.relation), ' this'],
            ' (' + period(f.holdsFrom, f.holdsUntil) + ')');
        })),
        el('p', null, el('a', { href: entityHref(e.id), id: 'open-profile' }, 'Open full profile →'))]);
    } catch (err) {
      clear(panel).appendChild(el('p', { class: 'error' }, err.message));
    }
  }

  async function showEdge(d) {
    clear(panel).appendChild(el('p', { class: 'hint' }, 'Loading…'));
    let f;
    try {
      f = await get('/facts', { relation: d.relation, subject: d.source, object: d.target });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        append(clear(panel), [
          el('h2', { id: 'panel-title' }, relationLabel(d.relation)),
          el('p', { id: 'edge-gone', class: 'hint' }, 'This link no longer holds: its claims were rejected or '
            + 'corrected. ', el('a', { href: '#/audit', id: 'edge-gone-audit' }, 'Undo it in the audit log'), '.')]);
      } else {
        clear(panel).appendChild(el('p', { class: 'error' }, err.message));
      }
      return;
    }
    const reviewed = async () => {
      await refresh();
      await showEdge(d);
    };
    append(clear(panel), [
      el('h2', { id: 'panel-title' }, f.subjectName + ' — ' + relationLabel(f.relation) + ' — ' + (f.objectName || '')),
      el('p', null, 'Holds ' + period(f.holdsFrom, f.holdsUntil)
        + (f.untilReason ? ' (ended: ' + f.untilReason + ')' : '')
        + ' · confidence ' + fmtConf(f.confidence) + ' · ' + f.independentSources + ' independent source(s)'),
      el('h3', null, 'Evidence'),
      evidenceList(f.evidence, reviewed),
      f.negatingEvidence.length ? [el('h3', null, 'Denied by'), evidenceList(f.negatingEvidence, reviewed)] : null]);
    panel.dataset.fact = f.id;
  }

  function placeNew(node, positions) {
    const nbrs = node.neighborhood('node').filter((n) => positions.has(n.id()));
    if (nbrs.length > 0) {
      let x = 0; let y = 0;
      nbrs.forEach((n) => { const p = positions.get(n.id()); x += p.x; y += p.y; });
      const a = Math.random() * Math.PI * 2;
      return { x: x / nbrs.length + 60 * Math.cos(a), y: y / nbrs.length + 60 * Math.sin(a) };
    }
    const i = state.placed++;
    const r = 40 * Math.sqrt(i + 1);
    const a = i * 2.399963;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  }

  async function refresh() {
    const at = state.months[state.index];
    dateLabel.value = at;
    slider.value = state.index;
    const seq = ++state.seq;
    const t0 = performance.now();
    let net;
    try {
      if (state.relations.size === 0 || state.kinds.size === 0) {
        net = { nodeCount: 0, edgeCount: 0, nodes: [], edges: [] };
      } else {
        net = await get('/graph/network', { at, relations: [...state.relations].join(','),
          kinds: [...state.kinds].join(',') });
      }
    } catch (err) {
      status.textContent = err.message;
      return;
    }
    if (seq !== state.seq) return; // a later request superseded this one
    const t1 = performance.now();
    const showLabels = net.nodes.length <= 300;
    const present = new Set();
    const positions = new Map();
    const fresh = [];
    cy.batch(() => {
      for (const n of net.nodes) {
        present.add(n.id);
        let node = cy.getElementById(n.id);
        const hideLabel = !showLabels && n.degree < 8;
        if (node.empty()) {
          node = cy.add({ group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind, degree: n.degree,
            size: nodeSize(n.degree) }, classes: hideLabel ? 'hidden-label' : '' });
          fresh.push(node);
          continue;
        }
        if (node.data('degree') !== n.degree) node.data({ degree: n.degree, size: nodeSize(n.degree) });
        if (node.data('label') !== n.name) node.data('label', n.name);
        if (node.hasClass('gone')) node.removeClass('gone');
        if (node.hasClass('hidden-label') !== hideLabel) node.toggleClass('hidden-label', hideLabel);
      }
      for (const e of net.edges) {
        present.add(e.id);
        const edge = cy.getElementById(e.id);
        if (edge.empty()) {
          cy.add({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, relation: e.relation,
            confidence: e.confidence, sources: e.sources } });
        } else {
          if (edge.data('confidence') !== e.confidence) edge.data('confidence', e.confidence);
          if (edge.hasClass('gone')) edge.removeClass('gone');
        }
      }
      cy.elements().forEach((x) => { if (!present.has(x.id()) && !x.hasClass('gone')) x.addClass('gone'); });
    });
    if (fresh.length > 0 && state.firstLayoutDone) {
      for (const f of fresh) {
        f.neighborhood('node').forEach((n) => { if (n.data('placed')) positions.set(n.id(), n.position()); });
      }
    }
    if (!state.firstLayoutDone && fresh.length > 0) {
      layoutAll(cy.elements().not('.gone'));
      cy.nodes().forEach((n) => n.data('placed', true));
      state.firstLayoutDone = true;
      cy.fit(cy.elements().not('.gone'), 40);
      if (cy.zoom() > 1) {
        cy.zoom(1);
        cy.center(cy.elements().not('.gone'));
      }
    } else if (fresh.length > 0) {
      cy.batch(() => {
        for (const n of fresh) {
          const p = placeNew(n, positions);
          n.position(p);
          positions.set(n.id(), p);
          n.data('placed', true);
        }
      });
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t2 = performance.now();
    state.lastRenderMs = { fetch: Math.round(t1 - t0), render: Math.round(t2 - t1), total: Math.round(t2 - t0) };
    status.textContent = net.nodeCount + ' entities, ' + net.edgeCount + ' links at ' + at;
    container.dataset.at = at;
    container.dataset.nodes = String(net.nodeCount);
    container.dataset.edges = String(net.edgeCount);
    container.dataset.renderMs = String(state.lastRenderMs.total);
    history.replaceState(null, '', '#/network?at=' + at);
  }

  slider.addEventListener('input', () => {
    state.index = Number(slider.value);
    refresh();
  });
  function stop() {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    play.textContent = 'Play';
  }
  play.addEventListener('click', () => {
    if (state.timer) { stop(); return; }
    if (state.index >= state.months.length - 1) state.index = 0;
    play.textContent = 'Pause';
    state.timer = setInterval(() => {
      if (state.index >= state.months.length - 1) { stop(); return; }
      state.index++;
      refresh();
    }, 350);
  });
  await refresh();
  return () => { stop(); cy.destroy(); delete window.factiongraphView; };
}

/** Evidence sentences; with onChange, each gets review controls (status badge, Accept / Reject / Correct). */
export function evidenceList(items, onChange) {
  if (!items || items.length === 0) return el('p', { class: 'hint' }, 'No evidence sentences.');
  return el('ul', { class: 'evidence' }, items.map((ev) => el('li', { class: 'evidence-item', 'data-claim-id': ev.claimId,
    'data-status': ev.reviewStatus },
    el('blockquote', null, ev.sentence || '(no sentence)'),
    el('div', { class: 'meta' },
      ev.documentId ? el('a', { href: documentHref(ev.documentId) }, ev.documentName || ev.documentId) : 'manual',
      ev.date ? ' · ' + ev.date : '',
      ' · grade ' + (ev.grade || '?'),
      ' · confidence ' + fmtConf(ev.confidence),
      ev.hedged ? ' · hedged' : '',
      ev.negated ? ' · negated' : '',
      onChange ? '' : ' · ' + ev.reviewStatus),
    onChange ? reviewControls(ev, onChange) : null)));
}
