// htmlparser2's package index loads, beside the Tokenizer the file layer reads XML with, a DOM
// library and the entities encoder: about 20 ms at every start of the command and of each folder
// worker, for nothing it uses (the one-file check was 11 % slower). Its package exports no other
// entry, so the command puts the Tokenizer's own module in the index's place in Node's module
// cache (documented: require.cache entries may be added) before the file layer is loaded.
// Imported first by the command and the folder worker; tests and the browser page load the index.

import Module from 'module';
import path from 'path';

function tokenizerOnly(): void {
  try {
    const index = require.resolve('htmlparser2');
    if (require.cache[index]) return;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: Tokenizer } = require(path.join(path.dirname(index), 'Tokenizer.js')) as {
      default: unknown;
    };
    if (typeof Tokenizer !== 'function') return;
    const entry = new Module(index);
    entry.filename = index;
    entry.loaded = true;
    entry.exports = { Tokenizer };
    require.cache[index] = entry;
  } catch {
    // Another layout of the package: its index loads as usual.
  }
}

tokenizerOnly();
