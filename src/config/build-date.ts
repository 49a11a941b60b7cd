/**
 * The day a build judges dates by: which pages are past their review, and which guidelines past
 * their revision. `HANDBOK_BUILD_DATE=2027-12-01` builds the site as it would look that day, so a
 * test can see the notices without waiting for them; without it, the day the build runs (UTC).
 */
import { isCalendarDate } from '../schemas/vocabulary.ts';

export const BUILD_DATE_VARIABLE = 'HANDBOK_BUILD_DATE';

export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const given = env[BUILD_DATE_VARIABLE];
  if (given === undefined || given === '') return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || !isCalendarDate(given)) {
    throw new Error(
      `${BUILD_DATE_VARIABLE} er «${given}», men skal være en dato som ÅÅÅÅ-MM-DD, for eksempel 2027-12-01. Rett verdien, eller fjern variabelen for å bruke dagens dato.`,
    );
  }
  return given;
}
