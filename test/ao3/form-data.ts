import { findAll, findFirst, parseHtml } from '../../src/domain/html.ts';

/** What a browser would post from the form `#id` in `html`: its fields, checked boxes and chosen options. */
export function formData(html: string, id: string, button?: [string, string]): URLSearchParams {
  const form = findFirst(parseHtml(html), (e) => e.name === 'form' && e.attrs.id === id);
  if (!form) throw new Error(`no form #${id}`);
  const data = new URLSearchParams();
  for (const el of findAll(form, (e) => ['input', 'select', 'textarea'].includes(e.name))) {
    const name = el.attrs.name;
    if (!name || 'disabled' in el.attrs) continue;
    if (el.name === 'select') {
      const options = findAll(el, (e) => e.name === 'option');
      const chosen = options.find((o) => 'selected' in o.attrs) ?? options[0];
      data.append(name, chosen?.attrs.value ?? '');
    } else if (el.name === 'input' && (el.attrs.type === 'checkbox' || el.attrs.type === 'radio')) {
      if ('checked' in el.attrs) data.append(name, el.attrs.value ?? 'on');
    } else if (el.name === 'input' && el.attrs.type === 'submit') continue;
    else data.append(name, el.attrs.value ?? '');
  }
  if (button) data.append(button[0], button[1]);
  return data;
}
