// The outcome dialog's page: lays out the view a ribbon command put in the URL's hash (title,
// lines, the first problems, what follows) and closes through its opener when its button is
// clicked. No React, no messages of its own: the command wrote every word in the user's language.

import { viewFromHash } from '../frontends/dialog-url';
import type { DialogView } from '../frontends/dialog-view';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Asks the opener to close the dialog, once Office.js is ready; outside Office (a browser test)
 * or without Office.js the window closes itself. */
function close(): void {
  const closeWindow = () => window.close();
  if (typeof Office === 'undefined') return closeWindow();
  void Office.onReady(() => {
    try {
      Office.context.ui.messageParent('close');
    } catch {
      closeWindow();
    }
  });
}

function render(view: DialogView, main: HTMLElement): void {
  document.documentElement.lang = view.lang;
  main.append(element('h1', view.title, view.tone));
  for (const line of view.lines) main.append(element('p', line));
  if (view.problems.length) {
    const list = element('ol');
    for (const problem of view.problems) {
      const item = element('li');
      item.append(element('span', problem.where, 'where'), problem.message);
      list.append(item);
    }
    main.append(list);
  }
  for (const line of view.after) main.append(element('p', line));
  const button = element('button', view.close);
  button.type = 'button';
  button.addEventListener('click', close);
  main.append(button);
  button.focus();
}

const main = document.getElementById('outcome');
const view = viewFromHash(location.hash);
if (main && view) render(view, main);
else close(); // nothing to show: never leave an empty window open
