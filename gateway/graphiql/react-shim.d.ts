/**
 * The few React entry points app.ts uses, typed by hand because the project
 * does not install @types/react (React is only a build input of the GraphiQL
 * bundle). Delete this file if @types/react and @types/react-dom are ever
 * added: ambient declarations take precedence over installed types.
 */
declare module 'react' {
  export interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
  }
  export function createElement(type: unknown, props?: object | null, ...children: unknown[]): ReactElement;
}

declare module 'react-dom/client' {
  import type { ReactElement } from 'react';
  export interface Root {
    render(children: ReactElement): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}
