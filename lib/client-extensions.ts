/**
 * Extensions as the oslo apiclient has them (`oslo_apiclient.base.Extension`): a manager class that a
 * client mounts under a name when it is built, as `BaseClient.__init__` does
 * `setattr(self, extension.name, extension.manager_class(self))`.
 */

/** One extension: `client.<name>` becomes `new manager(client)`. */
export interface ClientExtension<N extends string = string, M = unknown> {
  readonly name: N;
  /** Built with the client as its only argument. */
  readonly manager: new (client: never) => M;
}

/** The managers a tuple of extensions mounts, by name: what `client.<name>` holds. */
export type ExtensionManagers<E extends readonly ClientExtension[]> = {
  readonly [X in E[number] as X['name']]: X['manager'] extends new (client: never) => infer M ? M : never;
};

/**
 * A client class whose constructor knows the extensions it is given: `new Client(http, { extensions })`
 * is typed as the client plus one property per extension. Statics are kept.
 */
export type Extensible<C extends abstract new (http: any, options?: any) => object> = { [K in keyof C]: C[K] } & {
  new <const E extends readonly ClientExtension[] = []>(
    http: ConstructorParameters<C>[0],
    options?: NonNullable<ConstructorParameters<C>[1]> & { extensions?: E },
  ): InstanceType<C> & ExtensionManagers<E>;
};

/** The same class, typed as `Extensible` (the mounting itself happens in BaseClient's constructor). */
export function extensible<C extends abstract new (http: any, options?: any) => object>(cls: C): Extensible<C> {
  return cls as unknown as Extensible<C>;
}

const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * Mount each extension's manager on `client`. A name the client already has (a method, a field) is refused,
 * and mounted managers are read-only, so a subclass field of the same name fails loudly instead of hiding it.
 * @throws TypeError for a malformed extension or a name already taken
 */
export function mountExtensions(client: object, extensions: readonly ClientExtension[] | undefined): void {
  for (const extension of extensions ?? []) {
    const { name, manager } = (extension ?? {}) as Partial<ClientExtension>;
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new TypeError(`An extension of ${client.constructor.name} needs a name that is an identifier, got ${JSON.stringify(name)}`);
    }
    if (typeof manager !== 'function') throw new TypeError(`Extension "${name}" of ${client.constructor.name} needs a manager class`);
    if (name in client) throw new TypeError(`Extension "${name}" clashes with ${client.constructor.name}.${name}; pick another name`);
    const value = new (manager as new (client: object) => unknown)(client);
    Object.defineProperty(client, name, { value, enumerable: true, writable: false, configurable: false });
  }
}
