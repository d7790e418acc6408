/**
 * smtp-doctor's own words follow --lang, through the built binary against real listeners:
 * transcript notes and evidence are data translated at the sink, so `--lang ko` shows Korean
 * notes and evidence (server replies, codes and library messages stay as they are) and no
 * English note text; the same flows in English still show English.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceItem, Note } from '../src/core/types.js';
import { en, ko } from '../src/i18n/index.js';
import { noteText } from '../src/i18n/notes.js';
import { evidenceText } from '../src/render/evidence.js';
import { createTestPki, type TestPki } from './helpers/certs.js';
import { startClosedPort, startRawServer, type RawServer } from './helpers/raw-server.js';
import { startSmtpServer, type RunningServer } from './helpers/smtp-servers.js';
import { runBin } from './support/bin.js';

const PASSWORD = 'Correct-Horse-9';
const HANGUL = /[\uac00-\ud7a3]/;

interface JsonLine {
  dir: string;
  text: string;
  line: string;
  note?: Note;
}
interface JsonReport {
  transcript: JsonLine[];
  diagnoses: Array<{ category: string; evidence: string; evidenceItems: EvidenceItem[] }>;
}

let pki: TestPki;
let dir: string;
const servers: Array<{ close(): Promise<void> }> = [];
let implicit: RunningServer;
let starttls: RunningServer;
let expired: RunningServer;
let silent: RawServer;
let closed: number;

beforeAll(async () => {
  pki = await createTestPki();
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-notes-'));
  implicit = await startSmtpServer({ personality: 'implicit-tls' });
  starttls = await startSmtpServer({ personality: 'starttls-auth' });
  expired = await startSmtpServer({ personality: 'starttls-auth', cert: pki.expired });
  silent = await startRawServer({ script: [], silent: true });
  closed = await startClosedPort();
  servers.push(implicit, starttls, expired, silent);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Literal parts of a catalog template (placeholders removed) long enough to be recognised. */
function fragments(template: string, min: number): string[] {
  return template
    .split(/\{\w+\}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= min);
}

/** Every English sentence fragment of the notes, modes, outcomes and hint words: none may show in Korean output. */
const ENGLISH_NOTE_WORDS = Object.entries(en)
  .filter(([k]) => /^(note\.|note-mode\.|outcome\.|hint\.combo|evidence\.)/.test(k) && k !== 'note.local-ca')
  .flatMap(([, v]) => fragments(v, 8))
  .filter((f) => !Object.values(ko).some((v) => v.includes(f)));

/** Every other English catalog sentence fragment that the Korean catalog does not share. */
const ENGLISH_SENTENCES = Object.values(en)
  .flatMap((v) => fragments(v, 16))
  .filter((f) => / \S+ /.test(f) && !Object.values(ko).some((v) => v.includes(f)));

interface Flow {
  ko: string;
  md: string;
  junit: string;
  json: JsonReport;
  english: string;
}

async function flow(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Flow> {
  const md = join(dir, `${name}.md`);
  const xml = join(dir, `${name}.xml`);
  const base = ['check', '--host', '127.0.0.1', '--tls-servername', 'localhost', ...args];
  const [human, json, english] = await Promise.all([
    runBin([...base, '--lang', 'ko', '--transcript', '--report', md, '--junit', xml], { env }),
    runBin([...base, '--lang', 'ko', '--json'], { env }),
    runBin([...base, '--lang', 'en', '--transcript'], { env }),
  ]);
  return {
    ko: human.stdout + human.stderr,
    md: readFileSync(md, 'utf8'),
    junit: readFileSync(xml, 'utf8'),
    json: JSON.parse(json.stdout) as JsonReport,
    english: english.stdout + english.stderr,
  };
}

/** Notes whose parameters differ from run to run (the message each run sends). */
const VOLATILE = new Set(['message-summary']);
const notesOf = (r: JsonReport): Note[] => r.transcript.filter((l) => l.dir === 'note').map((l) => l.note!);
const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The assertions every flow shares; returns the note kinds seen. */
function assertLanguages(f: Flow): string[] {
  const notes = notesOf(f.json);
  for (const [i, l] of f.json.transcript.filter((x) => x.dir === 'note').entries()) {
    const n = notes[i]!;
    // JSON keeps the typed note, the English text (schemaVersion 1) and the display line in --lang.
    expect(l.text).toBe(noteText('en', n));
    expect(l.line).toBe(`=== ${noteText('ko', n)}`);
    expect(noteText('ko', n)).toMatch(HANGUL);
    if (VOLATILE.has(n.kind)) {
      // Each run sends its own message: the parameters differ, the sentence does not.
      for (const part of fragments(ko[`note.${n.kind}`], 4)) expect(f.ko).toContain(part);
      for (const part of fragments(en[`note.${n.kind}`], 4)) expect(f.english).toContain(part);
      continue;
    }
    for (const out of [f.ko, f.md]) {
      expect(out).toContain(`=== ${noteText('ko', n)}`);
      expect(out).not.toContain(noteText('en', n));
    }
    expect(f.junit).toContain(xmlEscape(`=== ${noteText('ko', n)}`));
    expect(f.junit).not.toContain(xmlEscape(noteText('en', n)));
    // The English run shows the same kind of note in English.
    for (const part of fragments(en[`note.${n.kind}`], 4)) expect(f.english).toContain(part);
  }
  for (const d of f.json.diagnoses) {
    const koEvidence = evidenceText('ko', d.evidenceItems);
    expect(d.evidence).toBe(koEvidence);
    expect(f.ko).toContain(koEvidence);
    expect(f.junit).toContain(xmlEscape(koEvidence));
    const enEvidence = evidenceText('en', d.evidenceItems);
    expect(f.english).toContain(enEvidence);
    if (enEvidence !== koEvidence) {
      expect(f.ko).not.toContain(enEvidence);
      expect(f.md).not.toContain(enEvidence);
    }
  }
  for (const out of [f.ko, f.md, f.junit]) {
    for (const words of ENGLISH_NOTE_WORDS) expect(out, words).not.toContain(words);
  }
  for (const words of ENGLISH_SENTENCES) expect(f.ko, words).not.toContain(words);
  // Every line smtp-doctor writes as a note, in the terminal, is Korean; in English, none is.
  for (const line of f.ko.split('\n').filter((x) => x.startsWith('=== '))) expect(line).toMatch(HANGUL);
  for (const line of f.english.split('\n').filter((x) => x.startsWith('=== '))) expect(line).not.toMatch(HANGUL);
  return notes.map((n) => n.kind);
}

/** Port, and trust in the test CA. */
const at = (port: number): string[] => ['--port', String(port), '--ca', pki.caFile];

describe('--lang ko: notes and evidence in Korean, through the binary', () => {
  it('plaintext client on an implicit-TLS port (mode mismatch, one direction)', async () => {
    const f = await flow('expects-tls', [...at(implicit.port), '--security', 'starttls', '--timeout', '2']);
    expect(f.json.diagnoses[0]?.category).toBe('TLS_MODE_MISMATCH');
    const kinds = ['greeting-timeout', 'mode-confirming', 'mode-tls-established', 'mode-works'];
    expect(assertLanguages(f)).toEqual(expect.arrayContaining(kinds));
    expect(f.ko).toContain(`=== ${implicit.port}번 포트는 암묵적 TLS로 동작합니다`);
    expect(f.english).toContain(`=== port ${implicit.port} works with implicit TLS`);
    expect(f.ko).toContain(`${implicit.port} 암묵적 TLS`); // the working-combinations hint
  });

  it('TLS client on a STARTTLS port (mode mismatch, the other direction)', async () => {
    const f = await flow('expects-plain', [...at(starttls.port), '--security', 'tls', '--timeout', '3']);
    expect(f.json.diagnoses[0]?.category).toBe('TLS_MODE_MISMATCH');
    const kinds = ['tls-starting', 'tls-handshake-failed', 'mode-confirming', 'mode-works'];
    expect(assertLanguages(f)).toEqual(expect.arrayContaining(kinds));
    const works = `=== ${starttls.port}번 포트는 평문 SMTP \\+ STARTTLS로 동작합니다`;
    expect(f.ko).toMatch(new RegExp(`근거: +=== TLS 핸드셰이크에 실패했습니다: .*wrong version number.* \\| ${works}`, 'i'));
    expect(f.english).toMatch(/Evidence: +=== TLS handshake failed: .*wrong version number/i);
  });

  it('a greeting that never comes', async () => {
    const args = [...at(silent.port), '--security', 'starttls', '--timeout', '1', '--no-probe'];
    const f = await flow('greeting-timeout', args);
    expect(f.json.diagnoses[0]?.category).toBe('CONNECTION_TIMEOUT');
    const kinds = ['connected', 'greeting-timeout', 'mode-confirming', 'mode-other-fails'];
    expect(assertLanguages(f)).toEqual(expect.arrayContaining(kinds));
    expect(f.ko).toMatch(/근거: +=== 1초 안에 인사말이 오지 않았습니다/);
    expect(f.english).toMatch(/Evidence: +=== no greeting within 1 s/);
  });

  it('an expired certificate', async () => {
    const f = await flow('cert', [...at(expired.port), '--timeout', '3']);
    expect(f.json.diagnoses[0]?.category).toBe('CERT_EXPIRED');
    expect(assertLanguages(f)).toEqual(expect.arrayContaining(['tls-established', 'certificate']));
    expect(f.ko).toMatch(/근거: +=== 인증서: .*; 만료됨/);
    expect(f.english).toMatch(/Evidence: +=== certificate: .*; expired/);
  });

  it('a wrong password: the server reply is the evidence in both languages', async () => {
    const args = [...at(starttls.port), '--user', 'me@example.com', '--password-env', 'PW', '--timeout', '3'];
    const f = await flow('auth', args, { PW: 'Wrong-Horse-1' });
    expect(f.json.diagnoses[0]?.category).toBe('WRONG_CREDENTIALS');
    assertLanguages(f);
    expect(f.ko).toMatch(/근거: +<~ {2}535 /);
  });

  it('a server that stops answering at MAIL FROM: smtp-doctor\'s own timeout message is Korean too', async () => {
    const mute = await startRawServer({
      script: [{ send: '220 mute.example ESMTP\r\n' }, { expect: /^EHLO/ }, { send: '250 mute.example\r\n' }],
    });
    servers.push(mute);
    const f = await flow('mute', ['--port', String(mute.port), '--security', 'none', '--to', 'a@example.com', '--from', 'b@example.com', '--no-data', '--timeout', '2']);
    const items = f.json.diagnoses[0]?.evidenceItems ?? [];
    expect(items.some((i) => 'failure' in i && i.failure.detail?.kind === 'no-reply')).toBe(true);
    assertLanguages(f);
    expect(f.ko).toMatch(/ETIMEDOUT: 2000ms 안에 응답이 없었습니다/);
    expect(f.ko).not.toMatch(/No reply within/i);
    expect(f.english).toMatch(/ETIMEDOUT: no reply within 2000 ms/);
  });

  it('a refused port', async () => {
    const f = await flow('refused', ['--port', String(closed), '--timeout', '2']);
    expect(f.json.diagnoses[0]?.category).toBe('CONNECTION_REFUSED');
    assertLanguages(f);
    expect(f.ko).toContain('근거:      127.0.0.1: 거부됨 (ECONNREFUSED)');
    expect(f.ko).not.toContain('refused (ECONNREFUSED)');
    expect(f.english).toContain('127.0.0.1: refused (ECONNREFUSED)');
  });

  it('a healthy check with a test message, and one with --no-data', async () => {
    const args = [...at(starttls.port), '--user', 'me@example.com', '--password-env', 'PW'];
    const send = [...args, '--from', 'me@example.com', '--to', 'you@example.com', '--timeout', '5'];
    const env = { PW: PASSWORD };
    const [sent, dry] = await Promise.all([flow('healthy', send, env), flow('no-data', [...send, '--no-data'], env)]);
    expect(sent.json.diagnoses).toEqual([]);
    const kinds = ['connected', 'tls-established', 'certificate', 'message-summary'];
    expect(assertLanguages(sent)).toEqual(expect.arrayContaining(kinds));
    expect(sent.ko).toMatch(/=== 인증서: .*; 신뢰함/);
    expect(sent.ko).toMatch(/=== 메시지 본문: \d+바이트, Message-ID <[^>]+> \(본문은 표시하지 않습니다\)/u);
    expect(sent.english).toMatch(/=== message body: \d+ bytes, Message-ID <[^>]+> \(body not shown\)/);
    expect(assertLanguages(dry)).toContain('no-data-reset');
    expect(dry.english).toContain(`=== ${en['note.no-data-reset']}`);
    expect(dry.english).toContain('=== --no-data: stopped after RCPT TO and reset the transaction');
  });
});
