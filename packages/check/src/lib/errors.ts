/**
 * A check that cannot run as asked: a path that is not there, a rubric folder
 * that is not one, a settings file that does not parse. Callers show its
 * message as one line (the CLI exits 2); it is never a finding.
 */
export class CheckError extends Error {
  readonly exitCode = 2;
}
