/**
 * A received message as the sandbox handles it: header values for display (unfolded, RFC 2047
 * decoded), a queue id, and the .eml file it is saved to with its envelope on top.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A header's unfolded value from a message head. */
export function header(raw: string, name: string): string | undefined {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return m?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim();
}

/** RFC 2047 encoded words (=?UTF-8?B?...?= / ?Q?) decoded, for display. Unknown charsets stay as they are. */
export function decodeEncodedWords(s: string): string {
  return s
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (whole, charset: string, enc: string, text: string) => {
      try {
        const cs = charset.split('*')[0]!;
        const bytes =
          enc.toUpperCase() === 'B'
            ? Buffer.from(text, 'base64')
            : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
        return new TextDecoder(cs).decode(bytes);
      } catch {
        return whole;
      }
    });
}

let sequence = 0;

/** A queue id: time-ordered, unique within the process and unguessable across processes. */
export function queueId(): string {
  sequence = (sequence + 1) % 0x1000000;
  return `${Date.now().toString(36)}${sequence.toString(36).padStart(4, '0')}${randomBytes(3).toString('hex')}`.toUpperCase();
}

/** A file name for a message: sortable by time, unique, only [0-9A-Za-z.-]. */
function emlName(id: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${id}.eml`;
}

export async function saveMessage(dir: string, id: string, at: Date, envelope: { from: string; to: string[] }, raw: Buffer): Promise<string> {
  // The envelope is not in the message (Bcc recipients, the bounce address): keep it on top, the
  // way an MTA's local delivery adds Return-Path and Delivered-To.
  const trace = `Return-Path: <${envelope.from}>\r\nX-Smtp-Doctor-Envelope-To: ${envelope.to.join(', ')}\r\n`;
  for (let attempt = 0; ; attempt++) {
    const file = path.join(dir, emlName(attempt === 0 ? id : `${id}-${randomBytes(3).toString('hex')}`, at));
    try {
      await fs.writeFile(file, Buffer.concat([Buffer.from(trace, 'latin1'), raw]), { flag: 'wx', mode: 0o600 });
      return file;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw err;
    }
  }
}
