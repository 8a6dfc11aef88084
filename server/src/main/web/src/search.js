// Search results: entities by (spelling-tolerant) name and documents by text with highlighted snippets.
import { get } from './api.js';
import { el, clear, entityHref, documentHref, relationLabel } from './dom.js';

function snippet(text, highlights) {
  const out = el('p', { class: 'snippet' });
  let pos = 0;
  for (const h of highlights) {
    if (h.start < pos) continue;
    out.appendChild(document.createTextNode(text.slice(pos, h.start)));
    out.appendChild(el('mark', null, text.slice(h.start, h.end)));
    pos = h.end;
  }
  out.appendChild(document.createTextNode(text.slice(pos)));
  return out;
}

export async function searchView(root, q) {
  if (!q) {
    clear(root).appendChild(el('p', { class: 'hint' }, 'Type a name or words to search.'));
    return;
  }
  const r = await get('/search', { q, limit: 50 });
  clear(root).appendChild(el('section', { class: 'search-results', id: 'search-results' },
    el('h1', null, 'Results for “', q, '”'),
    el('h2', null, 'Groups and other entities (' + r.entities.length + ')'),
    r.entities.length ? el('ul', { id: 'entity-hits' }, r.entities.map((h) => el('li', null,
      el('a', { href: entityHref(h.id), class: 'entity-hit' }, h.canonicalName), ' ',
      el('span', { class: 'badge kind-' + h.kind }, relationLabel(h.kind)),
      h.matchedName !== h.canonicalName ? ' (as “' + h.matchedName + '”)' : ''))) : el('p', { class: 'hint' }, 'No entity found.'),
    el('h2', null, 'Documents (' + r.documents.length + ')'),
    r.documents.length ? el('ul', { id: 'document-hits' }, r.documents.map((h) => el('li', null,
      el('a', { href: documentHref(h.id), class: 'document-hit' }, h.title || h.name),
      ' · ' + h.hits + ' hit(s)', snippet(h.snippet, h.highlights)))) : el('p', { class: 'hint' }, 'No document found.')));
}
