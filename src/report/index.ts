import type { Report } from '../core/types.js';
import { renderJson, renderJsonChunks } from './json.js';
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

/**
 * The same text as renderReport, in pieces: JSON reports stream their findings (a report with thousands of
 * findings is never held whole in memory twice); the other formats come as one piece.
 */
export function renderReportChunks(report: Report, format: Format, opts: RenderOptions = {}): Iterable<string> {
  return format === 'json' ? renderJsonChunks(report) : [renderReport(report, format, opts)];
}
