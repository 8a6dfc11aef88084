// The login form and the logged-in user in the header. The session cookie is HttpOnly: this code never sees it;
// it shows the user and role from GET /api/v1/session and keeps the upload control usable only for analysts and
// admins.
import { login, logout, onSessionChange, session, can } from './api.js';

export function setupAuth() {
  const form = document.getElementById('login-form');
  const name = document.getElementById('login-name');
  const password = document.getElementById('login-password');
  const submit = document.getElementById('login-submit');
  const error = document.getElementById('login-error');
  const account = document.getElementById('account');
  const whoami = document.getElementById('whoami');
  const logoutButton = document.getElementById('logout');
  const uploadInput = document.getElementById('upload-input');
  const uploadLabel = document.getElementById('upload-label');

  function show(s) {
    const loggedIn = !!s.user;
    form.hidden = loggedIn;
    account.hidden = !loggedIn;
    whoami.textContent = loggedIn ? s.user + ' (' + s.role + ')' : '';
    document.body.dataset.role = loggedIn ? s.role : 'anonymous';
    const mayUpload = can('analyst');
    uploadInput.disabled = !mayUpload;
    uploadLabel.classList.toggle('disabled', !mayUpload);
    uploadLabel.title = mayUpload ? 'Upload documents to ingest them'
      : 'Log in as an analyst or admin to upload documents';
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      await login(name.value.trim(), password.value);
      password.value = '';
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  logoutButton.addEventListener('click', async () => {
    logoutButton.disabled = true;
    try {
      await logout();
    } catch (err) {
      whoami.textContent = 'logout failed: ' + err.message;
    } finally {
      logoutButton.disabled = false;
    }
  });
  onSessionChange(show);
  show(session());
}
