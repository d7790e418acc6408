import { PARTICLE_AFTER, particleFor } from './particles.js';

type Params = Record<string, string | number>;

/**
 * Neutral rendering (explain: no host, port or reply known). A value nobody knows is left out
 * where the sentence does without it - a quoted reply after a colon, a parenthesised code -
 * shown as <name> inside a command (`smtp-doctor probe <host>`), else replaced by a neutral word.
 */
function dropUnknown(template: string, params: Params): string {
  const unknown = (name: string): boolean => !(name in params);
  return template
    .replace(/`[^`]*`/g, (span) => span.replace(/\{(\w+)\}/g, (m, n: string) => (unknown(n) ? `<${n}>` : m)))
    .replace(/:\s*"\{(\w+)\}"/g, (m, n: string) => (unknown(n) ? '' : m))
    .replace(/\s?\("?\{(\w+)\}"?\)/g, (m, n: string) => (unknown(n) ? '' : m));
}

/** Fill a template; in Korean, a particle right after a placeholder takes the form the value needs. */
export function fill(
  lang: string,
  template: string,
  params: Params,
  neutralWord?: (name: string) => string | undefined,
): string {
  const src = neutralWord ? dropUnknown(template, params) : template;
  let out = '';
  let last = 0;
  const re = /\{(\w+)\}/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const name = m[1]!;
    const value = name in params ? String(params[name]) : neutralWord?.(name);
    out += src.slice(last, m.index);
    last = m.index + m[0].length;
    if (value === undefined) {
      out += m[0];
      continue;
    }
    out += value;
    // A closing quote may stand between the placeholder and its particle: "{servername}"이라는.
    const quote = src[last] === '"' ? '"' : '';
    const particle = lang === 'ko' ? PARTICLE_AFTER.exec(src.slice(last + quote.length)) : null;
    if (particle) {
      out += quote + particleFor(value, particle[1]!);
      last += quote.length + particle[0].length;
      re.lastIndex = last;
    }
  }
  return out + src.slice(last);
}
