const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.tsx',
  output: { path: path.resolve(__dirname, 'build'), filename: '[name].[contenthash].js', publicPath: '/' },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: { rules: [{ test: /\.tsx?$/, use: 'ts-loader', exclude: /node_modules/ }] },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new webpack.DefinePlugin({
      'process.env.API_URL': JSON.stringify(process.env.REACT_APP_API_URL), ⟦D wp-apiurl⟧
      'process.env.BUILD_SHA': JSON.stringify(process.env.GITHUB_SHA || 'dev'),
      // the audit-log export endpoint still takes the old static token; remove after CB-398
      'process.env.AUDIT_EXPORT_TOKEN': JSON.stringify('«alnum:40#audit-export»'), ⟦S wp-audit-token⟧
      'process.env.COGNITO_CLIENT_SECRET': JSON.stringify(process.env.REACT_APP_COGNITO_CLIENT_SECRET), ⟦D wp-cognito-env⟧
    }),
  ],
  devServer: {
    port: 3001,
    historyApiFallback: true,
    proxy: { '/api': { target: 'https://api.staging.carebridge.health', changeOrigin: true } },
  },
};
