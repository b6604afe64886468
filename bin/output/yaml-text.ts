// yaml's stringify behind a static import: a dynamic `import('yaml')` of that CommonJS package loses its named exports
// in the CLI's bundle (esbuild's code splitting gives such a chunk only a default export).
export { stringify } from 'yaml';
