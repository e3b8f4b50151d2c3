/**
 * Sentence splitting for scientific prose, without an NLP library: a regex split at ". X", then pieces
 * glued back where the period belonged to an abbreviation ("et al.", "e.g.", "Fig.", "Dr."), an initial
 * ("J. Smith") or a number ("1.5 mM" never splits, having no space).
 */
const ABBREVIATIONS =
  /(?:\bet al|\be\.g|\bi\.e|\bcf|\bvs|\bviz|\bapprox|\bca|\bFigs?|\bfigs?|\bEqs?|\bRefs?|\bDr|\bDrs|\bProf|\bMr|\bMrs|\bMs|\bSt|\bNo|\bNos|\bInc|\bLtd|\bCo|\bCorp|\bSuppl|\bresp|\bvol|\bpp|\bsp|\bspp|\bcat|\bCat|\bdept|\bDept|\bUniv|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec|\b[A-Z])\.$/;

/** Splits text into sentences; each sentence is trimmed. */
export function splitSentences(text: string, max = 5000): string[] {
  const pieces = text.split(/(?<=[.!?][)"”’\]]?)\s+(?=[A-Z0-9(“"[])/);
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATIONS.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
    if (out.length >= max) break;
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
