import type { Plugin, PluginOption } from 'vite';

// Only .tsx files define components; a stories file is documented through the component it names.
const DOCUMENTED = /\.tsx$/;
const NOT_DOCUMENTED = /\.stories\.tsx$/;

/** The name @storybook/react-vite gives its react-docgen Vite plugin. */
export const REACT_DOCGEN_PLUGIN = 'storybook:react-docgen-plugin';

/**
 * Narrows Storybook's react-docgen pass to the files that define components. The pass parses every
 * .ts/.tsx module the preview loads (and the files those import) before Vite may serve it, a large share
 * of the dev server's CPU before the first story appears on two cores; prop tables only need components.
 * Other plugins, and a docgen plugin of an unexpected shape, are returned unchanged.
 */
export function scopeReactDocgen(plugins: PluginOption[] | undefined): PluginOption[] | undefined {
  return plugins?.map((plugin) => {
    const docgen = plugin as Plugin | null;
    if (docgen?.name !== REACT_DOCGEN_PLUGIN || typeof docgen.transform !== 'function') return plugin;
    const transform = docgen.transform as (this: unknown, ...args: unknown[]) => unknown;
    return {
      ...docgen,
      transform(this: unknown, code: string, id: string, ...rest: unknown[]) {
        const file = id.split('?')[0] ?? id;
        if (!DOCUMENTED.test(file) || NOT_DOCUMENTED.test(file)) return undefined;
        return transform.call(this, code, id, ...rest);
      },
    } as Plugin;
  });
}
