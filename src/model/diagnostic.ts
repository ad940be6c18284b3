/** A problem with the input, reported as `file:line: message`, never thrown. */
export interface Diagnostic {
  readonly kind: "diagnostic";
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly file: string;
  readonly line?: number;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line === undefined ? "" : `:${d.line}`}: ${d.message}`;
}
