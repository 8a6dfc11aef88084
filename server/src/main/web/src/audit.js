// The audit page: every analyst change (reviews, manual and corrected claims, merges, unmerges), newest first,
// with who, when, the action and the target's state before → after, filters, paging and an Undo button per entry.
// Undo makes a new change with its own entry; nothing is deleted.
import { get, send } from './api.js';
import { el, append, clear } from './dom.js';

const ACTIONS = ['review', 'add_claim', 'correct_claim', 'merge', 'unmerge'];
const PAGE = 50;

function brief(state) {
  if (state === null || state === undefined) return '—';
  if (typeof state !== 'object') return String(state);
  if (Object.keys(state).length === 1 && 'status' in state) return String(state.status);
  if ('merged_id' in state) return state.merged_id + (state.active ? ' merged into ' : ' apart from ') + state.kept_id;
  const parts = [];
  if (state.subject) parts.push(state.subject.name);
  if (state.relation) parts.push(String(state.relation).replace(/_/g, ' '));
  if (state.object) parts.push(state.object.name);
  const dates = [state.start, state.end, state.at].some((d) => d)
    ? ' (' + (state.start || '…') + ' – ' + (state.end || '…') + (state.at ? ', at ' + state.at : '') + ')' : '';
  return parts.join(' ') + dates + (state.status ? ' [' + state.status + ']' : '');
}

export async function auditView(root, params, reload) {
  const filters = {
    who: params.get('who') || '', action: params.get('action') || '', since: params.get('since') || '',
    until: params.get('until') || '', offset: Number(params.get('offset') || 0) || 0,
  };
  const page = await get('/audit', { who: filters.who, action: filters.action, since: filters.since,
    until: filters.until, limit: PAGE, offset: filters.offset });
  const status = el('p', { id: 'audit-status', class: 'hint', role: 'status' },
    page.total + ' entries' + (page.total > PAGE ? ', showing ' + (page.offset + 1) + '–'
      + (page.offset + page.items.length) : ''));

  const who = el('input', { type: 'text', id: 'audit-who', value: filters.who, placeholder: 'user', maxlength: 300,
    'aria-label': 'who' });
  const action = el('select', { id: 'audit-action', 'aria-label': 'action' }, el('option', { value: '' }, 'any action'),
    ACTIONS.map((a) => el('option', { value: a, selected: a === filters.action }, a.replace(/_/g, ' '))));
  const since = el('input', { type: 'text', id: 'audit-since', value: filters.since, placeholder: 'since YYYY-MM-DD',
    maxlength: 30, 'aria-label': 'since' });
  const until = el('input', { type: 'text', id: 'audit-until', value: filters.until, placeholder: 'until YYYY-MM-DD',
    maxlength: 30, 'aria-label': 'until' });
  const form = el('form', { id: 'audit-filters', class: 'audit-filters' }, who, action, since, until,
    el('button', { type: 'submit', id: 'audit-filter' }, 'Filter'));
  const go = (offset) => {
    const q = new URLSearchParams();
    if (who.value.trim()) q.set('who', who.value.trim());
    if (action.value) q.set('action', action.value);
    if (since.value.trim()) q.set('since', since.value.trim());
    if (until.value.trim()) q.set('until', until.value.trim());
    if (offset) q.set('offset', String(offset));
    const hash = '#/audit' + (q.toString() ? '?' + q : '');
    if (window.location.hash === hash) reload(); else window.location.hash = hash;
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); go(0); });

  const rows = page.items.map((a) => {
    const undo = el('button', { type: 'button', class: 'undo-button', 'data-audit-id': a.id,
      disabled: a.undoneBy !== null && a.undoneBy !== undefined }, 'Undo');
    undo.addEventListener('click', async () => {
      undo.disabled = true;
      status.textContent = 'Undoing entry ' + a.id + '…';
      status.classList.remove('error');
      try {
        const done = await send('POST', '/audit/' + a.id + '/undo', {});
        status.textContent = 'Entry ' + a.id + ' undone by entry ' + done.id;
        await reload();
      } catch (err) {
        status.textContent = err.message;
        status.classList.add('error');
        undo.disabled = false;
      }
    });
    const target = a.targetType === 'claim'
      ? [el('span', { class: 'audit-target-label' }, a.targetLabel || 'claim'), ' ',
        el('code', { class: 'audit-target-id' }, a.targetId)]
      : ['merge ', el('code', { class: 'audit-target-id' }, a.targetId)];
    return el('tr', { class: 'audit-entry', 'data-audit-id': a.id, 'data-action': a.action,
      'data-target-id': a.targetId, 'data-undone-by': a.undoneBy === null ? '' : a.undoneBy },
      el('td', { class: 'audit-id' }, String(a.id)),
      el('td', { class: 'audit-when' }, a.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')),
      el('td', { class: 'audit-who' }, a.who),
      el('td', { class: 'audit-action' }, a.action.replace(/_/g, ' '), a.undoes ? ' (undoes #' + a.undoes + ')' : ''),
      el('td', { class: 'audit-target' }, target),
      el('td', { class: 'audit-change' },
        el('span', { class: 'audit-before' }, brief(a.before)), ' → ', el('span', { class: 'audit-after' }, brief(a.after))),
      el('td', { class: 'audit-note' }, a.note || ''),
      el('td', null, a.undoneBy ? el('span', { class: 'hint' }, 'undone by #' + a.undoneBy + ' ') : null, undo));
  });
  const prev = el('button', { type: 'button', id: 'audit-prev', disabled: page.offset === 0 }, '← Newer');
  const next = el('button', { type: 'button', id: 'audit-next', disabled: page.offset + page.items.length >= page.total },
    'Older →');
  prev.addEventListener('click', () => go(Math.max(0, page.offset - PAGE)));
  next.addEventListener('click', () => go(page.offset + PAGE));

  clear(root).appendChild(append(el('article', { id: 'audit', class: 'audit' }), [
    el('h1', null, 'Audit log'),
    form,
    status,
    page.items.length === 0 ? el('p', { class: 'hint', id: 'audit-empty' }, 'No changes recorded.')
      : el('table', { id: 'audit-table', class: 'audit-table' },
        el('thead', null, el('tr', null, ['#', 'When (UTC)', 'Who', 'Action', 'Target', 'Before → after', 'Note', '']
          .map((h) => el('th', null, h)))),
        el('tbody', null, rows)),
    el('div', { class: 'pager' }, prev, next)]));
}
