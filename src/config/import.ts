import { importDjango, looksLikeDjango } from './formats/django.js';
import { importDotenv } from './formats/dotenv.js';
import { importEnv } from './formats/env.js';
import { importJavaMail } from './formats/javamail.js';
import { importNodemailerJson, looksLikeNodemailer } from './formats/nodemailer-json.js';
import { hasSmtpSettings, importRails } from './formats/rails.js';
import { ConfigError, MAX_CONFIG_BYTES } from './formats/shared.js';
import { importSpringProperties } from './formats/spring-properties.js';
import { flattenYaml, hasSpringMail, importSpringYaml } from './formats/spring-yaml.js';
import { importUrl } from './formats/url.js';
import type { ImportedSettings, ImportFormat } from './types.js';

export { ConfigError, importEnv, importUrl, MAX_CONFIG_BYTES };

const EXT: Array<[RegExp, ImportFormat]> = [
  [/\.ya?ml$/i, 'spring-yaml'],
  [/\.properties$/i, 'spring-properties'],
  [/\.py$/i, 'django'],
  [/\.rb$/i, 'rails'],
  [/\.json$/i, 'nodemailer-json'],
  [/(^|[\\/])\.env([.\w-]*)$|\.env$/i, 'dotenv'],
];

function byExtension(path: string | undefined): ImportFormat | undefined {
  return path ? EXT.find(([re]) => re.test(path))?.[1] : undefined;
}

/** NUL bytes, or many control characters / replacement characters: not a text file. */
function isBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, 8192);
  if (!sample.length) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}

const DOTENV_LINE = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]*[ \t]*=/;
const PROP_LINE = (prefix: string): RegExp => new RegExp(`^[ \\t]*${prefix}[\\w.\\-\\[\\]]*[ \\t]*[=:\\s]`, 'm');

/**
 * The format of a configuration text, judged by its content; the file name only breaks ties
 * (e.g. `spring.mail.host: x` reads the same as YAML and as a .properties file).
 */
export function detectFormat(text: string, path?: string): ImportFormat | undefined {
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES || isBinary(text)) return undefined;
  const t = text.replace(/^\uFEFF/, '');
  const trimmed = t.trim();
  if (!trimmed) return undefined;
  const ext = byExtension(path);

  if (/^[{[]/.test(trimmed)) {
    try {
      if (looksLikeNodemailer(JSON.parse(trimmed))) return 'nodemailer-json';
    } catch {
      // Not JSON (a YAML flow mapping, or broken JSON): a .json name still says what it meant.
      if (ext === 'nodemailer-json' && /"(host|auth|secure|service)"\s*:/.test(trimmed)) return 'nodemailer-json';
    }
  }
  if (/^smtps?:\/\/\S+$/i.test(trimmed)) return 'url';
  if (hasSmtpSettings(t)) return 'rails';

  // Spring: `spring:` + `mail:` YAML, or spring.mail.* properties (which may also be YAML with dotted keys).
  const springProps = PROP_LINE('spring\\.mail\\.').test(t);
  const yamlish = /^spring[ \t]*:[ \t]*(#.*)?$/m.test(t) || /^[ \t]*spring\.mail[\w.-]*[ \t]*:[ \t]*(#.*)?$/m.test(t);
  if (yamlish || springProps) {
    const propsStyle = springProps && /^[ \t]*spring\.mail\.[\w.\-[\]]*[ \t]*=/m.test(t);
    if (yamlish && !propsStyle) {
      // `spring:` with an indented `mail:` is Spring YAML even when broken (the import names the error).
      if (/^spring[ \t]*:[ \t]*(#.*)?$/m.test(t) && /^[ \t]+mail[ \t]*:/m.test(t)) return 'spring-yaml';
      try {
        if (hasSpringMail(flattenYaml(t, path))) return 'spring-yaml';
      } catch {
        if (ext === 'spring-yaml') return 'spring-yaml';
      }
    }
    if (springProps) {
      if (!propsStyle && ext === 'spring-yaml') return 'spring-yaml';
      return 'spring-properties';
    }
  }
  if (PROP_LINE('mail\\.smtps?\\.').test(t)) return 'javamail';

  if (looksLikeDjango(t)) {
    // `EMAIL_HOST = 'x'` is also a valid .env line: Python signals decide, then the file name.
    const python =
      /^\s*(import|from)\s+[\w.]+|os\.(environ|getenv)|^\s*(if|elif|else|def|class|try|except)\b.*:\s*$|=\s*(True|False|None)\s*(#.*)?$|\benv(\.\w+)?\(|\bconfig\(|^[ \t]*EMAIL_\w+ = /m.test(t);
    if (python || ext === 'django' || (ext !== 'dotenv' && !mostlyDotenv(t))) return 'django';
  }
  if (mostlyDotenv(t)) return 'dotenv';
  return undefined;
}

/** Most non-comment lines are KEY=VALUE. */
function mostlyDotenv(t: string): boolean {
  const lines = t.split(/\r\n|\n|\r/).filter((l) => l.trim() && !/^\s*#/.test(l));
  if (!lines.length) return false;
  const kv = lines.filter((l) => DOTENV_LINE.test(l)).length;
  return kv > 0 && kv / lines.length >= 0.6;
}

/**
 * Read a configuration file's text. Throws ConfigError (a one-line reason that never quotes the
 * file's values) for text that is too large, binary, broken or not a mail configuration.
 */
export function importText(text: string, opts: { path?: string; format?: ImportFormat; env: NodeJS.ProcessEnv }): ImportedSettings {
  const path = opts.path ?? '<input>';
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_CONFIG_BYTES) throw new ConfigError('config.too-large', { path, size, limit: MAX_CONFIG_BYTES });
  if (isBinary(text)) throw new ConfigError('config.binary', { path });
  const t = text.replace(/^\uFEFF/, '');
  if (!t.trim()) throw new ConfigError('config.empty', { path });
  const format = opts.format ?? detectFormat(t, opts.path);
  if (!format) throw new ConfigError('config.unrecognised', { path });
  let s: ImportedSettings;
  try {
    s = importAs(format, t, opts.path, opts.env);
  } catch (err) {
    // Pathological nesting that still overflows a parser: a reason, not a stack trace.
    if (err instanceof RangeError) throw new ConfigError('config.syntax', { path, format, what: 'nested too deeply' });
    throw err;
  }
  if (Object.keys(s).length === 3 && !s.unknownKeys.length && !s.missingEnv.length) throw new ConfigError('config.no-settings', { path, format });
  return s;
}

function importAs(format: ImportFormat, t: string, file: string | undefined, env: NodeJS.ProcessEnv): ImportedSettings {
  switch (format) {
    case 'dotenv':
      return importDotenv(t, file, env);
    case 'env':
      // KEY=VALUE text read by the process-environment rules: known names only.
      return importDotenv(t, file, env, 'env');
    case 'url':
      return importUrl(t.trim(), env);
    case 'spring-yaml':
      return importSpringYaml(t, file, env);
    case 'spring-properties':
      return importSpringProperties(t, file, env);
    case 'javamail':
      return importJavaMail(t, file, env);
    case 'rails':
      return importRails(t, file, env);
    case 'django':
      return importDjango(t, file, env);
    case 'nodemailer-json':
      return importNodemailerJson(t, file, env);
  }
}
