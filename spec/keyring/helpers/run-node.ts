import { spawn } from 'node:child_process';

export interface NodeRun { code: number | null; stdout: string; stderr: string; ms: number }

/** Runs `node script ...args` with `env` (not merged), killing it after `killAfterMs`. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, killAfterMs = 15_000): Promise<NodeRun> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
