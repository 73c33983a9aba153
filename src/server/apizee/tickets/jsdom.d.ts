/** The one part of jsdom the server uses (its own types would pull the DOM library into server code). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: unknown;
  }
}
