import { EXIT } from '../../core/exit-codes.js';
import { t } from '../../i18n/index.js';
import { langOf, type GlobalFlags, type Io } from '../io.js';

/** `providers`: the presets --provider knows. */
export async function runProvidersCommand(flags: GlobalFlags, io: Io): Promise<number> {
  const lang = langOf(io, flags);
  const { presets } = await import('../../presets/presets.js');
  const list = presets();
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ kind: 'providers', schemaVersion: 1, providers: list }, null, 2)}\n`);
    return EXIT.OK;
  }
  io.stdout.write(`${t(lang, 'preset.list-header')}\n`);
  const width = Math.max(...list.map((p) => p.name.length));
  for (const p of list) {
    const own = p.origin === 'smtp-doctor' ? ` (${t(lang, 'preset.origin-own')})` : '';
    io.stdout.write(`  ${p.name.padEnd(width)}  ${p.host}:${p.port} ${p.security}${own}\n`);
  }
  return EXIT.OK;
}

