// Builds the add-in's web pages: the task pane (React + Fluent UI), the function file that runs
// the ribbon commands (no React) and the ribbon's outcome dialog (no React). Production output goes to dist/web; the dev server
// serves the same pages over https on https://localhost:3000, the one origin of manifest.xml.
//
//   webpack --mode production             → dist/web
//   webpack serve --mode development      → https://localhost:3000
//   webpack --mode development --env e2e  → dist/e2e: the task pane behind a harness page that
//                                           installs the fake Excel first (test/e2e), and the
//                                           outcome dialog
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ORIGIN_PORT = 3000;

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const e2e = Boolean(env.e2e);
  return {
    mode: production ? 'production' : 'development',
    // Office caches add-in pages hard; no eval-based source maps (CSP) and none at all in prod.
    devtool: production ? false : 'source-map',
    entry: {
      ...(e2e
        ? { harness: './test/e2e/harness/harness.ts' }
        : { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' }),
      outcome: './src/outcome/outcome.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist', e2e ? 'e2e' : 'web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS's package entry needs Node built-ins; its browser build does not. Only the e2e
      // harness (the fake Excel over a real workbook) loads ExcelJS in a page.
      alias: e2e ? { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') } : {},
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are caught by `npm run typecheck`; the bundle build only transpiles.
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: [e2e ? 'harness' : 'taskpane'],
        scriptLoading: 'defer',
        templateParameters: { oldWebviewGuard: oldWebviewGuard() },
      }),
      new HtmlWebpackPlugin({
        filename: 'outcome.html',
        template: './src/outcome/outcome.html',
        chunks: ['outcome'],
        scriptLoading: 'defer',
      }),
      ...(e2e
        ? []
        : [
            new HtmlWebpackPlugin({
              filename: 'commands.html',
              template: './src/commands/commands.html',
              chunks: ['commands'],
              scriptLoading: 'defer',
              templateParameters: { oldWebviewGuard: oldWebviewGuard() },
            }),
            new CopyWebpackPlugin({
              patterns: [
                { from: 'assets/*.png', to: 'assets/[name][ext]' },
                { from: 'manifest.xml', to: 'manifest.xml' },
              ],
            }),
          ]),
    ],
    performance: { hints: false }, // the budgets live in bench/bundles.ts and its test
    devServer: {
      port: ORIGIN_PORT,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

/** The ES5 guard (src/taskpane/old-webview-guard.js) with its words (src/i18n/old-webview.json)
 * in place of OLD_WEBVIEW_TEXT, for inlining in taskpane.html and commands.html. */
function oldWebviewGuard() {
  const source = fs.readFileSync(path.join(__dirname, 'src', 'taskpane', 'old-webview-guard.js'), 'utf8');
  const text = JSON.parse(fs.readFileSync(path.join(__dirname, 'src', 'i18n', 'old-webview.json'), 'utf8'));
  // '<' escaped so no text can close the inline <script>.
  const literal = JSON.stringify(text).replace(/</g, '\\u003c');
  return source.replace('(OLD_WEBVIEW_TEXT)', () => `(${literal})`);
}

/** The certificate Office trusts: office-addin-dev-certs' when installed (`npx office-addin-dev-certs
 * install` puts it in ~/.office-addin-dev-certs), else webpack-dev-server's self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (!Object.values(files).every((name) => fs.existsSync(path.join(dir, name)))) return 'https';
  const options = {};
  for (const [key, name] of Object.entries(files)) options[key] = fs.readFileSync(path.join(dir, name));
  return { type: 'https', options };
}
