/** Where a command-line tool writes its lines (standard output and error, or a test's buffers). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
