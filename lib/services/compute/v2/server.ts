import { Resource } from '../../common/resource.js';
import { waitFor, type WaitOptions } from '../../common/wait-for.js';
import type { RebootType, RebuildOptions, ServerFields } from './server-types.js';
import type { ServersManager } from './servers.js';

/** `status` defaults to ACTIVE. */
export type ServerWaitOptions = WaitOptions<Server>;

/** A compute server; its fields are Nova's (`server.status`, `server.addresses`), its methods the server actions. */
// The interface merge types the JSON fields the Resource constructor copies onto the object.
export interface Server extends ServerFields {}
export class Server extends Resource<ServerFields> {
  declare readonly manager: ServersManager;

  reboot(type: RebootType = 'SOFT'): Promise<void> {
    return this.manager.reboot(this.id, type);
  }

  stop(): Promise<void> {
    return this.manager.stop(this.id);
  }

  start(): Promise<void> {
    return this.manager.start(this.id);
  }

  pause(): Promise<void> {
    return this.manager.pause(this.id);
  }

  unpause(): Promise<void> {
    return this.manager.unpause(this.id);
  }

  suspend(): Promise<void> {
    return this.manager.suspend(this.id);
  }

  resume(): Promise<void> {
    return this.manager.resume(this.id);
  }

  resize(flavorRef: string): Promise<void> {
    return this.manager.resize(this.id, flavorRef);
  }

  confirmResize(): Promise<void> {
    return this.manager.confirmResize(this.id);
  }

  revertResize(): Promise<void> {
    return this.manager.revertResize(this.id);
  }

  rebuild(imageRef: string, options?: RebuildOptions): Promise<Server> {
    return this.manager.rebuild(this.id, imageRef, options);
  }

  /** Snapshot the server; resolves with the new image's id. */
  createImage(name: string, metadata?: Record<string, string>): Promise<string> {
    return this.manager.createImage(this.id, name, metadata);
  }

  getConsoleOutput(length?: number): Promise<string> {
    return this.manager.getConsoleOutput(this.id, length);
  }

  update(fields: { name?: string; description?: string | null }): Promise<Server> {
    return this.manager.update(this.id, fields);
  }

  delete(): Promise<void> {
    return this.manager.delete(this.id);
  }

  /**
   * Poll this server until it reaches `status` (ACTIVE by default); updates this object in place and resolves with it.
   * ERROR ends the wait with ResourceInErrorState carrying the server's fault message.
   * @example await server.waitFor({ status: 'ACTIVE', interval: 2000, onProgress: (s) => console.log(s.status, s.progress) })
   */
  async waitFor(options: ServerWaitOptions = {}): Promise<this> {
    return waitFor((signal) => this.#reload(signal), {
      ...options,
      status: options.status ?? 'ACTIVE',
      description: `server ${this.id}`,
    });
  }

  async #reload(signal: AbortSignal | undefined): Promise<this> {
    const fresh = await this.manager.get(this.id, signal ? { signal } : {});
    this.replaceInfo(fresh.toJSON());
    return this;
  }
}
