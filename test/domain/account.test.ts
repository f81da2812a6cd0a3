import { describe, expect, it } from 'vitest';
import {
  DISPLAY_NAME_MAX,
  loginPath,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordError,
  safeNext,
  USERNAME_MAX,
  USERNAME_MIN,
  usernameError,
  validateSettings,
  validateSignup,
} from '../../src/domain/account.ts';

const USERNAME_CHARS = 'Use only letters, digits, _ and - in a username.';
const USERNAME_LENGTH = 'A username has 2 to 30 characters.';
const NOT_EMAIL = 'That does not look like an email address.';

describe('the limits', () => {
  it('are the ones the messages name', () => {
    expect([USERNAME_MIN, USERNAME_MAX, PASSWORD_MIN, PASSWORD_MAX, DISPLAY_NAME_MAX]).toEqual([
      2, 30, 8, 200, 60,
    ]);
  });
});

describe('usernameError', () => {
  it.each([
    ['', 'Choose a username.'],
    ['a', USERNAME_LENGTH],
    ['ab', undefined],
    ['a'.repeat(USERNAME_MAX - 1), undefined],
    ['a'.repeat(USERNAME_MAX), undefined],
    ['a'.repeat(USERNAME_MAX + 1), USERNAME_LENGTH],
    ['Az09_-', undefined],
    ['_-', undefined],
    ['a b', USERNAME_CHARS],
    ['!ab', USERNAME_CHARS],
    ['ab!', USERNAME_CHARS],
    ['a.b', USERNAME_CHARS],
    ['ä', USERNAME_CHARS],
    ['ab\u200b', USERNAME_CHARS],
    ['\u202eab', USERNAME_CHARS],
    ['ab\n', USERNAME_CHARS],
    [' ', USERNAME_CHARS],
    // The characters are checked before the length: a long name with a space is told about the space.
    [`${'a'.repeat(40)} `, USERNAME_CHARS],
  ])('%j → %j', (username, message) => {
    expect(usernameError(username)).toBe(message);
  });
});

describe('passwordError', () => {
  it.each([
    ['', 'Use at least 8 characters for a password.'],
    ['x'.repeat(PASSWORD_MIN - 1), 'Use at least 8 characters for a password.'],
    ['x'.repeat(PASSWORD_MIN), undefined],
    ['x'.repeat(PASSWORD_MAX), undefined],
    ['x'.repeat(PASSWORD_MAX + 1), 'A password has at most 200 characters.'],
    // Counted in characters, not UTF-16 units: 7 emoji are 14 units and still too short.
    ['😀'.repeat(7), 'Use at least 8 characters for a password.'],
    ['😀'.repeat(8), undefined],
    ['😀'.repeat(200), undefined],
    ['😀'.repeat(201), 'A password has at most 200 characters.'],
    ['  spaces  ', undefined],
    ['password\u0000', 'The password contains a NUL character; remove it.'],
    ['pass\tword', 'The password contains a control character (U+0009); remove it.'],
    ['password\n', 'The password contains a control character (U+000A); remove it.'],
    ['password\u007f', 'The password contains a control character (U+007F); remove it.'],
    ['password\ud800', 'The password contains a broken character (a lone surrogate, U+D800); remove it.'],
    // A control character is reported before the length.
    ['\u0001', 'The password contains a control character (U+0001); remove it.'],
  ])('%j → %j', (password, message) => {
    expect(passwordError(password)).toBe(message);
  });
});

describe('validateSignup', () => {
  const form = { username: 'ink_writer', password: 'correct horse', email: '' };

  it('gives the username trimmed, the password as typed and no email', () => {
    expect(validateSignup({ ...form, username: '  ink_writer  ', password: ' pass word ' })).toEqual({
      ok: true,
      value: { username: 'ink_writer', password: ' pass word ', email: null },
    });
  });

  it('keeps an email, trimmed; one of only spaces is none', () => {
    expect(validateSignup({ ...form, email: '  ink@example.org ' })).toEqual({
      ok: true,
      value: { username: 'ink_writer', password: 'correct horse', email: 'ink@example.org' },
    });
    expect(validateSignup({ ...form, email: '   ' })).toEqual({
      ok: true,
      value: { username: 'ink_writer', password: 'correct horse', email: null },
    });
  });

  it.each([
    ['a@b', null],
    [`${'a'.repeat(252)}@b`, null],
    [`${'a'.repeat(253)}@b`, NOT_EMAIL],
    ['ab', NOT_EMAIL],
    ['@b', NOT_EMAIL],
    ['a@', NOT_EMAIL],
    ['a b@c', NOT_EMAIL],
    ['a@b c', NOT_EMAIL],
    ['a@b@c', NOT_EMAIL],
    ['@', NOT_EMAIL],
    // Not white space, so the pattern lets it by; the control character check does not.
    ['a\u0001@b', NOT_EMAIL],
    ['a@b\u0000', NOT_EMAIL],
  ])('email %j → %j', (email, message) => {
    const result = validateSignup({ ...form, email });
    if (message === null) expect(result).toEqual({ ok: true, value: { ...form, email } });
    else expect(result).toEqual({ ok: false, errors: { email: message } });
  });

  it('reports every field at once', () => {
    expect(validateSignup({ username: '  ', password: 'short', email: 'nope' })).toEqual({
      ok: false,
      errors: {
        username: 'Choose a username.',
        password: 'Use at least 8 characters for a password.',
        email: NOT_EMAIL,
      },
    });
  });

  it.each([
    [{ username: 'a' }, { username: USERNAME_LENGTH }],
    [{ password: 'x'.repeat(201) }, { password: 'A password has at most 200 characters.' }],
    // The password is not trimmed: spaces around it count.
    [{ password: ' 1234567' }, {}],
    [{ password: '1234567' }, { password: 'Use at least 8 characters for a password.' }],
  ])('%j → %j', (change, errors) => {
    const result = validateSignup({ ...form, ...change });
    if (Object.keys(errors).length === 0)
      expect(result).toEqual({ ok: true, value: { ...form, ...change, email: null } });
    else expect(result).toEqual({ ok: false, errors });
  });
});

describe('validateSettings', () => {
  const form = {
    display_name: 'Ink Writer',
    email: '',
    time_zone: 'Europe/Paris',
    week_start: '1',
    profile_public: '',
  };
  const saved = {
    displayName: 'Ink Writer',
    email: null,
    timeZone: 'Europe/Paris',
    weekStart: 1,
    profilePublic: false,
    showStreaks: false,
    dayEndsAt: 0,
  };

  it('gives the settings to save', () => {
    expect(validateSettings(form)).toEqual({ ok: true, value: saved });
  });

  it('trims the display name and the email', () => {
    expect(validateSettings({ ...form, display_name: '  Ink  ', email: ' ink@example.org ' })).toEqual({
      ok: true,
      value: { ...saved, displayName: 'Ink', email: 'ink@example.org' },
    });
  });

  it.each([
    [{ week_start: '7' }, { weekStart: 7 }],
    [{ profile_public: 'on' }, { profilePublic: true }],
    [{ profile_public: 'true' }, { profilePublic: true }],
    [{ profile_public: 'off' }, { profilePublic: false }],
    [{ profile_public: '1' }, { profilePublic: false }],
    [{ profile_public: 'TRUE' }, { profilePublic: false }],
    [{ show_streaks: 'on' }, { showStreaks: true }],
    [{ show_streaks: 'true' }, { showStreaks: true }],
    [{ show_streaks: '' }, { showStreaks: false }],
    [{ show_streaks: 'yes' }, { showStreaks: false }],
    [{ day_ends_at: '' }, { dayEndsAt: 0 }],
    [{ day_ends_at: '0' }, { dayEndsAt: 0 }],
    [{ day_ends_at: '1' }, { dayEndsAt: 1 }],
    [{ day_ends_at: '6' }, { dayEndsAt: 6 }],
    [{ time_zone: 'UTC' }, { timeZone: 'UTC' }],
    [{ display_name: 'n'.repeat(DISPLAY_NAME_MAX) }, { displayName: 'n'.repeat(60) }],
    // Counted in characters: 60 emoji are 120 UTF-16 units.
    [{ display_name: '🐉'.repeat(60) }, { displayName: '🐉'.repeat(60) }],
    [{ display_name: 'Ink\u200bWriter' }, { displayName: 'Ink\u200bWriter' }],
  ])('%j is saved as %j', (change, value) => {
    expect(validateSettings({ ...form, ...change })).toEqual({ ok: true, value: { ...saved, ...value } });
  });

  const DAY_END = 'Your day ends at midnight or an hour up to 6 am.';
  it.each([
    [{ display_name: '' }, { display_name: 'Give a name to show with your pieces.' }],
    [{ display_name: '   ' }, { display_name: 'Give a name to show with your pieces.' }],
    [{ display_name: 'n'.repeat(61) }, { display_name: 'A display name has at most 60 characters.' }],
    [{ display_name: '🐉'.repeat(61) }, { display_name: 'A display name has at most 60 characters.' }],
    // Too long comes before what is wrong inside.
    [
      { display_name: `${'n'.repeat(61)}\u0000` },
      { display_name: 'A display name has at most 60 characters.' },
    ],
    [{ display_name: '\u200b' }, { display_name: 'The display name has no visible characters.' }],
    [
      { display_name: 'Ink\u0007' },
      { display_name: 'The display name contains a control character (U+0007); remove it.' },
    ],
    [
      { display_name: 'Ink\u202eWriter' },
      {
        display_name:
          'The display name contains a text direction control (U+202E), which turns the text around it; remove it.',
      },
    ],
    [{ email: 'nope' }, { email: NOT_EMAIL }],
    [{ time_zone: 'Mars/Olympus_Mons' }, { time_zone: 'Choose a time zone from the list.' }],
    [{ time_zone: '' }, { time_zone: 'Choose a time zone from the list.' }],
    [{ week_start: '0' }, { week_start: 'Weeks start on Monday or Sunday.' }],
    [{ week_start: '2' }, { week_start: 'Weeks start on Monday or Sunday.' }],
    [{ week_start: '' }, { week_start: 'Weeks start on Monday or Sunday.' }],
    [{ week_start: ' 1' }, { week_start: 'Weeks start on Monday or Sunday.' }],
    [{ day_ends_at: '7' }, { day_ends_at: DAY_END }],
    [{ day_ends_at: '-1' }, { day_ends_at: DAY_END }],
    [{ day_ends_at: '10' }, { day_ends_at: DAY_END }],
    [{ day_ends_at: 'x' }, { day_ends_at: DAY_END }],
    [{ day_ends_at: '1.5' }, { day_ends_at: DAY_END }],
  ])('%j → %j', (change, errors) => {
    expect(validateSettings({ ...form, ...change })).toEqual({ ok: false, errors });
  });

  it('reports every field at once', () => {
    expect(
      validateSettings({
        display_name: '',
        email: 'a@',
        time_zone: 'Nowhere',
        week_start: '3',
        profile_public: 'on',
        show_streaks: 'on',
        day_ends_at: '9',
      }),
    ).toEqual({
      ok: false,
      errors: {
        display_name: 'Give a name to show with your pieces.',
        email: NOT_EMAIL,
        time_zone: 'Choose a time zone from the list.',
        week_start: 'Weeks start on Monday or Sunday.',
        day_ends_at: DAY_END,
      },
    });
  });
});

describe('safeNext', () => {
  it.each([
    [undefined, '/'],
    [null, '/'],
    ['', '/'],
    ['/', '/'],
    ['/events', '/events'],
    ['/pieces/new?event=ink&day=4', '/pieces/new?event=ink&day=4'],
    ['/a b', '/a b'],
    ['/~tilde', '/~tilde'],
    ['/events#top', '/events#top'],
    // Encoded slashes stay inside the path: the browser does not decode them into a host.
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%5Cevil.example', '/%5Cevil.example'],
    ['/x//y', '/x//y'],
    ['/x/\\y', '/x/\\y'],
    // Elsewhere, or not a path.
    ['events', '/'],
    [' /events', '/'],
    ['//evil.example', '/'],
    ['//', '/'],
    ['///evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['\\/evil.example', '/'],
    ['https://evil.example', '/'],
    ['http://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['%2F%2Fevil.example', '/'],
    ['%2Fevents', '/'],
    // Control characters could split a header or be dropped into `//`.
    ['/\t/evil.example', '/'],
    ['/a\nSet-Cookie: x=1', '/'],
    ['/a\r\n', '/'],
    ['/\u0000', '/'],
    ['/\u001f', '/'],
    ['/\u007f', '/'],
    ['/ok\u007f', '/'],
  ])('%j → %j', (next, target) => {
    expect(safeNext(next)).toBe(target);
  });
});

describe('loginPath', () => {
  it.each([
    ['/', 'login', '/login'],
    ['', 'login', '/login'],
    ['/events', 'login', '/login?next=%2Fevents'],
    ['/settings', 'signup', '/signup?next=%2Fsettings'],
    ['/pieces/new?event=ink&day=4', 'signup', '/signup?next=%2Fpieces%2Fnew%3Fevent%3Dink%26day%3D4'],
    ['/a b#c', 'login', '/login?next=%2Fa%20b%23c'],
    ['//evil.example', 'login', '/login'],
    ['/\\evil.example', 'signup', '/signup'],
    ['https://evil.example', 'login', '/login'],
    ['/a\nb', 'login', '/login'],
  ] as const)('%j on %s → %j', (next, page, path) => {
    expect(loginPath(next, page)).toBe(path);
  });

  it('is the sign-in page unless told otherwise', () => {
    expect(loginPath('/stats')).toBe('/login?next=%2Fstats');
    expect(loginPath('//evil.example')).toBe('/login');
  });
});
