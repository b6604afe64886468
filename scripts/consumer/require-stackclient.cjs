// A CommonJS consumer: require() of the ESM package, through the exports map's `default` condition
// (require(esm) needs Node 20.19+ or 22.12+).
'use strict';
const assert = require('node:assert/strict');
const { HTTPClient, V3Password, createClient, VERSION } = require('stackclient');
const { startFakeCloud, createFakeNova } = require('stackclient/testing');

async function main() {
  const cloud = await startFakeCloud({ services: [createFakeNova()] });
  try {
    const http = new HTTPClient({ authPlugin: new V3Password(cloud.passwordAuth()), regionName: 'RegionOne' });
    createClient('compute', '2.1', http);
    const flavors = await http.compute.flavors.list();
    assert.ok(flavors.length > 0);
    console.log(`require('stackclient') ${VERSION}: ${flavors.length} flavors from the fake cloud`);
  } finally {
    await cloud.close();
  }
}
main().catch((err) => { console.error(err); process.exit(1); });
