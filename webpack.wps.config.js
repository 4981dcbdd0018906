// Builds the WPS 表格 add-in's files into one folder (scripts/build-wps.js packs it for offline
// installation): main.js with the ribbon's callbacks (WPS opens it from an index.html it makes
// itself, so the folder must hold none), ribbon.xml, the task pane page and the ribbon's images.
// ES2017 syntax in every emitted script, node_modules included (TranspileOutputPlugin): WPS on
// older Linux desktops embeds an older Chromium. Built-ins are not polyfilled: main.js needs
// Chromium 69 (Array.prototype.flat/flatMap), the task pane Chromium 84 (WeakRef, in Fluent UI's
// focus tracking); test/wps/package.test.ts parses the built files at ES2017.
//
//   webpack --config webpack.wps.config.js --env out=DIR
//   webpack --config webpack.wps.config.js --env e2e   → dist/e2e-wps: the pane behind a harness
//                                                        page that installs the fake ET (test/e2e)
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const ts = require('typescript');
const { TranspileOutputPlugin } = require('./scripts/transpile-output-plugin');

const IMAGES = ['recalculate', 'validate', 'template', 'pane'];

module.exports = (env = {}) => ({
  mode: 'production',
  devtool: false,
  entry: env.e2e
    ? { taskpane: './test/e2e/harness/wps-harness.ts' }
    : { main: './src/wps/main.ts', taskpane: './src/wps/taskpane.tsx' },
  output: {
    path: path.resolve(
      env.out || path.join(__dirname, 'dist', env.e2e ? 'e2e-wps' : path.join('wps', 'addon')),
    ),
    // WPS loads main.js by that name; the pane's script may change name with its content.
    filename: (data) => (data.chunk.name === 'main' ? 'main.js' : '[name].[contenthash:8].js'),
    clean: true,
  },
  target: ['web', 'es2017'],
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    // Only the e2e harness (the fake ET over a real workbook) loads ExcelJS in a page.
    alias: env.e2e ? { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') } : {},
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            configFile: 'tsconfig.web.json',
            transpileOnly: true,
            compilerOptions: { target: 'ES2017' },
          },
        },
      },
    ],
  },
  plugins: [
    new TranspileOutputPlugin(ts.ScriptTarget.ES2017),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      // The Excel pane's page without Office.js, which WPS neither has nor may fetch offline, and
      // without the old-webview guard, which would take the missing Office.js for a failed load.
      templateContent: fs
        .readFileSync(path.join(__dirname, 'src', 'taskpane', 'taskpane.html'), 'utf8')
        .replace(/\s*<!--[^>]*-->\s*<script src="https:[^"]*office\.js"><\/script>/, '')
        .replace(/\s*<!--[^>]*-->\s*<script><%= oldWebviewGuard %><\/script>/, ''),
      chunks: ['taskpane'],
      scriptLoading: 'defer',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
        ...IMAGES.map((name) => ({ from: `assets/${name}-32.png`, to: `images/${name}-32.png` })),
      ],
    }),
  ],
  performance: { hints: false },
});
