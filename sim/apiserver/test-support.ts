// Helpers for the API server's integration tests: a server over a fresh store, a kubeconfig, kubectl.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createNoFaults, type ManagementClusterFaults } from '../core/management-cluster-faults';
import type { CapiApi } from '../crds/resource-catalog';
import { createMemoryStore, type MemoryStore } from '../store/create-memory-store';
import { startApiServer, type ApiServer } from './start-api-server';
import { writeKubeconfig } from './write-kubeconfig';

const run = promisify(execFile);

export interface RequestInit {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => unknown;
}

export function httpsRequest(server: ApiServer, pathname: string, init: RequestInit = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${server.url}${pathname}`,
      {
        method: init.method ?? 'GET',
        ca: server.caPem,
        headers: {
          authorization: `Bearer ${server.token}`,
          'content-type': 'application/json',
          ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

export interface TestCluster {
  server: ApiServer;
  store: MemoryStore;
  faults: ManagementClusterFaults;
  kubeconfig: string;
  dir: string;
  kubectl: (...args: string[]) => Promise<{ stdout: string; stderr: string; code: number }>;
  /** fetch against the server with the token and CA (JSON unless a content type is given) */
  request: (pathname: string, init?: RequestInit) => Promise<HttpResult>;
  close: () => Promise<void>;
}

export async function startTestCluster(options: { capiApi?: CapiApi; historySize?: number; bookmarkIntervalMs?: number } = {}): Promise<TestCluster> {
  const store = createMemoryStore({ now: () => new Date(), historySize: options.historySize });
  const faults = createNoFaults();
  const server = await startApiServer({ store, faults, capiApi: options.capiApi, bookmarkIntervalMs: options.bookmarkIntervalMs });
  const dir = mkdtempSync(path.join(tmpdir(), 'sim-apiserver-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  writeKubeconfig({ path: kubeconfig, clusters: [{ name: 'mc1', url: server.url, caPem: server.caPem, token: server.token }] });
  return {
    server,
    store,
    faults,
    kubeconfig,
    dir,
    async kubectl(...args) {
      try {
        const { stdout, stderr } = await run('/usr/bin/kubectl', ['--kubeconfig', kubeconfig, '--cache-dir', path.join(dir, 'cache'), ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
        return { stdout, stderr, code: 0 };
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string; code?: number };
        return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: typeof e.code === 'number' ? e.code : 1 };
      }
    },
    request: (pathname, init = {}) => httpsRequest(server, pathname, init),
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OpenWatch {
  events: { type: string; object: Record<string, unknown> }[];
  ended: () => boolean;
  close: () => void;
}

/** Opens a watch over HTTPS and collects its events as they arrive. */
export function openWatch(server: ApiServer, pathname: string, headers: Record<string, string> = {}): OpenWatch {
  const events: OpenWatch['events'] = [];
  let ended = false;
  let buffered = '';
  const req = https.request(`${server.url}${pathname}`, { ca: server.caPem, headers: { authorization: `Bearer ${server.token}`, ...headers } }, (res) => {
    res.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.trim() !== '') events.push(JSON.parse(line) as OpenWatch['events'][number]);
        newline = buffered.indexOf('\n');
      }
    });
    res.on('end', () => (ended = true));
    res.on('error', () => (ended = true));
  });
  req.on('error', () => (ended = true));
  req.end();
  return { events, ended: () => ended, close: () => req.destroy() };
}

/** Waits for a condition with a deadline (no fixed sleeps). */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, options: { timeoutMs?: number; what?: string } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what ?? 'condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
