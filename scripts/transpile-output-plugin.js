// A webpack plugin that lowers every emitted .js file to one ECMAScript level with TypeScript's
// transpiler, before minification. ts-loader compiles only our .ts, and output.target lowers only
// what webpack itself writes: packages in node_modules (Fluent UI's keyborg and tabster, …) ship
// ?. ?? and object spread as they are. Syntax only: built-ins such as Array.prototype.flatMap
// are not polyfilled (README: the WPS add-in's minimum Chromium).
const ts = require('typescript');
const { Compilation, WebpackError, sources } = require('webpack');

const NAME = 'TranspileOutputPlugin';

class TranspileOutputPlugin {
  /** @param {import('typescript').ScriptTarget} target e.g. ts.ScriptTarget.ES2017 */
  constructor(target) {
    this.target = target;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        (assets) => {
          for (const [file, source] of Object.entries(assets)) {
            if (!file.endsWith('.js')) continue;
            const result = ts.transpileModule(source.source().toString(), {
              fileName: file,
              reportDiagnostics: true,
              compilerOptions: {
                target: this.target,
                module: ts.ModuleKind.ESNext,
                allowJs: true,
                // The chunks are scripts: nothing may be added that makes them modules.
                moduleDetection: ts.ModuleDetectionKind.Legacy,
              },
            });
            for (const d of result.diagnostics ?? []) {
              const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
              compilation.errors.push(new WebpackError(`${NAME}: ${file}: ${text}`));
            }
            compilation.updateAsset(file, new sources.RawSource(result.outputText));
          }
        },
      );
    });
  }
}

module.exports = { TranspileOutputPlugin };
