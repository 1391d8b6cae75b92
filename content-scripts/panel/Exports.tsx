import type { Timeline } from '../../src/core/types.js';
import { timelineToMarkdown } from '../../src/core/export/markdown.js';
import { timelineToJson } from '../../src/core/export/json.js';
import { timelineToIcs } from '../../src/core/export/ics.js';
import { t } from './i18n.js';

export interface Props {
  timeline: Timeline;
  withContext: boolean;
  /** Where temporary download links go: inside our shadow root, never the page's DOM. */
  root: Node;
  onNotice(text: string): void;
}

function fileBase(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'timeline';
}

function download(root: Node, name: string, type: string, text: string): void {
  const doc = root.ownerDocument!;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// http pages are not secure contexts, so navigator.clipboard is missing there; the old copy command still works
// from a user gesture, on a textarea inside our own shadow root.
function copyWithSelection(root: Node, text: string): boolean {
  const doc = root.ownerDocument!;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'sr-only';
  root.appendChild(area);
  try {
    area.select();
    return doc.execCommand?.('copy') ?? false;
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export function Exports({ timeline, withContext, root, onNotice }: Props) {
  const base = fileBase(timeline.title);
  const copy = async () => {
    const text = timelineToMarkdown(timeline, { context: withContext });
    try {
      await root.ownerDocument!.defaultView!.navigator.clipboard.writeText(text);
      onNotice(t('panel_copied'));
    } catch {
      onNotice(copyWithSelection(root, text) ? t('panel_copied') : t('panel_copy_failed'));
    }
  };
  const save = (ext: string, type: string, text: string) => {
    download(root, `${base}.${ext}`, type, text);
    onNotice(t('panel_downloaded'));
  };
  return (
    <div class="exports" role="group" aria-label={t('panel_export')}>
      <button type="button" onClick={copy}>{t('panel_export_md')}</button>
      <button type="button" onClick={() => save('json', 'application/json', timelineToJson(timeline, new Date().toISOString()))}>
        {t('panel_export_json')}
      </button>
      <button type="button" onClick={() => save('ics', 'text/calendar', timelineToIcs(timeline, new Date().toISOString()))}>
        {t('panel_export_ics')}
      </button>
    </div>
  );
}
