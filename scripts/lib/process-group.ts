import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Prints a child's pino JSON lines as `[service] level message {details}`, anything else as is. */
function relay(name: string, stream: NodeJS.ReadableStream | null): void {
  let buffer = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const { level, msg, time: _t, pid: _p, hostname: _h, service: _s, name: _n, ...rest } = JSON.parse(line) as Record<string, unknown>;
        const details = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
        console.log(`[${name}] ${LEVELS[level as number] ?? level} ${String(msg)}${details}`);
      } catch {
        if (line.trim()) console.log(`[${name}] ${line}`);
      }
    }
  });
}

/**
 * The hub's services as child processes of one command (`npm start`, `npm run bench`): started
 * with tsx from the sources, logs relayed with the service's name, all stopped together.
 */
export class ProcessGroup {
  private readonly children: ChildProcess[] = [];
  /** Each launched process's id by name (for the bench's CPU split). */
  readonly pids = new Map<string, number>();
  private stopping = false;

  /** Called when a child exits on its own (not through `stopAll`). */
  onUnexpectedExit: (name: string, code: number | null) => void = () => {};

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  launch(name: string, entry: string, extraEnv: NodeJS.ProcessEnv = {}, options: { quiet?: boolean; args?: readonly string[]; nodeFlags?: readonly string[] } = {}): ChildProcess {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', join(root, entry), ...(options.args ?? [])], {
      cwd: root,
      env: { ...this.env, ...extraEnv },
      stdio: ['ignore', options.quiet ? 'ignore' : 'pipe', 'pipe'],
    });
    relay(name, child.stdout);
    relay(name, child.stderr);
    child.on('exit', (code) => {
      if (!this.stopping) this.onUnexpectedExit(name, code);
    });
    this.children.push(child);
    if (child.pid !== undefined) this.pids.set(name, child.pid);
    return child;
  }

  async waitForHealth(name: string, url: string, timeoutMs = 120_000, init?: RequestInit): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !this.stopping) {
      try {
        if ((await fetch(url, init)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${name} did not become healthy at ${url}`);
  }

  /** SIGTERM to every child, SIGKILL to any still running after 10 s. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  }
}
