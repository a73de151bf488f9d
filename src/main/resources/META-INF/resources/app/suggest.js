// The search box's type-ahead: an editable combobox with list autocomplete (WAI-ARIA APG) over GET /standards/suggest.
// Suggestions are offered, never written into the box: the text stays what was typed, so that Enter without a
// highlighted suggestion searches for exactly that, as it did before suggestions existed.
import { suggestStandards } from './api.js';
import { clear, h } from './dom.js';

// shorter than the list's own search delay: suggestions should appear before the results table changes under them
const SUGGEST_DELAY_MS = 150;

/**
 * Wires the input (role=combobox, aria-controls naming the listbox) to the listbox; {@code onChoose(suggestion)} opens
 * the chosen entry. Returns {@code dismiss()}, for a search that makes the suggestions still to come pointless.
 */
export function createSuggestions(input, listbox, { onChoose }) {
  let timer = 0;
  let asked = 0;
  let inFlight = null;
  let suggestions = [];
  let answered = '';
  let active = -1;

  input.addEventListener('input', () => {
    cancel();
    unhighlight();
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    timer = setTimeout(() => ask(q), SUGGEST_DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const open = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (open) {
          const n = suggestions.length;
          highlight(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
        } else if (suggestions.length && answered === input.value.trim()) {
          show();
          highlight(down ? 0 : suggestions.length - 1);
        } else if (input.value.trim()) {
          cancel();
          ask(input.value.trim());
        }
        break;
      }
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          choose(active);
        } else {
          dismiss();
        }
        break;
      case 'Escape':
        if (open) {
          // a search input would also empty itself on Escape: closing the list must keep what was typed
          event.preventDefault();
          dismiss();
        }
        break;
    }
  });

  // focus leaving the box (Tab, a click elsewhere) closes the list; a click on an option keeps it in the box
  input.addEventListener('blur', () => dismiss());
  listbox.addEventListener('mousedown', (event) => event.preventDefault());

  async function ask(q) {
    const mine = ++asked;
    const controller = new AbortController();
    inFlight = controller;
    let answer;
    try {
      answer = await suggestStandards(q, { signal: controller.signal });
    } catch {
      // no suggestions is the whole failure: the search itself still works
      if (mine === asked) close();
      return;
    } finally {
      if (inFlight === controller) inFlight = null;
    }
    if (mine !== asked || document.activeElement !== input || input.value.trim() !== q) return;
    render(q, answer);
  }

  function render(q, answer) {
    suggestions = answer;
    answered = q;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    clear(listbox).append(...answer.map((s, i) => h('li', {
      id: `${listbox.id}-${i}`, className: 'suggestion', dataset: { id: s.id },
      attrs: { role: 'option', 'aria-selected': 'false' },
      on: { click: () => choose(i) },
    }, h('span', { className: 'suggestion__identifier' }, s.identifier), ' ',
    h('span', { className: 'suggestion__organization' }, s.organization), ' ',
    h('span', { className: 'suggestion__title' }, s.title))));
    if (answer.length) show();
    else close();
  }

  function highlight(index) {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = listbox.children[index];
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function unhighlight() {
    if (active < 0) return;
    listbox.children[active]?.setAttribute('aria-selected', 'false');
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  function choose(index) {
    const suggestion = suggestions[index];
    dismiss();
    onChoose(suggestion);
  }

  function show() {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    unhighlight();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  /** Forgets the suggestions still to come: a newer keystroke, a search or a choice makes them stale. */
  function cancel() {
    clearTimeout(timer);
    asked += 1;
    inFlight?.abort();
    inFlight = null;
  }

  function dismiss() {
    cancel();
    close();
  }

  return { dismiss };
}
