import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's "Testing your code" section shows a spec file that runs in CI; this keeps the two identical.
describe('the README quotes the testing example verbatim', () => {
  it('has the whole of spec/testing/your-own-tests-run-on-the-fake-cloud.spec.ts in a ts code block', () => {
    const root = new URL('../../', import.meta.url);
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const example = readFileSync(new URL('spec/testing/your-own-tests-run-on-the-fake-cloud.spec.ts', root), 'utf8');
    expect(example).toContain("from 'stackclient/testing'");
    expect(readme).toContain('```ts\n' + example + '```\n');
  });
});
