// Builds the offline page: one self-contained file, dist/page/selfeval.html, with its script,
// styles, icon and the worker's code inside it, so it works opened from disk with no network.
//
//   webpack --mode production --config webpack.page.js   (part of `npm run build`)
//
// Two entries: the page (React + Fluent UI) and its worker (file layer, core, ExcelJS's browser
// build). The inlining plugin below puts the page's script in a <script> and the worker's in an
// inert <script type="text/plain">, which the page starts from a Blob (src/page/worker-client.ts).
const fs = require('fs');
const path = require('path');
const { Compilation, sources } = require('webpack');

const TEMPLATE = path.resolve(__dirname, 'src/page/selfeval.html');
const ICON = path.resolve(__dirname, 'assets/logo-32.png');
const WORKER_SOURCE_ID = 'selfeval-worker'; // src/page/worker-client.ts reads it by this id

/** `</script` (and `<!--`) inside inline code would end or confuse the element; `<\/` means the
 * same inside the strings and regular expressions where it can occur. */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

class InlinePagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlinePagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          // The minifier moves license comments to NAME.LICENSE.txt (comments themselves) and
          // leaves a banner pointing there: put them back in place of the banner.
          const code = (name) => {
            const source = assets[name].source().toString();
            const licenses = assets[`${name}.LICENSE.txt`];
            if (!licenses) return source;
            const banner = `/*! For license information please see ${name}.LICENSE.txt */`;
            return source.replace(banner, () => licenses.source().toString());
          };
          const icon = `data:image/png;base64,${fs.readFileSync(ICON).toString('base64')}`;
          const scripts =
            `<script type="text/plain" id="${WORKER_SOURCE_ID}">${inlineSafe(code('worker.js'))}</script>\n` +
            `    <script>${inlineSafe(code('page.js'))}</script>`;
          const html = fs
            .readFileSync(TEMPLATE, 'utf8')
            .replace('<!--selfeval:icon-->', icon)
            .replace('<!--selfeval:scripts-->', () => scripts);
          for (const name of Object.keys(assets)) compilation.deleteAsset(name);
          compilation.emitAsset('selfeval.html', new sources.RawSource(html));
        },
      );
    });
    compiler.hooks.afterCompile.tap('InlinePagePlugin', (compilation) => {
      compilation.fileDependencies.add(TEMPLATE);
    });
  }
}

// webpack calls a config function with (env, argv); only argv's mode matters here.
module.exports = (...args) => {
  const production = args[1]?.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: false, // no eval source maps: the page's CSP forbids eval
    entry: { page: './src/page/index.tsx', worker: './src/page/worker.ts' },
    output: {
      path: path.resolve(__dirname, 'dist', 'page'),
      filename: '[name].js',
      globalObject: 'self',
      clean: true,
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS's package entry needs Node built-ins; its browser build does not.
      alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') },
    },
    module: {
      // ExcelJS's browser build is already bundled and minified: leave it as it is.
      noParse: /exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } },
        },
      ],
    },
    plugins: [new InlinePagePlugin()],
    performance: { hints: false }, // the page's size is a bench figure (pageGzipKB)
  };
};
