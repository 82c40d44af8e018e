// Preloaded with `node -r` by the hostile tests: any regular expression run over text holding the marker
// throws, standing in for a bug in the analysis core (whose code is bundled and cannot be patched directly).
const MARKER = 'INJECTED-ANALYSIS-FAILURE';
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) {
  if (typeof s === 'string' && s.includes(MARKER)) throw new Error('injected analysis failure');
  return exec.call(this, s);
};
