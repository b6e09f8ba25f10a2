/** How output is decorated: colour and symbols on a terminal, plain words when piped or redirected. */
export interface Style {
  readonly color: boolean;
  readonly symbols: boolean;
}

export const PLAIN: Style = { color: false, symbols: false };

/**
 * Symbols on a terminal; colour on a terminal unless NO_COLOR is set to anything non-empty
 * (https://no-color.org). `TERM=dumb` gets neither.
 */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  const tty = stream.isTTY === true && env.TERM !== 'dumb';
  return { color: tty && !env.NO_COLOR, symbols: tty };
}

const CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 } as const;

export function paint(style: Style, color: keyof typeof CODES, text: string): string {
  return style.color ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text;
}
