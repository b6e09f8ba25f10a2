/**
 * Characters that must not reach a terminal from text a server or a log supplied: C0 controls (ESC starts the
 * sequences that clear the screen, set the window title or colour a fake PASS; CR and LF would start a forged
 * line), DEL, C1 controls (CSI 0x9b is ESC [ on some terminals) and the Unicode bidirectional overrides and
 * isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character replaced by a space, fit for one line of human output. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, ' ');
}
