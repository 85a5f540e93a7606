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

/**
 * Documents TypeScript interfaces the analyzer skips: `PrivacyConsentApi` (the JS API,
 * `window.PrivacyConsent`) with each method's JSDoc, parameters and return type, so the docs'
 * JS API table is generated from this manifest like the elements' tables (scripts/gen-docs.mjs).
 * The manifest schema has no interface kind; it is recorded as a class declaration.
 */
function documentInterfaces(names) {
  const found = []; // { path, declaration }
  return {
    name: 'privacy-consent:interfaces',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || !names.includes(node.name.text)) return;
      const doc = (n) =>
        ts
          .getJSDocCommentsAndTags(n)
          .filter(ts.isJSDoc)
          .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
          .join('\n')
          .trim();
      found.push({
        path: moduleDoc.path,
        declaration: {
          kind: 'class',
          name: node.name.text,
          description: doc(node),
          members: node.members.filter(ts.isMethodSignature).map((method) => ({
            kind: 'method',
            name: method.name.getText(),
            description: doc(method),
            parameters: method.parameters.map((p) => ({ name: p.name.getText(), type: { text: p.type?.getText() ?? 'unknown' } })),
            return: { type: { text: method.type?.getText() ?? 'void' } },
          })),
        },
      });
    },
    // Added last: the analyzer drops unexported declarations and, with --litelement, members
    // named like Lit's lifecycle methods (`update`) during its own link phases.
    packageLinkPhase({ customElementsManifest }) {
      for (const { path, declaration } of found) {
        const module = customElementsManifest.modules.find((m) => m.path === path);
        if (!module) continue;
        (module.declarations ??= []).push(declaration);
        (module.exports ??= []).push({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } });
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/consent/api.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.test.ts'],
  outdir,
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), documentInterfaces(['PrivacyConsentApi'])],
};
