// Starts a real VS Code offline: code-server (VS Code 1.100.3 as a server plus its web workbench),
// driven by Debian's Chromium through playwright-core. Everything it starts dies with it.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import type { Browser, Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SERVER_DIR = path.join(REPO_ROOT, 'test', 'vscode-server');
const ENTRY = path.join(SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const SAMPLE_WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
const CHROMIUM = '/usr/bin/chromium';

const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config'];
const REQUIRED_FILES: Record<string, string> = {
  chromium: CHROMIUM,
  ripgrep: '/usr/bin/rg',
  'libkrb5-dev': '/usr/include/krb5.h',
  'pkg-config': '/usr/bin/pkg-config',
};

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
  'git.openRepositoryInParentFolders': 'never',
  'extensions.ignoreRecommendations': true,
};

function log(message: string): void {
  console.log(`[vscode-server] ${message}`);
}

/** Installs the Debian packages the server and browser need when they are missing (as root), or says how. */
export function ensureSystemPackages(): void {
  const missing = DEBIAN_PACKAGES.filter((name) => !fs.existsSync(REQUIRED_FILES[name]));
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`The offline VS Code needs the Debian packages ${missing.join(', ')}. Install them with:\n  sudo apt-get update && sudo ${command}`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  for (const args of [['update', '-qq'], command.split(' ').slice(1)]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}

/**
 * @vscode/ripgrep's install step downloads a binary; it accepts one from its cache folder instead,
 * so Debian's rg is put there first.
 */
function seedRipgrepCache(): void {
  const cache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(archive)) return;
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  fs.mkdirSync(cache, { recursive: true });
  const result = spawnSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`could not seed the ripgrep cache: ${result.stderr}`);
}

/** Installs code-server and playwright-core into test/vscode-server on first use (and after its lock file changes). */
export function ensureServerInstalled(): void {
  ensureSystemPackages();
  const lock = fs.readFileSync(path.join(SERVER_DIR, 'package-lock.json'));
  const stamp = path.join(SERVER_DIR, 'node_modules', `.installed-${crypto.createHash('sha256').update(lock).digest('hex').slice(0, 16)}`);
  if (fs.existsSync(stamp) && fs.existsSync(ENTRY)) return;
  seedRipgrepCache();
  log('installing code-server 4.100.3 and playwright-core into test/vscode-server (first run only, about a minute)');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: SERVER_DIR,
    stdio: 'inherit',
    // code-server's install step refuses to run as root without unsafe-perm; a nested npx must not prompt.
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  if (result.status !== 0) throw new Error(`npm ci in ${SERVER_DIR} failed (exit ${result.status})`);
  fs.writeFileSync(stamp, new Date().toISOString());
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port: number, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

export interface ServerOptions {
  port?: number;
  /**
   * Load the extension as if installed from a .vsix (linked into the extensions folder) instead of as
   * the extension under development; the development host ignores the user's colour theme.
   */
  installed?: boolean;
  workspace?: string;
  env?: Record<string, string>;
  userSettings?: Record<string, unknown>;
}

export interface Server {
  port: number;
  /** The workbench address that loads the extension under development, and a test suite when given. */
  url(testsPath?: string): string;
  stop(): void;
}

const cleanups = new Set<() => void>();
let handlersInstalled = false;

/** Whatever happens (Ctrl-C, an exception, a time-out), started processes and temporary folders go. */
function onExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  if (!handlersInstalled) {
    handlersInstalled = true;
    const runAll = () => cleanups.forEach((fn) => fn());
    process.on('exit', runAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        runAll();
        process.exit(130);
      });
    }
  }
  return () => cleanups.delete(cleanup);
}

export async function startServer(options: ServerOptions = {}): Promise<Server> {
  ensureServerInstalled();
  const port = options.port ?? (await freePort());
  const workspace = options.workspace ?? SAMPLE_WORKSPACE;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-vscode-'));
  const dirs = Object.fromEntries(['user-data', 'extensions', 'config', 'data'].map((name) => [name, path.join(home, name)]));
  Object.values(dirs).forEach((dir) => fs.mkdirSync(dir, { recursive: true }));
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.userSettings }, null, 2));
  if (options.installed) {
    const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    fs.symlinkSync(REPO_ROOT, path.join(dirs.extensions, `${publisher}.${name}-${version}`));
  }
  const logFile = path.join(home, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    '--config', '/dev/null',
    workspace,
  ];
  const server = spawn(process.execPath, args, {
    detached: true, // its own process group, so the whole tree can be ended at once
    stdio: ['ignore', out, out],
    env: { ...process.env, ...options.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, EXTENSIONS_GALLERY: '{}' },
  });
  fs.closeSync(out);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      try {
        process.kill(-server.pid!, signal);
      } catch {
        // already gone
      }
    }
    fs.rmSync(home, { recursive: true, force: true });
    forget();
  };
  const forget = onExit(stop);
  try {
    await waitForHealth(port, server, 30_000);
  } catch (error) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
    stop();
    throw new Error(`${(error as Error).message}\n${tail}`);
  }
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  return {
    port,
    url(testsPath) {
      if (options.installed) return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
      const payload: [string, string][] = [['extensionDevelopmentPath', remote(REPO_ROOT)], ['skipWelcome', 'true']];
      if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
      return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    stop,
  };
}

/** playwright-core lives with code-server in test/vscode-server, outside the extension's dependencies. */
function playwright(): typeof import('playwright-core') {
  return createRequire(path.join(SERVER_DIR, 'package.json'))('playwright-core');
}

export interface Workbench {
  server: Server;
  browser: Browser;
  page: Page;
  /** Resolves with the exit code the workbench reports when an extension test suite finishes. */
  exitCode: Promise<number>;
  close(): Promise<void>;
}

// Workbench start-up chatter that says nothing about the extension under test.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore|Updating additional builtin)/;

export interface WorkbenchOptions extends ServerOptions {
  testsPath?: string;
  /** Receives the extension host's console output (mocha's report). */
  onLog?: (type: string, text: string) => void;
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const server = await startServer(options);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    server.stop();
  };
  try {
    browser = await playwright().chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // The host forwards console calls unformatted; mocha's reporter uses printf-style arguments.
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!NOISE.test(text)) options.onLog?.(type, text);
    });
    log(`server ready on port ${server.port}; opening the workbench`);
    await page.goto(server.url(options.testsPath));
    return { server, browser, page, exitCode, close };
  } catch (error) {
    await close();
    throw error;
  }
}
