/**
 * Whether `err` is a client hanging up while its request's body was being read (Node's
 * "aborted", code ECONNRESET): no fault of the server, and no one left to answer.
 */
export function isClientAbort(err: unknown): boolean {
  return err instanceof Error && (err as { code?: unknown }).code === 'ECONNRESET';
}
