// Talks to the Harbinger API: adds the bearer token when one is saved, and turns error answers into Errors that
// carry the server's message and the field at fault.
const TOKEN_KEY = 'harbinger.token';

export function token() { return localStorage.getItem(TOKEN_KEY) || ''; }
export function setToken(t) { if (t) localStorage.setItem(TOKEN_KEY, t); else localStorage.removeItem(TOKEN_KEY); }

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? (body.field ? body.field + ': ' : '') + body.message : 'HTTP ' + status);
    this.status = status;
    this.field = body ? body.field : null;
  }
}

/** GET or POST a JSON API path; params (an object) become the query string, empty values left out. */
export async function api(path, params = {}, init = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = path + (q.toString() ? '?' + q : '');
  const headers = Object.assign({'Accept': 'application/json'}, init.headers || {});
  if (token()) headers['Authorization'] = 'Bearer ' + token();
  const res = await fetch(url, Object.assign({}, init, {headers}));
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export function post(path, payload) {
  return api(path, {}, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(payload)});
}
