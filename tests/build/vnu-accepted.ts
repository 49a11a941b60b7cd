/**
 * Errors the W3C Nu HTML checker (vnu) reports on the built pages that come from Starlight's or
 * Astro's own markup, which we cannot change, each with the reason we accept it. An error of the
 * project's own is never listed here: fix it. tests/build/vnu.test.ts fails on any other error, and
 * on an entry here that no longer matches anything (remove it then).
 */
export interface AcceptedVnuError {
  /** The message as vnu writes it. */
  message: RegExp;
  /** What vnu shows around it (`extract`), to tie the entry to the one piece of markup it is about. */
  extract: RegExp;
  /** Why we accept it: whose markup it is and why it is there. */
  reason: string;
}

export const ACCEPTED_VNU_ERRORS: AcceptedVnuError[] = [
  {
    message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    extract: /<script aria-hidden="true">/,
    reason:
      'Starlight (components/SidebarPersister.astro) puts aria-hidden on the two inline scripts in the sidebar, ' +
      'because Safari with VoiceOver reads a script aloud inside a container with display: contents ' +
      '(https://bugs.webkit.org/show_bug.cgi?id=283645, withastro/starlight#2633). The scripts are inline and ' +
      'hashed in the CSP from Starlight’s source, so they must stay as Starlight writes them.',
  },
];
