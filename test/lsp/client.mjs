// A minimal LSP client over stdio (or node IPC) for protocol tests and benchmarks: starts the bundled server,
// frames JSON-RPC, answers the server's requests as a plain editor would, and records what it sends.
import { fork, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// the environment and flags the extension starts the server with
const { NODE_ARGS, PROCESS_ENV } = createRequire(import.meta.url)(
  join(dirname(fileURLToPath(import.meta.url)), '../../server/out/launch.js'),
);
const { unpackSummary } = createRequire(import.meta.url)(
  join(dirname(fileURLToPath(import.meta.url)), '../../server/out/protocol.js'),
);

export class LspClient {
  /** `ipc`: over node IPC, VS Code's transport (`--node-ipc`), rather than stdio. */
  constructor(serverPath, { cwd, configuration = null, env, nodeArgs = [], ipc = false, folders = [] } = {}) {
    const options = { cwd, env: { ...(env ?? process.env), ...PROCESS_ENV } };
    this.ipc = ipc;
    this.child = ipc
      ? fork(serverPath, ['--node-ipc'], {
          ...options,
          execArgv: [...NODE_ARGS, ...nodeArgs],
          stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
        })
      : spawn(process.execPath, [...NODE_ARGS, ...nodeArgs, serverPath, '--stdio'], {
          ...options,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
    this.configuration = configuration;
    /** Workspace folders after the root given to `initialize`. */
    this.folders = folders;
    this.buf = Buffer.alloc(0);
    this.chunks = [];
    this.held = 0; // bytes in chunks
    this.needed = 0; // bytes still missing from the message being received
    this.nextId = 1;
    this.pending = new Map();
    this.diagnostics = new Map();
    this.progress = [];
    this.notifications = [];
    this.stderr = '';
    this.listeners = new Set();
    this.child.stderr.on('data', (d) => {
      this.stderr += d;
    });
    if (ipc) this.child.on('message', (m) => this.onMessage(m));
    else this.child.stdout.on('data', (d) => this.onData(d));
    this.exited = new Promise((r) => this.child.on('exit', (code) => r(code)));
    this.child.stdin.on('error', () => undefined); // writing to a server that exited (hostile tests)
  }

  onData(d) {
    // Chunks are joined only once a whole message has arrived: joining on every chunk is quadratic in a
    // large answer's size (a 100 MB response took minutes).
    this.chunks.push(d);
    this.held += d.length;
    if (this.needed > this.held) return;
    this.buf = Buffer.concat([this.buf, ...this.chunks]);
    this.chunks = [];
    this.held = 0;
    this.needed = 0;
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, head).toString());
      const len = Number(m[1]);
      if (this.buf.length < head + 4 + len) {
        this.needed = head + 4 + len - this.buf.length;
        return;
      }
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(head + 4 + len);
      this.onMessage(msg);
    }
  }

  onMessage(msg) {
    if (msg.id != null && msg.method == null) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p)
        msg.error
          ? p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }))
          : p.resolve(msg.result);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
      this.diagnosticsCount = (this.diagnosticsCount ?? 0) + 1;
    } else if (msg.method === '$/progress') this.progress.push(msg.params.value);
    else this.notifications.push(msg); // notifications and requests alike (window/showMessageRequest, …)
    if (msg.id != null) {
      let result = null;
      if (msg.method === 'workspace/configuration') result = msg.params.items.map(() => this.configuration);
      this.send({ id: msg.id, result });
    }
    for (const l of this.listeners) l(msg);
  }

  send(msg) {
    // (a server that exited has no channel: hostile tests write to one)
    if (this.ipc) return void (this.child.connected && this.child.send({ jsonrpc: '2.0', ...msg }));
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /**
   * Runs `fn`, the messages it sends before it returns (not those it sends later) written to the server in one
   * write, as messages that come together reach it (small ones in one read); what `fn` returns. (Over IPC each
   * is sent as it is made, in the same tick.)
   */
  together(fn) {
    if (this.ipc) return fn();
    const { stdin } = this.child;
    const parts = [];
    const write = stdin.write;
    stdin.write = (data) => parts.push(Buffer.from(data));
    try {
      return fn();
    } finally {
      stdin.write = write;
      stdin.write(Buffer.concat(parts));
    }
  }

  /** The articles `crosscheck/summary` lists, by their labels, sorted. */
  async articleLabels() {
    return (await this.summary()).articles.map((x) => x.label).sort();
  }

  /** The warnings the server logged (or showed, with `window/showMessageRequest`), their messages. */
  warnings(method = 'window/logMessage') {
    return this.notifications.filter((n) => n.method === method && n.params.type === 2).map((n) => n.params.message);
  }

  /** The last `crosscheck/status` the server sent (its params). */
  status() {
    return this.notifications.filter((n) => n.method === 'crosscheck/status').at(-1)?.params;
  }

  /** `crosscheck/summary`, its findings unpacked as the extension unpacks them. */
  async summary(params = null, timeout = 30000) {
    return unpackSummary(await this.request('crosscheck/summary', params, timeout));
  }

  /** Waits until no diagnostics have arrived for a while (the server has settled). */
  async settled(quietMs = 700, limitMs = 30000) {
    const end = Date.now() + limitMs;
    let last = -1;
    while (Date.now() < end) {
      const seen = this.diagnosticsCount;
      if (seen === last) return;
      last = seen;
      await new Promise((r) => setTimeout(r, quietMs));
    }
    throw new Error('the server did not settle');
  }

  request(method, params, timeout = 30000) {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeout} ms`));
      }, timeout);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  /** Resolves when `cond()` holds: now, or once a message from the server has been handled. */
  until(cond, timeout = 30000) {
    return this.waitFor(cond, { timeout, now: cond });
  }

  /** Resolves when `test(message)` holds for a message from the server (or already holds via `now`). */
  waitFor(test, { timeout = 30000, now } = {}) {
    if (now?.()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(l);
        reject(new Error('timed out waiting for the server'));
      }, timeout);
      const l = (msg) => {
        if (test(msg) || now?.()) {
          clearTimeout(timer);
          this.listeners.delete(l);
          resolve();
        }
      };
      this.listeners.add(l);
    });
  }

  async initialize(root, capabilities = {}) {
    const uri = pathToFileURL(root).href;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [root, ...this.folders].map((f) => ({ uri: pathToFileURL(f).href, name: basename(f) })),
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        window: { workDoneProgress: true },
        ...capabilities,
      },
    });
    this.notify('initialized', {});
    return result;
  }

  /** Waits until indexing has ended and every given file has had a diagnostics report. */
  async indexed(uris, timeout = 120000) {
    // the files still waiting, dropped as their reports come (not all of them scanned at every message: a
    // benchmark's 10,000 files would cost the client seconds an editor does not spend)
    const waiting = new Set(uris.filter((u) => !this.diagnostics.has(u)));
    const done = () => this.progress.some((p) => p.kind === 'end') && waiting.size === 0;
    const test = (m) => {
      if (m.method === 'textDocument/publishDiagnostics') waiting.delete(m.params.uri);
      return done();
    };
    await this.waitFor(test, { timeout, now: done });
  }

  async close() {
    await this.request('shutdown', null, 5000).catch(() => undefined);
    this.notify('exit', null);
    const timer = setTimeout(() => this.child.kill(), 2000);
    await this.exited;
    clearTimeout(timer);
  }
}
