/**
 * The runner of the walk (src/steps/walk.ts) with tables of its own: steps are uniform, only the
 * runner records, a failure stops the walk except for steps that run after it, every step gets the
 * options capped by what is left of the deadline.
 */
import { describe, expect, it } from 'vitest';
import { systemContext } from '../src/core/context.js';
import { DEFAULT_TIMEOUTS } from '../src/core/options.js';
import { Transcript } from '../src/core/transcript.js';
import type { StepId, StepResult } from '../src/core/types.js';
import type { StepOutcome, WalkStep } from '../src/steps/carry.js';
import type { StepContext } from '../src/steps/context.js';
import { walk } from '../src/steps/walk.js';
import { baseOptions } from './support/run.js';

function env(left: () => number) {
  const ctx = systemContext({});
  const recorded: StepResult[] = [];
  const started: StepId[] = [];
  return {
    recorded,
    started,
    env: {
      ctx,
      transcript: new Transcript({ now: ctx.now }),
      left,
      facts: {},
      record: (r: StepResult) => recorded.push(r),
      stepStart: (id: StepId) => started.push(id),
    },
  };
}

const result = (id: StepId, status: StepResult['status']): StepResult => ({ id, status, ms: 0, facts: {} });
type Run = (sc: StepContext) => Promise<StepOutcome> | StepOutcome;
const step = (id: StepId, run: Run, more: Partial<WalkStep> = {}): WalkStep => ({
  key: id === 'tls' ? 'starttls' : (id as WalkStep['key']),
  id,
  requested: () => true,
  run: async (sc) => run(sc),
  ...more,
});

describe('the walk runner', () => {
  it('records what the steps return, in order; a failure stops the walk but for steps that run after it', async () => {
    const e = env(() => 60_000);
    const table = [
      step('dns', () => ({ result: result('dns', 'pass') })),
      step('auth', () => ({ result: result('auth', 'fail') })),
      step('send', () => ({ result: result('send', 'pass') })),
      step('quit', () => ({ result: result('quit', 'pass') }), { after: ['auth'] }),
    ];
    await walk(await baseOptions(1), e.env, table);
    expect(e.recorded.map((r) => [r.id, r.status])).toEqual([
      ['dns', 'pass'],
      ['auth', 'fail'],
      ['quit', 'pass'],
    ]);
    expect(e.started).toEqual(['dns', 'auth', 'quit']);
  });

  it('a step that is not requested does not run; one with nothing to say records nothing', async () => {
    const e = env(() => 60_000);
    let ran = false;
    const table = [
      step('auth', () => {
        ran = true;
        return {};
      }, { requested: (o) => o.user !== undefined }),
      step('ehlo', () => ({})),
    ];
    await walk(await baseOptions(1), e.env, table);
    expect(ran).toBe(false);
    expect(e.recorded).toEqual([]);
  });

  it('every step gets each timeout capped by what is left of the deadline', async () => {
    let left = 60_000;
    const e = env(() => left);
    const seen: number[] = [];
    const table = [
      step('dns', (sc) => {
        seen.push(sc.opts.timeouts.greeting, sc.opts.timeouts.data);
        left = 1500;
        return { result: result('dns', 'pass') };
      }),
      step('tcp', (sc) => {
        seen.push(sc.opts.timeouts.greeting, sc.opts.timeouts.data);
        return { result: result('tcp', 'pass') };
      }),
    ];
    await walk(await baseOptions(1, { timeouts: { ...DEFAULT_TIMEOUTS } }), e.env, table);
    expect(seen).toEqual([DEFAULT_TIMEOUTS.greeting, DEFAULT_TIMEOUTS.data, 1500, 1500]);
  });
});
