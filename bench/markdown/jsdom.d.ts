// jsdom ships no types and @types/jsdom is not installed; the bench needs only this much of it.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
