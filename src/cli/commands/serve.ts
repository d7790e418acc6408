import { promises as fs, constants as fsConstants } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { ENV_NAME } from '../../core/options.js';
import { t, type Lang } from '../../i18n/index.js';
import { makeChalk } from '../../render/paint.js';
import type { Persona } from '../../sandbox/personas.js';
import type { ConnectionProblem, ReceivedMessage, Refusal } from '../../sandbox/types.js';
import { langOf, useColor, type Io } from '../io.js';
import { parseOAuthUser, startServeOAuth, type ServeOAuth } from './serve-oauth.js';
import { clock, hostPort, isLoopback, listenReason, parseAuthUser, parseListen, parsePort, printable } from './serve-util.js';

/** Flags of `smtp-doctor serve` as commander hands them over. */
export interface ServeFlags {
  listen?: string;
  port?: string;
  tlsPort?: string;
  auth?: string;
  authPasswordEnv?: string;
  requireStarttls?: boolean;
  maildir?: string;
  persona?: string;
  listPersonas?: boolean;
  /** offer only XOAUTH2 / OAUTHBEARER, with tokens from a local token endpoint (./serve-oauth.ts) */
  oauth2?: boolean;
  oauth2Port?: string;
  lang?: string;
  json?: boolean;
  color?: boolean;
}

/** How the command is stopped; by default SIGINT / SIGTERM of this process. */
export interface ServeRuntime {
  signal?: AbortSignal;
}

const DEFAULT_PORT = '2525';
const DEFAULT_TLS_PORT = '2465';
const DEFAULT_PASSWORD_ENV = 'SMTP_PASSWORD';
/** Test knob (undocumented): the tarpit persona's server-side deadline, in seconds. */
const TARPIT_ENV = 'SMTP_DOCTOR_TARPIT_SECONDS';

async function listPersonas(io: Io, lang: Lang, json: boolean): Promise<number> {
  const { PERSONA_NAMES } = await import('../../sandbox/personas.js');
  if (json) {
    const personas = PERSONA_NAMES.map((name) => ({ name, description: t(lang, `serve.persona.${name}`) }));
    io.stdout.write(`${JSON.stringify({ kind: 'personas', schemaVersion: 1, personas })}\n`);
    return EXIT.OK;
  }
  const width = Math.max(...PERSONA_NAMES.map((n) => n.length));
  io.stdout.write(`${t(lang, 'serve.personas-header')}\n`);
  for (const name of PERSONA_NAMES) io.stdout.write(`  ${name.padEnd(width)}  ${t(lang, `serve.persona.${name}`)}\n`);
  return EXIT.OK;
}

async function prepareMaildir(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  const { makeDirs } = await import('../../sandbox/local-ca.js');
  try {
    await makeDirs(abs);
    const st = await fs.stat(abs);
    if (!st.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await fs.access(abs, fsConstants.W_OK);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError('serve.err.maildir', { dir, reason: e.code ?? e.message });
  }
  return abs;
}

/** Resolves when the signal fires (or at once if it already has). */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `serve`: a local SMTP sandbox (plain + STARTTLS and implicit TLS, certificate from the
 * local CA) until SIGINT / SIGTERM. Every message is summarised on one line (and saved with
 * --maildir); --persona makes it fail like a real provider; --json prints one JSON object
 * per event.
 */
export async function runServeCommand(flags: ServeFlags, io: Io, runtime: ServeRuntime = {}): Promise<number> {
  const lang = langOf(io, flags);
  const json = Boolean(flags.json);
  if (flags.listPersonas) return listPersonas(io, lang, json);

  // ---- validate everything before touching the disk or the network
  const [{ isPersonaName, persona: personaOf, PERSONA_NAMES }, { startListener }, { localServerCert, LocalCaError }] = await Promise.all([
    import('../../sandbox/personas.js'),
    import('../../sandbox/server.js'),
    import('../../sandbox/local-ca.js'),
  ]);
  const host = parseListen(flags.listen ?? '127.0.0.1');
  const port = parsePort('--port', flags.port ?? DEFAULT_PORT);
  const tlsPort = parsePort('--tls-port', flags.tlsPort ?? DEFAULT_TLS_PORT);
  if (port !== 0 && port === tlsPort) throw new UsageError('serve.err.same-port', { port });
  let persona: Persona | undefined;
  if (flags.persona !== undefined) {
    if (!isPersonaName(flags.persona)) throw new UsageError('serve.err.unknown-persona', { name: flags.persona, names: PERSONA_NAMES.join(', ') });
    persona = personaOf(flags.persona);
  }
  let auth: { user: string; password: string } | undefined;
  const passwordEnv = flags.authPasswordEnv ?? DEFAULT_PASSWORD_ENV;
  // With --oauth2, --auth names the mailbox the tokens are for; no password is involved.
  const oauthUser = flags.oauth2 ? parseOAuthUser(flags.auth) : undefined;
  const oauthPort = flags.oauth2 ? parsePort('--oauth2-port', flags.oauth2Port ?? '0') : 0;
  if (flags.auth !== undefined && !flags.oauth2) {
    parseAuthUser(flags.auth);
    if (!ENV_NAME.test(passwordEnv)) throw new UsageError('serve.err.bad-env-name', { value: passwordEnv });
    const password = io.env[passwordEnv];
    if (password === undefined || password === '') throw new UsageError('serve.err.password-env-unset', { user: flags.auth, var: passwordEnv });
    auth = { user: flags.auth, password };
  }
  const maildir = flags.maildir !== undefined ? await prepareMaildir(flags.maildir) : undefined;
  const tarpitSeconds = Number(io.env[TARPIT_ENV]);
  const tarpitMs = Number.isFinite(tarpitSeconds) && tarpitSeconds > 0 ? Math.round(tarpitSeconds * 1000) : undefined;

  // ---- output: one line per event, human or JSON
  const c = makeChalk(useColor(io, flags));
  const event = (name: string, data: Record<string, unknown>, human: () => string, stream: 'stdout' | 'stderr' = 'stdout'): void => {
    if (json) io.stdout.write(`${JSON.stringify({ event: name, time: new Date().toISOString(), ...data })}\n`);
    else io[stream].write(`${human()}\n`);
  };
  const fail = (message: string, data: Record<string, unknown>): void => {
    if (json) io.stdout.write(`${JSON.stringify({ event: 'error', time: new Date().toISOString(), message, ...data })}\n`);
    io.stderr.write(`smtp-doctor serve: ${message}\n`);
  };

  // ---- stop on SIGINT / SIGTERM: listen for them before anything is printed, so a signal sent
  // as soon as the 'listening' line appears is never the default "kill" (once: a second Ctrl-C
  // while closing still ends the process).
  let signal = runtime.signal;
  let detach = (): void => undefined;
  if (!signal) {
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    detach = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
    };
    signal = controller.signal;
  }
  try {
    // ---- certificate from the local CA
    const extra = isLoopback(host) || host === '0.0.0.0' || host === '::' ? {} : net.isIP(host) ? { ips: [host] } : { dns: [host] };
    let local;
    try {
      local = await localServerCert(io.env, extra);
    } catch (err) {
      if (err instanceof LocalCaError) {
        fail(t(lang, err.key, err.params), { code: 'LOCAL_CA', detail: err.message });
        return EXIT.INTERNAL;
      }
      throw err;
    }

    // ---- the OAuth 2.0 token endpoint, then the listeners
    let oauth: ServeOAuth | undefined;
    if (oauthUser !== undefined) {
      try {
        oauth = await startServeOAuth(lang, oauthUser, oauthPort);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        fail(t(lang, 'serve.err.listen', { address: hostPort('127.0.0.1', oauthPort), reason: listenReason(lang, e) }), { scope: 'listen', listener: 'oauth2', port: oauthPort, code: e.code ?? null });
        return EXIT.CONNECTION;
      }
    }
    const common = {
      host,
      cert: local.cert,
      ...(auth ? { auth } : {}),
      ...(oauth ? { oauth: { issuer: oauth.server.issuer } } : {}),
      ...(flags.requireStarttls ? { requireStarttls: true } : {}),
      ...(persona ? { persona } : {}),
      ...(maildir ? { maildir } : {}),
      ...(tarpitMs ? { tarpitMs } : {}),
      onMessage: (m: ReceivedMessage) =>
        event('message', { ...m }, () => {
          const line = `${c.dim(clock())} ${c.green(
            t(lang, 'serve.message', {
              from: printable(m.from || '<>', 120),
              to: printable(m.to.join(', '), 300),
              subject: printable(m.subject),
              size: m.size,
            }),
          )}`;
          return m.file ? `${line}; ${t(lang, 'serve.message-saved', { file: m.file })}` : line;
        }),
      onRefused: (r: Refusal) =>
        event('refused', { ...r }, () => {
          const reply = `${r.code} ${printable(r.text, 400)}`;
          const stage = r.stage === 'greeting' ? 'CONNECT' : r.stage === 'mail' ? 'MAIL FROM' : r.stage === 'rcpt' ? 'RCPT TO' : r.stage.toUpperCase();
          const text = r.persona
            ? t(lang, 'serve.refused-persona', { persona: r.persona, stage, ip: r.remoteAddress, reply })
            : t(lang, 'serve.refused', { stage, ip: r.remoteAddress, reply });
          return `${c.dim(clock())} ${c.yellow(text)}`;
        }),
      onProblem: (p: ConnectionProblem) =>
        event('error', { scope: 'connection', ...p }, () => `${c.dim(clock())} ${c.red(t(lang, 'serve.problem', { ip: p.remoteAddress ?? '?', message: printable(p.message, 300) }))}`, 'stderr'),
    };
    const listeners: Array<Awaited<ReturnType<typeof startListener>>> = [];
    const closeAll = (): Promise<unknown> => Promise.all([...listeners.map((l) => l.close()), oauth?.server.close()]);
    for (const [kind, p] of [
      ['smtp', port],
      ['smtps', tlsPort],
    ] as const) {
      try {
        listeners.push(await startListener({ ...common, kind, port: p }));
      } catch (err) {
        await closeAll();
        const e = err as NodeJS.ErrnoException;
        fail(t(lang, 'serve.err.listen', { address: hostPort(host, p), reason: listenReason(lang, e) }), { scope: 'listen', listener: kind, host, port: p, code: e.code ?? null });
        return EXIT.CONNECTION;
      }
    }
    const [smtp, smtps] = listeners as [(typeof listeners)[number], (typeof listeners)[number]];

    // ---- started: say where, and how to trust the certificate
    if (json) {
      const listening = {
        smtp: { host: smtp.host, port: smtp.port },
        smtps: { host: smtps.host, port: smtps.port },
        caFile: local.caFile,
        caCreated: local.created,
        auth: auth ? { user: auth.user, passwordEnv } : null,
        oauth2: oauth ? oauth.json : null,
        requireStarttls: Boolean(flags.requireStarttls),
        maildir: maildir ?? null,
        persona: persona?.name ?? null,
        loopbackOnly: isLoopback(host),
      };
      event('listening', listening, () => '');
    } else {
      const lines = [
        c.bold(t(lang, 'serve.title')),
        `  ${t(lang, 'serve.listen-smtp', { address: c.cyan(hostPort(smtp.host, smtp.port)) })}`,
        `  ${t(lang, 'serve.listen-smtps', { address: c.cyan(hostPort(smtps.host, smtps.port)) })}`,
        ...(local.created ? [`  ${t(lang, 'serve.ca-created', { caFile: local.caFile })}`] : []),
        `  ${t(lang, 'serve.ca', { caFile: local.caFile })}`,
        `  ${t(lang, 'serve.trust', { caFile: local.caFile })}`,
        ...(persona ? [`  ${c.yellow(t(lang, 'serve.persona', { name: persona.name, description: t(lang, `serve.persona.${persona.name}`) }))}`] : []),
        ...(oauth ? oauth.lines(c.cyan).map((l) => `  ${l}`) : []),
        ...(oauth || persona?.auth || persona?.greeting || persona?.tarpit ? [] : [`  ${auth ? t(lang, 'serve.auth-user', { user: auth.user, var: passwordEnv }) : t(lang, 'serve.auth-open')}`]),
        ...(flags.requireStarttls ? [`  ${t(lang, 'serve.starttls-required')}`] : []),
        `  ${maildir ? t(lang, 'serve.maildir', { dir: maildir }) : t(lang, 'serve.no-maildir')}`,
        ...(isLoopback(host) ? [] : [`  ${c.red(t(lang, 'serve.exposed', { address: host }))}`]),
        t(lang, 'serve.ready'),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
    }

    // ---- run until stopped
    await untilAborted(signal);
    if (!json) io.stderr.write(`${t(lang, 'serve.stopping')}\n`);
    await closeAll();
    event('stopped', {}, () => t(lang, 'serve.stopped'), 'stderr');
    return EXIT.OK;
  } finally {
    detach();
  }
}
