// The document page: the text with recognised entities (linked to their profiles) and time expressions
// highlighted, and the claims read from it. The text is added as text nodes only, so markup in it stays inert.
import { get } from './api.js';
import { el, clear, entityHref, documentHref, fmtConf, relationLabel } from './dom.js';

export async function documentView(root, id) {
  const v = await get('/documents/' + encodeURIComponent(id));
  const d = v.document;
  const text = el('div', { id: 'doc-text', class: 'doc-text' });
  let pos = 0;
  for (const s of v.spans) {
    if (s.start < pos || s.end > d.text.length) continue;
    if (s.start > pos) text.appendChild(document.createTextNode(d.text.slice(pos, s.start)));
    const piece = d.text.slice(s.start, s.end);
    if (s.type === 'entity' && s.entityId) {
      text.appendChild(el('a', { href: entityHref(s.entityId), class: 'span entity kind-' + (s.kind || 'unknown'),
        title: s.label + ' (' + relationLabel(s.kind || '') + ')' }, piece));
    } else {
      text.appendChild(el('mark', { class: 'span time', title: 'time expression' }, piece));
    }
    pos = s.end;
  }
  if (pos < d.text.length) text.appendChild(document.createTextNode(d.text.slice(pos)));
  const meta = [
    ['File', d.name], ['Publisher', d.publisher], ['Published', d.published], ['Grade', d.grade],
    ['Format', d.format], ['Id', d.id],
  ].filter(([, x]) => x);
  clear(root).appendChild(el('article', { class: 'document', id: 'document' },
    el('h1', { id: 'doc-title' }, d.title || d.name),
    el('dl', { class: 'doc-meta' }, meta.map(([k, x]) => [el('dt', null, k), el('dd', null, x)]),
      d.url ? [el('dt', null, 'URL'), el('dd', null, /^https?:\/\//i.test(d.url)
        ? el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, d.url) : d.url)] : null),
    el('p', { class: 'legend' }, el('span', { class: 'span entity kind-armed_group' }, 'group'), ' ',
      el('span', { class: 'span entity kind-place' }, 'place'), ' ', el('mark', { class: 'span time' }, 'time')),
    text,
    el('h2', null, 'Claims read from it (' + v.claims.length + ')'),
    claimsTable(v.claims)));
}

export function claimsTable(claims) {
  if (claims.length === 0) return el('p', { class: 'hint' }, 'No claims.');
  const side = (r) => (r ? (r.entityId ? el('a', { href: entityHref(r.entityId) }, r.name) : r.name) : '');
  const date = (c) => [c.start && 'from ' + c.start, c.end && 'until ' + c.end, c.at && 'at ' + c.at].filter(Boolean).join(' ');
  return el('table', { class: 'claims', id: 'claims-table' },
    el('thead', null, el('tr', null, ['Subject', 'Relation', 'Object', 'Date', 'Confidence', 'Grade', 'Status', 'Sentence']
      .map((h) => el('th', null, h)))),
    el('tbody', null, claims.map((c) => el('tr', null,
      el('td', null, side(c.subject)),
      el('td', null, (c.negated ? 'not ' : '') + relationLabel(c.relation) + (c.hedged ? ' (hedged)' : '')),
      el('td', null, side(c.object)),
      el('td', null, date(c)),
      el('td', null, fmtConf(c.confidence)),
      el('td', null, c.sourceGrade || ''),
      el('td', null, c.reviewStatus),
      el('td', { class: 'sentence' }, c.evidence ? c.evidence.sentence || '' : '')))));
}

export async function documentsView(root) {
  const page = await get('/documents', { limit: 1000 });
  clear(root).appendChild(el('section', { class: 'documents', id: 'documents' },
    el('h1', null, 'Documents (' + page.total + ')'),
    el('table', null,
      el('thead', null, el('tr', null, ['Title', 'File', 'Publisher', 'Published', 'Grade', 'Claims'].map((h) => el('th', null, h)))),
      el('tbody', null, page.items.map((d) => el('tr', null,
        el('td', null, el('a', { href: documentHref(d.id) }, d.title || d.name)),
        el('td', null, d.name), el('td', null, d.publisher || ''), el('td', null, d.published || ''),
        el('td', null, d.grade || ''), el('td', null, String(d.claimCount))))))));
}
