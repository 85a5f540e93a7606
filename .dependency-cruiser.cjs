// The layer lint (`npm test` runs it through test/scripts/layers.test.ts): imports run one way.
// Each folder of src/ may import only from the folders above it in this list (docs/architecture.md):
//   config, consent, i18n, notice, check, controllers, elements, render, import, scan, cli, apps
// and nothing may form a cycle. The drop-in entry (src/embed.ts) may reach check/ only through a
// dynamic import (data-debug), so no visitor downloads the checker.
const LAYERS = ['config', 'consent', 'i18n', 'notice', 'check', 'controllers', 'elements', 'render', 'import', 'scan', 'cli', 'apps'];

/** A rule per layer: it must not import any layer listed after it. */
const layerRules = LAYERS.map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `src/${layer}/ imports only from ${LAYERS.slice(0, i).join(', ') || 'nothing else in src'} (and itself)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
})).filter((rule) => rule.to.path !== '^src/()/');

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycle',
      comment:
        'An import cycle makes two modules one: merge them or move the shared part down a layer. A cycle closed only by a lazy import() or by a type-only import is not one (nothing runs at load time in a loop): the banner chunk loads the dialog on demand and the dialog needs the banner; a types module and the module of one of its parts may name each other\'s types.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import', 'type-only'] } },
    },
    {
      name: 'entry-never-loads-check-statically',
      comment: 'The compliance checker is dev-time code: the entry may load it only with import() (data-debug).',
      severity: 'error',
      from: { path: '^src/embed\\.ts$' },
      to: { path: '^src/check/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'visitor-code-never-imports-dev-code',
      comment: 'What visitors download (embed, consent, elements) never imports the server render, importer, scanner, CLI or apps.',
      severity: 'error',
      from: { path: '^src/(embed\\.ts|consent/|elements/|controllers/)' },
      to: { path: '^src/(render|import|scan|cli|apps)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
