import type { Command } from 'commander';
import { hashSecret } from '../../lib/log/redact.js';
import type { CliRuntime } from '../runtime.js';
import { listTable } from '../output/table.js';
import { timingsTable } from '../output/timings.js';
import { authInfo } from './auth-info.js';
import { networksOf } from './server-view.js';
import { action } from './shared.js';

// Nova's api_samples image; the fake Nova, like Nova without Glance checks, boots from any image id.
const SAMPLE_IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const POLL_MS = 250;

/**
 * `stackclient tour` (what `npm start` runs): a short narrated walk on the embedded cloud — authenticate,
 * read the catalog, boot a server and wait for it, a Trove instance, a token revoked server-side and
 * transparently re-issued, then the timings of every request.
 */
export function register(program: Command, cli: CliRuntime): void {
  program.command('tour').description('A short narrated tour on the embedded local cloud').action(action(cli, async () => {
    cli.useLocalCloud();
    const say = (line = '') => cli.io.out(`${line}\n`);
    const started = Date.now();
    const { http, cloud } = await cli.session();
    if (!cloud) throw new Error('the tour needs the embedded cloud');
    say(`stackclient tour, on the embedded cloud at ${cloud.url} (fake Keystone, Nova and Trove)`);

    say('\n1. Authenticate: one POST /v3/auth/tokens with a password; the token is kept by the session');
    const info = await authInfo(http);
    // '{SHA256}' and the first 16 hex digits.
    const hash = hashSecret(info.token ?? '').slice(0, 24);
    say(`   token ${hash}… (shown hashed), expires ${info.expiresAt ?? 'never'}, project ${info.projectId ?? '-'}`);
    say(`   authentications so far: ${cloud.authCount()}`);

    say('\n2. The service catalog that came with the token');
    say(indent(listTable({
      kind: 'list', columns: ['Type', 'Name', 'Public URL'],
      rows: info.catalog.map((s) => [s.type, s.name ?? '', s.endpoints.find((e) => e.interface === 'public')?.url ?? '']),
    })));

    say('\n3. Boot a server and wait for it (compute, microversion 2.1)');
    const compute = await cli.compute();
    const flavor = (await compute.flavors.list())[0];
    const server = await compute.servers.create({ name: 'tour-web', flavorRef: String(flavor?.id ?? '1'), imageRef: SAMPLE_IMAGE });
    const bootStart = Date.now();
    await server.waitFor({ status: 'ACTIVE', interval: POLL_MS, timeout: 30_000, onProgress: progress(cli) });
    say(`${DONE}   server ${server.name} (${server.id}) is ${server.status} after ${seconds(Date.now() - bootStart)}; `
      + `networks ${JSON.stringify(networksOf(server))}`);

    say('\n4. A database instance (Trove v1.0), waited for the same way');
    const db = await cli.database();
    const dbFlavor = (await db.flavors.list())[0];
    const instance = await db.instances.create({
      name: 'tour-db', flavor: String(dbFlavor?.id ?? dbFlavor?.str_id ?? '1'), volume: { size: 1 }, databases: [{ name: 'app' }],
    });
    const dbStart = Date.now();
    await instance.waitFor({ interval: POLL_MS, timeout: 30_000, onProgress: progress(cli) });
    say(`${DONE}   instance ${instance.name} (${instance.id}) is ${instance.status} after ${seconds(Date.now() - dbStart)}; `
      + `datastore ${instance.datastore?.type ?? '?'} ${instance.datastore?.version ?? ''}`);

    say('\n5. The cloud revokes every token; the next call gets 401, re-authenticates once and succeeds');
    const before = cloud.authCount();
    cloud.revokeAllTokens();
    const servers = await compute.servers.list();
    say(`   server list after the revocation: ${servers.length} server(s); authentications ${before} → ${cloud.authCount()}`);

    say('\n6. Cleaning up: the server and the instance are deleted');
    await Promise.all([compute.servers.delete(server.id), db.instances.delete(instance)]);

    say('\n7. Timings of every request of this tour (stackclient --timing prints the same table)');
    say(indent(timingsTable(http.getTimings()).replace(/^\n/, '')));
    say(`\nTour done in ${seconds(Date.now() - started)}. Next: npx stackclient --os-cloud local server list (in this clone), `
      + 'or point --os-cloud at a real cloud.');
  }));
}

const TTY = process.stdout.isTTY === true;
/** Start of a line that replaces the progress line on a terminal. */
const DONE = TTY ? '\r\x1b[K' : '';

/** On a terminal, one line rewritten in place; elsewhere, one line per status change. */
function progress(cli: CliRuntime) {
  let last = '';
  return ({ status, progress: pct }: { status: string; progress?: number }) => {
    const text = `   … ${status}${pct !== undefined ? ` ${pct}%` : ''}`;
    if (TTY) cli.io.out(`\r\x1b[K${text}`);
    else if (status !== last) cli.io.out(`${text}\n`);
    last = status;
  };
}

function indent(text: string): string {
  return text.split('\n').map((l) => `   ${l}`).join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
