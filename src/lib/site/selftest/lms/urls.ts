/** Where a test's exports for learning platforms are, and the guide for them (on `/selvtest/`). */
export const exportUrls = (testId: string) => ({
  scorm: `/selvtest/${testId}/scorm.zip`,
  moodleXml: `/selvtest/${testId}/moodle.xml`,
  gift: `/selvtest/${testId}/sporsmal.gift`,
});

export const LMS_GUIDE_ANCHOR = 'laeringsplattform';
