import { enCore } from './core.js';
import { enExplain } from './explain.js';
import { enRfc } from './rfc.js';
import { enProviders } from './providers.js';
import { enStacks } from './stacks.js';
import { enLint } from './lint.js';
import { enCli } from './cli.js';
import { enHelp } from './help.js';
import { enProbe } from './probe.js';
import { enWizard } from './wizard.js';
import { enCi } from './ci.js';
import { enServe } from './serve.js';
import { enNotes } from './notes.js';
import { enAuthLive } from './auth-live.js';
import { enTransport } from './transport.js';
import { enOAuth } from './oauth.js';
import { enReasons } from './reasons.js';
import { enMonitor } from './monitor.js';
import { enProxy } from './proxy.js';

/** The English catalog: every part merged. Each part has a Korean twin in ../ko. */
export const en = {
  ...enCore,
  ...enExplain,
  ...enRfc,
  ...enProviders,
  ...enStacks,
  ...enLint,
  ...enCli,
  ...enHelp,
  ...enProbe,
  ...enWizard,
  ...enCi,
  ...enServe,
  ...enNotes,
  ...enAuthLive,
  ...enTransport,
  ...enOAuth,
  ...enReasons,
  ...enMonitor,
  ...enProxy,
} as const;

export type MessageKey = keyof typeof en;
