/**
 * Strict readers of the two monitoring formats, written from their specifications (not from our
 * renderers), so a test can tell a well-formed document from one that merely looks right:
 * - Prometheus text exposition format 0.0.4 (the grammar of prometheus/docs "Exposition formats"),
 * - a Nagios plugin status line with performance data (monitoring-plugins development guidelines).
 * Each throws an Error that says which line broke which rule.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  help: Map<string, string>;
  type: Map<string, string>;
  samples: Sample[];
}

const METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const FLOAT = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?Inf|NaN)$/;

function parseFloatGo(s: string, where: string): number {
  if (!FLOAT.test(s)) throw new Error(`${where}: "${s}" is not a float`);
  return s === 'NaN' ? NaN : /Inf$/.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : Number(s);
}

/** `{a="x",b="y\"z"}` from position i (at "{"): the labels and the position after "}". */
function parseLabels(line: string, i: number, where: string): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  i++;
  while (line[i] !== '}') {
    const eq = line.indexOf('=', i);
    if (eq < 0) throw new Error(`${where}: label without "="`);
    const name = line.slice(i, eq);
    if (!LABEL.test(name) || name.startsWith('__')) throw new Error(`${where}: bad label name "${name}"`);
    if (name in labels) throw new Error(`${where}: label "${name}" twice`);
    if (line[eq + 1] !== '"') throw new Error(`${where}: label value not quoted`);
    let v = '';
    let j = eq + 2;
    for (;;) {
      const c = line[j];
      if (c === undefined) throw new Error(`${where}: unterminated label value`);
      if (c === '"') break;
      if (c === '\\') {
        const n = line[j + 1];
        if (n === '\\') v += '\\';
        else if (n === '"') v += '"';
        else if (n === 'n') v += '\n';
        else throw new Error(`${where}: bad escape "\\${n ?? ''}" in a label value`);
        j += 2;
      } else {
        v += c;
        j++;
      }
    }
    labels[name] = v;
    i = j + 1;
    if (line[i] === ',') i++;
    else if (line[i] !== '}') throw new Error(`${where}: expected "," or "}" after a label`);
  }
  return { labels, end: i + 1 };
}

/** Parse a whole exposition; checks the grammar, HELP/TYPE once per metric and before its samples, one group each. */
export function parseExposition(text: string, opts: { timestamps?: boolean } = {}): Exposition {
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a line feed');
  const out: Exposition = { help: new Map(), type: new Map(), samples: [] };
  const done = new Set<string>();
  const series = new Set<string>();
  let current: string | undefined;
  const enter = (name: string, where: string): void => {
    if (name === current) return;
    if (done.has(name)) throw new Error(`${where}: the lines of ${name} are not one group`);
    if (current) done.add(current);
    current = name;
  };
  text.slice(0, -1).split('\n').forEach((line, n) => {
    const where = `line ${n + 1}`;
    if (line === '') throw new Error(`${where}: empty line`);
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      const [, kind, name = '', rest = ''] = meta;
      if (!METRIC.test(name)) throw new Error(`${where}: bad metric name "${name}"`);
      enter(name, where);
      const map = kind === 'HELP' ? out.help : out.type;
      if (map.has(name)) throw new Error(`${where}: second ${kind} for ${name}`);
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`${where}: bad type "${rest}"`);
        if (out.samples.some((s) => s.name === name)) throw new Error(`${where}: TYPE after samples of ${name}`);
      } else if (/\\(?![\\n])/.test(rest)) throw new Error(`${where}: bad escape in HELP`);
      map.set(name, rest.replace(/\\(\\|n)/g, (_m, c: string) => (c === 'n' ? '\n' : '\\')));
      return;
    }
    if (line.startsWith('#')) return; // a comment
    const nameEnd = line.search(/[{ ]/);
    const name = line.slice(0, nameEnd);
    if (nameEnd < 0 || !METRIC.test(name)) throw new Error(`${where}: bad sample "${line}"`);
    let labels: Record<string, string> = {};
    let i = nameEnd;
    if (line[i] === '{') ({ labels, end: i } = parseLabels(line, i, where));
    if (line[i] !== ' ') throw new Error(`${where}: expected a space before the value`);
    const fields = line.slice(i + 1).split(' ');
    if (fields.length > 2 || (fields.length === 2 && !opts.timestamps)) throw new Error(`${where}: extra fields`);
    if (fields[1] !== undefined && !/^-?\d+$/.test(fields[1])) throw new Error(`${where}: bad timestamp`);
    enter(name, where);
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (series.has(key)) throw new Error(`${where}: duplicate series ${key}`);
    series.add(key);
    out.samples.push({ name, labels, value: parseFloatGo(fields[0]!, where) });
  });
  return out;
}

export interface PerfDatum {
  label: string;
  value: number;
  uom: string;
  warn?: string;
  crit?: string;
  min?: string;
  max?: string;
}

export interface PluginLine {
  state: 'OK' | 'WARNING' | 'CRITICAL' | 'UNKNOWN';
  text: string;
  perf: PerfDatum[];
}

const UOM = /^(?:s|ms|us|%|B|KB|MB|TB|c)?$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const THRESHOLD = /^@?(?:~|-?\d+(?:\.\d+)?)?:?(?:-?\d+(?:\.\d+)?)?$/;

/** One plugin output line: `SMTP <STATE> - <text>[ | <perfdata>]`, one line, no trailing spaces. */
export function parsePluginLine(out: string): PluginLine {
  if (!out.endsWith('\n') || out.slice(0, -1).includes('\n')) throw new Error('not exactly one line');
  const line = out.slice(0, -1);
  if (/\s$/.test(line)) throw new Error('trailing whitespace');
  const m = /^SMTP (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]+?)(?: \| (.+))?$/.exec(line);
  if (!m) throw new Error(`not a plugin status line: ${line}`);
  const perf: PerfDatum[] = [];
  const tokens = m[3]?.match(/(?:'(?:[^']|'')+'|[^ '=]+)=\S+/g) ?? [];
  if (m[3] !== undefined && tokens.join(' ') !== m[3]) throw new Error(`perfdata not made of label=value items: ${m[3]}`);
  for (const tok of tokens) {
    const eq = tok.lastIndexOf('=');
    const rawLabel = tok.slice(0, eq);
    const label = rawLabel.startsWith("'") ? rawLabel.slice(1, -1).replace(/''/g, "'") : rawLabel;
    const [vu = '', warn, crit, min, max, ...extra] = tok.slice(eq + 1).split(';');
    if (extra.length) throw new Error(`${tok}: more than five fields`);
    const v = /^(-?\d+(?:\.\d+)?)(.*)$/.exec(vu);
    if (!v || !UOM.test(v[2]!)) throw new Error(`${tok}: bad value or unit of measure`);
    for (const th of [warn, crit]) if (th !== undefined && !THRESHOLD.test(th)) throw new Error(`${tok}: bad threshold`);
    for (const b of [min, max]) if (b !== undefined && b !== '' && !NUMBER.test(b)) throw new Error(`${tok}: bad min/max`);
    perf.push({ label, value: Number(v[1]), uom: v[2]!, warn, crit, min, max });
  }
  return { state: m[1] as PluginLine['state'], text: m[2]!, perf };
}

/**
 * Whether a value alerts against a threshold range of the monitoring-plugins guidelines ("Threshold and ranges"):
 * `[@]start:end`, start 0 when left out, `~` for minus infinity, end infinity when left out after a colon; a value
 * outside start..end (inclusive) alerts, or inside it with a leading `@`. `10` alerts under 0 or over 10, `10:`
 * under 10, `~:10` over 10, `@10:20` from 10 to 20. An empty threshold never alerts.
 */
export function rangeAlerts(range: string, value: number): boolean {
  if (range === '') return false;
  const m = /^(@)?(?:(~|-?\d+(?:\.\d+)?)?(:))?(-?\d+(?:\.\d+)?)?$/.exec(range);
  if (!m || !/\d/.test(range)) throw new Error(`"${range}" is not a threshold range`);
  const [, at, start, colon, end] = m;
  const lo = colon === undefined ? 0 : start === undefined ? 0 : start === '~' ? -Infinity : Number(start);
  const hi = end === undefined ? Infinity : Number(end);
  if (lo > hi) throw new Error(`"${range}": start is above end`);
  const inside = value >= lo && value <= hi;
  return at ? inside : !inside;
}
