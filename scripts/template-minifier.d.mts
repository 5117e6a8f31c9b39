export function minifyCss(quasis: readonly string[], keepLines?: boolean): string[];
export function minifyHtml(quasis: readonly string[], keepLines?: boolean): string[];
