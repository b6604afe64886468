import type { Credentials } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

function date(v: unknown): Date | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v * 1000);
  const parsed = typeof v === 'string' ? new Date(v) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
}

/**
 * Temporary credentials from a metadata service's answer, in the shapes the vendors serve:
 * Huawei ECS `GET /openstack/latest/securitykey` → `{"credential": {"access", "secret", "securitytoken", "expires_at"}}`;
 * Tencent CVM `GET /latest/meta-data/cam/security-credentials/<role>` → `{"TmpSecretId", "TmpSecretKey", "Token",
 * "ExpiredTime" (Unix seconds) or "Expiration"}`. undefined when the body is neither.
 */
export function parseMetadataAnswer(body: unknown): Credentials | undefined {
  if (!isObj(body)) return undefined;
  const huawei = isObj(body.credential) ? body.credential : undefined;
  const accessKey = text(huawei?.access) ?? text(body.TmpSecretId);
  const secretKey = text(huawei?.secret) ?? text(body.TmpSecretKey);
  if (!accessKey || !secretKey) return undefined;
  const securityToken = text(huawei?.securitytoken) ?? text(body.Token);
  const expiresAt = date(huawei?.expires_at) ?? date(body.ExpiredTime) ?? date(body.Expiration);
  return { accessKey, secretKey, ...(securityToken ? { securityToken } : {}), ...(expiresAt ? { expiresAt } : {}) };
}
