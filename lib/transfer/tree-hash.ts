import { createHash, type Hash } from 'node:crypto';

const MIB = 1024 * 1024;

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/**
 * The SHA-256 tree hash of Amazon Glacier and Tencent Cloud Archive Storage (`x-amz-sha256-tree-hash`,
 * `x-cas-sha256-tree-hash`): SHA-256 of each 1 MiB chunk, then of each concatenated pair, level by level (an odd
 * one out goes up as is) to one hash. Fed incrementally; keeps 32 bytes per MiB.
 */
export class TreeHash {
  readonly #leaves: Buffer[] = [];
  #current: Hash = createHash('sha256');
  #filled = 0;

  update(chunk: Buffer): this {
    for (let at = 0; at < chunk.length;) {
      const take = Math.min(MIB - this.#filled, chunk.length - at);
      this.#current.update(chunk.subarray(at, at + take));
      this.#filled += take;
      at += take;
      if (this.#filled === MIB) this.#closeLeaf();
    }
    return this;
  }

  /** The tree hash, lower-case hex. */
  digest(): string {
    if (this.#filled > 0 || this.#leaves.length === 0) this.#closeLeaf();
    return combineTreeHashes(this.#leaves).toString('hex');
  }

  #closeLeaf(): void {
    this.#leaves.push(this.#current.digest());
    this.#current = createHash('sha256');
    this.#filled = 0;
  }
}

/** The root of a tree whose leaves (or aligned subtrees: parts of a power-of-two number of MiB) are `hashes`. */
export function combineTreeHashes(hashes: readonly Buffer[]): Buffer {
  let level = [...hashes];
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sha256(Buffer.concat([level[i]!, level[i + 1]!])) : level[i]!);
    level = next;
  }
  return level[0] ?? sha256(Buffer.alloc(0));
}
