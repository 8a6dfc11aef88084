// Upload: files dropped anywhere on the page, or chosen with the Upload button, are sent one by one to
// POST /api/v1/documents; each shows its progress and then its result; failures stay listed. Only analysts and
// admins may upload (the server refuses others); for anyone else the control is disabled.
import { upload, can } from './api.js';
import { el } from './dom.js';

export function setupUpload(onDone) {
  const panel = document.getElementById('uploads');
  const list = document.getElementById('upload-list');
  const input = document.getElementById('upload-input');
  const overlay = document.getElementById('drop-overlay');
  let queue = Promise.resolve();

  function send(files) {
    if (!files || files.length === 0) return;
    panel.hidden = false;
    if (!can('analyst')) {
      list.appendChild(el('li', { class: 'upload-item failed' },
        el('span', { class: 'upload-msg' }, '✗ log in as an analyst or admin to upload documents')));
      return;
    }
    for (const file of files) {
      const bar = el('progress', { max: 1, value: 0 });
      const msg = el('span', { class: 'upload-msg' }, 'waiting');
      const item = el('li', { class: 'upload-item' }, el('strong', null, file.name), ' ', bar, ' ', msg);
      list.appendChild(item);
      queue = queue.then(async () => {
        msg.textContent = 'uploading';
        try {
          const r = await upload(file, (f) => { bar.value = f; });
          bar.value = 1;
          const res = r.results[0];
          item.classList.add(res.ok ? 'ok' : 'failed');
          msg.textContent = (res.ok ? '✓ ' : '✗ ') + res.message;
        } catch (err) {
          item.classList.add('failed');
          msg.textContent = '✗ ' + err.message;
        }
      });
    }
    queue = queue.then(() => onDone());
  }

  input.addEventListener('change', () => {
    send([...input.files]);
    input.value = '';
  });
  let depth = 0;
  document.addEventListener('dragenter', (e) => { e.preventDefault(); depth++; overlay.hidden = !can('analyst'); });
  document.addEventListener('dragleave', () => { depth = Math.max(0, depth - 1); if (depth === 0) overlay.hidden = true; });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    send([...(e.dataTransfer ? e.dataTransfer.files : [])]);
  });
}
