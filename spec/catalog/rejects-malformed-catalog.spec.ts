import { describe, expect, it } from 'vitest';
import { parseV2Catalog, parseV3Catalog } from '../../lib/catalog/index.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';

describe('a catalog in the wrong shape', () => {
  it('is an InvalidResponse naming the request and what is wrong', () => {
    const source = { method: 'POST', url: 'http://127.0.0.1:5000/v3/auth/tokens' };
    expect(() => parseV3Catalog({ not: 'a list' }, source)).toThrow(InvalidResponse);
    expect(() => parseV3Catalog([{ type: 'compute', endpoints: 'nope' }], source))
      .toThrow(/POST http:\/\/127\.0\.0\.1:5000\/v3\/auth\/tokens .*catalog\[0\]\.endpoints is not a list/);
    expect(() => parseV2Catalog([{ name: 'no type' }], source)).toThrow(/serviceCatalog\[0\] has no service type/);
  });
});
