// Injects the analysis bundle into a tab, once. The first call hands the request over to an analysis that is
// already running there; only when there is none does it inject analyse.js, which picks the request up.
import { ext } from './ext.js';
import type { AnalyseRequest } from './messages.js';

/** Runs in the page's isolated world (serialised by executeScript): keep it self-contained. An instance left over
 *  from before an extension update declines (its context is gone) and removes itself, so a fresh one is injected. */
function handOver(req: AnalyseRequest): boolean {
  const g = globalThis as { __sntAnalyse?: (r: AnalyseRequest) => boolean; __sntRequest?: AnalyseRequest };
  if (g.__sntAnalyse?.(req)) return true;
  g.__sntRequest = req;
  return false;
}

export async function injectAnalysis(tabId: number, req: AnalyseRequest): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const [first] = await ext!.scripting.executeScript({ target, func: handOver, args: [req] });
  if (first?.result === true) return;
  await ext!.scripting.executeScript({ target, files: ['analyse.js'] });
}
