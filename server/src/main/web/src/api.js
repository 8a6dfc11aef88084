// Calls to /api/v1. Errors come back as {error, status}; they are thrown as ApiError.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function get(path, params) {
  const url = new URL('/api/v1' + path, window.location.origin);
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
    }
  }
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
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

/**
 * A change: sends `body` (an object, or nothing) as JSON with `method` to /api/v1 + `path`, with the page's
 * credentials, and resolves with the JSON answer; errors are thrown as ApiError. Every non-GET call goes through
 * here, so headers that changes need (authentication, CSRF) are added in one place.
 */
export async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch('/api/v1' + path, init);
  let answer = null;
  try {
    answer = await res.json();
  } catch (e) {
    answer = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, answer && answer.error ? answer.error : 'HTTP ' + res.status);
  }
  return answer;
}

/** Uploads one file; onProgress gets a fraction in [0, 1]. Resolves with the server's UploadResults. */
export function upload(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/documents');
    xhr.responseType = 'json';
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
