import { startLoopback } from './loopback-server.js';

const MIB = 1024 * 1024;

/**
 * A loopback server whose answer is `size` bytes of 'a', written 1 MiB at a time as the client reads them
 * (never buffered whole); with `declareLength` false it is sent chunked. `written()` counts the bytes it wrote
 * (all answers together) before the client went away.
 */
export async function startStreamingBodyServer(size: number, options: { declareLength?: boolean } = {}) {
  let written = 0;
  const server = await startLoopback((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', ...(options.declareLength ? { 'Content-Length': String(size) } : {}) });
    const chunk = Buffer.alloc(MIB, 0x61);
    let stopped = false;
    let sent = 0;
    res.on('close', () => { stopped = true; });
    const pump = () => {
      while (!stopped && sent < size) {
        const part = Math.min(MIB, size - sent);
        sent += part;
        written += part;
        if (!res.write(part === MIB ? chunk : chunk.subarray(0, part))) return void res.once('drain', pump);
      }
      if (!stopped) res.end();
    };
    pump();
  });
  return { ...server, written: () => written };
}
