// The coordination register's part of the JSON API: public reads, and the writes a coordinator makes with a token.
import { ApiError, apiUrl, getJson } from './api.js';

const ALL = { size: 500 };

export function listMeetings(params = {}) {
  return getJson('/meetings', { ...ALL, ...params });
}

export function listStatements(params = {}) {
  return getJson('/liaison-statements', { ...ALL, ...params });
}

export function listQuestions(params = {}) {
  return getJson('/coordination-questions', { ...ALL, ...params });
}

/** Participation as the token holder (if any) may see it: entries hidden by the inclusion policy are absent otherwise. */
export function listParticipation(params = {}, token = '') {
  return send('GET', apiUrl('/participation', { ...ALL, ...params }), undefined, token);
}

export function listGroups() {
  return getJson('/groups', {});
}

/** A write with the coordinator's token; answers the parsed body (null for 204). */
export function write(method, path, body, token) {
  return send(method, apiUrl(path), body, token);
}

async function send(method, url, body, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // not a problem document
    }
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? null : response.json();
}
