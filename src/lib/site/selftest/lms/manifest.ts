/**
 * `imsmanifest.xml` of a SCORM 1.2 package: what a learning platform reads when the package is
 * uploaded. One organization with one item, the test, launched from one resource of type SCO
 * (`adlcp:scormtype="sco"`: it talks to the platform) that lists every file in the package. The mastery
 * score is the test's pass mark, so a platform that marks passed or failed itself agrees with the test.
 * The manifest's `version` and the metadata carry the bank version, and the title and the
 * metadata name the municipality.
 */
import type { ExportTest } from './export-test.ts';

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The package's identifier: the same for every version of one test from one municipality, so a platform can tell an update. */
export const manifestIdentifier = (test: Pick<ExportTest, 'id' | 'site'>) =>
  `handbok-${new URL(test.site).host.replace(/[^a-z0-9]+/gi, '-')}-${test.id}`.toLowerCase();

export function manifest(test: ExportTest, launch: string, files: readonly string[]): string {
  const title = `${test.title} – ${test.municipality}`;
  const lang = xml(test.lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(manifestIdentifier(test))}" version="${xml(test.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${xml(title)}</imsmd:langstring></imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${xml(test.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
      <imsmd:lifecycle>
        <imsmd:version><imsmd:langstring xml:lang="x-none">${xml(test.version)}</imsmd:langstring></imsmd:version>
        <imsmd:contribute>
          <imsmd:role><imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source><imsmd:value><imsmd:langstring xml:lang="x-none">Publisher</imsmd:langstring></imsmd:value></imsmd:role>
          <imsmd:centity><imsmd:vcard>${xml(`BEGIN:VCARD VERSION:2.1 FN:${test.municipality} URL:${test.site} END:VCARD`)}</imsmd:vcard></imsmd:centity>
        </imsmd:contribute>
      </imsmd:lifecycle>
    </imsmd:lom>
  </metadata>
  <organizations default="selvtest">
    <organization identifier="selvtest">
      <title>${xml(title)}</title>
      <item identifier="item-${xml(test.id)}" identifierref="sco-${xml(test.id)}" isvisible="true">
        <title>${xml(test.title)}</title>
        <adlcp:masteryscore>${test.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(test.id)}" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
