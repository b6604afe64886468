/** An access key pair, temporary or long-lived, as signing plugins use it. */
export interface Credentials {
  /** The access key id (Huawei `AK`, Tencent `SecretId`). */
  accessKey: string;
  /** The secret key (Huawei `SK`, Tencent `SecretKey`). Never logged. */
  secretKey: string;
  /** The security token of temporary credentials (Huawei `X-Security-Token`, Tencent `X-TC-Token`). Never logged. */
  securityToken?: string;
  /** When temporary credentials stop working; undefined for long-lived keys. */
  expiresAt?: Date;
}

/** Where a signing plugin gets its credentials each time it signs: a chain made by `createCredentialChain`, or your own. */
export type CredentialSource = () => Promise<Credentials>;

/** True when `value` has a non-empty access key and secret key. */
export function hasKeyPair(value: Partial<Credentials> | undefined): value is Credentials {
  return typeof value?.accessKey === 'string' && value.accessKey !== '' && typeof value.secretKey === 'string' && value.secretKey !== '';
}
