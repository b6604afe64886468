/**
 * `stackclient/testing`: a fake OpenStack cloud on a real loopback socket, for stackclient's own tests,
 * your tests, and the CLI's `--os-cloud local`. Keystone v3 and v2.0 (tokens, scopes, application
 * credentials, revocation, expiry on a clock you can move), an `echo` test service, fault injection
 * (`failNext`, `setDelay`, `malformedNext`, `resetNext`), request counts; add Nova- or Trove-like
 * services as `FakeServiceModule`s.
 */
export { startFakeCloud, withFakeCloud } from './fake-cloud.js';
export type { FakeCloud, FakeCloudOptions, FakePasswordAuth } from './types.js';
export type { FakeCredentials } from './identity-directory.js';
export type { FailSpec, KnobMatch } from './knobs.js';
export type { RequestRecord } from './request-log.js';
export { FakeRouter } from './router.js';
export type { FakeHandler, FakeRequest, FakeResponse, FakeRoute } from './router.js';
export type { FakeServiceContext, FakeServiceModule, FakeTokenInfo } from './service-module.js';
export { FakeFault, fault, keystoneError } from './keystone-errors.js';
export { keystoneTime } from './ids.js';
export { createFakeNova, type FakeNova, type FakeNovaOptions } from './nova/index.js';
export { createFakeTrove, type FakeTrove, type FakeTroveOptions } from './trove/index.js';
