/**
 * Reading `npm audit --json` (report version 2): the advisories of severity high or critical that are
 * not on our list of explained exceptions. Each exception names its advisory and says why it does not
 * matter for this site (see docs/sikkerhet.md).
 */

export interface AuditException {
  /** The advisory, as in its address: `GHSA-xxxx-xxxx-xxxx`. */
  advisory: string;
  package: string;
  /** Why it does not put the published site or its readers at risk. */
  reason: string;
}

export interface Finding {
  package: string;
  advisory: string;
  title: string;
  severity: string;
  url: string;
}

/** The parts of npm's audit report we read. */
interface AuditReport {
  vulnerabilities?: Record<
    string,
    { via: Array<string | { title?: string; url?: string; severity?: string; name?: string }> }
  >;
}

const SERIOUS = new Set(['high', 'critical']);

/** The registry could not run the audit at all (its JSON is an error, not a report). */
export const isAuditUnavailable = (report: unknown) =>
  typeof report !== 'object' || report === null || !('vulnerabilities' in report) || 'error' in report;

export function seriousFindings(report: AuditReport, exceptions: AuditException[]): Finding[] {
  const excused = new Set(exceptions.map((e) => e.advisory));
  const findings = new Map<string, Finding>();
  for (const [pkg, entry] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of entry.via) {
      // A string names another vulnerable package; its own entry carries the advisory.
      if (typeof via === 'string' || !via.url || !SERIOUS.has(via.severity ?? '')) continue;
      const advisory = via.url.split('/').at(-1)!;
      if (excused.has(advisory)) continue;
      findings.set(`${pkg} ${advisory}`, {
        package: via.name ?? pkg,
        advisory,
        title: via.title ?? '',
        severity: via.severity!,
        url: via.url,
      });
    }
  }
  return [...findings.values()];
}
