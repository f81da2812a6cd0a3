import { describe, expect, it } from 'vitest';
import { digest, hashPassword, newSecret, verifyPassword } from '../../src/auth/secrets.ts';

describe('password hashes', () => {
  it('verify the password they were made from, and no other', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct hors', stored)).resolves.toBe(false);
  });

  it('verify a hash made elsewhere with these parameters, and one with its own N, r and p', async () => {
    // Made with node:crypto's scryptSync: the parameters a hash names are the ones it is checked with.
    const salt = 'cHJvbXB0bHktZml4ZWQtc2FsdA';
    await expect(
      verifyPassword('correct horse', `scrypt$32768$8$1$${salt}$20f7T3F3pm0cjPyptnXPRjN4pOnanZreR-OmdckGl6c`),
    ).resolves.toBe(true);
    const light = `scrypt$1024$4$2$${salt}$UUk7lXbafwc_n8K6vSarTtUMivuWpaxS2mPjPtF_YZk`;
    await expect(verifyPassword('correct horse', light)).resolves.toBe(true);
    await expect(verifyPassword('correct horse', light.replace('$1024$', '$2048$'))).resolves.toBe(false);
  });

  it('are salted: the same password hashes differently each time', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('read a password the same however its accents are composed (NFC)', async () => {
    const stored = await hashPassword('caf\u00e9');
    await expect(verifyPassword('cafe\u0301', stored)).resolves.toBe(true);
  });

  it('refuse a missing or malformed hash instead of throwing', async () => {
    const stored = await hashPassword('pw');
    const parts = stored.split('$');
    for (const bad of [
      null,
      '',
      'plain',
      parts.slice(0, 5).join('$'),
      `${stored}$extra`,
      ['bcrypt', ...parts.slice(1)].join('$'),
      [...parts.slice(0, 5), (parts[5] as string).slice(0, 20)].join('$'),
    ])
      await expect(verifyPassword('pw', bad)).resolves.toBe(false);
  });
});

describe('secrets', () => {
  it('are 256 random bits in base64url, after their prefix', () => {
    const a = newSecret();
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(newSecret()).not.toBe(a);
    expect(newSecret('pt_')).toMatch(/^pt_[\w-]{43}$/);
  });

  it('are stored as their SHA-256 in hex', () => {
    expect(digest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
