import { createHash, randomBytes } from 'node:crypto';

/** How long an answer is kept for its Idempotency-Key (or a form's submission token). */
export const IDEMPOTENCY_HOURS = 24;

/** The longest Idempotency-Key accepted. */
export const IDEMPOTENCY_KEY_MAX = 255;

/** The message for a malformed Idempotency-Key header, or undefined: 1 to 255 visible ASCII characters. */
export function idempotencyKeyError(key: string): string | undefined {
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX || !/^[\x21-\x7e]+$/.test(key))
    return `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX} visible ASCII characters, such as a UUID.`;
  return undefined;
}

/** The SHA-256 (hex) of a request's method, path and body: a retry must send the same three. */
export function requestHash(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n`).update(body).digest('hex');
}

/** A new one-time submission token for a creating form (128 random bits, base64url). */
export function newSubmissionToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether a form's submission token looks like one newSubmissionToken made (else it is ignored). */
export function isSubmissionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(token);
}
