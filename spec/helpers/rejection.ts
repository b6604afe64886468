/** Whether a promise rejects, and with what: for `expect(await rejection(p)).toBeInstanceOf(X)`. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
