/** The package version; it feeds the User-Agent. spec/core/version-matches-package-json.spec.ts checks it against package.json. */
export const VERSION = '0.1.0';
