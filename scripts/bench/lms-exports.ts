/**
 * The size of each self-test's exports for learning platforms (src/routes/selvtest/[test]/): the
 * SCORM package as it is downloaded (a zip, already compressed), and the Moodle XML and GIFT files
 * both as they are and in gzip, as a web host sends them. For the size report of `npm run bench`
 * and the budgets in tests/build/size-budgets.test.ts. 1 kB = 1000 bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipBytes } from './first-view.ts';

export interface ExportSize {
  test: string;
  /** scorm.zip, moodle.xml or sporsmal.gift. */
  file: string;
  /** The file's size on disk. */
  bytes: number;
  /** What a download costs: the zip as it is, a text file in gzip. */
  sent: number;
}

export const EXPORT_FILES = ['scorm.zip', 'moodle.xml', 'sporsmal.gift'] as const;

/** Every test under `<dist>/selvtest/` with its three exports; a test missing one fails here, naming it. */
export function lmsExportSizes(dist: string): ExportSize[] {
  const root = path.join(dist, 'selvtest');
  const tests = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'index.html')));
  return tests.flatMap(({ name: test }) =>
    EXPORT_FILES.map((file) => {
      const full = path.join(root, test, file);
      if (!fs.existsSync(full))
        throw new Error(`Fant ikke /selvtest/${test}/${file} i ${dist}. Bygg på nytt med \`npm run build\`.`);
      const data = fs.readFileSync(full);
      return { test, file, bytes: data.length, sent: file.endsWith('.zip') ? data.length : gzipBytes(data) };
    }),
  );
}
