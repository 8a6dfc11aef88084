// "Add a claim" on an entity profile: an analyst states a manual claim about this entity (the subject), citing a
// stored document (chosen from the documents that already speak of the entity, or pasted by id) or a web page (URL,
// optional Admiralty grade), with the quote that says so. POST /api/v1/claims; the claim is stored accepted, and
// onChange() then draws the profile again so its facts (and the network) include it. Errors show in #claim-status.
// Anonymous visitors and viewers do not see the form (style.css hides .claim-add for them; the server refuses them).
import { get, send } from './api.js';
import { el, clear, entityHref, relationLabel } from './dom.js';

// The relation vocabulary (org.factiongraph.model.Relation), in its order; the second value: takes an object.
const RELATIONS = [
  ['member_of', true], ['merged_into', true], ['split_from', true], ['allied_with', true], ['fought', true],
  ['pledged_allegiance_to', true], ['defected_to', true], ['supported_by', true], ['renamed_to', true],
  ['led_by', true], ['founded', false], ['dissolved', false], ['operates_in', true], ['ideology', true],
];
const TAKES_OBJECT = new Map(RELATIONS);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const GRADE = /^[A-Fa-f][1-6]$/;

// The documents cited by this entity's facts, by id, for the document chooser.
function citedDocuments(facts) {
  const out = new Map();
  for (const f of facts) {
    for (const ev of [...(f.evidence || []), ...(f.negatingEvidence || [])]) {
      if (ev.documentId && !out.has(ev.documentId)) out.set(ev.documentId, ev.documentName || ev.documentId);
    }
  }
  return [...out.entries()].sort((a, b) => a[1].localeCompare(b[1]));
}

export function claimSection(e, facts, onChange) {
  const status = el('p', { id: 'claim-status', class: 'hint', role: 'status' });
  const relation = el('select', { id: 'claim-relation', 'aria-label': 'relation' },
    RELATIONS.map(([r]) => el('option', { value: r }, relationLabel(r))));

  // the other side: an entity found by name (GET /search), or literal text (an ideology, say)
  let chosen = null;
  const query = el('input', { type: 'search', id: 'claim-object-query', placeholder: 'the other entity, by name',
    maxlength: 200, autocomplete: 'off', 'aria-label': 'other entity' });
  const find = el('button', { type: 'button', id: 'claim-object-find' }, 'Find');
  const literal = el('input', { type: 'checkbox', id: 'claim-object-literal' });
  const choices = el('ul', { id: 'claim-object-choices', class: 'claim-object-choices' });
  const chosenLabel = el('span', { id: 'claim-object-chosen', class: 'hint' }, 'No entity chosen.');
  const choose = (h) => {
    chosen = h;
    for (const b of choices.querySelectorAll('.claim-object-choice')) {
      b.classList.toggle('chosen', b.dataset.entityId === (h && h.id));
    }
    chosenLabel.textContent = h ? 'Chosen: ' + h.canonicalName + ' (' + h.id + ')' : 'No entity chosen.';
  };
  const search = async () => {
    const q = query.value.trim();
    clear(choices);
    choose(null);
    if (!q || literal.checked) return;
    try {
      const r = await get('/search', { q, limit: 10 });
      const hits = r.entities.filter((h) => h.id !== e.id);
      if (hits.length === 0) choices.appendChild(el('li', { class: 'hint' }, 'No other entity has that name.'));
      for (const h of hits) {
        const b = el('button', { type: 'button', class: 'claim-object-choice', 'data-entity-id': h.id },
          h.canonicalName + ' (' + relationLabel(h.kind) + ')');
        b.addEventListener('click', () => choose(h));
        choices.appendChild(el('li', null, b, ' ', el('a', { href: entityHref(h.id) }, h.id)));
      }
    } catch (err) {
      choices.appendChild(el('li', { class: 'error' }, err.message));
    }
  };
  find.addEventListener('click', search);
  query.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') { ev.preventDefault(); search(); }
  });
  literal.addEventListener('change', () => {
    clear(choices);
    choose(null);
    query.placeholder = literal.checked ? 'the literal text, e.g. Salafism' : 'the other entity, by name';
  });
  const objectBox = el('fieldset', { id: 'claim-object', class: 'claim-object' },
    el('legend', null, 'Other side'),
    query, ' ', find, ' ', el('label', null, literal, ' literal text, not an entity'),
    choices, chosenLabel);
  relation.addEventListener('change', () => {
    objectBox.hidden = !TAKES_OBJECT.get(relation.value);
    if (relation.value === 'ideology' && !literal.checked) {
      literal.checked = true;
      literal.dispatchEvent(new Event('change'));
    }
  });

  const date = (id, label) => el('input', { type: 'text', id, placeholder: 'YYYY[-MM[-DD]]', maxlength: 10,
    'aria-label': label, class: 'claim-date' });
  const start = date('claim-start', 'from');
  const end = date('claim-end', 'until');
  const at = date('claim-at', 'at');
  const negated = el('input', { type: 'checkbox', id: 'claim-negated' });
  const quote = el('textarea', { id: 'claim-quote', rows: 3, maxlength: 5000, 'aria-label': 'quote',
    placeholder: 'the passage that states the claim' });

  const docs = citedDocuments(facts);
  const documentList = el('datalist', { id: 'claim-document-list' },
    docs.map(([id, name]) => el('option', { value: id, label: name }, name)));
  const documentInput = el('input', { type: 'text', id: 'claim-document', list: 'claim-document-list',
    maxlength: 300, autocomplete: 'off', 'aria-label': 'stored document id',
    placeholder: docs.length ? 'choose a document or paste an id' : 'paste a stored document id' });
  const url = el('input', { type: 'url', id: 'claim-url', maxlength: 2000, placeholder: 'https://…',
    'aria-label': 'web page URL' });
  const grade = el('input', { type: 'text', id: 'claim-grade', maxlength: 2, placeholder: 'B2',
    'aria-label': 'Admiralty grade of the page', class: 'claim-grade' });
  const note = el('input', { type: 'text', id: 'claim-note', maxlength: 2000, placeholder: 'why (optional)',
    'aria-label': 'note' });
  const submit = el('button', { type: 'submit', id: 'claim-submit' }, 'Add claim');

  const form = el('form', { id: 'claim-form', class: 'claim-form', novalidate: true },
    el('label', null, 'Relation ', relation),
    objectBox,
    el('div', { class: 'claim-dates' }, el('label', null, 'From ', start), el('label', null, 'Until ', end),
      el('label', null, 'At ', at), el('label', null, negated, ' the source says it did not happen')),
    el('label', { class: 'claim-quote' }, 'Quote ', quote),
    el('fieldset', { class: 'claim-source' }, el('legend', null, 'Source: a stored document or a web page'),
      el('label', null, 'Document ', documentInput), documentList,
      el('span', { class: 'hint' }, ' or '),
      el('label', null, 'URL ', url), el('label', null, 'Grade ', grade)),
    el('label', null, 'Note ', note),
    submit, status);

  const fail = (message) => {
    status.textContent = message;
    status.classList.add('error');
    delete status.dataset.claimId;
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    status.classList.remove('error');
    const rel = relation.value;
    const body = { subject: e.id, relation: rel };
    if (TAKES_OBJECT.get(rel)) {
      if (literal.checked) {
        if (!query.value.trim()) { fail('Give the literal text of the other side.'); return; }
        body.object = query.value.trim();
        body.objectLiteral = true;
      } else {
        if (!chosen) { fail('Find the other entity and choose it from the results.'); return; }
        body.object = chosen.id;
      }
    }
    for (const [input, name] of [[start, 'start'], [end, 'end'], [at, 'at']]) {
      const v = input.value.trim();
      if (!v) continue;
      if (!DATE.test(v)) { fail('The ' + name + ' date must be YYYY, YYYY-MM or YYYY-MM-DD.'); return; }
      body[name] = v;
    }
    if (negated.checked) body.negated = true;
    if (!quote.value.trim()) { fail('Give the quote that states the claim.'); return; }
    body.quote = quote.value.trim();
    const doc = documentInput.value.trim();
    const page = url.value.trim();
    if (!!doc === !!page) { fail('Cite either a stored document or a web page (URL), not both.'); return; }
    if (doc) {
      if (grade.value.trim()) { fail('A stored document keeps its own grade: give a grade only with a URL.'); return; }
      body.documentId = doc;
    } else {
      if (!/^https?:\/\/[^\s/]+/i.test(page)) { fail('The URL must be an http or https address.'); return; }
      body.url = page;
      const g = grade.value.trim();
      if (g) {
        if (!GRADE.test(g)) { fail('The grade must be A-F then 1-6, e.g. B2.'); return; }
        body.grade = g.toUpperCase();
      }
    }
    if (note.value.trim()) body.note = note.value.trim();
    submit.disabled = true;
    status.textContent = 'Saving…';
    try {
      const r = await send('POST', '/claims', body);
      status.textContent = 'Added claim ' + r.claim.id;
      status.dataset.claimId = r.claim.id;
      await onChange();
      // the page was drawn again: say so in the new form's status line
      const again = document.getElementById('claim-status');
      if (again) {
        again.textContent = 'Added claim ' + r.claim.id + ' (accepted; audit entry ' + r.audit.id + ').';
        again.dataset.claimId = r.claim.id;
      }
    } catch (err) {
      fail(err.message);
    } finally {
      submit.disabled = false;
    }
  });
  return el('section', { id: 'add-claim', class: 'claim-add' },
    el('h2', null, 'Add a claim about ' + e.canonicalName), form);
}
