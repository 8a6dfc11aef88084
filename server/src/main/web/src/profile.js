// The entity profile page: names with periods, kind, key dates, a timeline chart (vis-timeline) of memberships,
// alliances and fights as bars, the lineage as a small tree, and every fact with its evidence and sources.
import { Timeline } from 'vis-timeline';
import { DataSet } from 'vis-data';
import { get, send } from './api.js';
import { el, append, clear, entityHref, fmtConf, period, relationLabel } from './dom.js';
import { evidenceList } from './network.js';
import { claimSection } from './claim.js';

const BAR_GROUPS = [
  { id: 'member_of', label: 'Memberships' },
  { id: 'allied_with', label: 'Alliances' },
  { id: 'fought', label: 'Fights' },
  { id: 'supported_by', label: 'Support' },
  { id: 'events', label: 'Events' },
];

function firstDay(d) {
  if (!d) return null;
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, day || 1));
}

function lastDay(d) {
  if (!d) return null;
  const [y, m, day] = d.split('-').map(Number);
  if (day) return new Date(Date.UTC(y, m - 1, day + 1));
  if (m) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

// reload() draws the page again from the server (after a review, a merge, an unmerge or an added claim).
// The id of an entity merged into another answers with the surviving entity's profile (p.mergedFrom says so):
// the page then shows the survivor, with a notice, and asks the other routes about the survivor's id.
export async function profileView(root, id, reload) {
  const p = await get('/entities/' + encodeURIComponent(id));
  const e = p.entity;
  const [lineage, range, merges] = await Promise.all([
    get('/entities/' + encodeURIComponent(e.id) + '/lineage'),
    get('/graph/range'),
    get('/merges', { entity: e.id }),
  ]);
  const again = async () => { if (reload) await reload(); };
  const chart = el('div', { id: 'timeline-chart', class: 'timeline-chart' });
  const facts = p.facts;
  const page = el('article', { class: 'profile', id: 'profile', 'data-entity-id': e.id },
    p.mergedFrom ? el('p', { id: 'merged-notice', class: 'notice', 'data-merged-id': p.mergedFrom.id },
      el('code', null, p.mergedFrom.id), ' was merged into ',
      el('a', { href: entityHref(p.mergedFrom.mergedInto) }, p.mergedFrom.mergedInto === e.id ? e.canonicalName
        : p.mergedFrom.mergedInto),
      p.mergedFrom.mergedInto === e.id ? '' : [' (now part of ', e.canonicalName, ')'],
      ' by ' + p.mergedFrom.who + ' on ' + String(p.mergedFrom.at).slice(0, 10) + ' (merge ' + p.mergedFrom.mergeId
        + '); this is the surviving entity.') : null,
    el('h1', { id: 'profile-name' }, e.canonicalName),
    el('p', null, el('span', { class: 'badge kind-' + e.kind }, relationLabel(e.kind)), ' ', el('code', null, e.id)),
    el('section', { class: 'key-dates' }, el('h2', null, 'Key dates'), keyDates(p)),
    el('section', null, el('h2', null, 'Names'), namesTable(e)),
    el('section', null, el('h2', null, 'Timeline'), chart),
    el('section', { id: 'lineage' }, el('h2', null, 'Lineage'), lineageTree(lineage)),
    el('section', { id: 'facts' }, el('h2', null, 'Facts (' + facts.length + ')'), factsList(facts, e.id, again)),
    claimSection(e, facts, again),
    mergeSection(e, merges, again),
    p.contradictions.length ? el('section', { id: 'contradictions' }, el('h2', null, 'Contradictions'),
      el('ul', null, p.contradictions.map((c) => el('li', null, relationLabel(c.kind) + ': ' + c.description,
        el('div', { class: 'sides' }, evidenceList(c.sideA), evidenceList(c.sideB)))))) : null);
  clear(root).appendChild(page);
  const timeline = drawTimeline(chart, facts, e.id, range);
  return () => { if (timeline) timeline.destroy(); };
}

function keyDates(p) {
  const rows = [];
  if (p.lifetime) {
    rows.push(['Active', period(p.lifetime.from, p.lifetime.until)
      + (p.lifetime.endReason ? ' (ended: ' + relationLabel(p.lifetime.endReason) + ')' : '')]);
  }
  for (const f of p.facts) {
    if (!f.asserted) continue;
    if (f.relation === 'founded' || f.relation === 'dissolved') rows.push([relationLabel(f.relation), f.at || f.start || 'undated']);
  }
  if (rows.length === 0) return el('p', { class: 'hint' }, 'No dates known.');
  return el('dl', null, rows.map(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
}

function namesTable(e) {
  const names = [{ text: e.canonicalName, script: '', validFrom: null, validTo: null, canonical: true }, ...e.names];
  return el('table', { class: 'names-table' },
    el('thead', null, el('tr', null, el('th', null, 'Name'), el('th', null, 'Script'), el('th', null, 'In use'))),
    el('tbody', null, names.map((n) => el('tr', null, el('td', null, n.text + (n.canonical ? ' (canonical)' : '')),
      el('td', null, n.script || ''), el('td', null, n.validFrom || n.validTo ? period(n.validFrom, n.validTo) : '')))));
}

const SYMMETRIC = new Set(['allied_with', 'fought']);

function other(f, me) {
  if (f.subjectId === me || SYMMETRIC.has(f.relation)) {
    return f.subjectId === me ? { id: f.objectId, name: f.objectName } : { id: f.subjectId, name: f.subjectName };
  }
  return { id: f.subjectId, name: f.subjectName };
}

function drawTimeline(container, facts, me, range) {
  const items = [];
  const openEnd = lastDay(range.to) || new Date();
  for (const f of facts) {
    if (!f.asserted) continue;
    const o = other(f, me);
    const group = BAR_GROUPS.some((g) => g.id === f.relation) ? f.relation : 'events';
    const mine = f.subjectId === me || SYMMETRIC.has(f.relation);
    const content = el('span', null, (mine ? '' : '← ') + (o.name || relationLabel(f.relation)));
    if (group !== 'events' && (f.holdsFrom || f.holdsUntil)) {
      const start = firstDay(f.holdsFrom) || firstDay(range.from);
      const end = lastDay(f.holdsUntil) || openEnd;
      if (!start || end <= start) continue;
      items.push({ id: f.id, group, start, end, type: 'range', content, className: 'bar-' + f.relation });
    } else {
      const d = f.at || f.start || f.holdsFrom;
      if (!d) continue;
      const label = el('span', null, relationLabel(f.relation) + (o.name ? ' ' + o.name : ''));
      items.push({ id: f.id, group: 'events', start: firstDay(d), type: 'point', content: label, className: 'pt-' + f.relation });
    }
  }
  if (items.length === 0) {
    container.appendChild(el('p', { class: 'hint' }, 'No dated facts to chart.'));
    return null;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of items) {
    lo = Math.min(lo, i.start.getTime());
    hi = Math.max(hi, (i.end || i.start).getTime());
  }
  const pad = Math.max(30 * 86400000, (hi - lo) * 0.05);
  const used = new Set(items.map((i) => i.group));
  const groups = BAR_GROUPS.filter((g) => used.has(g.id)).map((g) => ({ id: g.id, content: el('span', null, g.label) }));
  return new Timeline(container, new DataSet(items), new DataSet(groups), {
    stack: true, zoomable: true, selectable: false, showCurrentTime: false, orientation: 'top',
    margin: { item: 4 }, xss: { disabled: false }, start: new Date(lo - pad), end: new Date(hi + pad),
  });
}

function lineageTree(l) {
  const node = (n) => el('li', null, el('a', { href: entityHref(n.entity.id) }, n.entity.name),
    ' (' + relationLabel(n.relation) + (n.date ? ', ' + n.date : '') + ')',
    n.next.length ? el('ul', null, n.next.map(node)) : null);
  const link = (k) => el('li', null, el('a', { href: entityHref(k.entity.id) }, k.entity.name), ' ' + period(k.from, k.until));
  const parts = [];
  if (l.predecessors.length) parts.push(el('div', { class: 'tree' }, el('h3', null, 'Came from'), el('ul', null, l.predecessors.map(node))));
  parts.push(el('div', { class: 'tree-root' }, el('strong', null, l.root.name)));
  if (l.successors.length) parts.push(el('div', { class: 'tree' }, el('h3', null, 'Became'), el('ul', null, l.successors.map(node))));
  if (l.memberOf.length) parts.push(el('div', null, el('h3', null, 'Member of'), el('ul', null, l.memberOf.map(link))));
  if (l.members.length) parts.push(el('div', null, el('h3', null, 'Members'), el('ul', null, l.members.map(link))));
  return el('div', { class: 'lineage' }, parts);
}

function factsList(facts, me, onChange) {
  if (facts.length === 0) return el('p', { class: 'hint' }, 'No facts.');
  return el('ul', { class: 'facts' }, facts.map((f) => {
    const o = other(f, me);
    const subjectSide = f.subjectId === me || SYMMETRIC.has(f.relation);
    return el('li', { class: 'fact' + (f.asserted ? '' : ' not-asserted') },
      el('details', null,
        el('summary', null,
          subjectSide ? '' : [el('a', { href: entityHref(o.id) }, o.name), ' '],
          relationLabel(f.relation), ' ',
          subjectSide && o.id ? el('a', { href: entityHref(o.id) }, o.name || o.id) : subjectSide ? (f.objectName || '') : 'this entity',
          ' · ' + period(f.holdsFrom, f.holdsUntil),
          ' · confidence ' + fmtConf(f.confidence),
          ' · ' + f.independentSources + ' source(s)',
          f.asserted ? '' : ' · not asserted'),
        evidenceList(f.evidence, onChange),
        f.negatingEvidence.length ? [el('h4', null, 'Denied by'), evidenceList(f.negatingEvidence, onChange)] : null));
  }));
}

// Merges of this entity (with Unmerge for active ones) and a finder to merge another entity into this one.
function mergeSection(e, merges, onChange) {
  const status = el('p', { id: 'merge-status', class: 'hint', role: 'status' });
  const act = async (fn) => {
    status.textContent = 'Saving…';
    status.classList.remove('error');
    try {
      await fn();
      status.textContent = 'Saved';
      await onChange();
    } catch (err) {
      status.textContent = err.message;
      status.classList.add('error');
    }
  };
  const list = el('ul', { id: 'merge-list', class: 'merge-list' }, merges.map((m) => el('li', {
    class: 'merge-item' + (m.active ? ' active' : ' undone'), 'data-merge-id': m.id },
    m.mergedId + ' merged into ' + m.keptName + (m.canonicalName ? ' (shown as ' + m.canonicalName + ')' : ''),
    ' · by ' + m.who + ' · ' + m.createdAt.slice(0, 10),
    m.reason ? ' · ' + m.reason : '',
    m.active ? [' ', el('button', { type: 'button', class: 'unmerge-button', 'data-merge-id': m.id,
      id: 'unmerge-' + m.id }, 'Unmerge')] : ' · undone by ' + m.undoneBy)));
  for (const b of list.querySelectorAll('.unmerge-button')) {
    b.addEventListener('click', () => act(() => send('POST', '/merges/' + b.dataset.mergeId + '/unmerge', {})));
  }
  const query = el('input', { type: 'search', id: 'merge-query', placeholder: 'Find the duplicate by name',
    maxlength: 200, autocomplete: 'off', 'aria-label': 'duplicate entity name' });
  const reason = el('input', { type: 'text', id: 'merge-reason', placeholder: 'reason (optional)', maxlength: 2000,
    'aria-label': 'merge reason' });
  const candidates = el('ul', { id: 'merge-candidates', class: 'merge-candidates' });
  const form = el('form', { id: 'merge-form', class: 'merge-form' }, query, reason,
    el('button', { type: 'submit', id: 'merge-find' }, 'Find'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = query.value.trim();
    clear(candidates);
    if (!q) return;
    try {
      const r = await get('/search', { q, limit: 10 });
      const hits = r.entities.filter((h) => h.id !== e.id);
      if (hits.length === 0) candidates.appendChild(el('li', { class: 'hint' }, 'No other entity has that name.'));
      for (const h of hits) {
        const b = el('button', { type: 'button', class: 'merge-into-button', 'data-entity-id': h.id },
          'Merge into ' + e.canonicalName);
        b.addEventListener('click', () => act(() => send('POST', '/merges', { keep: e.id, merged: h.id,
          reason: reason.value.trim() || null })));
        candidates.appendChild(el('li', { class: 'merge-candidate', 'data-entity-id': h.id },
          el('a', { href: entityHref(h.id) }, h.canonicalName), ' (' + relationLabel(h.kind) + ', ' + h.id + ') ', b));
      }
    } catch (err) {
      candidates.appendChild(el('li', { class: 'error' }, err.message));
    }
  });
  return append(el('section', { id: 'merges' }, el('h2', null, 'Merges')), [
    merges.length ? list : el('p', { class: 'hint' }, 'No merges.'),
    el('h3', null, 'Merge a duplicate into this entity'), form, candidates, status]);
}
