/** Reading npm's audit report: serious advisories count unless explained; an error is not a clean report. */
import { describe, expect, it } from 'vitest';
import { isAuditUnavailable, seriousFindings } from '../../src/lib/shared/audit.ts';

const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    tar: {
      via: [
        {
          name: 'tar',
          title: 'Path traversal',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'high',
        },
      ],
    },
    'some-tool': { via: ['tar'] },
    debug: {
      via: [
        {
          name: 'debug',
          title: 'ReDoS',
          url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff',
          severity: 'moderate',
        },
      ],
    },
  },
};

describe('npm audit findings', () => {
  it('lists high and critical advisories, once, and leaves moderate ones out', () => {
    expect(seriousFindings(report, [])).toEqual([
      {
        package: 'tar',
        advisory: 'GHSA-aaaa-bbbb-cccc',
        title: 'Path traversal',
        severity: 'high',
        url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
      },
    ]);
  });

  it('leaves out an advisory that is explained as an exception', () => {
    expect(
      seriousFindings(report, [
        { advisory: 'GHSA-aaaa-bbbb-cccc', package: 'tar', reason: 'Brukes bare ved bygging, på egne filer.' },
      ]),
    ).toEqual([]);
  });

  it('tells a registry error from a report', () => {
    expect(isAuditUnavailable({ message: '405 Method Not Allowed', statusCode: 405, error: { summary: '' } })).toBe(
      true,
    );
    expect(isAuditUnavailable(undefined)).toBe(true);
    expect(isAuditUnavailable(report)).toBe(false);
    expect(isAuditUnavailable({ auditReportVersion: 2, vulnerabilities: {} })).toBe(false);
  });
});
