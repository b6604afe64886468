import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Unauthorized } from '../../lib/errors/http-errors.js';
import { fromResponse } from '../../lib/errors/from-response.js';
import { hashSecret } from '../../lib/log/redact.js';
import { send, startLoopback, type Loopback } from '../log/loopback.js';

const fernet = 'gAAAAABnQ2mZ' + 'x7Kq-3vJ_pLr9sT0uW1yZ2aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6aB7cD8eF9gH0iJ1kL2mN3oP4qR5sT6uV7wX8yZ9';
const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsImV4cCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJlLWJ5dGVz';

let server: Loopback;

beforeAll(async () => {
  // A badly behaved service: echoes the token into its message and its headers.
  server = await startLoopback((req, res) => {
    const token = String(req.headers['x-auth-token']);
    res.writeHead(401, { 'content-type': 'application/json', 'x-subject-token': token, 'www-authenticate': 'Keystone uri="http://127.0.0.1/v3"' });
    res.end(JSON.stringify({ error: { code: 401, title: 'Unauthorized', message: `Token ${token} is not valid` } }));
  });
});
afterAll(() => server.close());

describe('an HTTP error never carries a token', () => {
  it.each([['fernet', fernet], ['jwt', jwt]])('%s token echoed by the server', async (_kind, token) => {
    const url = `${server.url}/v3/projects?token=${token}&limit=1`;
    const res = await send(url, { headers: { 'X-Auth-Token': token } });
    const err = fromResponse({ status: res.status, headers: res.headers, body: JSON.parse(res.rawBody.toString()), method: 'GET', url });

    expect(err).toBeInstanceOf(Unauthorized);
    for (const text of [err.message, err.serverMessage ?? '', err.url, JSON.stringify(err), String(err.stack), JSON.stringify(err.headers)]) {
      expect(text).not.toContain(token);
    }
    expect(err.serverMessage).toBe(`Token ${hashSecret(token)} is not valid`);
    expect(err.url).toBe(`${server.url}/v3/projects?token=***&limit=1`);
    expect(err.headers['x-subject-token']).toBe(hashSecret(token));
    expect(err.headers['www-authenticate']).toBe('Keystone uri="http://127.0.0.1/v3"');
  });

  it('drops a password from the URL userinfo', () => {
    const err = fromResponse({ status: 404, headers: {}, body: undefined, method: 'GET', url: 'http://admin:s3cr3t@127.0.0.1:1/v3' });
    expect(err.message).not.toContain('s3cr3t');
    expect(err.url).toBe('http://admin@127.0.0.1:1/v3');
  });
});
