/**
 * smtp-doctor's library entry point (`import { check, explain } from 'smtp-doctor'`).
 *
 *   const report = await check({ host: 'smtp.example.com', port: 587, user, password: () => getSecret() });
 *   if (report.verdict === 'fail') console.log(report.diagnoses[0]?.category, report.diagnoses[0]?.fix);
 */
export { check, probe, mx, explain, type ProbeInput, type MxInput } from './api/library.js';
export type { CheckInput, ConnectionInput, OAuth2Input, SecretInput } from './api/options.js';
export { OptionsError } from './api/errors.js';
export type {
  Report, ReportStep, ReportDiagnosis, Explanation, ProbeReport, MxReport, KeyedText,
  Lang, Security, Verdict, CategoryId, StepId, StepStatus, Failure, EvidenceItem, TranscriptLine,
} from './api/types.js';
export { CATEGORY_IDS, STEP_IDS } from './core/types.js';
export { EXIT } from './core/exit-codes.js';
