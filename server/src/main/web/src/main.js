// Entry point: a small hash router over the views, the search box, the login form and the upload handler.
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './style.css';
import { networkView } from './network.js';
import { profileView } from './profile.js';
import { documentView, documentsView } from './document.js';
import { searchView } from './search.js';
import { auditView } from './audit.js';
import { setupUpload } from './upload.js';
import { setupAuth } from './auth.js';
import { refreshSession, onSessionChange } from './api.js';
import { el, clear } from './dom.js';

const view = document.getElementById('view');
let teardown = null;
let routing = 0;

function parse() {
  const h = window.location.hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?');
  const parts = path.split('/').map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query || '') };
}

async function route() {
  const { parts, params } = parse();
  const my = ++routing;
  if (teardown) { try { teardown(); } catch (e) { /* view already gone */ } teardown = null; }
  document.body.dataset.view = 'loading';
  try {
    let t = null;
    const name = parts[0] || 'network';
    if (name === 'entity' && parts[1]) t = await profileView(view, parts.slice(1).join('/'), route);
    else if (name === 'audit') t = await auditView(view, params, route);
    else if (name === 'document' && parts[1]) t = await documentView(view, parts[1]);
    else if (name === 'documents') t = await documentsView(view);
    else if (name === 'search') {
      document.getElementById('search-box').value = params.get('q') || '';
      t = await searchView(view, params.get('q') || '');
    } else t = await networkView(view, params);
    if (my === routing) {
      teardown = typeof t === 'function' ? t : null;
      document.body.dataset.view = name;
    } else if (typeof t === 'function') t();
  } catch (err) {
    if (my === routing) {
      clear(view).appendChild(el('p', { class: 'error', id: 'view-error' }, err.message));
      document.body.dataset.view = 'error';
    }
  }
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-box').value.trim();
  if (q) window.location.hash = '#/search?q=' + encodeURIComponent(q);
});
window.addEventListener('hashchange', () => {
  if (!window.location.hash.startsWith('#/network') || document.body.dataset.view !== 'network') route();
});
setupUpload(() => {
  if (document.body.dataset.view === 'network' || document.body.dataset.view === 'documents') route();
});
setupAuth();
// Views are drawn again when someone logs in or out: what may be read and which controls are offered change.
refreshSession().catch(() => { /* the server answers anyway; the views will say what is wrong */ }).finally(() => {
  onSessionChange(() => route());
  route();
});
