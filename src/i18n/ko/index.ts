import type { MessageKey } from '../en/index.js';
import { koCore } from './core.js';
import { koExplain } from './explain.js';
import { koRfc } from './rfc.js';
import { koProviders } from './providers.js';
import { koStacks } from './stacks.js';
import { koLint } from './lint.js';
import { koCli } from './cli.js';
import { koHelp } from './help.js';
import { koProbe } from './probe.js';
import { koWizard } from './wizard.js';
import { koCi } from './ci.js';
import { koServe } from './serve.js';
import { koNotes } from './notes.js';
import { koAuthLive } from './auth-live.js';
import { koTransport } from './transport.js';
import { koOAuth } from './oauth.js';
import { koReasons } from './reasons.js';
import { koMonitor } from './monitor.js';
import { koProxy } from './proxy.js';

/** The Korean catalog: the same keys as the English one (the compiler and a test check). */
export const ko: Record<MessageKey, string> = {
  ...koCore,
  ...koExplain,
  ...koRfc,
  ...koProviders,
  ...koStacks,
  ...koLint,
  ...koCli,
  ...koHelp,
  ...koProbe,
  ...koWizard,
  ...koCi,
  ...koServe,
  ...koNotes,
  ...koAuthLive,
  ...koTransport,
  ...koOAuth,
  ...koReasons,
  ...koMonitor,
  ...koProxy,
};
