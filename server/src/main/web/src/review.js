// Review controls for one claim: its review status as a badge and Accept / Reject / Correct buttons. Every button
// carries data-claim-id; a change calls onChange(result) after the server answered, so the caller can redraw.
// Correct opens a small form (relation, dates, negated, note) that posts only the fields the analyst changed.
import { send } from './api.js';
import { el, append, clear, relationLabel } from './dom.js';
import { RELATION_STYLES } from './style.js';

const RELATIONS = Object.keys(RELATION_STYLES).concat(['founded', 'dissolved']);

export function statusBadge(status) {
  return el('span', { class: 'review-badge status-' + status, 'data-status': status }, status);
}

export function reviewControls(ev, onChange) {
  const id = ev.claimId;
  const box = el('div', { class: 'review-controls', 'data-claim-id': id });
  const message = el('span', { class: 'review-message', 'data-claim-id': id, role: 'status' });
  const form = el('div', { class: 'correct-form-slot' });
  const run = async (fn) => {
    for (const b of box.querySelectorAll('button')) b.disabled = true;
    message.textContent = 'Saving…';
    try {
      const result = await fn();
      message.textContent = 'Saved';
      await onChange(result);
    } catch (err) {
      message.textContent = err.message;
      message.classList.add('error');
      for (const b of box.querySelectorAll('button')) b.disabled = false;
    }
  };
  const accept = el('button', { type: 'button', class: 'review-accept', 'data-claim-id': id,
    disabled: ev.reviewStatus === 'accepted' }, 'Accept');
  const reject = el('button', { type: 'button', class: 'review-reject', 'data-claim-id': id,
    disabled: ev.reviewStatus === 'rejected' }, 'Reject');
  const correct = el('button', { type: 'button', class: 'review-correct', 'data-claim-id': id }, 'Correct');
  const note = el('input', { type: 'text', class: 'review-note', 'data-claim-id': id, placeholder: 'note (optional)',
    maxlength: 2000, 'aria-label': 'review note' });
  const body = () => (note.value.trim() ? { note: note.value.trim() } : {});
  accept.addEventListener('click', () => run(() => send('POST', '/claims/' + encodeURIComponent(id) + '/accept', body())));
  reject.addEventListener('click', () => run(() => send('POST', '/claims/' + encodeURIComponent(id) + '/reject', body())));
  correct.addEventListener('click', () => {
    if (form.firstChild) { clear(form); return; }
    form.appendChild(correctForm(ev, (changes) => run(() => send('POST', '/claims/' + encodeURIComponent(id)
      + '/correct', changes))));
  });
  append(box, [statusBadge(ev.reviewStatus), accept, reject, correct, note, message, form]);
  return box;
}

function correctForm(ev, submit) {
  const id = ev.claimId;
  const relation = el('select', { class: 'correct-relation', 'data-claim-id': id },
    el('option', { value: '' }, '(keep relation)'),
    RELATIONS.map((r) => el('option', { value: r }, relationLabel(r))));
  const start = el('input', { type: 'text', class: 'correct-start', 'data-claim-id': id, placeholder: 'YYYY[-MM[-DD]]',
    value: ev.startDate || '', maxlength: 10, 'aria-label': 'start' });
  const end = el('input', { type: 'text', class: 'correct-end', 'data-claim-id': id, placeholder: 'YYYY[-MM[-DD]]',
    value: ev.endDate || '', maxlength: 10, 'aria-label': 'end' });
  const negated = el('input', { type: 'checkbox', class: 'correct-negated', 'data-claim-id': id, checked: !!ev.negated });
  const note = el('input', { type: 'text', class: 'correct-note', 'data-claim-id': id, placeholder: 'why', maxlength: 2000,
    'aria-label': 'note' });
  const save = el('button', { type: 'submit', class: 'correct-save', 'data-claim-id': id }, 'Save correction');
  const form = el('form', { class: 'correct-form', 'data-claim-id': id },
    el('label', null, 'Relation ', relation),
    el('label', null, 'Start ', start),
    el('label', null, 'End ', end),
    el('label', null, negated, ' did not happen'),
    el('label', null, 'Note ', note),
    save);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = {};
    if (relation.value) body.relation = relation.value;
    if (start.value.trim() !== (ev.startDate || '')) body.start = start.value.trim() || null;
    if (end.value.trim() !== (ev.endDate || '')) body.end = end.value.trim() || null;
    if (negated.checked !== !!ev.negated) body.negated = negated.checked;
    if (note.value.trim()) body.note = note.value.trim();
    submit(body);
  });
  return form;
}
