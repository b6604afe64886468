#!/usr/bin/env node
import { main } from './main.js';

// `stackclient server list | head`: a closed pipe ends the output quietly, as it does for any Unix tool.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// Everything is closed by now; this only guards against a stray handle (a keyring daemon, a socket) holding the process.
setTimeout(() => process.exit(code), 2000).unref();
