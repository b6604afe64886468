import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../lib/log/redact.js';

describe('redactUrl', () => {
  it('masks secret query values and keeps the rest byte for byte', () => {
    expect(redactUrl('http://127.0.0.1:8080/v1/AUTH_a/c/o?temp_url_sig=abc123&temp_url_expires=1700000000&inline'))
      .toBe('http://127.0.0.1:8080/v1/AUTH_a/c/o?temp_url_sig=***&temp_url_expires=1700000000&inline');
    expect(redactUrl('http://h/x?Token=t1&password=p%20w&access_token=a&X-Amz-Signature=s&name=a+b&limit=10#frag'))
      .toBe('http://h/x?Token=***&password=***&access_token=***&X-Amz-Signature=***&name=a+b&limit=10#frag');
  });

  it('drops the password of a userinfo, even one holding @ or :', () => {
    expect(redactUrl('https://admin:s3cr@t:x@keystone.example:5000/v3?x=1')).toBe('https://admin@keystone.example:5000/v3?x=1');
    expect(redactUrl(new URL('http://u:pw@127.0.0.1/'))).toBe('http://u@127.0.0.1/');
    expect(redactUrl('http://user@127.0.0.1/a@b')).toBe('http://user@127.0.0.1/a@b');
  });

  it('returns a URL without secrets unchanged, keystoneclient\'s bare "?" included', () => {
    for (const u of ['http://127.0.0.1:5001/v3/projects?', 'http://127.0.0.1/v2.1/servers/detail?limit=1&marker=abc', '/relative/path?q=1']) {
      expect(redactUrl(u)).toBe(u);
    }
  });
});
