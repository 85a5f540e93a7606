// custom-elements.json: the web-components manifest IDEs, Storybook and docs tools read. Built by
// scripts/postbuild.mjs (`cem analyze --litelement`) from the elements' JSDoc (@fires, @slot,
// @csspart, @cssprop) and their `static properties`.
import { relative } from 'node:path';

// PRIVACY_CEM_OUTDIR writes elsewhere (tests); the analyzer joins `outdir` to the working directory.
const outdir = process.env.PRIVACY_CEM_OUTDIR ? relative(process.cwd(), process.env.PRIVACY_CEM_OUTDIR) : 'dist';

/**
 * Our elements are registered through `defineElement('tag', Class)` (src/elements/define-element.ts), which the
 * analyzer does not recognise as `customElements.define`. This plugin reads those calls, marks the
 * classes as custom elements with their tag names, and records the definitions as exports.
 */
function defineElementCalls() {
  const tags = new Map(); // class name → { tag, module }
  return {
    name: 'privacy-consent:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag)) return;
      tags.set(constructor.getText(), { tag: tag.text, module: moduleDoc.path });
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: constructor.getText() } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The analyzer reads `dispatchEvent(new SavedEvent(action))` as an event named by the
          // first argument ("action"); the real events are the documented @fires entries.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description || !event.type);
          const found = tags.get(declaration.name);
          if (!found) continue;
          declaration.customElement = true;
          declaration.tagName = found.tag;
          // Point each definition at the module that declares the class.
          for (const other of customElementsManifest.modules) {
            for (const entry of other.exports ?? []) {
              if (entry.kind === 'custom-element-definition' && entry.name === found.tag) entry.declaration = { name: declaration.name, module: module.path };
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.test.ts'],
  outdir,
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls()],
};
