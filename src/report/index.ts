import type { Report } from '../core/types.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';
import { renderSarif } from './sarif.js';
import { renderJunit } from './junit.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color?: boolean;
  /** terminal width for text */
  width?: number;
  /** show pass/skipped findings too */
  verbose?: boolean;
  /** the command that produced the report, shown in headers */
  command?: string;
}

/** Every reporter renders the same (already redacted) Report; none decides anything. */
export function renderReport(report: Report, format: Format, opts: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'text':
      return renderText(report, opts);
    case 'markdown':
      return renderMarkdown(report, opts);
    case 'html':
      return renderHtml(report, opts);
    case 'sarif':
      return renderSarif(report);
    case 'junit':
      return renderJunit(report);
  }
}
