export * from './client-error.js';
export * from './http-errors.js';
export * from './unauthorized-after-reauth.js';
export * from './transport-errors.js';
export * from './framework-errors.js';
export { fromResponse, type ResponseLike } from './from-response.js';
export * from './response-errors.js';
export * from './circuit-open.js';
export * from './transfer-errors.js';
