/** Failures as data, from nodemailer's errors and the parts of a step result (shared by the session steps). */
import type { Failure, Facts, Reason, StepResult } from '../core/types.js';
import { parseReply } from '../smtp/extensions.js';
import type { SmtpError } from '../smtp/session.js';
import { shortSslMessage } from './step.js';

/** nodemailer's words when a reply grows past maxResponseSize. */
export const TOO_LARGE = /exceeds maximum allowed size/;

/** A web server answered: its status line is the evidence, not an SMTP reply. */
export function httpFailure(failure: Failure, status: string | undefined): void {
  failure.reason = 'http-server';
  delete failure.responseCode;
  delete failure.enhancedCode;
  if (status) failure.response = status;
}

/** Turn nodemailer's error into a Failure: every field separate. */
export function failureFromError(err: SmtpError, reason?: Reason): Failure {
  const f: Failure = {};
  const code = (err.code === 'ESOCKET' || err.code === 'ETLS' || err.code === 'ECONNECTION') && err.originalCode ? err.originalCode : err.code;
  if (code) f.code = code;
  if (reason) f.reason = reason;
  if (err.command && err.command !== 'CONN' && err.command !== 'API') f.command = err.command;
  if (err.response) {
    const r = parseReply(err.response);
    if (r.code !== undefined) f.responseCode = r.code;
    if (r.enhanced) f.enhancedCode = r.enhanced;
    f.response = r.text;
  } else if (typeof err.responseCode === 'number') {
    f.responseCode = err.responseCode;
  }
  if (err.message) f.message = shortSslMessage(err.message);
  if (err.detail) f.detail = err.detail;
  return f;
}

/** A step result from its parts (the steps of the opening dialogue measure time by its marks). */
export function stepAt(
  id: StepResult['id'],
  status: StepResult['status'],
  ms: number,
  facts: Facts,
  failure?: Failure,
  warnings?: StepResult['warnings'],
): StepResult {
  const r: StepResult = { id, status, ms, facts };
  if (failure) r.failure = failure;
  if (warnings && warnings.length) r.warnings = warnings;
  return r;
}
