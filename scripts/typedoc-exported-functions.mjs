// A TypeDoc plugin: warn about every exported function without documentation. TypeDoc's own notDocumented check
// has one kind for functions and methods ("Function" brings in every method signature), so typedoc.json asks it for
// classes, interfaces, types and variables, and this plugin adds the exported functions.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const fn of context.project.getReflectionsByKind(ReflectionKind.Function)) {
      if (fn.hasComment() || fn.signatures?.some((s) => s.hasComment())) continue;
      const where = fn.sources?.[0]?.fileName ?? 'an unknown file';
      app.logger.warn(`${fn.getFriendlyFullName()} (Function), defined in ${where}, does not have any documentation`);
    }
  });
}
