// Promptly's only script besides htmx. Pages work without it; it adds comforts.

// Tell the server the browser's time zone, so "today" is the writer's date.
(() => {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = document.cookie.split('; ').find((c) => c.startsWith('tz='));
    if (zone && current !== `tz=${encodeURIComponent(zone)}`) {
      // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie works in every browser; the server reads it.
      document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
      // The first page was computed without the zone: show it again with the right "today".
      if (!current && !sessionStorage.getItem('tz-reloaded')) {
        sessionStorage.setItem('tz-reloaded', '1');
        location.reload();
      }
    }
  } catch {
    // No cookies or no Intl: the server falls back to the writer's saved zone.
  }
})();

// With htmx, hide the buttons that only exist for browsers without JavaScript.
document.documentElement.classList.add('js');

// A polite live region for what a swap changed (a swapped-in live region is not announced).
const announcer = document.createElement('p');
announcer.id = 'announcer';
announcer.className = 'visually-hidden';
announcer.setAttribute('aria-live', 'polite');
announcer.setAttribute('aria-atomic', 'true');
document.body.append(announcer);

// A page a form redirected to says what the form did ("Saved …"): announce it once the page has settled.
const flashed = document.querySelector('[data-flash]');
if (flashed) {
  setTimeout(() => {
    announcer.textContent = flashed.textContent.trim();
  }, 300);
}

// After htmx swaps part of a page: announce its [data-announce] and status texts, and move focus where the
// reader goes on (a form's error summary, else the part's [data-swap-focus] heading), unless
// they are still using the field that asked for it (a filter's select, text being typed).
document.addEventListener('htmx:after:swap', (event) => {
  const ctx = event.detail?.ctx;
  const old = ctx?.target;
  if (!(old instanceof Element)) return;
  // An outerHTML swap leaves the old element detached: find its replacement by id.
  const swapped = old.isConnected ? old : old.id ? document.getElementById(old.id) : null;
  if (!swapped) return;
  const news = [...swapped.querySelectorAll('[data-announce], [role="status"]')]
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text keeps a break between a total's name and number.
    .map((el) => el.innerText.trim())
    .filter(Boolean)
    .join('. ');
  if (news) {
    announcer.textContent = '';
    requestAnimationFrame(() => {
      announcer.textContent = news.replace(/\s+/g, ' ').trim();
    });
  }
  const trigger = ctx.sourceEvent?.type;
  if (trigger === 'change' || trigger === 'input' || trigger === 'keyup') return;
  const summary = swapped.matches('.error-summary') ? swapped : swapped.querySelector('.error-summary');
  const next = summary ?? swapped.querySelector('[data-swap-focus]');
  if (next instanceof HTMLElement) next.focus();
});

// On the new-event form, the slug follows the name until it is edited by hand (the server makes the same one when it is left blank).
document.addEventListener('input', (event) => {
  const field = event.target;
  if (!(field instanceof HTMLInputElement) || !field.form) return;
  const slug = field.form.querySelector('input[name="slug"]');
  if (!(slug instanceof HTMLInputElement)) return;
  if (field === slug) delete slug.dataset.slugAuto;
  else if (field.hasAttribute('data-slug-source') && slug.hasAttribute('data-slug-auto'))
    slug.value = field.value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '');
});

// "Copy" buttons (hidden without JavaScript): copy the value of the field named by data-copy.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  const field = button ? document.querySelector(button.getAttribute('data-copy') ?? '') : null;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    button.textContent = 'Copied';
  } catch {
    // No clipboard access (plain HTTP off localhost): the value stays selected to copy by hand.
  }
});

// The time-zone picker: a search box that narrows its options, and on sign-up the browser's zone
// chosen when the server did not know it yet (the first page a browser sees).
for (const select of document.querySelectorAll('select[data-zone-search]')) {
  if (select.dataset.zoneFromBrowser === 'true') {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if ([...select.options].some((o) => o.value === zone)) select.value = zone;
  }
  const search = document.createElement('input');
  search.type = 'search';
  search.id = `${select.id}-search`;
  search.className = 'zone-search';
  search.placeholder = 'Search: a city, like Auckland';
  search.setAttribute('aria-label', 'Search the time zones');
  search.setAttribute('aria-controls', select.id);
  search.autocomplete = 'off';
  search.addEventListener('input', () => {
    const words = search.value
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
      .trim();
    let first = null;
    for (const option of select.options) {
      const match = option.text.toLowerCase().includes(words);
      option.hidden = !match;
      if (match && !first) first = option;
    }
    // Choosing the first match keeps the chosen zone one the reader can see.
    if (first && select.selectedOptions[0]?.hidden) select.value = first.value;
  });
  select.before(search);
}
