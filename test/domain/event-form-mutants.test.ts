import { describe, expect, it } from 'vitest';
import { EMPTY_EVENT_FORM, validateEventForm } from '../../src/domain/event-form.ts';

describe('validateEventForm: the late-fill date needs a last day to be judged against', () => {
  const values = {
    ...EMPTY_EVENT_FORM,
    name: 'Inktober',
    first_day: '2025-10-01',
    late: 'until',
    // Last year's date, typed by mistake: before the first day, so before any last day.
    late_until: '2024-10-31',
  };

  it('says only what is wrong with the list when the list cannot be read', () => {
    expect(validateEventForm({ ...values, list: '' }, 2025).result).toStrictEqual({
      ok: false,
      errors: { list: 'The list is empty.' },
    });
  });

  it('says the late date is too early once the list gives the last day', () => {
    expect(validateEventForm({ ...values, list: 'Fever\nSnow' }, 2025).result).toStrictEqual({
      ok: false,
      errors: { late_until: 'Late fills must count until the last day (Thu 2 Oct 2025) or later.' },
    });
  });
});
