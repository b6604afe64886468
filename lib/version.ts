/** The package version; it feeds the User-Agent. spec/version checks it against package.json. */
export const VERSION = '0.1.0';
