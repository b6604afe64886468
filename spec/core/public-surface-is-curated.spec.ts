import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as root from '../../index.js';
import type { CreateServerOptions, InstanceCreateOptions, ProjectCreate, ServerFields } from '../../index.js';
import { ensureBuilt } from '../cli/helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Internals that once leaked through the root barrel; they stay importable inside the package only. */
const INTERNALS = [
  'loadCachedAuth', 'saveAuth', 'forgetAuth', 'resolveStore', 'keyringAccount', 'KEYRING_SERVICE', 'formatCurl', 'formatResponse',
  'createHttpLog', 'createLogger', 'redactHeaders', 'redactBody', 'redactJsonValue', 'phasesFromGot', 'TimingRecorder', 'parseV3Catalog',
  'parseV2Catalog', 'findEndpoint', 'serviceTypeCandidates', 'LOCAL_CLOUD', 'chain', 'fromArgs', 'fromEnv', 'fromCloudsYaml',
  'finalizeConfig', 'defineHidden', 'httpErrorClasses', 'tokenHash', 'parseVersionDocument', 'paginate', 'listAll', 'isRetryable',
  'RetriesExhausted',
];

describe('the public surface', () => {
  beforeAll(ensureBuilt, 200_000);

  it('has what a user constructs, calls and catches, and none of the internals', () => {
    const names = Object.keys(root);
    for (const name of ['HTTPClient', 'BaseClient', 'getClass', 'createClient', 'resolveCloudConfig', 'createSessionFromConfig',
      'V3Password', 'StaticToken', 'FileStore', 'MemoryStore', 'ComputeV2Client', 'Unauthorized', 'UnauthorizedAfterReauth',
      'isClientError', 'isHttpError', 'hashSecret', 'redactUrl', 'VERSION']) {
      expect(names).toContain(name);
    }
    expect(names.filter((name) => INTERNALS.includes(name))).toEqual([]);
  });

  it('names the types of the services\' options and fields, so user code can be typed', () => {
    const create = { name: 'web', flavorRef: '1', imageRef: 'cirros', networks: 'auto' } satisfies CreateServerOptions;
    const project = { name: 'demo', domain: 'default' } satisfies ProjectCreate;
    const instance = { name: 'db', flavor: '1', volume: { size: 1 } } satisfies InstanceCreateOptions;
    const nameOf = (fields: Pick<ServerFields, 'name'>) => fields.name;
    expect([create.networks, project.domain, instance.volume.size, nameOf({ name: 'web' })]).toEqual(['auto', 'default', 1, 'web']);
  });

  it('keeps internals out of reach of other packages: the exports map has only ., ./testing and ./package.json', () => {
    const probe = `
      const tryImport = (s) => import(s).then(() => 'ok', (e) => e.code);
      const out = { root: await tryImport('stackclient'), testing: await tryImport('stackclient/testing'),
        keyring: await tryImport('stackclient/dist/lib/keyring/index.js'), log: await tryImport('stackclient/lib/log/curl.js') };
      console.log(JSON.stringify(out));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ root: 'ok', testing: 'ok', keyring: 'ERR_PACKAGE_PATH_NOT_EXPORTED', log: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  });
});
