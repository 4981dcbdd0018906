// Debian's Firefox ESR driven through Marionette, the remote protocol built into Firefox (the
// protocol geckodriver speaks to it): playwright-core drives only its own patched Firefox, which we
// never download. Just what the offline page's test needs: a session, navigate, run a script.
// Marionette's framing: `length:json`; a command is [0, id, name, params], a reply [1, id, error,
// result]. Source: Firefox source docs, "Marionette › Protocol".

import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

const FIREFOX = '/usr/bin/firefox-esr';

/** Outside CI a machine without Firefox ESR skips its test; CI must have it (.ci/run). */
export const firefoxAvailable = fs.existsSync(FIREFOX);

export interface Firefox {
  /** Runs `script` as an async function body with `args`; resolves to what it returns. */
  run<T>(script: string, args?: unknown[], timeoutMs?: number): Promise<T>;
  navigate(url: string): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function connect(port: number, deadline: number): Promise<net.Socket> {
  for (;;) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.once('connect', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Starts a headless Firefox ESR with a fresh profile and opens a Marionette session. */
export async function launchFirefox(): Promise<Firefox> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-firefox-'));
  // No first-run pages, no update or telemetry traffic; Marionette on our port.
  const prefs = {
    'marionette.port': port,
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.download.useDownloadDir': true,
  };
  fs.writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--marionette', '--no-remote', '--profile', profile],
    {
      stdio: 'ignore',
      env: { ...process.env, MOZ_HEADLESS: '1' },
    },
  );
  const socket = await connect(port, Date.now() + 60_000);

  let buffer = Buffer.alloc(0);
  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('data', (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) continue; // the greeting
      const [, id, error, result] = message as [number, number, { message?: string } | null, unknown];
      const pending = waiting.get(id);
      waiting.delete(id);
      if (error) pending?.reject(new Error(`Marionette: ${error.message ?? JSON.stringify(error)}`));
      else pending?.resolve(result);
    }
  });
  const send = <T>(name: string, params: object): Promise<T> => {
    const text = JSON.stringify([0, ++nextId, name, params]);
    socket.write(`${Buffer.byteLength(text)}:${text}`);
    return new Promise<T>((resolve, reject) =>
      waiting.set(nextId, { resolve: resolve as (v: unknown) => void, reject }),
    );
  };
  await send('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });

  return {
    async run<T>(script: string, args: unknown[] = [], timeoutMs = 60_000): Promise<T> {
      await send('WebDriver:SetTimeouts', { script: timeoutMs });
      // The last argument of an async script is its callback.
      const body = `const done = arguments[arguments.length - 1];
        (async (...args) => { ${script} })(...Array.from(arguments).slice(0, -1))
          .then(done, (e) => done({ scriptError: String(e) }));`;
      const result = await send<{ value: T & { scriptError?: string } }>('WebDriver:ExecuteAsyncScript', {
        script: body,
        args,
      });
      if (result.value && typeof result.value === 'object' && result.value.scriptError)
        throw new Error(result.value.scriptError);
      return result.value;
    },
    async navigate(url) {
      await send('WebDriver:Navigate', { url });
    },
    async close() {
      await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      socket.destroy();
      if (child.exitCode === null) child.kill();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
