/** Why a file could not be imported at all (the CLI exits non-zero; the demo shows the message). */
export class ImportError extends Error {
  constructor(
    message: string,
    /** `empty`, `binary` (not a text file or .docx), `encrypted`, `corrupt`, `unsupported`. */
    readonly reason: 'empty' | 'binary' | 'encrypted' | 'corrupt' | 'unsupported',
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
