// Calls to /api/v1. Errors come back as {error, status}; they are thrown as ApiError.
//
// Authentication: the server sets the HttpOnly session cookie fg_session at login; the browser sends it by itself
// (same origin). Every request that changes something (any method but GET) must also carry the session's CSRF
// token in the X-CSRF-Token header: send()/post()/put()/patch()/del() and upload() add it. The token comes from
// login() and from refreshSession() (GET /api/v1/session); it lives only in this module's memory.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const ANONYMOUS = Object.freeze({ user: null, role: null, csrf: null, via: null, readsNeedLogin: false });
const RANK = { viewer: 1, analyst: 2, admin: 3 };
let current = ANONYMOUS;
const listeners = new Set();

/** The current session: {user, role, csrf, via, readsNeedLogin}; user is null when nobody is logged in. */
export function session() {
  return current;
}

/** True when the logged-in user has at least this role ('viewer', 'analyst' or 'admin'). */
export function can(role) {
  return !!current.user && (RANK[current.role] || 0) >= (RANK[role] || 99);
}

/** Calls fn(session) whenever the session changes (login, logout, expiry); returns a function that stops it. */
export function onSessionChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function setSession(s) {
  const next = s && s.user ? Object.freeze({ ...ANONYMOUS, ...s })
    : Object.freeze({ ...ANONYMOUS, readsNeedLogin: !!(s && s.readsNeedLogin) });
  const changed = next.user !== current.user || next.role !== current.role || next.csrf !== current.csrf
    || next.readsNeedLogin !== current.readsNeedLogin;
  current = next;
  if (changed) {
    for (const fn of [...listeners]) {
      try { fn(current); } catch (e) { /* one listener's failure must not stop the others */ }
    }
  }
}

async function parse(res) {
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, body && body.error ? body.error : 'HTTP ' + res.status);
  }
  return body;
}

export async function get(path, params) {
  const url = new URL('/api/v1' + path, window.location.origin);
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
    }
  }
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  return parse(res);
}

/**
 * Sends a change: method (POST, PUT, PATCH, DELETE) to /api/v1 + path with an optional JSON body, the session's
 * X-CSRF-Token header and the cookie. Resolves with the JSON answer; throws ApiError (401 not logged in, 403 role
 * too low or CSRF token missing, …). A 401 means the session is gone: the session state is reset.
 */
export async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (current.csrf) headers['X-CSRF-Token'] = current.csrf;
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(new URL('/api/v1' + path, window.location.origin), init);
  if (res.status === 401 && path !== '/session' && current.user) setSession(null);
  return parse(res);
}

export const post = (path, body) => send('POST', path, body === undefined ? {} : body);
export const put = (path, body) => send('PUT', path, body === undefined ? {} : body);
export const patch = (path, body) => send('PATCH', path, body === undefined ? {} : body);
export const del = (path) => send('DELETE', path);

/** Asks the server who is logged in (and for the CSRF token); updates the session state. */
export async function refreshSession() {
  const s = await get('/session');
  setSession(s);
  return current;
}

/** Logs in; resolves with the new session or throws ApiError (401 wrong name or password, 429 too many tries). */
export async function login(name, password) {
  const s = await send('POST', '/session', { name, password });
  setSession(s);
  return current;
}

/** Logs out (ends the session on the server and clears the cookie). */
export async function logout() {
  try {
    const s = await send('DELETE', '/session');
    setSession(s);
  } catch (e) {
    setSession({ readsNeedLogin: current.readsNeedLogin });
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
  }
  return current;
}

/** Uploads one file; onProgress gets a fraction in [0, 1]. Resolves with the server's UploadResults. */
export function upload(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/documents');
    xhr.responseType = 'json';
    if (current.csrf) xhr.setRequestHeader('X-CSRF-Token', current.csrf);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      const body = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else reject(new ApiError(xhr.status, body && body.error ? body.error : 'HTTP ' + xhr.status));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'network error')));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
